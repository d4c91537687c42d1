/**
 * The reader's answers, persisted in this browser's localStorage.
 *
 * STORAGE CONTRACT
 * Key `playbook:v1:answers` holds one JSON document (see src/lib/answers.ts):
 *
 *   {
 *     "version": 2,
 *     "items": { "cus-identify-list-everyone": { "done": true, "note": "Ask Sam", "updatedAt": "2026-11-22T10:00:00.000Z" } },
 *     "statements": { "cus-identify-s-colleagues": { "value": 4, "updatedAt": "2026-12-03T10:01:00.000Z" } },
 *     "goals": { "cus-identify": { "importance": "high", "target": 5, "updatedAt": "2026-12-03T10:02:00.000Z" } },
 *     "legacy": { "assessments-v1": { "answeredAt": "2026-11-22T10:01:00.000Z",
 *       "statements": { "cus-identify-s-colleagues": { "value": 4, "updatedAt": "2026-11-22T10:01:00.000Z" } } } }
 *   }
 *
 * `value` is a level on the practice scale, 1–5 (Not yet … Routinely, and we check
 * it), "na" (not applicable) or "dk" (don't know). `goals` holds the importance and
 * target level a reader set per dimension (absent: normal, Routinely). `legacy` keeps
 * ratings given to an earlier edition of the questions, by edition, on that
 * edition's scale (version 1's agree/disagree); they are shown in History and never
 * rescored. Answers are keyed by the permanent ids in content/, never by position or page.
 *
 * Lifecycle: read once when the first island loads; written on every change; other
 * tabs follow through the `storage` event; back/forward restores through `pageshow`.
 * A value that cannot be read (not JSON, wrong shape, a newer format) is copied to
 * `playbook:backup:v1:answers:<time>`, the reader is told, and the page starts from
 * no answers; the backup is never overwritten. If such a value arrives after the page
 * has loaded (another tab, a back/forward restore), it is backed up the same way and
 * the page keeps, and saves again, the answers it shows. When storage is blocked or full,
 * answers live in memory for the page and a notice says they cannot be saved.
 *
 * What happens when content changes:
 * 1. An item or statement is added: it shows unanswered; nothing else moves.
 * 2. One is removed: its answer stays in storage (and in exports) untouched, and
 *    comes back if the id returns.
 * 3. One is renamed (new id): the old answer is kept under the old id, the new id
 *    starts unanswered. Never rename an id to fix a typo: edit the text instead.
 * 4. A chapter moves or is renamed: answers follow, because ids do not depend on pages.
 * 5. The document format changes: bump ANSWERS_VERSION and add the new schema in
 *    src/lib/answers.ts, a migration step in src/lib/answers-read.ts, and a fixture
 *    under tests/fixtures/storage/.
 *    Version 1 → 2 (the practice scale): agree/disagree ratings move unchanged into
 *    `legacy["assessments-v1"]`, dated by the last rating; notes stay on their ids;
 *    ticks are untouched. Nothing is deleted. The statements' text of that edition is
 *    frozen in content/archive/assessments-v1.yaml so History can show them.
 *
 * Writers respect the reader: every limit readAnswers enforces (id pattern and
 * length, note length, scale values) comes from src/lib/limits.ts, which the content
 * schema imports too. A write the reader would refuse is dropped (a bad id) or cut to
 * fit (a long note), so no sequence of actions stores a document the next load refuses.
 * tests/unit/stores.property.test.ts checks this against random action sequences.
 *
 * Input before hydration (what the page shows is what is stored):
 * Server HTML is rendered with no answers, and its checkboxes, radios and note fields
 * work before their island's script has arrived. Islands that take answers hydrate
 * with `client:early` (src/lib/early-input-directive.ts): it starts loading when the
 * island scrolls into view OR the reader focuses or touches it (a Tab into a
 * checklist starts it at once), and it records every control the reader changes
 * before hydration. When the island hydrates, `adoptEarlyInput` writes those
 * controls' current state into the store (src/lib/early-input.ts):
 * - a tick, an untick (a box ticked and unticked early is unticked, even if the
 *   store said done: the page showed it unticked), a rating, a note, and a
 *   dimension's importance or target chosen in its select;
 * - only controls the reader changed on this page are adopted, and only where they
 *   differ from the store: a value another tab wrote meanwhile is never overwritten
 *   by untouched controls, and state the browser restored by itself (reload,
 *   back/forward) is put back to the server's before the stored answers are shown;
 * - a note typed early is added after a stored note the page could not yet show,
 *   never in place of it.
 * Why both (hydrate on first interaction AND adopt): hydrating sooner shortens the
 * window but cannot close it (the script still has to arrive); adopting closes it,
 * and Preact (as React 19 did) hydrates without resetting the DOM's checked state or a
 * textarea's value, so the control still shows what the reader did when the island takes over.
 */
