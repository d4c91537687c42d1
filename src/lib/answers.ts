/**
 * The answers document: what a reader has ticked, rated and noted. Pure functions
 * only — the store in ./stores/answers.ts persists it, the import/export code and
 * the results page read it. The storage contract is documented there.
 */
import { z } from '~/lib/zod';
import {
  clampText,
  DONT_KNOW,
  ID_PATTERN,
  isPermanentId,
  MAX_ID_LENGTH,
  MAX_NOTE_LENGTH,
  NOT_APPLICABLE,
  SCALE_VALUES,
} from './limits';
import type { Rating } from './scoring';

export const ANSWERS_VERSION = 2;
/** The edition of the questions that version 1 documents answered (content/archive/assessments-v1.yaml). */
export const LEGACY_EDITION_V1 = 'assessments-v1';

const Timestamp = z.iso.datetime({ offset: true });
const Note = z.string().check(z.maxLength(MAX_NOTE_LENGTH));
const AnswerId = z.string().check(z.regex(ID_PATTERN), z.maxLength(MAX_ID_LENGTH));
const Level = z.literal(SCALE_VALUES);

/** One checklist item's state. */
export const ItemAnswerSchema = z.object({
  done: z.boolean(),
  note: z.optional(Note),
  updatedAt: Timestamp,
});

/** Version 1: one statement's agree/disagree rating (1 Strongly disagree … 5 Strongly agree, or N/A). */
const StatementAnswerV1Schema = z.object({
  value: z.optional(z.literal([...SCALE_VALUES, NOT_APPLICABLE])),
  note: z.optional(Note),
  updatedAt: Timestamp,
});

/** One statement's level on the practice scale, N/A or Don't know (absent while only a note is written). */
export const StatementAnswerSchema = z.object({
  value: z.optional(z.literal([...SCALE_VALUES, NOT_APPLICABLE, DONT_KNOW])),
  note: z.optional(Note),
  updatedAt: Timestamp,
});

/** Importance and target the reader set for one dimension; an absent field means the default. */
export const GoalAnswerSchema = z.object({
  importance: z.optional(z.enum(['low', 'normal', 'high'])),
  target: z.optional(Level),
  updatedAt: Timestamp,
});

/** Ratings given to an earlier edition of the questions, kept as they were (never rescored on a new scale). */
export const LegacyRecordSchema = z.object({
  /** When the last of these ratings was given: the date the History shows. */
  answeredAt: Timestamp,
  /** Set once the reader has dismissed the notice that explains the change. */
  noticeDismissedAt: z.optional(Timestamp),
  statements: z.record(AnswerId, z.object({ value: StatementAnswerV1Schema.shape.value, updatedAt: Timestamp })),
});

/** Version 1 of the stored answers (agree/disagree scale). */
export const AnswersV1Schema = z.object({
  version: z.literal(1),
  items: z.record(AnswerId, ItemAnswerSchema),
  statements: z.record(AnswerId, StatementAnswerV1Schema),
});

/** Version 2: practice scale with Don't know, goals per dimension, earlier ratings kept by edition. */
export const AnswersV2Schema = z.object({
  version: z.literal(2),
  items: z.record(AnswerId, ItemAnswerSchema),
  statements: z.record(AnswerId, StatementAnswerSchema),
  goals: z.optional(z.record(AnswerId, GoalAnswerSchema)),
  legacy: z.optional(z.record(AnswerId, LegacyRecordSchema)),
});

export type AnswersV1 = z.infer<typeof AnswersV1Schema>;
export type Answers = z.infer<typeof AnswersV2Schema>;
export type ItemAnswer = z.infer<typeof ItemAnswerSchema>;
export type StatementAnswer = z.infer<typeof StatementAnswerSchema>;
export type GoalAnswer = z.infer<typeof GoalAnswerSchema>;
export type LegacyRecord = z.infer<typeof LegacyRecordSchema>;

export const EMPTY_ANSWERS: Answers = Object.freeze({ version: 2, items: {}, statements: {} }) as Answers;

