/**
 * Input before the islands are running is kept. The island scripts are held back
 * (at least 3 s, as on a slow phone, and until the reader has acted), the reader
 * ticks, rates, unticks and types at once, with the mouse or the keyboard only;
 * after hydration the page shows what they did and a reload still has it.
 */
import type { Page } from '@playwright/test';
import { expect, test, hydrateAll, openPage, url, watch } from './support/browser';
import { ANSWERS_KEY, seed } from './support/storage';

const CHAPTER = 'frameworks/cus/identify-the-customer/';
const ITEM = 'List everyone you deal with in a normal week';
const STATEMENT = "Each customer account has one named person who sees the customer's requests through to the end.";
const PHONE_PACE_MS = 3000;

const checkbox = (page: Page) => page.getByRole('checkbox', { name: new RegExp(ITEM) });
const statement = (page: Page) => page.getByRole('group', { name: STATEMENT });
const progress = (page: Page, done: number) => page.getByText(new RegExp(`^${done} of 7 done`));

/**
 * Opens the chapter with every script under /_astro/ held back until `release()` is
 * called and at least PHONE_PACE_MS have passed, as a slow connection would.
 */
async function openSlowly(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const paced = new Promise((resolve) => setTimeout(resolve, PHONE_PACE_MS));
  await page.route('**/_astro/*.js', async (route) => {
    await Promise.all([released, paced]);
    await route.continue().catch(() => {}); /* the page may have moved on */
  });
  await page.goto(url(CHAPTER), { waitUntil: 'commit' });
  await expect(checkbox(page)).toBeVisible();
  return async () => {
    expect(await page.evaluate(() => document.querySelectorAll('astro-island[ssr]').length)).toBeGreaterThan(0);
    release();
    await hydrateAll(page);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  };
}

async function reload(page: Page) {
  await page.reload();
  await hydrateAll(page);
}

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), ANSWERS_KEY);

