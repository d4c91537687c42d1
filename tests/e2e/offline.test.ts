/**
 * The playbook offline (src/integrations/offline.ts): one visit installs a service worker
 * that precaches the whole build, so with no network a reader can open a chapter never
 * visited, answer, see results and search. A new build is announced once, and answers
 * survive the update. Runs on its own copy of the build (E2E_DIST, under BASE_PATH), served
 * compressed, because it publishes a changed build halfway through.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serve } from '../../scripts/preview-server.mjs';
import { distDir } from './support/built-pages';
import { hydrateAll, launchBrowser } from './support/browser';

const CHAPTER = 'frameworks/cus/identify-the-customer/';
const PROMPT = 'A new version of the playbook is ready';

let browser: Browser;
let copy: string;
let site: { url: string; close: () => Promise<void> };
const at = (path: string) => new URL(path, site.url).href;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'playbook-offline-'));
  cpSync(distDir(), copy, { recursive: true });
  site = await serve({ dir: copy, port: 0, base: process.env.BASE_PATH ?? '/' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(copy, { recursive: true, force: true });
});

/** Publishes a new build: the home page changes, and so does its revision in the worker's precache list. */
function publishUpdate() {
  const home = join(copy, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace('</body>', '<!-- updated --></body>'));
  const worker = join(copy, 'sw.js');
  const source = readFileSync(worker, 'utf8');
  const updated = source.replace(/"revision":"[0-9a-f]+"(,"url":"index\.html")/, '"revision":"updated"$1');
  expect(updated, 'sw.js lists index.html with a revision').not.toBe(source);
  writeFileSync(worker, updated);
}

const errorsOf = (page: Page) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
};

test('after one visit the playbook works offline, and a new version is announced once', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = errorsOf(page);

  await page.goto(at(''));
  // The worker controls the page once it has precached the whole build.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);

  // A chapter never opened: its page and islands come from the cache.
  await page.goto(at(CHAPTER));
  await hydrateAll(page);
  const item = page.getByRole('checkbox').first();
  await item.check();
  await page.getByRole('checkbox', { checked: true }).first().waitFor();
  const statement = page
    .getByRole('group')
    .filter({ has: page.getByRole('radio') })
    .first();
  await statement.getByRole('radio', { name: 'Agree', exact: true }).check();
  await page
    .getByText(/out of 100/)
    .first()
    .waitFor();

  // Your results, worked out from those answers.
  await page.goto(at('results/'));
  await page
    .getByText(/1 of \d+ checklist actions done/)
    .first()
    .waitFor();

  // Search: Pagefind's index, WebAssembly and fragments are in the cache too.
  await page.goto(at(`search/?q=${encodeURIComponent('barista')}`));
  await page
    .getByRole('main')
    .getByRole('list', { name: 'Search results' })
    .getByRole('link', { name: /Identify the customer/ })
    .first()
    .waitFor();
  expect(errors, 'nothing failed to load offline').toEqual([]);

  // Back online, a new build is published; the next visit finds it and says so, once.
  await context.setOffline(false);
  publishUpdate();
  await page.goto(at(''));
  const prompt = page.getByText(PROMPT);
  await prompt.waitFor();
  await expect(prompt.count()).resolves.toBe(1);

  // Reloading switches to the new version; the answers are untouched.
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.content()).resolves.toContain('<!-- updated -->');
  await expect(page.getByText(PROMPT).isVisible()).resolves.toBe(false);
  await page.goto(at(CHAPTER));
  await hydrateAll(page);
  await page.getByRole('checkbox', { checked: true }).first().waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