import { onMount, type WritableAtom } from 'nanostores';
import { EMPTY_ANSWERS, serializeAnswers, type Answers } from '../answers';
import {
  withItemDone,
  withItemNote,
  withItemsRestored,
  withoutItems,
  withRating,
  withStatementNote,
} from '../answers-edit';
import { parseAnswers } from '../answers-read';
import { withEarlyInputs, type EarlyInput } from '../early-input';
import { withGoal, withLegacyNoticeDismissed } from '../goals';
import type { Importance, Level, Rating } from '../scoring';
import { persistentDocument } from './persistent-document';

/** @public The key this store writes; the privacy page must name it (tests/unit/privacy-page.test.ts). */
export const ANSWERS_KEY = 'playbook:v1:answers';

/** Set when the stored document was in an older format, so it is written back in the current one. */
let migratedOnRead = false;

export const $answers: WritableAtom<Answers> = persistentDocument(
  ANSWERS_KEY,
  EMPTY_ANSWERS,
  serializeAnswers,
  (raw) => {
    const result = parseAnswers(raw);
    if (!result.ok) return result;
    if (result.migrated) migratedOnRead = true;
    return { ok: true, value: result.answers };
  },
);

// What is stored is what is shown: a migrated document is saved in the current format
// as soon as an island uses it (the migration keeps every answer; see migrateV1).
onMount($answers, () => {
  if (!migratedOnRead) return;
  migratedOnRead = false;
  $answers.set({ ...$answers.get() });
});

const now = () => new Date();

export function setItemDone(id: string, done: boolean): void {
  $answers.set(withItemDone($answers.get(), id, done, now()));
}

export function setItemNote(id: string, note: string): void {
  $answers.set(withItemNote($answers.get(), id, note, now()));
}

export function rateStatement(id: string, value: Rating): void {
  $answers.set(withRating($answers.get(), id, value, now()));
}

export function setStatementNote(id: string, note: string): void {
  $answers.set(withStatementNote($answers.get(), id, note, now()));
}

/** Sets a dimension's importance or target level. */
export function setGoal(dimensionId: string, change: { importance?: Importance; target?: Level }): void {
  $answers.set(withGoal($answers.get(), dimensionId, change, now()));
}

/** Remembers that the reader has read what changed in the questions. */
export function dismissLegacyNotice(): void {
  $answers.set(withLegacyNoticeDismissed($answers.get(), now()));
}

/** Clears a checklist's ticks and notes; returns a function that puts them back. */
export function resetItems(ids: readonly string[]): () => void {
  const { answers, removed } = withoutItems($answers.get(), ids);
  $answers.set(answers);
  return () => $answers.set(withItemsRestored($answers.get(), removed));
}

/** Writes what the reader did before the island hydrated (see "Input before hydration" above). */
export function adoptEarlyInput(inputs: readonly EarlyInput[]): void {
  const next = withEarlyInputs($answers.get(), inputs, now());
  if (next !== $answers.get()) $answers.set(next);
}

/** Replaces every answer (after an import the reader confirmed). */
export function replaceAnswers(answers: Answers): void {
  $answers.set(answers);
}
