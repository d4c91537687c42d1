/**
 * A storage engine for @nanostores/persistent that never throws. localStorage may be
 * blocked (reading `window.localStorage` throws) or full (a write throws
 * QuotaExceededError); the library catches neither. Here every value that could not
 * be saved is kept in memory, so the page keeps working, and `$storageHealth` says
 * so, so the page can tell the reader.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents, type PersistentEvents } from '@nanostores/persistent';

/** ok: saved in this browser; blocked: storage refused; full: the last save did not fit. */
export type StorageHealth = 'ok' | 'blocked' | 'full';

export const $storageHealth = atom<StorageHealth>('ok');

/** The browser's localStorage, or undefined where it is missing or blocked. */
function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; /* blocked by the browser's settings */
  }
}

const isQuotaError = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';

/**
 * An object that reads and writes like the one persistent expects (`engine[key]`),
 * backed by `storage` when it works and by memory when it does not.
 */
export function guardedEngine(storage: Storage | undefined, report: (health: StorageHealth) => void) {
  const memory = new Map<string, string>();
  const settle = () => report(storage === undefined ? 'blocked' : memory.size ? 'full' : 'ok');
  settle();

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined; /* storage became unreadable: nothing stored to offer */
    }
  };

  const target: Record<string, string> = {};
  return new Proxy(target, {
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
    set(_, key, value) {
      if (typeof key !== 'string') return true;
      try {
        if (!storage) throw new Error('storage blocked');
        storage.setItem(key, String(value));
        memory.delete(key);
      } catch (error) {
        memory.set(key, String(value)); /* could not save: keep it for this page */
        if (storage && !isQuotaError(error)) console.warn('Could not save to localStorage:', error);
      }
      settle();
      return true;
    },
    deleteProperty(_, key) {
      if (typeof key !== 'string') return true;
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        /* storage blocked: the memory copy is gone, which is what was asked */
      }
      settle();
      return true;
    },
    ownKeys() {
      const keys = new Set(memory.keys());
      try {
        for (let i = 0; storage && i < storage.length; i++) {
          const key = storage.key(i);
          if (key !== null) keys.add(key);
        }
      } catch {
        /* storage blocked: memory is all there is */
      }
      return [...keys];
    },
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && read(key) !== undefined
        ? { value: read(key), writable: true, enumerable: true, configurable: true }
        : undefined,
  });
}

let engine: Record<string, string> | undefined;

/**
 * Puts the guarded engine behind every persistent store. Call before creating one;
 * later calls do nothing. On the server nothing is stored and health stays "ok".
 * Tests pass their own Storage and events.
 */
export function installStorageEngine(
  storage: Storage | undefined = browserStorage(),
  events: PersistentEvents = windowPersistentEvents,
): void {
  if (engine || (typeof window === 'undefined' && storage === undefined)) return;
  engine = guardedEngine(storage, (health) => $storageHealth.set(health));
  setPersistentEngine(engine, events);
}

/** A stored value that could not be read, kept aside so nothing is lost. */
export interface Recovery {
  key: string;
  backupKey: string;
  message: string;
  /** What happened, in one sentence; by default that saved answers could not be read. */
  title?: string;
}

export const $recoveries = atom<Recovery[]>([]);

/** Prefix of every key this site writes; "Erase all answers" removes exactly these. */
const KEY_PREFIX = 'playbook:';

/**
 * Keeps a value set aside (unreadable, or moved out of a list that is full) under a
 * backup key, once per distinct value and never over another backup, and records a
 * notice for the reader.
 */
export function keepBackup(key: string, raw: string, message: string, title?: string): void {
  const backupPrefix = `${KEY_PREFIX}backup:${key.slice(KEY_PREFIX.length)}:`;
  let backupKey = '';
  if (engine) {
    const target = engine;
    backupKey = Object.keys(target).find((k) => k.startsWith(backupPrefix) && target[k] === raw) ?? '';
    if (!backupKey) {
      const stamp = backupPrefix + new Date().toISOString();
      backupKey = stamp;
      for (let n = 2; target[backupKey] !== undefined; n++) backupKey = `${stamp}-${n}`;
      target[backupKey] = raw;
    }
    // Not saved (storage blocked or full): the raw value stays under its own key until the reader saves again.
    if ($storageHealth.get() !== 'ok') backupKey = '';
  }
  if (!$recoveries.get().some((r) => r.key === key && r.backupKey === backupKey))
    $recoveries.set([...$recoveries.get(), { key, backupKey, message, ...(title ? { title } : {}) }]);
}

/**
 * The value a store should take when `raw`, read from storage after the page loaded
 * (another tab's write, a back/forward restore), cannot be read: it is backed up,
 * the page keeps `current`, and `current` is saved again so that storage and page agree.
 */
export function keepCurrent<T>(key: string, raw: string, message: string, current: T, encode: (value: T) => string): T {
  keepBackup(key, raw, message);
  if (engine) engine[key] = encode(current);
  return current;
}

/**
 * Every key this site has stored, with its value: what is in storage plus what is
 * held in memory because storage is blocked or full. Used by "Your data".
 */
export function siteEntries(): { key: string; value: string }[] {
  const target = engine;
  if (!target) return [];
  return Object.keys(target)
    .filter((key) => key.startsWith(KEY_PREFIX))
    .map((key) => ({ key, value: target[key] ?? '' }));
}

/** Removes one of this site's keys, from storage and from memory. */
export function removeSiteKey(key: string): void {
  if (engine && key.startsWith(KEY_PREFIX)) delete engine[key];
}
