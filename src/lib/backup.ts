/**
 * Whether the reader's answers are safe from the browser: the record of the last
 * export, and when a new one is due. Pure functions; the store is ./stores/backup.ts.
 */
import { z } from '~/lib/zod';
import { serializeAnswers, type Answers } from './answers';
import { Timestamp } from './stored-fields';
import type { Snapshot } from './results/snapshots';

/** The last export, as stored under `playbook:v1:last-export`. */
export const LastExportSchema = z.object({
  /** When the file was made. */
  exportedAt: Timestamp,
  /** A hash of what the file held, to tell whether anything changed since. */
  fingerprint: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
});
export type LastExport = z.infer<typeof LastExportSchema>;

/** Reads the stored record; null when there is none or it cannot be read. */
export function parseLastExport(raw: string): LastExport | null {
  try {
    const parsed = LastExportSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; /* not JSON: as if never exported */
  }
}

/** A 32-bit FNV-1a hash in hex: enough to notice a change, not a security measure. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What an export of these answers and snapshots holds, as a short fingerprint. */
export const fingerprint = (answers: Answers, snapshots: readonly Snapshot[]): string =>
  hash(serializeAnswers(answers) + '\n' + snapshots.map((s) => s.id).join(','));

const isEmpty = (answers: Answers, snapshots: readonly Snapshot[]) =>
  Object.keys(answers.items).length === 0 && Object.keys(answers.statements).length === 0 && snapshots.length === 0;

/** Whether to remind the reader to export: they have answers that no export holds yet. */
export function exportDue(answers: Answers, snapshots: readonly Snapshot[], last: LastExport | null): boolean {
  if (isEmpty(answers, snapshots)) return false;
  return last === null || last.fingerprint !== fingerprint(answers, snapshots);
}
