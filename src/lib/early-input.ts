/**
 * Input made before an island is running. Server-rendered checkboxes, radios and
 * note fields (and the importance and target selects) work before their island's script arrives; the `client:early`
 * directive (./early-input-directive.ts) records which controls the reader changed
 * in that window, and the island, once hydrated, hands them to the answers store
 * (adoptEarlyInput). This module reads such a control and applies what it holds to
 * an answers document. Controls say what they answer with `answerField()`.
 */
import type { Answers } from './answers';
import { withItemDone, withItemNote, withRating, withStatementNote } from './answers-edit';
import { goalFor, withGoal } from './goals';
import { clampText, DONT_KNOW, MAX_NOTE_LENGTH, NOT_APPLICABLE, SCALE_VALUES } from './limits';
import { IMPORTANCE, type Importance, type Level, type Rating } from './scoring';

/** Where the directive keeps its record on the <astro-island> element; shared by name across bundles. */
export const EARLY_INPUT_KEY = 'playbookEarlyInput';

/** What the directive leaves on the island: the controls the reader changed before hydration. */
export interface EarlyInputRecord {
  /** Stops recording and returns the controls changed so far. */
  take(): Element[];
}

export type AnswerFieldKind = 'item' | 'item-note' | 'rating' | 'statement-note' | 'importance' | 'target';

/** What an early change said, read from its control. */
export type EarlyInput =
  | { kind: 'item'; id: string; done: boolean }
  | { kind: 'rating'; id: string; value: Rating }
  | { kind: 'item-note' | 'statement-note'; id: string; note: string }
  | { kind: 'importance'; id: string; value: Importance }
  | { kind: 'target'; id: string; value: Level };

/** Attributes that let a control's early input be adopted: spread them onto the control. */
export const answerField = (kind: AnswerFieldKind, id: string) => ({ 'data-answer': `${kind}:${id}` });

const ratingFrom = (value: string): Rating | undefined =>
  value === NOT_APPLICABLE || value === DONT_KNOW ? value : SCALE_VALUES.find((v) => String(v) === value);

/** The answer a changed control now shows, or null (an unchosen radio, a control that answers nothing). */
export function readEarlyInput(control: Element): EarlyInput | null {
  const [, kind, id] = /^([a-z-]+):(.+)$/.exec(control.getAttribute('data-answer') ?? '') ?? [];
  if (!id) return null;
  const input = control as HTMLInputElement;
  if (kind === 'item') return { kind, id, done: input.checked };
  if (kind === 'rating') {
    const value = ratingFrom(input.value);
    return input.checked && value !== undefined ? { kind, id, value } : null;
  }
  if (kind === 'item-note' || kind === 'statement-note') return { kind, id, note: input.value };
  if (kind === 'importance') {
    const value = IMPORTANCE.find((i) => i.value === input.value)?.value;
    return value ? { kind, id, value } : null;
  }
  if (kind === 'target') {
    const value = SCALE_VALUES.find((v) => String(v) === input.value);
    return value ? { kind, id, value } : null;
  }
  return null;
}

/**
 * Puts every answer control in `root` that the reader did not change back to its
 * server-rendered state, which is what the island believes the page shows. A browser may
 * restore form state by itself (reload, back/forward); left alone, such a control
 * would show a tick that is not stored, because an island repaints only when its state changes.
 */
export function resetUntouched(root: Element, changed: readonly Element[]): void {
  for (const control of root.querySelectorAll('[data-answer]')) {
    if (changed.includes(control)) continue;
    if (control instanceof HTMLInputElement) control.checked = control.defaultChecked;
    else if (control instanceof HTMLTextAreaElement) control.value = control.defaultValue;
    else if (control instanceof HTMLSelectElement)
      for (const option of control.options) option.selected = option.defaultSelected;
  }
}

/** Keeps a note the reader could not see (the page showed none before hydration) ahead of what they typed. */
function joinNotes(stored: string | undefined, typed: string): string {
  if (!stored || !typed.trim() || typed.startsWith(stored)) return typed;
  return clampText(`${stored}\n${typed}`, MAX_NOTE_LENGTH);
}

/**
 * Applies early input to answers. Only what differs is written, so adopting what
 * is already stored changes nothing (not even a date). A note typed early joins a
 * stored one rather than replacing it.
 */
export function withEarlyInputs(answers: Answers, inputs: readonly EarlyInput[], now: Date): Answers {
  let next = answers;
  for (const input of inputs) {
    if (input.kind === 'item') {
      if ((next.items[input.id]?.done ?? false) !== input.done) next = withItemDone(next, input.id, input.done, now);
    } else if (input.kind === 'rating') {
      if (next.statements[input.id]?.value !== input.value) next = withRating(next, input.id, input.value, now);
    } else if (input.kind === 'importance' || input.kind === 'target') {
      if (goalFor(next, input.id)[input.kind] !== input.value)
        next = withGoal(next, input.id, { [input.kind]: input.value }, now);
    } else {
      const stored = (input.kind === 'item-note' ? next.items : next.statements)[input.id]?.note;
      const note = joinNotes(stored, input.note);
      if ((stored ?? '') === note) continue;
      next = (input.kind === 'item-note' ? withItemNote : withStatementNote)(next, input.id, note, now);
    }
  }
  return next;
}
