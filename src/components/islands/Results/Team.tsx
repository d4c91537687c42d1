import { useId, useState } from 'react';
import { useStore } from '../useStore';
import { scoreSheet } from '~/lib/results/score-sheet';
import type { ResultsOutline } from '~/lib/results/manifest';
import { DISAGREEMENT_SPREAD, MIN_RESPONDENTS, ROLE_GAP, ROLE_LABELS, teamStatsFromSheets } from '~/lib/results/team';
import {
  $teamMembers,
  $teamProblems,
  addShareLinks,
  addTeamFiles,
  clearTeam,
  removeTeamMember,
  type TeamMember,
  type TeamProblem,
} from '~/lib/stores/team';
import { plural } from './format';
import { SharePanel } from './SharePanel';
import { TeamTable } from './TeamTable';
import { ui } from '../ui';

const NO_MEMBERS: TeamMember[] = [];
const NO_PROBLEMS: TeamProblem[] = [];

/** Sharing, and the team view: members' files and share links compared per step, overall and by role. */
export function Team({ outline }: { outline: ResultsOutline }) {
  const members = useStore($teamMembers, { ssr: () => NO_MEMBERS });
  const problems = useStore($teamProblems, { ssr: () => NO_PROBLEMS });
  const [links, setLinks] = useState('');
  const uid = useId();
  const stats = members.length
    ? teamStatsFromSheets(
        outline,
        members.map((m) => ({
          sheet: 'answers' in m.from ? scoreSheet(outline, m.from.answers) : m.from.sheet,
          role: m.role,
        })),
      )
    : [];

  return (
    <>
      <SharePanel outline={outline} />
      <h3 id="team-view">Team view</h3>
      <p>
        Ask each colleague to answer on their own and send you their file from “Export answers” or their share link,
        each saying which role they answer as. Load them here to see where the team agrees. They are read in this
        browser: not uploaded or stored, and gone when you leave the page.
      </p>
      <p className={ui.hint}>
        For each step you see the middle score (median) and the spread from lowest to highest, for everyone and for each
        role. A group is shown only when at least {MIN_RESPONDENTS} people scored the step, so no one’s answers can be
        picked out. A spread of {DISAGREEMENT_SPREAD} points or more is marked as disagreement; roles whose medians are{' '}
        {ROLE_GAP} points (a level of the scale) or more apart are flagged.
      </p>
      <div className={ui.field}>
        <label htmlFor={`${uid}-files`}>Add team members’ answer files</label>
        <input
          id={`${uid}-files`}
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            void addTeamFiles([...(input.files ?? [])]).then(() => (input.value = ''));
          }}
        />
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          addShareLinks(outline, links);
          setLinks('');
        }}
      >
        <div className={ui.field}>
          <label htmlFor={`${uid}-links`}>Or paste the links people shared with you, one a line</label>
          <textarea id={`${uid}-links`} rows={3} value={links} onChange={(e) => setLinks(e.currentTarget.value)} />
        </div>
        <button type="submit" className={ui.button} disabled={!links.trim()}>
          Add links
        </button>
      </form>
      <div role="alert">
        {problems.length > 0 && (
          <div className={ui.error}>
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
          ? 'No team files or links loaded yet.'
          : `${plural(members.length, 'person', 'people')} loaded.${members.length < MIN_RESPONDENTS ? ` Load at least ${MIN_RESPONDENTS} to see team results.` : ''}`}
      </p>
      {members.length > 0 && (
        <>
          <ul className={ui.list} aria-label="Loaded files and links">
            {members.map((m, i) => (
              <li key={m.id}>
                Person {i + 1} ({m.fileName}
                {m.role ? `, ${ROLE_LABELS[m.role].toLowerCase()}` : ''}){' '}
                <button
                  type="button"
                  className={ui.button}
                  aria-label={`Remove ${m.fileName}`}
                  onClick={() => removeTeamMember(m.id)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <div className={ui.actions}>
            <button type="button" className={ui.button} onClick={clearTeam}>
              Remove all team files and links
            </button>
          </div>
        </>
      )}
      {stats.map((f) => (
        <TeamTable key={f.id} framework={f} />
      ))}
    </>
  );
}
