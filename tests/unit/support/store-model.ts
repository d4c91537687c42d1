/**
 * The plain model the stores are compared with: what the reader should see after
 * each operation, worked out with plain objects and none of the stores' code.
 * The action plan's share is in ./plan-model.ts.
 */
import { ANSWERS_VERSION, EMPTY_ANSWERS, type Answers } from '~/lib/answers';
import { clampText, MAX_ID_LENGTH, MAX_LABEL_LENGTH, MAX_NOTE_LENGTH, MAX_SNAPSHOTS } from '~/lib/limits';
import type { Plan } from '~/lib/results/plan';
import { emptyPlan, mergedPlan, stepPlan } from './plan-model';
import { otherTabPlan } from './plan-ops';
import { importData, type Op } from './store-ops';

export interface Model {
  answers: Answers;
  snapshots: { id: string; takenAt: string; label?: string; plan?: Plan }[];
  plan: Plan;
}

/** What the step may do, decided by the test harness (faults in force, storage health). */
export interface StepContext {
  now: string;
  /** Storage neither blocked nor full: another tab can write, a reload loses nothing. */
  healthy: boolean;
}

export interface ModelStep {
  /** The model an immediate undo returns to, when the operation offers one. */
  undo?: Model;
  /** A value the stores must have set aside in a backup. */
  setAside?: string;
  /** The document another tab wrote. */
  otherTabWrote?: string;
}

export const emptyModel = (): Model => ({ answers: structuredClone(EMPTY_ANSWERS), snapshots: [], plan: emptyPlan() });

const valid = (i: string) => i.length <= MAX_ID_LENGTH;
const noteOf = (t: string) => (t.trim() ? clampText(t, MAX_NOTE_LENGTH) : undefined);
const byTime = <T extends { takenAt: string }>(list: T[]) =>
  [...list].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));

function newer<T extends { updatedAt: string }>(mine: Record<string, T>, theirs: Record<string, T>) {
  const out = { ...mine };
  for (const [k, v] of Object.entries(theirs))
    if (!out[k] || Date.parse(v.updatedAt) >= Date.parse(out[k].updatedAt)) out[k] = v;
  return out;
}

/** Applies one operation to the model (in place); `undo` is the model an undo right after restores. */
export function stepModel(model: Model, op: Op, ctx: StepContext, undo: Model | null): ModelStep {
  const before = structuredClone(model);
  const { items, statements } = model.answers;
  const { now } = ctx;
  switch (op.op) {
    case 'tick':
      if (valid(op.id)) items[op.id] = { ...items[op.id], done: op.done, updatedAt: now };
      return {};
    case 'rate':
      if (valid(op.id)) statements[op.id] = { ...statements[op.id], value: op.value, updatedAt: now };
      return {};
    case 'note': {
      const note = noteOf(op.text);
      if (!valid(op.id)) return {};
      if (op.on === 'item')
        items[op.id] = { done: items[op.id]?.done ?? false, updatedAt: now, ...(note ? { note } : {}) };
      else {
        const value = statements[op.id]?.value;
        statements[op.id] = { updatedAt: now, ...(value !== undefined ? { value } : {}), ...(note ? { note } : {}) };
      }
      return {};
    }
    case 'reset': {
      const removed = Object.fromEntries(op.ids.filter((i) => items[i]).map((i) => [i, items[i]!]));
      for (const i of op.ids) delete items[i];
      const after = structuredClone(model);
      Object.assign(after.answers.items, removed);
      return { undo: after };
    }
    case 'undo':
      if (undo) Object.assign(model, structuredClone(undo));
      return {};
    case 'snapshot': {
      let sid = `s-${Date.parse(now).toString(36)}`;
      for (let k = 2; model.snapshots.some((s) => s.id === sid); k++) sid = `s-${Date.parse(now).toString(36)}-${k}`;
      const label = clampText(op.label.trim(), MAX_LABEL_LENGTH);
      const plan = model.plan.actions.length ? { plan: structuredClone(model.plan) } : {};
      model.snapshots = byTime([...model.snapshots, { id: sid, takenAt: now, ...(label ? { label } : {}), ...plan }]);
      if (model.snapshots.length <= MAX_SNAPSHOTS) return {};
      const setAside = model.snapshots[0]!.id;
      model.snapshots = model.snapshots.slice(-MAX_SNAPSHOTS);
      return { setAside };
    }
    case 'delete-snapshot':
      if (!model.snapshots[op.index]) return {};
      model.snapshots.splice(op.index, 1);
      return { undo: before };
    case 'import': {
      const data = importData(op, model.plan);
      const incoming = data.snapshots.map(({ id, takenAt, label }) => ({ id, takenAt, ...(label ? { label } : {}) }));
      if (op.mode === 'replace') {
        model.answers = structuredClone(data.answers);
        model.snapshots = byTime(incoming);
        model.plan = structuredClone(data.plan);
      } else {
        model.answers = {
          version: ANSWERS_VERSION,
          items: newer(items, data.answers.items),
          statements: newer(statements, data.answers.statements),
        };
        const merged = new Map(model.snapshots.map((s) => [s.id, s]));
        for (const s of incoming) merged.set(s.id, s);
        model.snapshots = byTime([...merged.values()]).slice(-MAX_SNAPSHOTS);
        model.plan = mergedPlan(model.plan, structuredClone(data.plan));
      }
      return { undo: before };
    }
    case 'erase':
      Object.assign(model, emptyModel());
      return { undo: before };
    case 'other-tab':
      if (!ctx.healthy) return {}; // another tab cannot write either
      if (op.write === 'garbage') return { setAside: op.garbage, otherTabWrote: op.garbage };
      if (op.write === 'remove') {
        if (op.key === 'plan') model.plan = emptyPlan();
        else model.answers = structuredClone(EMPTY_ANSWERS);
        return {};
      }
      if (op.key === 'plan') {
        model.plan = otherTabPlan(model.plan, now);
        return { otherTabWrote: JSON.stringify(model.plan) };
      }
      if (!valid(op.id)) return {};
      items[op.id] = { ...items[op.id], done: true, updatedAt: now };
      return { otherTabWrote: JSON.stringify(model.answers) };
    case 'corrupt-and-reload':
      if (!ctx.healthy) return {}; // unsaved answers live for this page only
      if (op.key === 'plan') model.plan = emptyPlan();
      else model.answers = structuredClone(EMPTY_ANSWERS);
      return { setAside: op.garbage };
    case 'fault':
    case 'reload':
      return {};
    case 'plan-add':
    case 'plan-edit':
    case 'plan-remove':
      return stepPlan(model.plan, op, now).undoable ? { undo: before } : {};
  }
}
