/**
 * Drives the stores of tests/unit/stores.property.test.ts: does each operation of
 * ./store-ops.ts as the reader, another tab or the browser would, on a fresh "page".
 */
import { FakeStorage, fakeEvents } from './fake-storage';
import { loadStores } from './load-stores';
import { realOutline } from './results-manifest';
import type { ModelStep } from './store-model';
import { importData, type Op } from './store-ops';

export const KEYS = { answers: 'playbook:v1:answers', snapshots: 'playbook:v1:snapshots', plan: 'playbook:v1:plan' };
const outline = realOutline();

export const loadPage = (storage: FakeStorage, events: ReturnType<typeof fakeEvents>) => loadStores(storage, events);
export type Page = Awaited<ReturnType<typeof loadPage>>;
export interface Browser {
  page: Page;
  storage: FakeStorage;
  events: ReturnType<typeof fakeEvents>;
}

/** Does `op` to the stores, as the reader or the browser would; returns the undo it offers, if any. */
export async function stepStores(b: Browser, op: Op, effects: ModelStep): Promise<(() => void) | undefined> {
  const { page, storage, events } = b;
  const actionAt = (index: number) => page.$plan.get().actions[index];
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
      return page.applyImport(importData(op, page.$plan.get()), op.mode);
    case 'erase':
      return page.eraseAll();
    case 'other-tab': {
      // called only while storage is healthy, as another tab could not write either
      const key = KEYS[op.key];
      if (effects.otherTabWrote !== undefined) storage.setItem(key, effects.otherTabWrote);
      else if (op.write === 'remove') storage.removeItem(key);
      else return;
      events.fire(key, effects.otherTabWrote ?? null);
      return;
    }
    case 'fault':
      if (op.fault === 'full') storage.quota = storage.used;
      if (op.fault === 'roomy') storage.quota = Infinity;
      storage.blocked = op.fault === 'block' ? true : op.fault === 'unblock' ? false : storage.blocked;
      return;
    case 'corrupt-and-reload':
      if (effects.setAside === undefined) return;
      storage.setItem(KEYS[op.key], op.garbage);
      b.page = await loadPage(storage, events);
      return;
    case 'reload':
      if (!storage.blocked && storage.quota === Infinity && page.$storageHealth.get() === 'ok')
        b.page = await loadPage(storage, events);
      return;
    case 'plan-add':
      return void page.addToPlan({
        what: op.what,
        ...(op.source ? { sourceId: op.source } : {}),
        ...(op.href ? { href: op.href } : {}),
      });
    case 'plan-edit': {
      const target = actionAt(op.index);
      return void (target && page.editAction(target.id, op.edit));
    }
    case 'plan-remove': {
      const target = actionAt(op.index);
      return target && page.removeAction(target.id);
    }
    case 'undo':
      return; // run by the harness, which knows the last operation's undo
  }
}
