/**
 * A fresh "page load" of the stores, as a browser tab would have: modules reloaded,
 * the guarded storage engine installed over `storage`, and the answers, snapshots and
 * plan stores subscribed (a persistent store reads storage when it is first listened to).
 */
import { vi } from 'vitest';
import { fakeEvents } from './fake-storage';

export async function loadStores(storage: Storage, events: ReturnType<typeof fakeEvents> = fakeEvents()) {
  vi.resetModules();
  const storageModule = await import('~/lib/stores/storage');
  storageModule.installStorageEngine(storage, events.events);
  const answers = await import('~/lib/stores/answers');
  const snapshots = await import('~/lib/stores/snapshots');
  const plan = await import('~/lib/stores/plan');
  const yourData = await import('~/lib/stores/your-data');
  answers.$answers.listen(() => {});
  snapshots.$snapshots.listen(() => {});
  plan.$plan.listen(() => {});
  return { ...storageModule, ...answers, ...snapshots, ...plan, ...yourData };
}
