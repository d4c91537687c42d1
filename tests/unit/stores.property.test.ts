/**
 * The stores against a plain model (./support/store-model.ts), under random
 * sequences of what a reader and the browser do (./support/store-ops.ts): tick,
 * rate, note, reset, undo, snapshot, delete a snapshot, import, erase, another tab's
 * write, reload, and faults (quota full, storage blocked, a corrupted value).
 * After every step:
 * - the stores hold exactly what the model says: nothing answered is dropped except
 *   by the reader's own reset, erase or import;
 * - what is stored re-reads to exactly what the stores hold, and while storage is
 *   healthy that is what a fresh page load reads;
 * - whenever a value is set aside (unreadable, or pushed out of a full history), a
 *   backup key holds it.
 * Runs are bounded; a failure prints its seed and shrunk sequence (rerun with FC_SEED=…).
 */
import fc from 'fast-check';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { parseAnswers } from '~/lib/answers-read';
import { MAX_SNAPSHOTS } from '~/lib/limits';
import { parseSnapshots } from '~/lib/results/snapshots';
import { loadStores } from './support/load-stores';
import { FakeStorage, fakeEvents } from './support/fake-storage';
import { realOutline } from './support/results-manifest';
import { emptyModel, stepModel, type Model, type ModelStep } from './support/store-model';
import { importData, iso, opArb, T0, type Op } from './support/store-ops';

const ANSWERS_KEY = 'playbook:v1:answers';
const SNAPSHOTS_KEY = 'playbook:v1:snapshots';
const outline = realOutline();

const loadPage = (storage: FakeStorage, events: ReturnType<typeof fakeEvents>) => loadStores(storage, events);
type Page = Awaited<ReturnType<typeof loadPage>>;
interface Browser {
  page: Page;
  storage: FakeStorage;
  events: ReturnType<typeof fakeEvents>;
}

/** Does `op` to the stores, as the reader or the browser would; returns the undo it offers, if any. */
async function stepStores(b: Browser, op: Op, effects: ModelStep): Promise<(() => void) | undefined> {
  const { page, storage, events } = b;
  switch (op.op) {
    case 'tick':
      return void page.setItemDone(op.id, op.done);
    case 'rate':
      return void page.rateStatement(op.id, op.value);
    case 'note':
      return void (op.on === 'item' ? page.setItemNote(op.id, op.text) : page.setStatementNote(op.id, op.text));
    case 'reset':
      return page.resetItems(op.ids);
    case 'snapshot':
      return void page.saveSnapshot(outline, page.$answers.get(), op.label);
    case 'delete-snapshot': {
      const target = page.$snapshots.get()[op.index];
      return target && page.deleteSnapshot(target.id);
    }
    case 'import':
      return page.applyImport(importData(op), op.mode);
    case 'erase':
      return page.eraseAll();
    case 'other-tab': // called only while storage is healthy, as another tab could not write either
      if (effects.otherTabWrote !== undefined) storage.setItem(ANSWERS_KEY, effects.otherTabWrote);
      else if (op.write === 'remove') storage.removeItem(ANSWERS_KEY);
      else return;
      events.fire(ANSWERS_KEY, effects.otherTabWrote ?? null);
      return;
    case 'fault':
      if (op.fault === 'full') storage.quota = storage.used;
      if (op.fault === 'roomy') storage.quota = Infinity;
      storage.blocked = op.fault === 'block' ? true : op.fault === 'unblock' ? false : storage.blocked;
      return;
    case 'corrupt-and-reload':
      if (effects.setAside === undefined) return;
      storage.setItem(ANSWERS_KEY, op.garbage);
      b.page = await loadPage(storage, events);
      return;
    case 'reload':
      if (!storage.blocked && storage.quota === Infinity && page.$storageHealth.get() === 'ok')
        b.page = await loadPage(storage, events);
      return;
    case 'undo':
      return; // run by the harness, which knows the last operation's undo
  }
}

const backups = (page: Page) => page.siteEntries().filter((e) => e.key.startsWith('playbook:backup:'));
const rawOf = (page: Page, key: string) => page.siteEntries().find((e) => e.key === key)?.value;

