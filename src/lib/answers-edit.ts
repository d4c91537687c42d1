/**
 * Changing answers: ticks, ratings, notes, removing and restoring a checklist's
 * answers, and merging two documents. Pure functions from one document to the next;
 * the store in ./stores/answers.ts applies them.
 */
import { ANSWERS_VERSION, latest, type Answers, type ItemAnswer, type StatementAnswer } from './answers';
import { clampText, DONT_KNOW, isPermanentId, MAX_NOTE_LENGTH, NOT_APPLICABLE, SCALE_VALUES } from './limits';
import type { Rating } from './scoring';

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

/** Both records' answers; where both hold one, the more recently updated wins. */
function newest<T extends { updatedAt: string }>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
  const out = { ...a };
  for (const [id, answer] of Object.entries(b)) {
    const mine = out[id];
    if (!mine || Date.parse(answer.updatedAt) >= Date.parse(mine.updatedAt)) out[id] = answer;
  }
  return out;
}
