/**
 * The answers document: what a reader has ticked, rated and noted. Pure functions
 * only — the store in ./stores/answers.ts persists it, the import/export code and
 * the results page read it. The storage contract is documented there.
 */
import { z } from '~/lib/zod';
import {
  clampText,
  ID_PATTERN,
  isPermanentId,
  MAX_ID_LENGTH,
  MAX_NOTE_LENGTH,
  NOT_APPLICABLE,
  SCALE_VALUES,
} from './limits';
import type { Rating } from './scoring';

export const ANSWERS_VERSION = 1;

const Timestamp = z.iso.datetime({ offset: true });
const Note = z.string().check(z.maxLength(MAX_NOTE_LENGTH));

/** One checklist item's state. */
export const ItemAnswerSchema = z.object({
  done: z.boolean(),
  note: z.optional(Note),
  updatedAt: Timestamp,
});

/** One statement's rating (absent while only a note is written). */
export const StatementAnswerSchema = z.object({
  value: z.optional(z.literal([...SCALE_VALUES, NOT_APPLICABLE])),
  note: z.optional(Note),
  updatedAt: Timestamp,
});

const AnswerId = z.string().check(z.regex(ID_PATTERN), z.maxLength(MAX_ID_LENGTH));

/** Version 1 of the stored answers. */
export const AnswersV1Schema = z.object({
  version: z.literal(1),
  items: z.record(AnswerId, ItemAnswerSchema),
  statements: z.record(AnswerId, StatementAnswerSchema),
});

export type Answers = z.infer<typeof AnswersV1Schema>;
export type ItemAnswer = z.infer<typeof ItemAnswerSchema>;
export type StatementAnswer = z.infer<typeof StatementAnswerSchema>;

export const EMPTY_ANSWERS: Answers = Object.freeze({ version: 1, items: {}, statements: {} }) as Answers;

export type ReadResult =
  | { ok: true; answers: Answers }
  | { ok: false; problem: 'not-json' | 'wrong-shape' | 'newer-version'; message: string };

/** Versions this code knows how to read. Add the next one here and in `migrate`. */
type KnownVersion = 1;

/**
 * Brings a parsed document of any known version up to the current one. Each step
 * is a function from version N to N+1; the switch is exhaustive.
 */
export function migrate(data: { version: KnownVersion } & Record<string, unknown>): unknown {
  const version = data.version;
  switch (version) {
    case 1:
      return data; // current
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
  if (version !== 1)
    return {
      ok: false,
      problem: 'wrong-shape',
      message: 'The saved answers have no format version this playbook knows.',
    };
  const parsed = AnswersV1Schema.safeParse(migrate(data as { version: 1 }));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    return {
      ok: false,
      problem: 'wrong-shape',
      message: `The saved answers are damaged${at}: ${issue?.message ?? 'unknown problem'}.`,
    };
  }
  return { ok: true, answers: parsed.data };
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
  value === NOT_APPLICABLE || (SCALE_VALUES as readonly unknown[]).includes(value);
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
  const pick = <T extends { updatedAt: string }>(a: Record<string, T>, b: Record<string, T>) => {
    const out = { ...a };
    for (const [id, answer] of Object.entries(b)) {
      const mine = out[id];
      if (!mine || Date.parse(answer.updatedAt) >= Date.parse(mine.updatedAt)) out[id] = answer;
    }
    return out;
  };
  return {
    version: ANSWERS_VERSION,
    items: pick(base.items, incoming.items),
    statements: pick(base.statements, incoming.statements),
  };
}

/** How many answers a document holds (ticks, ratings and notes). */
export function countAnswers(answers: Answers) {
  const items = Object.values(answers.items);
  const statements = Object.values(answers.statements);
  return {
    ticked: items.filter((i) => i.done).length,
    rated: statements.filter((s) => s.value !== undefined).length,
    notes: [...items, ...statements].filter((a) => a.note).length,
  };
}
