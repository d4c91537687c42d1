/**
 * The action plan document: what the reader has decided to do, with an owner, a due
 * date, a status and a note. Pure functions only: the format with its validation and
 * the changes a reader makes. The store that persists it (and its storage contract)
 * is src/lib/stores/plan.ts; exports are ./action-plan.ts and ./calendar.ts.
 */
import {
  clampText,
  isPermanentId,
  MAX_ACTION_LENGTH,
  MAX_ACTIONS,
  MAX_HREF_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_OWNER_LENGTH,
} from '~/lib/limits';
import { PermanentId as Id, Timestamp } from '~/lib/stored-fields';
import { z } from '~/lib/zod';

const PLAN_VERSION = 1;
export const STATUSES = ['todo', 'doing', 'done'] as const;
export type Status = (typeof STATUSES)[number];
/** How each status reads on the page and in exports. */
export const STATUS_LABELS: Record<Status, string> = { todo: 'To do', doing: 'Doing', done: 'Done' };

const Day = z.union([z.literal(''), z.iso.date()]);
const Href = z.string().check(z.regex(/^\/[^\s]*$/), z.maxLength(MAX_HREF_LENGTH));

/** One action as stored. */
export const PlanActionSchema = z.object({
  id: Id,
  /** What is to be done. */
  what: z.string().check(z.minLength(1), z.maxLength(MAX_ACTION_LENGTH)),
  owner: z.string().check(z.maxLength(MAX_OWNER_LENGTH)),
  /** YYYY-MM-DD, or '' while no date is set. */
  due: Day,
  status: z.enum(STATUSES),
  note: z.string().check(z.maxLength(MAX_NOTE_LENGTH)),
  /** The statement or checklist item it came from (its permanent id), if any. */
  sourceId: z.optional(Id),
  /** Where the playbook explains it (a site path). */
  href: z.optional(Href),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export type PlanAction = z.infer<typeof PlanActionSchema>;

export const PlanSchema = z.object({
  version: z.literal(PLAN_VERSION),
  actions: z.array(PlanActionSchema).check(z.maxLength(MAX_ACTIONS)),
});

export type Plan = z.infer<typeof PlanSchema>;

export const EMPTY_PLAN: Plan = Object.freeze({ version: PLAN_VERSION, actions: [] }) as unknown as Plan;

export type PlanReadResult = { ok: true; plan: Plan } | { ok: false; message: string };

/** Reads a plan from any untrusted value (storage, an imported file, a snapshot). */
export function readPlan(data: unknown): PlanReadResult {
  if (typeof data === 'object' && data !== null && 'version' in data) {
    const version = (data as { version: unknown }).version;
    if (typeof version === 'number' && version > PLAN_VERSION)
      return { ok: false, message: `The plan was saved by a newer version of the playbook (format ${version}).` };
  }
  const parsed = PlanSchema.safeParse(data);
  if (parsed.success) return { ok: true, plan: parsed.data };
  const issue = parsed.error.issues[0];
  const at = issue?.path.length ? ` (at ${issue.path.map(String).join('.')})` : '';
  return { ok: false, message: `The plan is damaged${at}: ${issue?.message ?? 'unknown problem'}.` };
}

/** Reads the stored text of a plan. */
export function parsePlan(raw: string): PlanReadResult {
  try {
    return readPlan(JSON.parse(raw));
  } catch {
    return { ok: false, message: 'The plan is damaged: it is not JSON.' };
  }
}

export const serializePlan = (plan: Plan): string => JSON.stringify(plan);

/** What a new action needs; the rest starts blank ("to do", no owner, no date). */
export interface NewAction {
  what: string;
  sourceId?: string;
  href?: string;
}

const clip = (text: string, max: number) => clampText(text.trim(), max);

/**
 * Adds an action (a fresh id from the time and a counter); a plan at MAX_ACTIONS is
 * returned unchanged. A source id or link the reader would refuse is left out, so the
 * action is kept and the stored plan stays readable.
 */
export function withAction(plan: Plan, action: NewAction, now: Date): Plan {
  if (plan.actions.length >= MAX_ACTIONS || !action.what.trim()) return plan;
  const base = `a-${now.getTime().toString(36)}`;
  let id = base;
  for (let n = 2; plan.actions.some((a) => a.id === id); n++) id = `${base}-${n}`;
  const stamp = now.toISOString();
  const added: PlanAction = {
    id,
    what: clip(action.what, MAX_ACTION_LENGTH),
    owner: '',
    due: '',
    status: 'todo',
    note: '',
    ...(action.sourceId && isPermanentId(action.sourceId) ? { sourceId: action.sourceId } : {}),
    ...(action.href && Href.safeParse(action.href).success ? { href: action.href } : {}),
    createdAt: stamp,
    updatedAt: stamp,
  };
  return { ...plan, actions: [...plan.actions, added] };
}

/** The fields a reader edits. */
export type ActionEdit = Partial<Pick<PlanAction, 'what' | 'owner' | 'due' | 'status' | 'note'>>;

/**
 * Changes one action. Values are kept within what the reader accepts (lengths
 * clipped, never inside a surrogate pair; a bad date or status ignored, an empty
 * "what" ignored), so a write never produces a document the next load refuses.
 */
export function withActionEdit(plan: Plan, id: string, edit: ActionEdit, now: Date): Plan {
  const safe: ActionEdit = {};
  // Not trimmed here: this runs on every keystroke, and a space typed at the end must stay.
  if (edit.what !== undefined && edit.what.trim()) safe.what = clampText(edit.what, MAX_ACTION_LENGTH);
  if (edit.owner !== undefined) safe.owner = clampText(edit.owner, MAX_OWNER_LENGTH);
  if (edit.note !== undefined) safe.note = clampText(edit.note, MAX_NOTE_LENGTH);
  if (edit.due !== undefined && Day.safeParse(edit.due).success) safe.due = edit.due;
  if (edit.status !== undefined && STATUSES.includes(edit.status)) safe.status = edit.status;
  return {
    ...plan,
    actions: plan.actions.map((a) => (a.id === id ? { ...a, ...safe, updatedAt: now.toISOString() } : a)),
  };
}

/** The plan without one action. */
export const withoutAction = (plan: Plan, id: string): Plan => ({
  ...plan,
  actions: plan.actions.filter((a) => a.id !== id),
});

/** Both plans, one copy per id (the incoming copy wins), within MAX_ACTIONS. */
export function mergePlans(base: Plan, incoming: Plan): Plan {
  const byId = new Map(base.actions.map((a) => [a.id, a]));
  for (const a of incoming.actions) byId.set(a.id, a);
  return { version: PLAN_VERSION, actions: [...byId.values()].slice(0, MAX_ACTIONS) };
}

/** The action that came from a statement or checklist item, if it is in the plan. */
export const actionFor = (plan: Plan, sourceId: string): PlanAction | undefined =>
  plan.actions.find((a) => a.sourceId === sourceId);
