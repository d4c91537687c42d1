import type { FrameworkResult } from '~/lib/results/aggregate';
import { heatLevel } from '~/lib/results/charts';
import { DataTable } from '../DataTable';
import { ui } from '../ui';
import styles from './Dashboard.module.css';

/**
 * Frameworks × their steps as a table whose cells are shaded by score. Each cell
 * holds the step's name, its score and its band in words, so the shading only
 * repeats what the text says. On a narrow screen each framework's row becomes a
 * card of cells that wrap.
 */
export function HeatMap({ results }: { results: FrameworkResult[] }) {
  const columns = Math.max(0, ...results.map((f) => f.dimensions.length));
  return (
    <DataTable
      caption="Every step at a glance: score out of 100 and band"
      className={styles.heat}
      columns={['Framework', ...Array.from({ length: columns }, (_, i) => `Step ${i + 1}`)]}
    >
      {results.map((f) => (
        <tr key={f.id}>
          <th scope="row">
            <a href={f.href}>{f.shortTitle}</a>
            {f.tally && (
              <span className={ui.meta}>
                {f.tally.answered} of {f.tally.total} answered
                {f.tally.notApplicable > 0 && ` (${f.tally.notApplicable} not applicable)`}
                {f.checklist && `; ${f.checklist.done} of ${f.checklist.total} actions done`}
              </span>
            )}
          </th>
          {Array.from({ length: columns }, (_, i) => {
            const d = f.dimensions[i];
            if (!d) return <td key={i} className={styles.noCell} />;
            return (
              <td key={d.id} data-level={heatLevel(d.score)}>
                <a href={d.chapterHref}>{d.title}</a>
                <span className={styles.cellScore}>{d.score ?? '—'}</span>
                <span className={styles.cellBand}>{d.band ? d.band.label : 'No score yet'}</span>
              </td>
            );
          })}
        </tr>
      ))}
    </DataTable>
  );
}
