import { describe, expect, test } from 'vitest';
import { guardedEngine, type StorageHealth } from '~/lib/stores/storage';
import { FakeStorage } from './support/fake-storage';

function setup(storage: Storage | undefined) {
  const reports: StorageHealth[] = [];
  const engine = guardedEngine(storage, (h) => reports.push(h));
  return { engine, health: () => reports.at(-1) };
}

describe('the guarded storage engine', () => {
  test('reads and writes through to working storage', () => {
    const storage = new FakeStorage();
    const { engine, health } = setup(storage);
    engine['playbook:x'] = 'one';
    expect(storage.getItem('playbook:x')).toBe('one');
    expect(engine['playbook:x']).toBe('one');
    expect('playbook:x' in engine).toBe(true);
    expect(Object.keys(engine)).toEqual(['playbook:x']);
    delete engine['playbook:x'];
    expect(storage.getItem('playbook:x')).toBeNull();
    expect(health()).toBe('ok');
  });

  test('with storage blocked, keeps values in memory and reports "blocked"', () => {
    const { engine, health } = setup(undefined);
    expect(health()).toBe('blocked');
    engine['playbook:x'] = 'kept';
    expect(engine['playbook:x']).toBe('kept');
    expect(health()).toBe('blocked');
  });

  test('when storage is full, keeps the value in memory and reports "full" without throwing', () => {
    const storage = new FakeStorage(40);
    const { engine, health } = setup(storage);
    engine['playbook:a'] = 'small';
    expect(health()).toBe('ok');
    expect(() => (engine['playbook:a'] = 'x'.repeat(100))).not.toThrow();
    expect(health()).toBe('full');
    expect(engine['playbook:a']).toBe('x'.repeat(100)); // the page keeps the latest answer
    expect(storage.getItem('playbook:a')).toBe('small'); // what was saved is untouched
  });

  test('recovers once a later save fits again', () => {
    const storage = new FakeStorage(40);
    const { engine, health } = setup(storage);
    engine['playbook:a'] = 'x'.repeat(100);
    expect(health()).toBe('full');
    engine['playbook:a'] = 'fits';
    expect(health()).toBe('ok');
    expect(storage.getItem('playbook:a')).toBe('fits');
  });

  test('survives storage whose every call throws', () => {
    const hostile = new Proxy({} as Storage, {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const { engine } = setup(hostile);
    expect(() => engine['playbook:a']).not.toThrow();
    expect(() => Object.keys(engine)).not.toThrow();
    expect(() => delete engine['playbook:a']).not.toThrow();
  });
});
