/**
 * A persisted document store over a fake localStorage, with a tiny document of its
 * own: what the reader keeps when a stored value cannot be read, at load and after.
 */
import { describe, expect, test, vi } from 'vitest';
import type { DocumentRead } from '~/lib/stores/persistent-document';
import { FakeStorage, fakeEvents } from './support/fake-storage';

const KEY = 'playbook:v1:tally';
interface Tally {
  count: number;
}

function read(raw: string): DocumentRead<Tally> {
  try {
    const value: unknown = JSON.parse(raw);
    const count = (value as Partial<Tally> | null)?.count;
    return typeof count === 'number' ? { ok: true, value: { count } } : { ok: false, message: 'No count.' };
  } catch {
    return { ok: false, message: 'Not JSON.' };
  }
}

async function loadPage(storage: Storage, events = fakeEvents()) {
  vi.resetModules();
  const storageModule = await import('~/lib/stores/storage');
  storageModule.installStorageEngine(storage, events.events);
  const { persistentDocument } = await import('~/lib/stores/persistent-document');
  const $tally = persistentDocument<Tally>(KEY, { count: 0 }, JSON.stringify, read);
  $tally.listen(() => {}); // mounted, as an island would
  return { ...storageModule, $tally, events };
}

const backups = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i)!).filter((k) => k.startsWith('playbook:backup:'));

describe('persistentDocument', () => {
  test('reads what is stored', async () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, '{"count":3}');
    const page = await loadPage(storage);
    expect(page.$tally.get()).toEqual({ count: 3 });
    expect(page.$recoveries.get()).toEqual([]);
  });

  test('a value that cannot be read at load is backed up, reported, and the page starts from empty', async () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, '{"count":');
    const page = await loadPage(storage);
    expect(page.$tally.get()).toEqual({ count: 0 });
    expect(page.$recoveries.get().map((r) => r.message)).toEqual(['Not JSON.']);
    expect(backups(storage).map((k) => storage.getItem(k))).toEqual(['{"count":']);
  });

  test('a value that cannot be read after load is backed up, and the page keeps and saves again what it shows', async () => {
    const storage = new FakeStorage();
    const page = await loadPage(storage);
    page.$tally.set({ count: 5 });
    storage.setItem(KEY, '{"total":1}'); // another tab wrote something this page cannot read
    page.events.fire(KEY, '{"total":1}');
    expect(page.$tally.get()).toEqual({ count: 5 });
    expect(storage.getItem(KEY)).toBe('{"count":5}');
    expect(page.$recoveries.get().map((r) => r.message)).toEqual(['No count.']);
    expect(backups(storage).map((k) => storage.getItem(k))).toEqual(['{"total":1}']);
  });
});
