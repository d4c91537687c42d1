import { useId } from 'react';
import { useStore } from '@nanostores/react';
import type { ResultsOutline } from '~/lib/results/manifest';
import { DISAGREEMENT_SPREAD, MIN_RESPONDENTS, teamStats, type GroupStats } from '~/lib/results/team';
import {
  $teamMembers,
  $teamProblems,
  addTeamFiles,
  clearTeam,
  removeTeamMember,
  type TeamMember,
  type TeamProblem,
} from '~/lib/stores/team';
import { plural } from './format';
import { SharePanel } from './SharePanel';
import { useSharedView } from './useSharedView';
import styles from './Results.module.css';

const NO_MEMBERS: TeamMember[] = [];
const NO_PROBLEMS: TeamProblem[] = [];

/** Team view: several members' exported files compared per step, without singling anyone out. */
export function Team({ outline }: { outline: ResultsOutline }) {
  const members = useStore($teamMembers, { ssr: () => NO_MEMBERS });
  const problems = useStore($teamProblems, { ssr: () => NO_PROBLEMS });
  const view = useSharedView(outline);
  const uid = useId();
  if (view.mode === 'shared') return null;
  const stats = members.length
    ? teamStats(
        outline,
        members.map((m) => m.answers),
      )
    : [];

  return (
    <>
      <SharePanel outline={outline} />
      <h3 id="team-view">Team view</h3>
      <p>
        Ask each colleague to answer on their own and send you their file from “Export answers”. Load the files here to
        see where the team agrees. The files are read in this browser: they are not uploaded or stored, and they are
        gone when you leave the page.
      </p>
      <p className={styles.muted}>
        For each step you see the middle score (median) and the spread from lowest to highest. A step is shown only when
        at least {MIN_RESPONDENTS} people scored it, so no one’s answers can be picked out. A spread of{' '}
        {DISAGREEMENT_SPREAD} points or more — two steps of the answer scale, such as “agree” against “disagree” — is
        marked as disagreement: worth talking about.
      </p>
      <div className={styles.field}>
        <label htmlFor={`${uid}-files`}>Add team members’ answer files</label>
        <input
          id={`${uid}-files`}
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            const files = [...(input.files ?? [])];
            void addTeamFiles(files).then(() => (input.value = ''));
          }}
        />
      </div>
      <div role="alert">
        {problems.length > 0 && (
          <div className={styles.alert}>
            {problems.map((p, i) => (
              <p key={i}>
                <strong>Not added: {p.fileName}.</strong> {p.message}
              </p>
            ))}
          </div>
        )}
      </div>
      <p role="status">
        {members.length === 0
          ? 'No team files loaded yet.'
          : `${plural(members.length, 'person', 'people')} loaded.${members.length < MIN_RESPONDENTS ? ` Load at least ${MIN_RESPONDENTS} to see team results.` : ''}`}
      </p>
      {members.length > 0 && (
        <>
          <ul className={styles.list} aria-label="Loaded files">
            {members.map((m, i) => (
              <li key={m.id}>
                Person {i + 1} ({m.fileName}){' '}
                <button
                  type="button"
                  className={styles.button}
                  aria-label={`Remove ${m.fileName}`}
                  onClick={() => removeTeamMember(m.id)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <button type="button" className={styles.button} onClick={clearTeam}>
              Remove all team files
            </button>
          </div>
        </>
      )}
      {stats.map((f) => (
        <div key={f.id} className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>{f.title}: team scores</caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col" className={styles.number}>
                  People
                </th>
                <th scope="col" className={styles.number}>
                  Median
                </th>
                <th scope="col">Spread (lowest–highest)</th>
                <th scope="col">Agreement</th>
              </tr>
            </thead>
            <tbody>
              <StatsRow title="Overall" stats={f.overall} />
              {f.dimensions.map((d) => (
                <StatsRow key={d.id} title={d.title} stats={d.stats} />
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}

function StatsRow({ title, stats }: { title: string; stats: GroupStats }) {
  return (
    <tr>
      <th scope="row">{title}</th>
      <td className={styles.number}>{stats.respondents}</td>
      {stats.shown ? (
        <>
          <td className={styles.number}>{stats.median}</td>
          <td>
            {stats.min}–{stats.max} ({stats.spread} points)
          </td>
          <td>{stats.disagreement ? <strong>Disagreement</strong> : 'Broadly agreed'}</td>
        </>
      ) : (
        <td colSpan={3}>Hidden: fewer than {MIN_RESPONDENTS} people scored this step.</td>
      )}
    </tr>
  );
}