function checkAgrees({ page, storage }: Browser, model: Model, step: string) {
  const shownSnapshots = page.$snapshots
    .get()
    .map(({ id, takenAt, label }) => ({ id, takenAt, ...(label !== undefined ? { label } : {}) }));
  expect(page.$answers.get(), `answers after ${step}`).toEqual(model.answers);
  expect(shownSnapshots, `snapshots after ${step}`).toEqual(model.snapshots);

  // What is stored (in storage, or in memory while storage fails) re-reads to what is shown.
  for (const [key, shown, read, empty] of [
    [ANSWERS_KEY, page.$answers.get(), (raw: string) => parseAnswers(raw), EMPTY_ANSWERS],
    [SNAPSHOTS_KEY, page.$snapshots.get(), (raw: string) => parseSnapshots(raw), []],
  ] as const) {
    const raw = rawOf(page, key);
    if (raw === undefined && storage.blocked) continue; // unreadable for now: nothing to compare
    if (raw === undefined) {
      expect(shown, `${key} absent after ${step}`).toEqual(empty);
      continue;
    }
    const result = read(raw);
    if (result.ok)
      expect('answers' in result ? result.answers : result.snapshots, `${key} re-read after ${step}`).toEqual(shown);
    else {
      // Only a value found unreadable at load may stay: the page shows nothing and a backup holds it.
      expect(shown, `${key} unreadable after ${step}`).toEqual(empty);
      expect(
        backups(page).some((b) => b.value === raw),
        `${key} backed up after ${step}`,
      ).toBe(true);
    }
    if (page.$storageHealth.get() === 'ok' && !storage.blocked)
      expect(storage.getItem(key), `${key} saved in storage after ${step}`).toBe(raw);
  }
}

beforeEach(() => {
  vi.stubGlobal('window', {});
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.spyOn(console, 'warn').mockImplementation(() => {}); /* blocked storage warns; expected here */
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test('random sequences of actions and faults never lose or corrupt an answer', async () => {
  const seed = Number(process.env.FC_SEED ?? 20261202);
  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), fc.boolean(), async (ops, nearlyFull) => {
      vi.setSystemTime(T0);
      const storage = new FakeStorage();
      const events = fakeEvents();
      const model = emptyModel();
      if (nearlyFull) {
        // A history one short of the limit, so that the limit is reached within a run.
        model.snapshots = Array.from({ length: MAX_SNAPSHOTS - 1 }, (_, n) => ({
          id: `s-old-${n}`,
          takenAt: iso(-100_000 + n),
        }));
        const stored = model.snapshots.map((s) => ({ ...s, scores: { frameworks: {} }, answers: EMPTY_ANSWERS }));
        storage.setItem(SNAPSHOTS_KEY, JSON.stringify({ version: 1, snapshots: stored }));
      }
      const b: Browser = { page: await loadPage(storage, events), storage, events };
      let undo: { store: () => void; model: Model } | null = null;

      for (const [n, op] of ops.entries()) {
        vi.setSystemTime(T0 + (n + 1) * 1000);
        const healthy = !storage.blocked && storage.quota === Infinity && b.page.$storageHealth.get() === 'ok';
        const effects = stepModel(model, op, { now: new Date().toISOString(), healthy }, undo?.model ?? null);
        if (op.op === 'undo') undo?.store();
        else if (op.op !== 'other-tab' || healthy) {
          const storeUndo = await stepStores(b, op, effects);
          undo = storeUndo && effects.undo ? { store: storeUndo, model: effects.undo } : null;
        }
        if (op.op === 'undo' || op.op === 'other-tab') undo = null;

        const step = `step ${n} ${JSON.stringify(op).slice(0, 120)}`;
        checkAgrees(b, model, step);
        if (effects.setAside !== undefined) {
          expect(
            backups(b.page).some((k) => k.value.includes(effects.setAside!)),
            `the set-aside value is in a backup at ${step}`,
          ).toBe(true);
        }
      }
    }),
    { numRuns: 60, seed, verbose: 1 },
  );
});