export type ReadResult =
  | { ok: true; answers: Answers; /** Read from an older format version. */ migrated?: true }
  | { ok: false; problem: 'not-json' | 'wrong-shape' | 'newer-version'; message: string };

/** Versions this code knows how to read. Add the next one here and in `migrate`. */
type KnownVersion = 1 | 2;

const damaged = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): ReadResult => {
  const issue = error.issues[0];
  const at = issue?.path.length ? ` (at ${issue.path.map(String).join('.')})` : '';
  return {
    ok: false,
    problem: 'wrong-shape',
    message: `The saved answers are damaged${at}: ${issue?.message ?? 'unknown problem'}.`,
  };
};

/**
 * Version 1 → 2. Agree/disagree ratings are not reinterpreted on the practice scale:
 * they move, unchanged, into a legacy record dated by the last rating given. Notes
 * stay on their statement ids; ticks and notes on items are untouched.
 */
export function migrateV1(v1: AnswersV1): Answers {
  const statements: Answers['statements'] = {};
  const rated: LegacyRecord['statements'] = {};
  for (const [id, answer] of Object.entries(v1.statements)) {
    if (answer.note) statements[id] = { note: answer.note, updatedAt: answer.updatedAt };
    if (answer.value !== undefined) rated[id] = { value: answer.value, updatedAt: answer.updatedAt };
  }
  const dates = Object.values(rated).map((r) => r.updatedAt);
  const answeredAt = dates.reduce<string | undefined>((a, b) => (a ? latest(a, b) : b), undefined);
  return {
    version: 2,
    items: v1.items,
    statements,
    ...(answeredAt ? { legacy: { [LEGACY_EDITION_V1]: { answeredAt, statements: rated } } } : {}),
  };
}

/**
 * Brings a parsed document of any known version up to the current one, validating
 * each version with its own schema. Each step is a function from version N to N+1;
 * the switch is exhaustive.
 */
export function migrate(data: { version: KnownVersion } & Record<string, unknown>): ReadResult {
  const version = data.version;
  switch (version) {
    case 1: {
      const parsed = AnswersV1Schema.safeParse(data);
      if (!parsed.success) return damaged(parsed.error);
      const next = migrate(migrateV1(parsed.data));
      return next.ok ? { ...next, migrated: true } : next;
    }
    case 2: {
      const parsed = AnswersV2Schema.safeParse(data);
      return parsed.success ? { ok: true, answers: parsed.data } : damaged(parsed.error);
    }
    default:
      return version satisfies never;
  }
}

/** Reads answers from any untrusted JSON value (storage, an imported file). */
export function readAnswers(data: unknown): ReadResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problem: 'wrong-shape', message: 'The saved answers are not in the expected format.' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > ANSWERS_VERSION)
    return {
      ok: false,
      problem: 'newer-version',
      message: `These answers were saved by a newer version of the playbook (format ${version}; this one reads up to ${ANSWERS_VERSION}).`,
    };
  if (version !== 1 && version !== 2)
    return {
      ok: false,
      problem: 'wrong-shape',
      message: 'The saved answers have no format version this playbook knows.',
    };
  return migrate(data as { version: KnownVersion });
}

/** Reads answers from a stored string. */
export function parseAnswers(raw: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      ok: false,
      problem: 'not-json',
      message: 'The saved answers could not be read (they are not valid JSON).',
    };
  }
  return readAnswers(data);
}

export const serializeAnswers = (answers: Answers): string => JSON.stringify(answers);

/*
 * Writers stay within what readAnswers accepts (src/lib/limits.ts): an id the reader
 * would refuse changes nothing, and a note is cut to the longest the reader takes.
 * Otherwise one bad write would make the whole stored document unreadable.
 */
const isRating = (value: unknown): value is Rating =>
  value === NOT_APPLICABLE || value === DONT_KNOW || (SCALE_VALUES as readonly unknown[]).includes(value);
const storedNote = (note: string) => (note.trim() ? clampText(note, MAX_NOTE_LENGTH) : undefined);

/** Ticks or unticks an item, keeping its note. */
export function withItemDone(answers: Answers, id: string, done: boolean, now: Date): Answers {
  if (!isPermanentId(id)) return answers;
  const previous = answers.items[id];
  return { ...answers, items: { ...answers.items, [id]: { ...previous, done, updatedAt: now.toISOString() } } };
}