test.describe('input before hydration', () => {
  test('a tick and a rating made with the mouse before the scripts arrive are kept', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    const hydrate = await openSlowly(page);
    await checkbox(page).click();
    await statement(page).getByRole('radio', { name: 'Routinely', exact: true }).click();
    await hydrate();

    await expect(progress(page, 1)).toBeVisible();
    await expect(page.getByText('75 out of 100')).toBeVisible();
    await reload(page);
    await expect.poll(() => checkbox(page).isChecked()).toBe(true);
    await expect
      .poll(() => statement(page).getByRole('radio', { name: 'Routinely', exact: true }).isChecked())
      .toBe(true);
    await expect(progress(page, 1)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('on a 390 px phone, a tap on an item and a rating before the scripts arrive are kept', async ({ browser }) => {
    const { page, errors } = await openPage(browser, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const hydrate = await openSlowly(page);
    await checkbox(page).tap();
    await statement(page).getByRole('radio', { name: 'Usually', exact: true }).tap();
    await hydrate();

    await expect(progress(page, 1)).toBeVisible();
    await reload(page);
    await expect.poll(() => checkbox(page).isChecked()).toBe(true);
    await expect
      .poll(() => statement(page).getByRole('radio', { name: 'Usually', exact: true }).isChecked())
      .toBe(true);
    expect((await stored(page)).items?.['cus-identify-map-everyone']?.done).toBe(true);
    expect(errors).toEqual([]);
  });

  test('an importance and a target chosen before the scripts arrive are kept', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    const hydrate = await openSlowly(page);
    const importance = page.getByRole('combobox', { name: 'How important is “Identify the customer” to you?' });
    const target = page.getByRole('combobox', { name: 'Your target for “Identify the customer”' });
    // The keyboard, as a reader would: selectOption() dispatches untrusted events, which no reader makes.
    await importance.focus();
    await page.keyboard.press('ArrowDown'); // Normal → High
    await target.focus();
    await page.keyboard.press('ArrowDown'); // Routinely → Routinely, and we check it
    await hydrate();

    const stored = () =>
      page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').goals?.['cus-identify'], ANSWERS_KEY);
    await expect.poll(stored).toMatchObject({ importance: 'high', target: 5 });
    await reload(page);
    await expect(importance).toHaveValue('high');
    await expect(target).toHaveValue('5');
    expect(errors).toEqual([]);
  });

  test('with the keyboard only: Tab into the checklist and press Space at once, then rate', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    const hydrate = await openSlowly(page);
    type Focused = { type: string; label: string; legend: string };
    const focused = () =>
      page.evaluate((): Focused => {
        const el = document.activeElement as HTMLInputElement | null;
        return {
          type: el?.type ?? '',
          label: el?.labels?.[0]?.textContent ?? '',
          legend: el?.closest('fieldset')?.querySelector('legend')?.textContent ?? '',
        };
      });
    const tabTo = async (matches: (f: Focused) => boolean) => {
      for (let presses = 0; presses < 300 && !matches(await focused()); presses++) await page.keyboard.press('Tab');
      expect(matches(await focused())).toBe(true);
    };
    await tabTo((f) => f.type === 'checkbox' && f.label.includes(ITEM));
    await page.keyboard.press('Space');
    await tabTo((f) => f.type === 'radio' && f.legend === STATEMENT);
    await page.keyboard.press('Space'); // the first choice of the scale
    await hydrate();

    await expect(progress(page, 1)).toBeVisible();
    await reload(page);
    await expect.poll(() => checkbox(page).isChecked()).toBe(true);
    const choice = statement(page).getByRole('radio', { name: 'Not yet', exact: true });
    await expect.poll(() => choice.isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a box ticked and unticked before hydration ends unticked, though it was stored as done', async ({
    browser,
  }) => {
    const done = {
      version: 1,
      items: { 'cus-identify-map-everyone': { done: true, updatedAt: '2026-11-01T10:00:00.000Z' } },
      statements: {},
    };
    const seeded = seed(ANSWERS_KEY, JSON.stringify(done));
    const { page, context, errors } = await openPage(browser);
    await context.addInitScript(seeded.script, seeded.arg);
    const hydrate = await openSlowly(page);
    await checkbox(page).click();
    await checkbox(page).click();
    await hydrate();

    await expect(progress(page, 0)).toBeVisible();
    await expect.poll(() => checkbox(page).isChecked()).toBe(false);
    await expect.poll(async () => (await stored(page)).items['cus-identify-map-everyone']?.done).toBe(false);
    await reload(page);
    await expect.poll(() => checkbox(page).isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });

  test('a note typed before hydration is kept, trimmed when the reader leaves the field', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    const hydrate = await openSlowly(page);
    const item = page.getByRole('listitem').filter({ has: checkbox(page) });
    await item.getByText('Add a note').click();
    const note = page.getByRole('textbox', { name: `Note on: ${ITEM}` });
    await note.fill('Ask Sam for the supplier list ');
    await hydrate();

    await expect
      .poll(async () => (await stored(page)).items['cus-identify-map-everyone']?.note)
      .toBe('Ask Sam for the supplier list ');
    await expect.poll(() => note.inputValue()).toBe('Ask Sam for the supplier list ');
    await note.press('Tab');
    await expect
      .poll(async () => (await stored(page)).items['cus-identify-map-everyone']?.note)
      .toBe('Ask Sam for the supplier list');
    await reload(page);
    await expect.poll(() => note.inputValue()).toBe('Ask Sam for the supplier list');
    expect(errors).toEqual([]);
  });

  test('what another tab wrote meanwhile is kept: only the controls the reader changed are adopted', async ({
    browser,
  }) => {
    const { page, context, errors } = await openPage(browser);
    const other = watch(context, await context.newPage());
    await other.page.goto(url(CHAPTER));
    await hydrateAll(other.page);

    const hydrate = await openSlowly(page);
    await checkbox(page).click();
    await statement(other.page).getByRole('radio', { name: 'Routinely', exact: true }).check();
    await hydrate();

    await expect(progress(page, 1)).toBeVisible();
    await expect
      .poll(() => statement(page).getByRole('radio', { name: 'Routinely', exact: true }).isChecked())
      .toBe(true);
    const answers = await stored(page);
    expect(answers.items['cus-identify-map-everyone']?.done).toBe(true);
    expect(answers.statements['cus-identify-s-named-owner']?.value).toBe(4);
    await expect.poll(() => checkbox(other.page).isChecked()).toBe(true);
    expect([...errors, ...other.errors]).toEqual([]);
  });

  test('a box the browser ticked by itself (restored form state) is not adopted: the page shows what is stored', async ({
    browser,
  }) => {
    const { page, errors } = await openPage(browser);
    const hydrate = await openSlowly(page);
    // What form restoration does: the state changes without any input event from the reader.
    await checkbox(page).evaluate((box: HTMLInputElement) => (box.checked = true));
    await hydrate();

    await expect(progress(page, 0)).toBeVisible();
    await expect.poll(() => checkbox(page).isChecked()).toBe(false);
    expect((await stored(page)).items?.['cus-identify-map-everyone']).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
