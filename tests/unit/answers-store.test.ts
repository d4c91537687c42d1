/**
 * The persisted answers store, over a fake localStorage: what a reader would see
 * after a reload, in a second tab, and when storage misbehaves. Each test loads
 * fresh modules, as a fresh page load would.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { FakeStorage, fakeEvents, fixture } from './support/fake-storage';

const KEY = 'playbook:v1:answers';

async function loadPage(storage: Storage | undefined, events = fakeEvents()) {
  vi.resetModules();
  const storageModule = await import('~/lib/stores/storage');
  storageModule.installStorageEngine(storage, events.events);
  const answersModule = await import('~/lib/stores/answers');
  const unbind = answersModule.$answers.listen(() => {}); // mounted, as an island would
  return { ...storageModule, ...answersModule, events, unbind };
}

beforeEach(() => {
  vi.stubGlobal('window', {}); // a browser-like global, so the engine installs
});

describe('the answers store', () => {
  test('a tick survives a reload', async () => {
    const storage = new FakeStorage();
    const first = await loadPage(storage);
    first.setItemDone('cus-identify-map-everyone', true);
    first.rateStatement('cus-identify-s-named-owner', 4);
    const second = await loadPage(storage);
    expect(second.$answers.get().items['cus-identify-map-everyone']?.done).toBe(true);
    expect(second.$answers.get().statements['cus-identify-s-named-owner']?.value).toBe(4);
  });

  test('reads the stored format of version 1, migrating it without a recovery', async () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, fixture('storage/v1/some-answers.json'));
    const page = await loadPage(storage);
    expect(page.$answers.get().statements['cus-identify-s-colleagues-as-customers']?.note).toBe(
      'Finance team did this in October',
    );
    expect(page.$answers.get()).toEqual(JSON.parse(fixture('storage/v2/some-answers.json')));
    expect(page.$recoveries.get()).toEqual([]);
    // Written back in the current format once an island uses it: what is stored is what is shown.
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual(JSON.parse(fixture('storage/v2/some-answers.json')));
  });

  test('goals and the dismissed notice are stored', async () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, fixture('storage/v1/some-answers.json'));
    const page = await loadPage(storage);
    page.setGoal('cus-identify', { importance: 'high' });
    page.setGoal('cus-identify', { target: 5 });
    page.dismissLegacyNotice();
    const stored = JSON.parse(storage.getItem(KEY)!);
    expect(stored.version).toBe(2);
    expect(stored.goals['cus-identify']).toMatchObject({ importance: 'high', target: 5 });
    expect(stored.legacy['assessments-v1'].noticeDismissedAt).toEqual(expect.any(String));
    expect(Object.keys(stored.legacy['assessments-v1'].statements)).toHaveLength(4);
  });

  test('follows another tab', async () => {
    const storage = new FakeStorage();
    const page = await loadPage(storage);
    const other = JSON.parse(fixture('storage/v1/some-answers.json'));
    page.events.fire(KEY, JSON.stringify(other));
    expect(page.$answers.get().items['cus-identify-name-an-owner']?.done).toBe(true);
  });

  test('a corrupted value is kept under a backup key, reported, and the page starts clean', async () => {
    const storage = new FakeStorage();
    const bad = fixture('storage/invalid/not-json.txt');
    storage.setItem(KEY, bad);
    const page = await loadPage(storage);
    expect(page.$answers.get()).toEqual({ version: 2, items: {}, statements: {} });
    const [recovery] = page.$recoveries.get();
    expect(recovery?.message).toMatch(/could not be read/);
    expect(recovery?.backupKey).toMatch(/^playbook:backup:v1:answers:/);
    expect(storage.getItem(recovery!.backupKey)).toBe(bad);
    // answering again saves over the bad value; the backup stays
    page.setItemDone('cus-identify-map-everyone', true);
    expect(storage.getItem(recovery!.backupKey)).toBe(bad);
    expect(JSON.parse(storage.getItem(KEY)!).items['cus-identify-map-everyone'].done).toBe(true);
  });

  test('the same bad value is backed up once, however often the page loads', async () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, fixture('storage/invalid/future-version.json'));
    await loadPage(storage);
    await loadPage(storage);
    const backups = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k) =>
      k?.startsWith('playbook:backup:'),
    );
    expect(backups).toHaveLength(1);
  });

  test('with storage blocked, answers work in memory and health says "blocked"', async () => {
    const page = await loadPage(undefined);
    page.setItemDone('cus-identify-map-everyone', true);
    expect(page.$answers.get().items['cus-identify-map-everyone']?.done).toBe(true);
    expect(page.$storageHealth.get()).toBe('blocked');
  });

  test('with storage full, the answer stays on the page and health says "full"', async () => {
    const storage = new FakeStorage(60);
    const page = await loadPage(storage);
    page.setItemNote('cus-identify-map-everyone', 'a note far too long to fit in this tiny quota');
    expect(page.$answers.get().items['cus-identify-map-everyone']?.note).toMatch(/far too long/);
    expect(page.$storageHealth.get()).toBe('full');
    expect(storage.getItem(KEY)).toBeNull();
  });

  test('resetting a checklist can be undone', async () => {
    const page = await loadPage(new FakeStorage());
    page.setItemDone('a-one', true);
    page.setItemNote('a-two', 'keep me');
    page.setItemDone('b-one', true);
    const undo = page.resetItems(['a-one', 'a-two']);
    expect(Object.keys(page.$answers.get().items)).toEqual(['b-one']);
    undo();
    expect(page.$answers.get().items['a-two']?.note).toBe('keep me');
    expect(page.$answers.get().items['a-one']?.done).toBe(true);
  });
});
