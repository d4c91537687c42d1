import { useMemo } from 'react';
import { useAnswers } from '../useAnswers';
import { legacySnapshots, type ArchivedEdition } from '~/lib/results/legacy';
import type { ResultsOutline } from '~/lib/results/manifest';
import { formatDate } from './format';
import { useSharedView } from './useSharedView';
import { DataTable } from '../DataTable';
import { ui } from '../ui';
import styles from './Results.module.css';

/**
 * Part of History: ratings given to an earlier edition of the questions, as a dated
 * snapshot with the questions they answered and their scores, on their own scale.
 */
export function EarlierAnswers({ outline, archive }: { outline: ResultsOutline; archive: ArchivedEdition[] }) {
  const answers = useAnswers();
  const view = useSharedView(outline);
  const bands = useMemo(() => new Map(outline.frameworks.map((f) => [f.id, f.bands])), [outline]);
  const titles = new Map<string, string>(outline.frameworks.map((f) => [f.id, f.shortTitle]));
  if (view.mode === 'shared') return null;
  return legacySnapshots(archive, answers, bands).map((snapshot) => {
    const headingId = `earlier-${snapshot.edition}`;
    return (
      <section key={snapshot.edition} className={styles.section} aria-labelledby={headingId}>
        <h3 id={headingId}>Earlier questions, answered by {formatDate(snapshot.answeredAt)}</h3>
        <p>
          Before the questions changed you answered how far you agreed with each statement ({snapshot.scale.join(', ')}
          ). These ratings are kept as they were and scored the same way as before; they are not converted to the new
          scale, so compare them with care.
        </p>
        <DataTable
          caption={`Scores for the earlier questions, ${formatDate(snapshot.answeredAt)}`}
          columns={['Framework', 'Score', 'Steps']}
        >
          {snapshot.frameworks.map((f) => (
            <tr key={f.id}>
              <th scope="row">{titles.get(f.id) ?? f.title}</th>
              <td>
                {f.score ?? 'No score'}
                {f.band && ` (${f.band.label})`}
              </td>
              <td>{f.dimensions.map((d) => `${d.title}: ${d.score ?? 'no score'}`).join('; ')}</td>
            </tr>
          ))}
        </DataTable>
        <details className={styles.details}>
          <summary>The earlier questions and your answers</summary>
          {snapshot.frameworks.map((f) => (
            <div key={f.id}>
              <h4>{titles.get(f.id) ?? f.title}</h4>
              <ul className={ui.list}>
                {f.dimensions.flatMap((d) =>
                  d.statements.map((s) => (
                    <li key={s.id}>
                      {s.text} — <strong>{s.answer ?? 'not answered'}</strong>
                    </li>
                  )),
                )}
              </ul>
            </div>
          ))}
        </details>
      </section>
    );
  });
}
