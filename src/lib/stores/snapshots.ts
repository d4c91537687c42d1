/**
 * The reader's saved snapshots, persisted in this browser's localStorage.
 *
 * STORAGE CONTRACT
 * Key `playbook:v1:snapshots` holds one JSON document (see src/lib/results/snapshots.ts):
 *
 *   {
 *     "version": 1,
 *     "snapshots": [{
 *       "id": "s-mi9x3k2a",
 *       "takenAt": "2026-11-22T10:00:00.000Z",
 *       "label": "Before the spring training",
 *       "scores": { "frameworks": { "cus": { "score": 63, "dimensions": { "cus-identify": 75, "cus-understand": 50, "cus-service": null } } } },
 *       "answers": { "version": 1, "items": { … }, "statements": { … } },
 *       "plan": { "version": 1, "actions": [ … ] }
 *     }]
 *   }
 *
 * `plan` (the action plan then) is optional: older snapshots and empty plans have none.
 * Scores are stored as they were when the snapshot was taken, keyed by permanent
 * ids, so a later content change never rewrites history. Lifecycle and failure
 * handling are those of the answers store (src/lib/stores/answers.ts): a value that
 * cannot be read is kept under `playbook:backup:v1:snapshots:<time>`, the reader is
 * told, and the page starts with no snapshots.
 *
 * What happens when content changes:
 * 1. A dimension or framework is added: old snapshots have no score for it; it shows as "no score".
 * 2. One is removed: its old scores stay in the snapshot but are no longer shown.
 * 3. The document format changes: bump SNAPSHOTS_VERSION and add a migration step.
 */
import type { WritableAtom } from 'nanostores';
import type { Answers } from '../answers';
import type { ResultsOutline } from '../results/manifest';
import {
  droppedBy,
  MAX_SNAPSHOTS,
  NO_SNAPSHOTS,
  parseSnapshots,
  serializeSnapshots,
  sortSnapshots,
  takeSnapshot,
  withSnapshot,
  type Snapshot,
} from '../results/snapshots';
import { $plan } from './plan';
import { persistentDocument } from './persistent-document';
import { keepBackup } from './storage';

/** @public The key this store writes; the privacy page must name it (tests/unit/privacy-page.test.ts). */
export const SNAPSHOTS_KEY = 'playbook:v1:snapshots';

export const $snapshots: WritableAtom<Snapshot[]> = persistentDocument(
  SNAPSHOTS_KEY,
  NO_SNAPSHOTS,
  serializeSnapshots,
  (raw) => {
    const result = parseSnapshots(raw);
    return result.ok ? { ok: true, value: result.snapshots } : result;
  },
);

/**
 * Saves a dated snapshot of these answers and their scores, with the plan as it is now. Past MAX_SNAPSHOTS the
 * oldest leaves the history (its reader accepts no more) and is kept under a backup key.
 */
export function saveSnapshot(outline: ResultsOutline, answers: Answers, label?: string): void {
  const before = $snapshots.get();
  const after = withSnapshot(before, takeSnapshot(outline, answers, new Date(), label, $plan.get()));
  const dropped = droppedBy(before, after);
  if (dropped.length)
    keepBackup(
      SNAPSHOTS_KEY,
      serializeSnapshots(dropped),
      `The history keeps at most ${MAX_SNAPSHOTS} snapshots, so the oldest (${dropped.map((s) => s.takenAt.slice(0, 10)).join(', ')}) left it.`,
      'Your oldest snapshot was moved out of your history.',
    );
  $snapshots.set(after);
}

/** Deletes one snapshot; returns a function that puts it back. */
export function deleteSnapshot(id: string): () => void {
  const removed = $snapshots.get().find((s) => s.id === id);
  $snapshots.set($snapshots.get().filter((s) => s.id !== id));
  return () => {
    if (removed) $snapshots.set(withSnapshot($snapshots.get(), removed));
  };
}

/** Replaces every snapshot (after an import the reader confirmed). */
export function replaceSnapshots(snapshots: readonly Snapshot[]): void {
  $snapshots.set(snapshots.length ? sortSnapshots(snapshots) : NO_SNAPSHOTS);
}
