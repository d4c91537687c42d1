import type { ReactNode } from 'react';
import type { NextStep } from '~/lib/results/action-plan';
import type { FrameworkResult } from '~/lib/results/aggregate';
import type { FrameworkChange } from '~/lib/results/progress';
import { AddToPlan } from '../Plan/AddToPlan';
import { ChangeMark } from './ChangeMark';
import { DataTable } from '../DataTable';
import { ui } from '../ui';
import styles from './Dashboard.module.css';

/**
 * The first screen: how are we doing (every framework's score, band and change since
 * the last snapshot) and what to do next (the top three priorities, each with its link).
 */
export function Overview({
  results,
  changes,
  since,
  steps,
  summary,
  shared,
  slot,
}: {
  results: FrameworkResult[];
  /** Change per framework since the last snapshot, when there is one. */
  changes: FrameworkChange[] | null;
  /** The last snapshot's date, as the page writes it. */
  since: string;
  steps: NextStep[] | null;
  summary: string;
  shared: boolean;
  /** Room for "progress to target" beside the scores. */
  slot?: ReactNode;
}) {
  return (
    <div className={styles.firstScreen}>
      <div>
        <h3 id="how-are-we-doing">{shared ? 'How they are doing' : 'How you are doing'}</h3>
        <DataTable
          caption="Scores by framework (out of 100)"
          hideCaption
          className={styles.glance}
          columns={['Framework', { label: 'Score', numeric: true }, 'Band', changes && `Since ${since}`]}
        >
          {results.map((f, i) => (
            <tr key={f.id}>
              <th scope="row">
                <a href={f.href}>{f.shortTitle}</a>
              </th>
              <td className={ui.number}>
                <span className={ui.score}>{f.score ?? '—'}</span>
                <span className={styles.meter} aria-hidden="true">
                  <span style={{ width: `${f.score ?? 0}%` }} />
                </span>
              </td>
              <td>{f.band ? f.band.label : 'Not yet'}</td>
              {changes && (
                <td>
                  <ChangeMark change={changes[i]!} />
                </td>
              )}
            </tr>
          ))}
        </DataTable>
        {slot}
      </div>
      <div>
        <h3 id="what-next">What to do next</h3>
        {steps === null ? (
          <p className={ui.hint}>Priorities come from answers, so they are not part of a shared link.</p>
        ) : steps.length === 0 ? (
          <p className={ui.empty}>Rate yourself on any chapter, and your three first steps appear here.</p>
        ) : (
          <ol className={styles.steps} aria-label="Top three priorities">
            {steps.map((s) => (
              <li key={s.id}>
                <a href={s.helpHref}>{s.what}</a>
                <span className={ui.meta}>
                  {s.frameworkTitle} · {s.why} <AddToPlan sourceId={s.id} what={s.what} href={s.helpHref} />
                </span>
              </li>
            ))}
          </ol>
        )}
        {steps !== null && (
          <p className={`${ui.hint} ${ui.noPrint}`}>
            <a href="#priorities-and-plan">All priorities and your plan</a>
          </p>
        )}
      </div>
      <p id="results-summary" className={`${ui.hint} ${styles.summary}`} aria-live="polite">
        {summary}
      </p>
    </div>
  );
}
