/** Words and numbers as the results page shows them. Presentation only. */
import type { Change } from '~/lib/results/progress';

/** e.g. 22 November 2026 */
export const formatDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** e.g. 22 Nov: where room is short and the year is plain. */
export const formatShortDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });

/** e.g. 22 Nov 2026, 10:04 */
export const formatDateTime = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export const formatBytes = (bytes: number) =>
  bytes < 1024
    ? `${bytes} bytes`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** "1 tick", "3 ticks" */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const CHANGE_WORDS: Record<Change, string> = {
  better: 'better',
  worse: 'worse',
  same: 'no change',
  new: 'newly scored',
  gone: 'no longer scored',
  none: '—',
};

/** e.g. "▲ +5 (better)": the arrow and the word say it, not a colour. */
export function changeText(delta: number | null, change: Change): string {
  if (delta === null || delta === 0) return CHANGE_WORDS[change];
  return `${delta > 0 ? '▲ +' : '▼ −'}${Math.abs(delta)} (${CHANGE_WORDS[change]})`;
}

/** e.g. "3 ticks, 10 ratings, 1 note and 2 snapshots" */
export const describeCounts = (c: { ticked: number; rated: number; notes: number }, snapshots: number) =>
  `${plural(c.ticked, 'tick')}, ${plural(c.rated, 'rating')}, ${plural(c.notes, 'note')} and ${plural(snapshots, 'snapshot')}`;

/** A snapshot as lists name it: its date and time, and its label if it has one. */
export const snapshotName = (s: { takenAt: string; label?: string | undefined }) =>
  `${formatDateTime(s.takenAt)}${s.label ? ` — ${s.label}` : ''}`;
