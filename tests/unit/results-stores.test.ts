/**
 * The results page's stores over a fake localStorage: snapshots persist and survive
 * bad data, erase removes exactly the playbook's keys, and an import can be undone.
 * Each test loads fresh modules, as a fresh page load would.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { takeSnapshot } from '~/lib/results/snapshots';
import { readImport } from '~/lib/results/transfer';
import { loadStores } from './support/load-stores';
import { FakeStorage, fixture } from './support/fake-storage';
import { rateAll, realManifest, realOutline } from './support/results-manifest';

const SNAPSHOTS_KEY = 'playbook:v1:snapshots';
const ANSWERS_KEY = 'playbook:v1:answers';

const loadPage = (storage: Storage) => loadStores(storage);

beforeEach(() => {
  vi.stubGlobal('window', {});
});

describe('the snapshots store', () => {
  test('a saved snapshot survives a reload', async () => {
    const storage = new FakeStorage();
    const first = await loadPage(storage);
    first.saveSnapshot(realOutline(), rateAll(realManifest(), { 'cus-identify': 4 }), 'First');
    const second = await loadPage(storage);
    expect(second.$snapshots.get()).toHaveLength(1);
    expect(second.$snapshots.get()[0]).toMatchObject({
      label: 'First',
      scores: { frameworks: { cus: { score: 75 } } },
    });
  });

  test('unreadable snapshots are kept under a backup key, reported, and the page starts with none', async () => {
    const storage = new FakeStorage();
    storage.setItem(SNAPSHOTS_KEY, '{"version":1,"snapshots":[{"id":"x"');
    const page = await loadPage(storage);
    expect(page.$snapshots.get()).toEqual([]);
    const backup = page.$recoveries.get().find((r) => r.key === SNAPSHOTS_KEY);
    expect(backup?.message).toMatch(/snapshots could not be read/);
    expect(storage.getItem(backup!.backupKey)).toBe('{"version":1,"snapshots":[{"id":"x"');
  });

  test('deleting a snapshot can be undone', async () => {
    const page = await loadPage(new FakeStorage());
    page.saveSnapshot(realOutline(), rateAll(realManifest(), { 'cus-identify': 4 }));
    const undo = page.deleteSnapshot(page.$snapshots.get()[0]!.id);
    expect(page.$snapshots.get()).toEqual([]);
    undo();
    expect(page.$snapshots.get()).toHaveLength(1);
  });
});

describe('erase all', () => {
  test('removes every playbook: key and nothing else, and resets the stores', async () => {
    const storage = new FakeStorage();
    storage.setItem(ANSWERS_KEY, fixture('results/answers-full.json'));
    storage.setItem('playbook:backup:v1:answers:2026-01-01T00:00:00.000Z', 'old');
    storage.setItem('other-app:settings', 'keep me');
    storage.setItem('playbookish', 'not ours either');
    const page = await loadPage(storage);
    page.saveSnapshot(realOutline(), page.$answers.get());
    expect(Object.keys(page.$answers.get().statements).length).toBeGreaterThan(0);

    const undo = page.eraseAll();
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
    expect(keys.sort()).toEqual(['other-app:settings', 'playbookish']);
    expect(page.$answers.get().statements).toEqual({});
    expect(page.$snapshots.get()).toEqual([]);
    expect(page.storedEntries()).toEqual([]);

    undo();
    expect(Object.keys(page.$answers.get().statements).length).toBeGreaterThan(0);
    expect(page.$snapshots.get()).toHaveLength(1);
  });
});

describe('applying an import', () => {
  const file = readImport(fixture('imports/valid-export.json'));
  if (!file.ok) throw new Error(file.message);

  test('replace puts the file’s answers and snapshots in place of the current ones, and can be undone', async () => {
    const storage = new FakeStorage();
    const page = await loadPage(storage);
    page.rateStatement('who-first-s-anything', 3);
    const undo = page.applyImport(file.data, 'replace');
    expect(page.$answers.get()).toEqual(file.data.answers);
    expect(page.$snapshots.get().map((s) => s.id)).toEqual(['s-old']);
    expect(JSON.parse(storage.getItem(ANSWERS_KEY)!)).toEqual(file.data.answers);
    undo();
    expect(page.$answers.get().statements['who-first-s-anything']?.value).toBe(3);
    expect(page.$snapshots.get()).toEqual([]);
  });

  test('merge keeps the newer of each answer and every snapshot; an earlier-format file keeps its ratings apart', async () => {
    const page = await loadPage(new FakeStorage());
    page.rateStatement('cus-identify-s-named-owner', 5);
    page.saveSnapshot(realOutline(), page.$answers.get());
    page.applyImport(file.data, 'merge');
    const answers = page.$answers.get();
    expect(answers.statements['cus-identify-s-named-owner']?.value).toBe(5);
    // The file is from the agree/disagree edition: its ratings are kept as earlier answers, not rescored.
    const earlier = answers.legacy?.['assessments-v1']?.statements;
    expect(earlier?.['cus-identify-s-named-owner']?.value).toBe(2);
    expect(earlier?.['purpose-significance-s-say-purpose-sentence']?.value).toBe(5);
    expect(answers.statements['purpose-significance-s-say-purpose-sentence']?.note).toBe('Everyone knows it');
    expect(answers.items['cus-identify-map-everyone']?.note).toBe('Mapped with Sam');
    expect(page.$snapshots.get()).toHaveLength(2);
    expect(page.$snapshots.get()[0]!.id).toBe('s-old'); // oldest first
  });
});

test('a snapshot taken by the store matches the pure function', () => {
  const answers = rateAll(realManifest(), { 'cus-identify': 4 });
  expect(takeSnapshot(realOutline(), answers, new Date('2026-01-01T00:00:00Z')).scores.frameworks.cus!.score).toBe(75);
});
