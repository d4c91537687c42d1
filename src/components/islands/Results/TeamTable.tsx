import { MIN_RESPONDENTS, ROLE_LABELS, type GroupStats, type RoleGap, type TeamFramework } from '~/lib/results/team';
import { DataTable } from '../DataTable';
import { ui } from '../ui';
import styles from './Results.module.css';

const statsText = (stats: GroupStats) =>
  stats.shown
    ? `${stats.median} (${stats.min}–${stats.max}, spread ${stats.spread})`
    : `hidden: fewer than ${MIN_RESPONDENTS} people`;

/** e.g. "Managers put this at 75, the front line at 25: two levels apart." */
function gapText(gap: RoleGap, roles: { role: string; stats: GroupStats }[]): string {
  const median = (role: string) => {
    const stats = roles.find((r) => r.role === role)?.stats;
    return stats?.shown ? stats.median : 0;
  };
  const levels = Math.floor(gap.points / 25);
  const lower = ROLE_LABELS[gap.lower];
  return `${ROLE_LABELS[gap.higher]} put this at ${median(gap.higher)}, ${lower.charAt(0).toLowerCase()}${lower.slice(1)} at ${median(gap.lower)}: ${levels === 1 ? 'a level' : `${levels} levels`} apart.`;
}

/** One framework's team statistics: per step the median and spread, overall and by role, and role gaps. */
export function TeamTable({ framework: f }: { framework: TeamFramework }) {
  const byRole = f.dimensions.some((d) => d.roles.length > 0);
  return (
    <DataTable
      caption={`${f.title}: team scores`}
      stack
      columns={[
        'Step',
        { label: 'People', numeric: true },
        'Median (lowest–highest, spread)',
        'Agreement',
        byRole && 'By role',
      ]}
    >
      <tr>
        <th scope="row">Overall</th>
        <td className={ui.number} data-label="People">
          {f.overall.respondents}
        </td>
        <td data-label="Median">{statsText(f.overall)}</td>
        <td data-label="Agreement">{agreement(f.overall)}</td>
        {byRole && <td />}
      </tr>
      {f.dimensions.map((d) => (
        <tr key={d.id}>
          <th scope="row">{d.title}</th>
          <td className={ui.number} data-label="People">
            {d.stats.respondents}
          </td>
          <td data-label="Median">{statsText(d.stats)}</td>
          <td data-label="Agreement">{agreement(d.stats)}</td>
          {byRole && (
            <td data-label="By role">
              {d.roles.map((r) => `${ROLE_LABELS[r.role]}: ${statsText(r.stats)}`).join('; ')}
              {d.gap && <strong className={styles.flag}> Roles differ: {gapText(d.gap, d.roles)}</strong>}
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}

function agreement(stats: GroupStats) {
  if (!stats.shown) return '—';
  return stats.disagreement ? <strong>Disagreement</strong> : 'Broadly agreed';
}
