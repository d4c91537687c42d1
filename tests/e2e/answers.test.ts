/**
 * Checklists and assessments remember every answer in this browser, everywhere they
 * appear, and survive whatever the browser throws at them.
 */
import type { Page } from '@playwright/test';
import { expect, test, hydrateAll, openPage, url, watch } from './support/browser';
import { ANSWERS_KEY, blockStorage, fillStorage, fixture, seed } from './support/storage';

const CHAPTER = 'frameworks/cus/identify-the-customer/';
const ITEM = 'List everyone you deal with in a normal week';
const STATEMENT = "Each customer account has one named person who sees the customer's requests through to the end.";

const checkbox = (page: Page) => page.getByRole('checkbox', { name: new RegExp(ITEM) });
const statement = (page: Page, text = STATEMENT) => page.getByRole('group', { name: text });

async function open(page: Page, path = CHAPTER) {
  await page.goto(url(path));
  await hydrateAll(page);
}

test.describe('answers are remembered', () => {
  test('a tick survives a reload', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await open(page);
    await expect(checkbox(page)).not.toBeChecked();
    await checkbox(page).check();
    await expect(page.getByText(/^1 of \d+ done/)).toBeVisible();
    await page.reload();
    await hydrateAll(page);
    await expect(checkbox(page)).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('ratings and the score survive a reload, with N/A left out of the score', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await open(page);
    await statement(page).getByRole('radio', { name: 'Routinely', exact: true }).check();
    await statement(page, 'We have written down what matters most to each of our main customer groups.')
      .getByRole('radio', { name: 'Not applicable' })
      .check();
    const summary = page.locator('output').first();
    await expect(summary).toHaveText('75 out of 100');
    await expect(page.getByText('2 of 5 answered; 1 of 2 statements scored (1 not applicable)')).toBeVisible();
    await page.reload();
    await hydrateAll(page);
    await expect(statement(page).getByRole('radio', { name: 'Routinely', exact: true })).toBeChecked();
    await expect(page.locator('output').first()).toHaveText('75 out of 100');
    expect(errors).toEqual([]);
  });

  test('stored answers appear after hydration with no console error (no hydration mismatch)', async ({ browser }) => {
    const { script, arg } = seed(ANSWERS_KEY, fixture('storage/v2/goals-and-dont-know.json'));
    const { page, context, errors } = await openPage(browser);
    await context.addInitScript(script, arg);
    await open(page);
    await expect(checkbox(page)).toBeChecked();
    await expect(statement(page).getByRole('radio', { name: 'Routinely', exact: true })).toBeChecked();
    // Routinely, Don't know, Not applicable, Not yet → (75 + 0) / 2, rounded
    await expect(page.locator('output').first()).toHaveText('38 out of 100');
    await expect(page.getByRole('combobox', { name: /How important is “Identify the customer”/ })).toHaveValue('high');
    await expect(page.getByRole('textbox', { name: new RegExp(`Note on: ${ITEM}`) })).toHaveValue(
      'Ask Sam about the suppliers list',
    );
    expect(errors).toEqual([]);
  });

  test('the same answer shows on every page that shows the item', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await open(page);
    await page.getByRole('checkbox', { name: /Give every customer or account one named owner/ }).check();
    await open(page, 'situations/departments-at-odds/');
    // departments-at-odds shows the same C.U.S. checklist
    await expect(page.getByRole('checkbox', { name: /Give every customer or account one named owner/ })).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('back and forward navigation shows the latest answers', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await open(page);
    await open(page, 'frameworks/cus/');
    await statement(page).getByRole('radio', { name: 'Routinely, and we check it' }).check();
    await page.goBack();
    await hydrateAll(page);
    await expect(statement(page).getByRole('radio', { name: 'Routinely, and we check it' })).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('a second tab follows a change made in the first', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser);
    await open(page);
    const second = watch(context, await context.newPage());
    await open(second.page);
    await checkbox(page).check();
    await second.page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('input[type=checkbox]')].some(
          (box) => box.parentElement?.textContent?.includes(name) && (box as HTMLInputElement).checked,
        ),
      ITEM,
    );
    await expect(checkbox(second.page)).toBeChecked();
    expect([...errors, ...second.errors]).toEqual([]);
  });

  test('resetting a checklist asks first and can be undone', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await open(page);
    await checkbox(page).check();
    await page.getByRole('button', { name: 'Reset this checklist' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(checkbox(page)).toBeChecked();
    await page.getByRole('button', { name: 'Reset this checklist' }).click();
    await page.getByRole('button', { name: 'Yes, reset it' }).click();
    await expect(checkbox(page)).not.toBeChecked();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(checkbox(page)).toBeChecked();
    expect(errors).toEqual([]);
  });
});

test.describe('when storage misbehaves, the page keeps working and says so', () => {
  test('a corrupted stored value is backed up, reported, and the page starts clean', async ({ browser }) => {
    const { script, arg } = seed(ANSWERS_KEY, fixture('storage/invalid/not-json.txt'));
    const { page, context, errors } = await openPage(browser);
    await context.addInitScript(script, arg);
    await open(page);
    await expect(page.getByText('Some saved answers could not be read.')).toBeVisible();
    const backups = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('playbook:backup:')),
    );
    expect(backups).toHaveLength(1);
    await checkbox(page).check();
    await expect(checkbox(page)).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('answers from a newer version are kept and the reader is told', async ({ browser }) => {
    const { script, arg } = seed(ANSWERS_KEY, fixture('storage/invalid/future-version.json'));
    const { page, context, errors } = await openPage(browser);
    await context.addInitScript(script, arg);
    await open(page);
    await expect(page.getByText(/saved by a newer version of the playbook/)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('with storage blocked, answers work for the page and a notice says they cannot be saved', async ({
    browser,
  }) => {
    const { page, errors } = await openPage(browser, { init: blockStorage });
    await open(page);
    await expect(page.getByText('Your answers cannot be saved in this browser.')).toBeVisible();
    await checkbox(page).check();
    await statement(page).getByRole('radio', { name: 'Routinely, and we check it' }).check();
    await expect(page.locator('output').first()).toHaveText('100 out of 100');
    // the theme picker still works
    await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(errors).toEqual([]);
  });

  test('with storage full, the answer stays on the page and a notice says it is not saved', async ({ browser }) => {
    const { page, errors } = await openPage(browser, { init: fillStorage });
    await open(page);
    await checkbox(page).check();
    await expect(page.getByText(/this browser’s storage is full/)).toBeVisible();
    await expect(checkbox(page)).toBeChecked();
    expect(errors).toEqual([]);
  });
});
