/**
 * The reader's action plan, persisted in this browser's localStorage.
 *
 * STORAGE CONTRACT
 * Key `playbook:v1:plan` holds one JSON document (see src/lib/results/plan.ts):
 *
 *   {
 *     "version": 1,
 *     "actions": [{
 *       "id": "a-mi9x3k2a",
 *       "what": "Name one owner for every kind of customer",
 *       "owner": "Sam", "due": "2027-01-15", "status": "doing", "note": "Start with the shop",
 *       "sourceId": "cus-identify-s-named-owner", "href": "/frameworks/cus/identify-the-customer/#…",
 *       "createdAt": "2026-12-02T10:00:00.000Z", "updatedAt": "2026-12-02T10:05:00.000Z"
 *     }]
 *   }
 *
 * `status` is "todo", "doing" or "done"; `due` is YYYY-MM-DD or "". `sourceId` is the
 * permanent id of the statement or checklist item the action was added from.
 *
 * Lifecycle: as for the answers (src/lib/stores/answers.ts): read once when the first
 * island loads, written on every change through the guarded storage engine, followed
 * by other tabs. A value that cannot be read is copied to
 * `playbook:backup:v1:plan:<time>`, the reader is told, and the page starts with an
 * empty plan; one arriving after load (another tab) is backed up the same way and the
 * page keeps the plan it shows. The plan goes into "Export answers", snapshots and
 * the team file, and "Erase all answers" removes it with every other `playbook:` key.
 *
 * What happens when content changes:
 * 1. A statement or item is added: nothing here changes.
 * 2. The one an action came from is removed or renamed: the action stays, with its
 *    own text and link; only "In your plan" on the chapter no longer finds it.
 * 3. A chapter moves: the stored `href` may go stale; the action's text still says what to do.
 * 4. The document format changes: bump PLAN_VERSION and add a migration step in plan.ts.
 */
import type { WritableAtom } from 'nanostores';
import {
  EMPTY_PLAN,
  parsePlan,
  serializePlan,
  withAction,
  withActionEdit,
  withoutAction,
  type ActionEdit,
  type NewAction,
  type Plan,
} from '../results/plan';
import { persistentDocument } from './persistent-document';

/** @public The key this store writes; the privacy page must name it (tests/unit/privacy-page.test.ts). */
export const PLAN_KEY = 'playbook:v1:plan';

export const $plan: WritableAtom<Plan> = persistentDocument(PLAN_KEY, EMPTY_PLAN, serializePlan, (raw) => {
  const result = parsePlan(raw);
  return result.ok ? { ok: true, value: result.plan } : result;
});

/** Adds an action to the plan. */
export function addToPlan(action: NewAction): void {
  $plan.set(withAction($plan.get(), action, new Date()));
}

/** Changes an action's text, owner, due date, status or note. */
export function editAction(id: string, edit: ActionEdit): void {
  $plan.set(withActionEdit($plan.get(), id, edit, new Date()));
}

/** Removes an action; returns a function that puts the plan back as it was. */
export function removeAction(id: string): () => void {
  const before = $plan.get();
  $plan.set(withoutAction(before, id));
  return () => $plan.set(before);
}

/** Replaces the whole plan (after an import the reader confirmed). */
export function replacePlan(plan: Plan): void {
  $plan.set(plan);
}
