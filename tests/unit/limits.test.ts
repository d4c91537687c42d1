/**
 * Writers stay within what their readers accept (src/lib/limits.ts): the longest
 * allowed id round-trips through storage, a longer one is refused by the content
 * schema and never written, and saving past the snapshot limit keeps the history
 * readable. Each "page" loads fresh modules over the same fake localStorage.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { IdSchema } from '~/lib/content/schemas';
import { MAX_ID_LENGTH, MAX_NOTE_LENGTH, MAX_SNAPSHOTS } from '~/lib/limits';
import { loadStores } from './support/load-stores';
import { FakeStorage } from './support/fake-storage';
import { realOutline } from './support/results-manifest';

const SNAPSHOTS_KEY = 'playbook:v1:snapshots';
const ANSWERS_KEY = 'playbook:v1:answers';

const loadPage = (storage: Storage) => loadStores(storage);

const idOfLength = (length: number) => `a${'-b'.repeat((length - 1) / 2)}${length % 2 ? '' : 'c'}`;

beforeEach(() => {
  vi.stubGlobal('window', {});
});

describe('ids', () => {
  test('an id at the maximum length passes the content schema and round-trips through storage', async () => {
    const id = idOfLength(MAX_ID_LENGTH);
    expect(id).toHaveLength(MAX_ID_LENGTH);
    expect(IdSchema.safeParse(id).success).toBe(true);
    const storage = new FakeStorage();
    const first = await loadPage(storage);
    first.setItemDone(id, true);
    first.setItemNote(id, 'kept');
    first.rateStatement(id, 5);
    const second = await loadPage(storage);
    expect(second.$recoveries.get()).toEqual([]);
    expect(second.$answers.get().items[id]).toMatchObject({ done: true, note: 'kept' });
    expect(second.$answers.get().statements[id]?.value).toBe(5);
  });

  test('a longer id is refused by the content schema and never written to storage', async () => {
    const id = idOfLength(MAX_ID_LENGTH + 1);
    expect(IdSchema.safeParse(id).error?.issues[0]?.message).toMatch(/at most 120 characters/);
    const storage = new FakeStorage();
    const first = await loadPage(storage);
    first.setItemDone('cus-identify-map-everyone', true);
    first.setItemDone(id, true);
    first.rateStatement(id, 3);
    const second = await loadPage(storage);
    expect(second.$recoveries.get()).toEqual([]);
    expect(Object.keys(second.$answers.get().items)).toEqual(['cus-identify-map-everyone']);
  });

  test('a note longer than the reader accepts is cut to the limit, not refused on the next load', async () => {
    const storage = new FakeStorage();
    const first = await loadPage(storage);
    first.setStatementNote('cus-identify-s-named-owner', 'x'.repeat(MAX_NOTE_LENGTH + 50));
    const second = await loadPage(storage);
    expect(second.$recoveries.get()).toEqual([]);
    expect(second.$answers.get().statements['cus-identify-s-named-owner']?.note).toHaveLength(MAX_NOTE_LENGTH);
  });
});

describe('the snapshot limit', () => {
  test('saving one snapshot past the limit keeps the history readable and the oldest in a backup', async () => {
    const storage = new FakeStorage();
    const start = Date.parse('2026-01-01T00:00:00Z');
    const snapshots = Array.from({ length: MAX_SNAPSHOTS }, (_, i) => ({
      id: `s-${i}`,
      takenAt: new Date(start + i * 86_400_000).toISOString(),
      scores: { frameworks: {} },
      answers: { version: 1, items: {}, statements: {} },
    }));
    storage.setItem(SNAPSHOTS_KEY, JSON.stringify({ version: 1, snapshots }));
    storage.setItem(ANSWERS_KEY, JSON.stringify({ version: 1, items: {}, statements: {} }));
    const first = await loadPage(storage);
    expect(first.$snapshots.get()).toHaveLength(MAX_SNAPSHOTS);
    first.saveSnapshot(realOutline(), first.$answers.get(), 'One more');

    const second = await loadPage(storage);
    const history = second.$snapshots.get();
    expect(history).toHaveLength(MAX_SNAPSHOTS);
    expect(history.at(-1)?.label).toBe('One more');
    expect(history[0]?.id).toBe('s-1');
    expect(second.$recoveries.get()).toEqual([]);
    const backupKey = first.$recoveries.get()[0]?.backupKey ?? '';
    expect(backupKey).toMatch(/^playbook:backup:v1:snapshots:/);
    expect(JSON.parse(storage.getItem(backupKey)!).snapshots.map((s: { id: string }) => s.id)).toEqual(['s-0']);
  });
});
