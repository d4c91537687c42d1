import { useAnswers } from '../useAnswers';
import type { ResultsOutline } from '~/lib/results/manifest';
import { targetProgress } from '~/lib/results/targets';
import { useSharedView } from './useSharedView';
import { DataTable } from '../DataTable';
import { ui } from '../ui';
import styles from './Results.module.css';

/** Progress to target: per dimension the reader's importance and target beside the score and the gap left. */
export function TargetProgress({ outline }: { outline: ResultsOutline }) {
  const answers = useAnswers();
  const view = useSharedView(outline);
  if (view.mode === 'shared') return null;
  const frameworks = targetProgress(outline, answers);
  return (
    <section className={styles.section} aria-labelledby="progress-to-target">
      <h2 id="progress-to-target">Progress to target</h2>
      <p>
        For each step you have scored, how close you are to the level you aim for. Set the importance and target of a
        step under its assessment on the chapter; unless you do, every step is of normal importance with the target
        “Routinely”.
      </p>
      {frameworks.length === 0 ? (
        <p className={ui.empty}>Nothing scored yet.</p>
      ) : (
        frameworks.map((f) => (
          <DataTable
            key={f.id}
            caption={`${f.shortTitle}: progress to target`}
            columns={['Step', 'Importance', 'Target', 'Score', 'Still to go', 'Statements at target']}
            stack
          >
            {f.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <a href={d.chapterHref}>{d.title}</a>
                </th>
                <td data-label="Importance">{d.importanceLabel}</td>
                <td data-label="Target">
                  {d.targetLabel} ({d.progress.targetScore})
                </td>
                <td data-label="Score">{d.progress.score ?? 'No score yet'}</td>
                <td data-label="Still to go">
                  {d.progress.gap === null ? '—' : d.progress.gap === 0 ? 'Target reached' : `${d.progress.gap} points`}
                </td>
                <td data-label="Statements at target">
                  {d.progress.atTarget} of {d.progress.scored} scored
                </td>
              </tr>
            ))}
          </DataTable>
        ))
      )}
    </section>
  );
}
