import { pointsAttribute, trendPoints } from '~/lib/results/charts';
import type { ResultsOutline } from '~/lib/results/manifest';
import { trend } from '~/lib/results/progress';
import type { Snapshot } from '~/lib/results/snapshots';
import { formatDate, formatDateTime } from './format';
import { DataTable } from '../DataTable';
import { ui } from '../ui';
import styles from './Results.module.css';

const W = 300;
const H = 130;
const BOX = { left: 30, top: 12, width: 255, height: 90 };

/** One small line chart per framework (its overall score at each snapshot), with a table of the same numbers. */
export function TrendCharts({ outline, snapshots }: { outline: ResultsOutline; snapshots: Snapshot[] }) {
  const trends = trend(outline, snapshots);
  const first = snapshots[0]!;
  const last = snapshots.at(-1)!;
  return (
    <>
      <h3 id="trend">Trend</h3>
      <div className={styles.trends}>
        {trends.map((t) => {
          const points = trendPoints(
            t.points.map((p) => p.score),
            BOX,
          );
          const words = t.points
            .map((p) => `${p.score === null ? 'no score' : p.score} on ${formatDate(p.takenAt)}`)
            .join(', ');
          return (
            <figure key={t.id} className={styles.trend}>
              <figcaption>{t.shortTitle}</figcaption>
              <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t.shortTitle} over time: ${words}.`}>
                {[0, 50, 100].map((tick) => {
                  const y = BOX.top + BOX.height - (BOX.height * tick) / 100;
                  return (
                    <g key={tick}>
                      <line className={styles.ring} x1={BOX.left} x2={BOX.left + BOX.width} y1={y} y2={y} />
                      <text className={styles.chartTick} x={BOX.left - 4} y={y + 3} textAnchor="end">
                        {tick}
                      </text>
                    </g>
                  );
                })}
                {points.length > 1 && <polyline className={styles.line} points={pointsAttribute(points)} />}
                {points.map((p) => (
                  <g key={p.index}>
                    <circle className={styles.dot} cx={p.x} cy={p.y} r={3.5} />
                    <text className={styles.chartValue} x={p.x} y={p.y - 7} textAnchor="middle">
                      {p.value}
                    </text>
                  </g>
                ))}
                {points.length === 0 && (
                  <text className={styles.chartLabel} x={W / 2} y={H / 2} textAnchor="middle">
                    No score in any snapshot
                  </text>
                )}
                <text className={styles.chartTick} x={BOX.left} y={H - 4}>
                  {formatDate(first.takenAt)}
                </text>
                {snapshots.length > 1 && (
                  <text className={styles.chartTick} x={BOX.left + BOX.width} y={H - 4} textAnchor="end">
                    {formatDate(last.takenAt)}
                  </text>
                )}
              </svg>
            </figure>
          );
        })}
      </div>
      <DataTable
        caption="Overall score at each snapshot"
        stack
        columns={['Snapshot', ...trends.map((t) => ({ label: t.shortTitle, numeric: true }))]}
      >
        {snapshots.map((s, i) => (
          <tr key={s.id}>
            <th scope="row">
              {formatDateTime(s.takenAt)}
              {s.label ? ` — ${s.label}` : ''}
            </th>
            {trends.map((t) => (
              <td key={t.id} className={ui.number} data-label={t.shortTitle}>
                {t.points[i]?.score ?? '—'}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </>
  );
}
