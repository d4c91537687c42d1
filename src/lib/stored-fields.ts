/**
 * Field schemas every stored format shares (answers, score sheets, snapshots, the plan,
 * exports), so a rule written in src/lib/limits.ts is checked the same way everywhere.
 */
import { ID_PATTERN, MAX_ID_LENGTH } from './limits';
import { z } from './zod';

/** A permanent id (an item, a statement, a dimension, a framework): pattern and length. */
export const PermanentId = z.string().check(z.regex(ID_PATTERN), z.maxLength(MAX_ID_LENGTH));

/** A moment as stored: ISO 8601 with its offset, e.g. 2026-12-02T10:00:00.000Z. */
export const Timestamp = z.iso.datetime({ offset: true });
