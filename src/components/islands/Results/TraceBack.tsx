import type { ScoreSheet } from '~/lib/results/score-sheet';
import type { ResultsFramework } from '~/lib/results/manifest';
import { GAP, groupByFoundation, purposeLevels, traceBack, WEAK_BELOW } from '~/lib/results/trace-back';
import { ui } from '../ui';
import styles from './Results.module.css';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n: number) => NUMBER_WORDS[n] ?? String(n);

/**
 * Trace-back for a framework whose steps are levels built bottom-up (frameworks.yaml
 * `levelsBuiltBottomUp`): reads the levels from the foundation and points at the lowest weak one.
 */
export function TraceBack({ framework, sheet }: { framework: ResultsFramework; sheet: ScoreSheet }) {
  const scores = sheet.frameworks[framework.id]?.dimensions ?? {};
  const result = traceBack(purposeLevels(framework.dimensions, (id) => scores[id] ?? null));
  const href = (id: string) => framework.dimensions.find((d) => d.id === id)?.chapterHref;
  const anyScore = result.levels.some((l) => l.score !== null);
  const warnings = groupByFoundation(result.mismatches);

  return (
    <>
      <h3 id={`trace-back-${framework.id}`}>{framework.shortTitle}: trace problems back</h3>
      <p>
        The <a href={framework.href}>{framework.shortTitle} model</a> builds {count(framework.dimensions.length)} levels
        from the bottom up, and poor service can usually be traced back down them. A level counts as weak below{' '}
        {WEAK_BELOW} out of 100. A level that scores {GAP} points or more above a weak level beneath it is flagged: it
        stands on a weaker foundation.
      </p>
      {!anyScore ? (
        <p className={ui.empty}>
          No answers yet. Rate the <a href={framework.href}>{framework.shortTitle} levels</a> to see where to start.
        </p>
      ) : (
        <>
          {result.startAt ? (
            <div className={ui.warn}>
              <p>
                <strong>Start with {result.startAt.title}</strong> ({result.startAt.score} out of 100): it is the lowest
                weak level. <a href={href(result.startAt.id)}>How to strengthen {result.startAt.title}</a>
              </p>
            </div>
          ) : (
            <p>No scored level is weak.</p>
          )}
          {warnings.length > 0 && (
            <ul className={ui.list}>
              {warnings.map(({ foundation, higher }) => (
                <li key={foundation.id}>
                  <span className={styles.flag}>Warning:</span> {listOf(higher.map((h) => `${h.title} (${h.score})`))}{' '}
                  {higher.length === 1 ? 'scores' : 'score'} well above {foundation.title} ({foundation.score}), a
                  weaker level {higher.length === 1 ? 'it stands' : 'they stand'} on. Fix {foundation.title} first, or{' '}
                  {higher.length === 1 ? 'that score' : 'those scores'} may not last.
                </li>
              ))}
            </ul>
          )}
          <ol className={styles.levels} aria-label={`${framework.shortTitle} levels, from the foundation up`}>
            {result.levels.map((l, i) => (
              <li key={l.id}>
                <a href={href(l.id)}>{l.title}</a>
                {i === 0 ? ' (foundation)' : ''}: {l.score === null ? 'no score yet' : `${l.score} out of 100`}
                {l.weak && (
                  <>
                    {' '}
                    — <strong>weak</strong>
                  </>
                )}
              </li>
            ))}
          </ol>
          {result.unscored.length > 0 && (
            <p className={ui.hint}>
              Not scored yet: {result.unscored.map((l) => l.title).join(', ')}. The trace-back is surer with every level
              rated.
            </p>
          )}
        </>
      )}
    </>
  );
}

/** "A", "A and B", "A, B and C" */
const listOf = (words: string[]) =>
  words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