/** Sets or clears an item's note, keeping its tick. */
export function withItemNote(answers: Answers, id: string, note: string, now: Date): Answers {
  if (!isPermanentId(id)) return answers;
  const previous = answers.items[id];
  const next: ItemAnswer = { done: previous?.done ?? false, updatedAt: now.toISOString() };
  const kept = storedNote(note);
  if (kept !== undefined) next.note = kept;
  return { ...answers, items: { ...answers.items, [id]: next } };
}

/** Rates a statement, keeping its note. */
export function withRating(answers: Answers, id: string, value: Rating, now: Date): Answers {
  if (!isPermanentId(id) || !isRating(value)) return answers;
  const previous = answers.statements[id];
  return {
    ...answers,
    statements: { ...answers.statements, [id]: { ...previous, value, updatedAt: now.toISOString() } },
  };
}

/** Sets or clears a statement's note, keeping its rating. */
export function withStatementNote(answers: Answers, id: string, note: string, now: Date): Answers {
  if (!isPermanentId(id)) return answers;
  const previous = answers.statements[id];
  const next: StatementAnswer = { updatedAt: now.toISOString() };
  if (previous?.value !== undefined) next.value = previous.value;
  const kept = storedNote(note);
  if (kept !== undefined) next.note = kept;
  return { ...answers, statements: { ...answers.statements, [id]: next } };
}

/** Removes the given items' answers; returns what was removed so it can be put back. */
export function withoutItems(answers: Answers, ids: readonly string[]) {
  const items = { ...answers.items };
  const removed: Record<string, ItemAnswer> = {};
  for (const id of ids) {
    const answer = items[id];
    if (answer) {
      removed[id] = answer;
      delete items[id];
    }
  }
  return { answers: { ...answers, items }, removed };
}

/** Puts removed item answers back (the undo of `withoutItems`). */
export function withItemsRestored(answers: Answers, removed: Record<string, ItemAnswer>): Answers {
  return { ...answers, items: { ...answers.items, ...removed } };
}

/**
 * Combines two documents answer by answer; where both have an answer, the more
 * recently updated one wins. Answers to ids the content no longer has are kept.
 */
export function mergeAnswers(base: Answers, incoming: Answers): Answers {
  const legacy = { ...base.legacy };
  for (const [edition, record] of Object.entries(incoming.legacy ?? {})) {
    const mine = legacy[edition];
    legacy[edition] = mine
      ? {
          ...mine,
          answeredAt: latest(mine.answeredAt, record.answeredAt),
          statements: newest(mine.statements, record.statements),
        }
      : record;
  }
  const goals = newest(base.goals ?? {}, incoming.goals ?? {});
  return {
    version: ANSWERS_VERSION,
    items: newest(base.items, incoming.items),
    statements: newest(base.statements, incoming.statements),
    ...(Object.keys(goals).length ? { goals } : {}),
    ...(Object.keys(legacy).length ? { legacy } : {}),
  };
}

const latest = (a: string, b: string) => (Date.parse(b) > Date.parse(a) ? b : a);

/** Both records' answers; where both hold one, the more recently updated wins. */
function newest<T extends { updatedAt: string }>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
  const out = { ...a };
  for (const [id, answer] of Object.entries(b)) {
    const mine = out[id];
    if (!mine || Date.parse(answer.updatedAt) >= Date.parse(mine.updatedAt)) out[id] = answer;
  }
  return out;
}

/** How many answers a document holds (ticks, ratings, notes, and ratings kept from earlier questions). */
export function countAnswers(answers: Answers) {
  const items = Object.values(answers.items);
  const statements = Object.values(answers.statements);
  return {
    ticked: items.filter((i) => i.done).length,
    rated: statements.filter((s) => s.value !== undefined).length,
    notes: [...items, ...statements].filter((a) => a.note).length,
    earlier: Object.values(answers.legacy ?? {}).reduce((n, r) => n + Object.keys(r.statements).length, 0),
  };
}
