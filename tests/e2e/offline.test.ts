/**
 * The playbook offline (src/integrations/offline.ts): one visit installs a service worker
 * that precaches the whole build, so with no network a reader can open a chapter never
 * visited, answer, see results and search. A new build is announced once, and answers
 * survive the update. Runs on its own copy of the project's build (the `build` option: E2E_DIST under
 * BASE_PATH, or the sub-path build in the `sub-path` project of playwright.config.ts), served
 * compressed, because it publishes a changed build halfway through.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { serve } from '../../scripts/preview-server.mjs';
import { expect, test, firstStatement, hydrateAll } from './support/browser';

const CHAPTER = 'frameworks/cus/identify-the-customer/';
const PROMPT = 'A new version of the playbook is ready';

let copy: string;
let site: { url: string; close: () => Promise<void> };
const at = (path: string) => new URL(path, site.url).href;

test.beforeAll(async ({ build }) => {
  copy = mkdtempSync(join(tmpdir(), 'playbook-offline-'));
  cpSync(resolve(build.dir), copy, { recursive: true });
  site = await serve({ dir: copy, port: 0, base: build.base });
});
test.afterAll(async () => {
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

test('after one visit the playbook works offline, and a new version is announced once', async ({ browser }) => {
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
  await expect(page.getByRole('checkbox', { checked: true }).first()).toBeVisible();
  const statement = firstStatement(page);
  await statement.getByRole('radio', { name: 'Routinely', exact: true }).check();
  await expect(page.getByText(/out of 100/).first()).toBeVisible();

  // Your results, worked out from those answers.
  await page.goto(at('results/'));
  await expect(page.getByText(/1 of \d+ actions done/).first()).toBeVisible();

  // Search: Pagefind's index, WebAssembly and fragments are in the cache too.
  await page.goto(at(`search/?q=${encodeURIComponent('barista')}`));
  await expect(
    page
      .getByRole('main')
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: /Identify the customer/ })
      .first(),
  ).toBeVisible();
  expect(errors, 'nothing failed to load offline').toEqual([]);

  // Back online, a new build is published; the next visit finds it and says so, once.
  await context.setOffline(false);
  publishUpdate();
  await page.goto(at(''));
  const prompt = page.getByText(PROMPT);
  await expect(prompt).toBeVisible();
  await expect(prompt).toHaveCount(1);

  // Reloading switches to the new version; the answers are untouched.
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
  expect(await page.content()).toContain('<!-- updated -->');
  await expect(page.getByText(PROMPT)).toBeHidden();
  await page.goto(at(CHAPTER));
  await hydrateAll(page);
  await expect(page.getByRole('checkbox', { checked: true }).first()).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});
