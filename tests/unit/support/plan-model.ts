/**
 * The action plan in the plain model of tests/unit/support/store-model.ts: what the
 * reader should see after each plan operation, worked out with plain objects and none
 * of the plan's own code. A value past a limit is cut to fit (never splitting a
 * surrogate pair); one the reader would refuse (a bad date or status, an empty "what",
 * a source id that is no permanent id) is left out.
 */
import { clampText } from '~/lib/limits';
import type { Plan, PlanAction } from '~/lib/results/plan';
import { PLAN_LIMITS, type PlanOp } from './plan-ops';

export const emptyPlan = (): Plan => ({ version: 1, actions: [] });

const isDay = (day: string) =>
  day === '' || (/^\d{4}-\d\d-\d\d$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day));
const isPermanentId = (id: string) => id.length <= 120 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);

/** Applies a plan operation to `plan` (in place); says whether it offers an undo. */
export function stepPlan(plan: Plan, op: PlanOp, now: string): { undoable: boolean } {
  const target = plan.actions[op.op === 'plan-add' ? -1 : op.index];
  switch (op.op) {
    case 'plan-add': {
      const what = clampText(op.what.trim(), PLAN_LIMITS.what);
      if (plan.actions.length >= PLAN_LIMITS.actions || !what) return { undoable: false };
      const base = `a-${Date.parse(now).toString(36)}`;
      let id = base;
      for (let n = 2; plan.actions.some((a) => a.id === id); n++) id = `${base}-${n}`;
      const sourceId = isPermanentId(op.source) ? { sourceId: op.source } : {};
      const href = /^\/\S*$/.test(op.href) && op.href.length <= 500 ? { href: op.href } : {};
      const added: PlanAction = {
        id,
        what,
        owner: '',
        due: '',
        status: 'todo',
        note: '',
        ...sourceId,
        ...href,
        createdAt: now,
        updatedAt: now,
      };
      plan.actions.push(added);
      return { undoable: false };
    }
    case 'plan-edit': {
      if (!target) return { undoable: false };
      const { what, owner, note, due, status } = op.edit;
      if (what !== undefined && what.trim()) target.what = clampText(what, PLAN_LIMITS.what);
      if (owner !== undefined) target.owner = clampText(owner, PLAN_LIMITS.owner);
      if (note !== undefined) target.note = clampText(note, PLAN_LIMITS.note);
      if (due !== undefined && isDay(due)) target.due = due;
      if (status !== undefined && ['todo', 'doing', 'done'].includes(status)) target.status = status;
      target.updatedAt = now;
      return { undoable: false };
    }
    case 'plan-remove':
      if (target) plan.actions.splice(op.index, 1);
      return { undoable: true };
  }
}

/** Both plans, one copy per id in first-seen order, the incoming copy winning; at most the limit. */
export function mergedPlan(base: Plan, incoming: Plan): Plan {
  const actions = base.actions.map((a) => incoming.actions.find((b) => b.id === a.id) ?? a);
  for (const a of incoming.actions) if (!actions.some((b) => b.id === a.id)) actions.push(a);
  return { version: 1, actions: actions.slice(0, PLAN_LIMITS.actions) };
}
