/**
 * The answers document: what a reader has ticked, rated and noted, in its stored
 * format. Pure: the store in ./stores/answers.ts persists it and documents the storage
 * contract; reading any stored version (with its migrations) is ./answers-read.ts,
 * changing answers ./answers-edit.ts.
 */
import { z } from '~/lib/zod';
import { DONT_KNOW, MAX_NOTE_LENGTH, NOT_APPLICABLE, SCALE_VALUES } from './limits';
import { PermanentId as AnswerId, Timestamp } from './stored-fields';

export const ANSWERS_VERSION = 2;
/** The edition of the questions that version 1 documents answered (content/archive/assessments-v1.yaml). */
export const LEGACY_EDITION_V1 = 'assessments-v1';

const Note = z.string().check(z.maxLength(MAX_NOTE_LENGTH));
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

export const serializeAnswers = (answers: Answers): string => JSON.stringify(answers);

/** The later of two stored timestamps. */
export const latest = (a: string, b: string) => (Date.parse(b) > Date.parse(a) ? b : a);

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
