import type { PersistentEvent, PersistentEvents, PersistentListener } from '@nanostores/persistent';
import { readFileSync, readdirSync } from 'node:fs';

/**
 * A Storage like the browser's, in memory, with an optional quota in characters.
 * `quota` and `blocked` may change mid-test, as a browser's would.
 */
export class FakeStorage implements Storage {
  private data = new Map<string, string>();
  /** When set, every call throws, as when the browser starts refusing site data. */
  blocked = false;
  constructor(public quota = Infinity) {}

  private check() {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  /** Characters used by keys and values. */
  get used() {
    return [...this.data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  }

  get length() {
    this.check();
    return this.data.size;
  }
  key(index: number) {
    this.check();
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    this.check();
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.check();
    const used = [...this.data].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.check();
    this.data.delete(key);
  }
  clear() {
    this.check();
    this.data.clear();
  }
  [name: string]: unknown;
}

/** Storage events for persistent stores, fired by hand as another tab would. */
export function fakeEvents() {
  const listeners = new Set<PersistentListener>();
  const events: PersistentEvents = {
    addEventListener: (_key, listener) => void listeners.add(listener),
    removeEventListener: (_key, listener) => void listeners.delete(listener),
  };
  return {
    events,
    /** Another tab wrote `newValue` under `key` (null: removed it). */
    fire: (key: string, newValue: string | null) => listeners.forEach((l) => l({ key, newValue } as PersistentEvent)),
  };
}

/** Reads a fixture shared by unit and browser tests, e.g. fixture('storage/v1/some-answers.json'). */
export const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
export const fixtureNames = (dir: string) => readdirSync(new URL(`../../fixtures/${dir}`, import.meta.url));
