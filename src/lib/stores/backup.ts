/**
 * Keeping answers safe from the browser itself. Safari deletes a site's storage after
 * 7 days without a visit, and any browser may evict it under pressure, unless the
 * site's storage is persistent.
 *
 * STORAGE CONTRACT
 * Key `playbook:v1:last-export` holds `{ "exportedAt": "2026-12-02T10:00:00.000Z",
 * "fingerprint": "9f3a61c2" }` (src/lib/backup.ts): when the reader last exported,
 * and a hash of what that file held. Written on every export; erased with the rest.
 * A value that cannot be read counts as "never exported" (it only drives a reminder).
 *
 * Persistence is asked for (`navigator.storage.persist()`) once per page, at the
 * reader's first saved answer or export: a moment when they have something to keep,
 * and when Firefox's prompt makes sense to them. Its state is read, never stored.
 */
import { atom, computed, onMount } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { Answers } from '../answers';
import { exportDue, fingerprint, parseLastExport, type LastExport } from '../backup';
import type { Snapshot } from '../results/snapshots';
import { $answers } from './answers';
import { $snapshots } from './snapshots';
import { installStorageEngine } from './storage';

/** @public The key this store writes; the privacy page must name it (tests/unit/privacy-page.test.ts). */
export const LAST_EXPORT_KEY = 'playbook:v1:last-export';

installStorageEngine();

export const $lastExport = persistentAtom<LastExport | null>(LAST_EXPORT_KEY, null, {
  encode: (value) => (value ? JSON.stringify(value) : (undefined as unknown as string)),
  decode: parseLastExport,
});

/** unknown: not asked yet; granted: the browser will not evict; not-granted: it may; unsupported: no API. */
export type Persistence = 'unknown' | 'granted' | 'not-granted' | 'unsupported';

export const $persistence = atom<Persistence>('unknown');

const storageManager = () => (typeof navigator === 'undefined' ? undefined : navigator.storage);

let asked = false;

/** Asks the browser to keep this site's storage (once per page); records the answer. */
async function requestPersistence(): Promise<void> {
  const manager = storageManager();
  if (!manager?.persist) return $persistence.set('unsupported');
  if (asked || $persistence.get() === 'granted') return;
  asked = true;
  try {
    $persistence.set((await manager.persist()) ? 'granted' : 'not-granted');
  } catch {
    $persistence.set('not-granted'); /* refused outright (e.g. storage blocked): same as a no */
  }
}

onMount($persistence, () => {
  const manager = storageManager();
  if (!manager?.persisted) {
    $persistence.set('unsupported');
    return;
  }
  manager.persisted().then(
    (granted) => $persistence.set(granted ? 'granted' : 'not-granted'),
    () => $persistence.set('not-granted'),
  );
  // The first answer saved on this page is the moment to ask.
  return $answers.listen(() => void requestPersistence());
});

/** Records an export of these answers and snapshots (call when the file is made). */
export function recordExport(answers: Answers, snapshots: readonly Snapshot[], now: Date): void {
  $lastExport.set({ exportedAt: now.toISOString(), fingerprint: fingerprint(answers, snapshots) });
  void requestPersistence();
}

/** Whether answers changed since the last export, and when that was. */
export const $exportReminder = computed([$answers, $snapshots, $lastExport], (answers, snapshots, last) => ({
  due: exportDue(answers, snapshots, last),
  lastExportAt: last?.exportedAt ?? null,
}));
