/**
 * Every limit and pattern that a reader of stored or authored data enforces, in one
 * place. The build-time content schemas, the stored-answers and snapshot readers,
 * and every writer (stores, islands) import them from here, so a writer can never
 * produce what its reader refuses. Plain constants, no imports: safe for the build,
 * the browser and the tests alike.
 */

/** Permanent ids of checklist items, statements, dimensions, frameworks: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest permanent id, in characters. */
export const MAX_ID_LENGTH = 120;

/** Whether a string is a valid permanent id (pattern and length). */
export const isPermanentId = (id: string): boolean => id.length <= MAX_ID_LENGTH && ID_PATTERN.test(id);

/** The longest note on an item or statement, in UTF-16 code units (what a textarea's maxlength counts). */
export const MAX_NOTE_LENGTH = 2000;

/** Snapshot ids, e.g. s-mi9x3k2a or s-mi9x3k2a-2. */
export const SNAPSHOT_ID_PATTERN = /^[a-z0-9-]+$/;
export const MAX_SNAPSHOT_ID_LENGTH = 64;
/** The longest snapshot label, in UTF-16 code units. */
export const MAX_LABEL_LENGTH = 200;
/** More than enough for years of quarterly check-ins; keeps storage and imports bounded. */
export const MAX_SNAPSHOTS = 200;

/** The action plan: how many actions it holds, and its longest action text, owner and link. */
export const MAX_ACTIONS = 200;
export const MAX_ACTION_LENGTH = 500;
export const MAX_OWNER_LENGTH = 120;
export const MAX_HREF_LENGTH = 500;

/** The levels of the practice scale (1 Not yet … 5 Routinely, and we check it), "not applicable" and "don't know". */
export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
export const NOT_APPLICABLE = 'na' as const;
export const DONT_KNOW = 'dk' as const;

/** Cuts text to at most `max` UTF-16 code units without splitting a surrogate pair. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
