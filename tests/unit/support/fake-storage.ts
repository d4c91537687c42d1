import type { PersistentEvent, PersistentEvents, PersistentListener } from '@nanostores/persistent';
import { readFileSync, readdirSync } from 'node:fs';

/** A Storage like the browser's, in memory, with an optional quota in characters. */
export class FakeStorage implements Storage {
  private data = new Map<string, string>();
  constructor(private quota = Infinity) {}

  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.data].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  clear() {
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
