import type { ScoreChange } from '~/lib/results/progress';
import { ui } from '../ui';

/** A short change for the first screen: "▲ +5", "same", "new"; the arrow is spelled out for screen readers. */
export function ChangeMark({ change: { delta, change } }: { change: Pick<ScoreChange, 'delta' | 'change'> }) {
  if (delta !== null && delta !== 0)
    return (
      <>
        <span aria-hidden="true">{delta > 0 ? '▲ ' : '▼ '}</span>
        {delta > 0 ? '+' : '−'}
        {Math.abs(delta)}
        <span className={ui.visuallyHidden}> ({change})</span>
      </>
    );
  return <>{change === 'none' ? '—' : change}</>;
}
