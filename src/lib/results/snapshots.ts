/**
 * Snapshots: dated copies of the reader's scores (per framework and dimension) and
 * answers, to follow progress. Pure functions: the document format with its
 * validation, taking a snapshot and keeping the list. What changed between two and
 * the trend over all are ./progress.ts; the store is src/lib/stores/snapshots.ts.
 */
import { z } from '~/lib/zod';
import type { Answers } from '../answers';
import { readAnswers } from '../answers-read';
import { clampText, MAX_LABEL_LENGTH, MAX_SNAPSHOT_ID_LENGTH, MAX_SNAPSHOTS, SNAPSHOT_ID_PATTERN } from '../limits';
import { Timestamp } from '../stored-fields';
import { ScoreSheetSchema, scoreSheet } from './score-sheet';
import type { ResultsOutline } from './manifest';
import { readPlan, type Plan } from './plan';

const SNAPSHOTS_VERSION = 1;
export { MAX_SNAPSHOTS };

/** One snapshot as stored; its answers are read separately, through readAnswers and its migrations. */
const SnapshotShape = z.object({
  id: z.string().check(z.regex(SNAPSHOT_ID_PATTERN), z.maxLength(MAX_SNAPSHOT_ID_LENGTH)),
  /** When it was taken. */
  takenAt: Timestamp,
  /** An optional name, e.g. "Before the spring training". */
  label: z.optional(z.string().check(z.maxLength(MAX_LABEL_LENGTH))),
  scores: ScoreSheetSchema,
  answers: z.unknown(),
  /** The action plan as it was (absent in snapshots taken before plans existed, or with an empty plan). */
  plan: z.optional(z.unknown()),
});

export type Snapshot = Omit<z.infer<typeof SnapshotShape>, 'answers' | 'plan'> & { answers: Answers; plan?: Plan };

export const NO_SNAPSHOTS: Snapshot[] = Object.freeze([]) as unknown as Snapshot[];

export type SnapshotsReadResult = { ok: true; snapshots: Snapshot[] } | { ok: false; message: string };

const where = (path: readonly PropertyKey[]) => (path.length ? ` (at ${path.map(String).join('.')})` : '');

/**
 * Reads a list of snapshots from any untrusted value (storage, an imported file).
 * `what` names the list in messages, e.g. "The saved snapshots".
 */
export function readSnapshotList(data: unknown, what: string): SnapshotsReadResult {
  if (!Array.isArray(data)) return { ok: false, message: `${what} are damaged: they are not a list.` };
  if (data.length > MAX_SNAPSHOTS)
    return { ok: false, message: `${what} are too many (${data.length}; at most ${MAX_SNAPSHOTS}).` };
  const snapshots: Snapshot[] = [];
  for (const [index, item] of data.entries()) {
    const parsed = SnapshotShape.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        message: `${what} are damaged${where([index, ...(issue?.path ?? [])])}: ${issue?.message ?? 'unknown problem'}.`,
      };
    }
    const answers = readAnswers(parsed.data.answers);
    if (!answers.ok) return { ok: false, message: `${what} are damaged (at ${index}.answers): ${answers.message}` };
    const { plan: rawPlan, ...rest } = parsed.data;
    const plan = rawPlan === undefined ? undefined : readPlan(rawPlan);
    if (plan && !plan.ok) return { ok: false, message: `${what} are damaged (at ${index}.plan): ${plan.message}` };
    snapshots.push({ ...rest, answers: answers.answers, ...(plan?.ok ? { plan: plan.plan } : {}) });
  }
  return { ok: true, snapshots: sortSnapshots(snapshots) };
}

/** Reads the stored snapshots document, `{ version, snapshots }`, from any untrusted JSON value. */
function readSnapshots(data: unknown): SnapshotsReadResult {
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SNAPSHOTS_VERSION)
    return {
      ok: false,
      message: `These snapshots were saved by a newer version of the playbook (format ${version}; this one reads up to ${SNAPSHOTS_VERSION}).`,
    };
  if (version !== SNAPSHOTS_VERSION)
    return { ok: false, message: 'The saved snapshots are damaged: they have no format version this playbook knows.' };
  return readSnapshotList((data as { snapshots?: unknown }).snapshots, 'The saved snapshots');
}

/** Reads the snapshots document from a stored string. */
export function parseSnapshots(raw: string): SnapshotsReadResult {
  try {
    return readSnapshots(JSON.parse(raw));
  } catch {
    return { ok: false, message: 'The saved snapshots could not be read (they are not valid JSON).' };
  }
}

export const serializeSnapshots = (snapshots: readonly Snapshot[]): string =>
  JSON.stringify({ version: SNAPSHOTS_VERSION, snapshots });

/** Oldest first; equal times keep their order. */
export const sortSnapshots = (snapshots: readonly Snapshot[]): Snapshot[] =>
  [...snapshots].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));

/** A snapshot of the current answers and their scores, and of the plan when it has actions. */
export function takeSnapshot(
  outline: ResultsOutline,
  answers: Answers,
  now: Date,
  label?: string,
  plan?: Plan,
): Snapshot {
  const trimmed = label?.trim();
  return {
    id: `s-${now.getTime().toString(36)}`,
    takenAt: now.toISOString(),
    ...(trimmed ? { label: clampText(trimmed, MAX_LABEL_LENGTH) } : {}),
    scores: scoreSheet(outline, answers),
    answers,
    ...(plan?.actions.length ? { plan } : {}),
  };
}

/**
 * Adds a snapshot, giving it a fresh id if another already has its id. The list
 * keeps the newest MAX_SNAPSHOTS, as its reader accepts no more: the caller sets
 * aside what `droppedBy` reports.
 */
export function withSnapshot(snapshots: readonly Snapshot[], snapshot: Snapshot): Snapshot[] {
  let id = snapshot.id;
  for (let n = 2; snapshots.some((s) => s.id === id); n++)
    id = `${snapshot.id.slice(0, MAX_SNAPSHOT_ID_LENGTH - String(n).length - 1)}-${n}`;
  return sortSnapshots([...snapshots, { ...snapshot, id }]).slice(-MAX_SNAPSHOTS);
}

/** The snapshots of `before` that `after` no longer has. */
export const droppedBy = (before: readonly Snapshot[], after: readonly Snapshot[]): Snapshot[] =>
  before.filter((s) => !after.some((t) => t.id === s.id));

/** Both lists, one copy per id (the incoming copy wins), oldest first. */
export function mergeSnapshots(base: readonly Snapshot[], incoming: readonly Snapshot[]): Snapshot[] {
  const byId = new Map(base.map((s) => [s.id, s]));
  for (const s of incoming) byId.set(s.id, s);
  return sortSnapshots([...byId.values()]).slice(-MAX_SNAPSHOTS);
}
