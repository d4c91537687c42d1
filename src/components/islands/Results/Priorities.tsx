import type { ReactNode } from 'react';
import type { Priorities as PriorityList } from '~/lib/results/priorities';
import { AddToPlan } from '../Plan/AddToPlan';
import { ui } from '../ui';

/** Every priority, ranked as priorities.ts ranks them, each with "Add to plan". */
export function Priorities({ priorities, findOut }: { priorities: PriorityList; findOut?: ReactNode }) {
  const empty = priorities.statements.length === 0 && priorities.actions.length === 0;
  return (
    <>
      <h3 id="priorities">Your priorities</h3>
      {empty && (
        <p className={ui.empty}>
          No answers yet. Your weakest statements and the most important actions still to do will appear here.
        </p>
      )}
      {priorities.statements.length > 0 && (
        <ol className={ui.list} aria-label="Weakest statements">
          {priorities.statements.map((s) => (
            <li key={s.id}>
              “{s.text}” — you answered <strong>{s.ratingLabel.toLowerCase()}</strong>.
              <span className={ui.meta}>
                {s.frameworkTitle} · {s.dimensionTitle} · <a href={s.helpHref}>How to improve this</a>
                {s.searchHref && (
                  <>
                    {' · '}
                    <a href={s.searchHref}>Search related guidance</a>
                  </>
                )}
              </span>
              <AddToPlan sourceId={s.id} what={s.text} href={s.helpHref} />
            </li>
          ))}
        </ol>
      )}
      {priorities.actions.length > 0 && (
        <ol className={ui.list} aria-label="Important actions not done yet">
          {priorities.actions.map((a) => (
            <li key={a.id}>
              {a.text}
              <span className={ui.meta}>
                {a.frameworkTitle} · {a.checklistTitle} · <a href={a.helpHref}>How to do this</a>
              </span>
              <AddToPlan sourceId={a.id} what={a.text} href={a.helpHref} />
            </li>
          ))}
        </ol>
      )}
      {findOut}
    </>
  );
}
