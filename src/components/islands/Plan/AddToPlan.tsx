import { useStore } from '../useStore';
import { pageHref } from '~/lib/links';
import { actionFor, EMPTY_PLAN, STATUS_LABELS } from '~/lib/results/plan';
import { $plan, addToPlan } from '~/lib/stores/plan';
import { ui } from '../ui';
import styles from './AddToPlan.module.css';

const EMPTY = () => EMPTY_PLAN;

const dueText = (due: string) =>
  due
    ? `due ${new Date(`${due}T00:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}`
    : 'no due date';

/**
 * "Add to plan" for one priority (a weak statement or an action not done), or, once
 * it is in the plan, "In your plan: owner, due date". Used on the results page and
 * beside a chapter's weakest statements.
 */
export function AddToPlan({
  sourceId,
  what,
  href,
  showPlanLink = false,
}: {
  /** The permanent id of the statement or item. */
  sourceId: string;
  what: string;
  href?: string;
  /** On a chapter: link to the plan on the results page. */
  showPlanLink?: boolean;
}) {
  const plan = useStore($plan, { ssr: EMPTY });
  const action = actionFor(plan, sourceId);
  if (action)
    return (
      <span className={styles.inPlan}>
        In your plan: {action.owner || 'no owner yet'}, {dueText(action.due)}
        {action.status !== 'todo' && ` (${STATUS_LABELS[action.status].toLowerCase()})`}
        {showPlanLink && (
          <>
            {' · '}
            <a href={pageHref('results', 'priorities-and-plan')}>See your plan</a>
          </>
        )}
      </span>
    );
  return (
    <button
      type="button"
      className={ui.smallButton}
      aria-label={`Add to plan: ${what}`}
      onClick={() => addToPlan({ what, sourceId, ...(href ? { href } : {}) })}
    >
      Add to plan
    </button>
  );
}
