/**
 * The privacy page promises to list everything the playbook keeps in the browser.
 * Each store module exports the key it writes (`…_KEY`); this test loads every module
 * in src/lib/stores and fails when a key, or the backup prefix, is missing from the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const STORES = new URL('../../src/lib/stores/', import.meta.url);
const PAGE = readFileSync(new URL('../../content/docs/privacy.mdx', import.meta.url), 'utf8');

/** The names the page shows as code: `playbook:v1:answers`, `playbook:backup:…`. */
function namedOnPage(markdown: string): string[] {
  return [...markdown.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
}

async function storageKeys(): Promise<string[]> {
  const modules = readdirSync(STORES).filter((f) => f.endsWith('.ts'));
  const keys = new Set<string>();
  for (const file of modules) {
    const mod: Record<string, unknown> = await import(new URL(file, STORES).href);
    for (const [name, value] of Object.entries(mod))
      if (name.endsWith('_KEY') && typeof value === 'string') keys.add(value);
  }
  return [...keys].sort();
}

describe('the privacy page lists what is stored', () => {
  test('every key a store writes is named on the page', async () => {
    const keys = await storageKeys();
    expect(keys).toContain('playbook:v1:answers'); // the loader found the stores
    const named = namedOnPage(PAGE);
    expect(keys.filter((key) => !named.includes(key))).toEqual([]);
  });

  test('the backup copies are named by their prefix', () => {
    expect(namedOnPage(PAGE).some((name) => name.startsWith('playbook:backup:'))).toBe(true);
  });
});
