/**
 * A persistent store for one versioned JSON document (answers, snapshots, the plan), with the
 * failure handling their storage contract promises (src/lib/stores/answers.ts).
 */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { installStorageEngine, keepBackup, keepCurrent } from './storage';

/** What reading a stored string gives: the document, or why it cannot be read. */
export type DocumentRead<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A store persisted under `key`. A stored value `read` refuses is kept under a backup
 * key: while the page loads it starts from `empty`; after that (another tab's write,
 * a back/forward restore) the page keeps, and saves again, what it already shows.
 */
export function persistentDocument<T>(
  key: string,
  empty: T,
  encode: (value: T) => string,
  read: (raw: string) => DocumentRead<T>,
): WritableAtom<T> {
  installStorageEngine();
  let loaded = false;
  const $document: WritableAtom<T> = persistentAtom<T>(key, empty, {
    encode,
    decode(raw): T {
      const result = read(raw);
      if (result.ok) return result.value;
      if (loaded) return keepCurrent(key, raw, result.message, $document.get(), encode);
      keepBackup(key, raw, result.message);
      return empty;
    },
  });
  loaded = true;
  return $document;
}
