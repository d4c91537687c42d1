/**
 * Browsers may erase storage: the results page says what can erase answers and
 * whether the browser agreed to keep them, and the reader is reminded to export
 * when answers changed since the last export (on the results page and in the
 * chapters' storage notice). The export file is named by date.
 */
import type { Browser } from '@playwright/test';
import { expect, test, hydrateAll, hydrated, openPage, url } from './support/browser';
import { ANSWERS_KEY, fixture, seed } from './support/storage';

/** The browser's answer to navigator.storage.persist(), decided by the test. */
function persistAnswers(granted: boolean) {
  const answer = async () => granted;
  Object.defineProperty(navigator.storage, 'persist', { configurable: true, value: answer });
  Object.defineProperty(navigator.storage, 'persisted', { configurable: true, value: async () => false });
}

async function resultsWithAnswers(browser: Browser, granted: boolean) {
  const watched = await openPage(browser);
  const { script, arg } = seed(ANSWERS_KEY, fixture('results/answers-full.json'));
  await watched.context.addInitScript(script, arg);
  await watched.context.addInitScript(persistAnswers, granted);
  await watched.page.goto(url('results/'));
  await hydrated(watched.page);
  return watched;
}

test.describe('keeping answers safe from the browser', () => {
  test('the results page says what can erase answers, and reminds until an export is made, named by date', async ({
    browser,
  }) => {
    const { page, errors } = await resultsWithAnswers(browser, false);
    await expect(page.getByText(/Safari after 7 days without a visit/)).toBeVisible();
    await expect(page.getByText('Your answers changed since your last export.')).toBeVisible();
    await expect(page.getByText('You have not exported them yet.')).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export answers' }).click(),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect(download.suggestedFilename()).toBe(`playbook-answers-${today}.json`);
    await expect(page.getByText(/^Your last export was on .* Nothing has changed since\.$/)).toBeVisible();
    await expect(page.getByText('Your answers changed since your last export.')).toHaveCount(0);

    // A change on a chapter brings the reminder back, there and on the results page.
    await page.goto(url('frameworks/cus/identify-the-customer/'));
    await hydrateAll(page);
    await page.getByRole('checkbox', { name: /List everyone you deal with/ }).click();
    const reminder = page.getByText('Your answers changed since your last export.');
    await expect(reminder).toBeVisible();
    await expect(page.getByRole('link', { name: 'Export them from Your results' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the page says whether the browser agreed to keep the answers', async ({ browser }) => {
    const refused = await resultsWithAnswers(browser, false);
    await expect(refused.page.getByText(/has not agreed to keep them for good/)).toBeVisible();
    const granted = await resultsWithAnswers(browser, true);
    await granted.page.getByRole('button', { name: 'Export answers' }).click();
    await expect(granted.page.getByText(/This browser has agreed to keep them \(persistent storage\)/)).toBeVisible();
    expect([...refused.errors, ...granted.errors]).toEqual([]);
  });
});
