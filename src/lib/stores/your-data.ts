/**
 * "Your data": what this site keeps in the browser, and the actions that move it
 * in and out — import (replace or merge) and erase. Every key this site writes
 * starts with KEY_PREFIX ("playbook:"); erase removes exactly those, through the
 * guarded storage engine (so copies held in memory go too).
 */
import { EMPTY_ANSWERS } from '../answers';
import { mergeAnswers } from '../answers-edit';
import { EMPTY_PLAN, mergePlans } from '../results/plan';
import { mergeSnapshots, NO_SNAPSHOTS } from '../results/snapshots';
import type { ExportData } from '../results/transfer';
import { $answers, replaceAnswers } from './answers';
import { $lastExport } from './backup';
import { $plan, replacePlan } from './plan';
import { $snapshots, replaceSnapshots } from './snapshots';
import { $recoveries, removeSiteKey, siteEntries } from './storage';

export interface StoredEntry {
  key: string;
  /** Size of key and value in UTF-8 bytes. */
  bytes: number;
}

/** Every `playbook:` key this site keeps in this browser, with its size. */
export function storedEntries(): StoredEntry[] {
  const encoder = new TextEncoder();
  return siteEntries()
    .map(({ key, value }) => ({ key, bytes: encoder.encode(key).length + encoder.encode(value).length }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Removes every `playbook:` key from this browser and resets the answers,
 * snapshots and plan. Keys of other sites or apps on the same origin are left alone.
 * Returns a function that puts them back (held in memory for
 * this page only).
 */
export function eraseAll(): () => void {
  const restore = keepCurrent();
  replaceAnswers(EMPTY_ANSWERS);
  replaceSnapshots(NO_SNAPSHOTS);
  $lastExport.set(null);
  replacePlan(EMPTY_PLAN);
  for (const { key } of siteEntries()) removeSiteKey(key);
  $recoveries.set([]);
  return restore;
}

/**
 * Applies a validated import. "replace" puts the file's answers, snapshots and plan in
 * place of the current ones; "merge" keeps the newer of each answer (mergeAnswers)
 * and every snapshot. Returns a function that undoes it.
 */
export function applyImport(data: ExportData, mode: 'replace' | 'merge'): () => void {
  const restore = keepCurrent();
  if (mode === 'replace') {
    replaceAnswers(data.answers);
    replaceSnapshots(data.snapshots);
    replacePlan(data.plan);
  } else {
    replaceAnswers(mergeAnswers($answers.get(), data.answers));
    replaceSnapshots(mergeSnapshots($snapshots.get(), data.snapshots));
    replacePlan(mergePlans($plan.get(), data.plan));
  }
  return restore;
}

/** A function that puts the answers, snapshots and plan back as they are now. */
function keepCurrent(): () => void {
  const previous = { answers: $answers.get(), snapshots: $snapshots.get(), plan: $plan.get() };
  return () => {
    replaceAnswers(previous.answers);
    replaceSnapshots(previous.snapshots);
    replacePlan(previous.plan);
  };
}
