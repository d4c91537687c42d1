/**
 * Keyboard only: a reader who cannot use a mouse completes a whole assessment on a
 * chapter with Tab and the arrow keys, sees the score, and reaches Your results,
 * which shows it. And wherever the keyboard focus goes, it can be seen.
 */
import type { Page } from '@playwright/test';
import { expect, test, openPage, url, hydrateAll } from './support/browser';
import { builtPages } from './support/built-pages';

const CHAPTER = 'frameworks/cus/identify-the-customer/';
/** Enough presses to cross the longest page; a loop that reaches it has lost its way. */
const MAX_PRESSES = 400;

interface Focused {
  tag: string;
  type: string;
  /** Accessible-ish name: label text, aria-label or text content. */
  name: string;
  /** The legend of the fieldset the element is in, if any. */
  legend: string;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', type: '', name: '', legend: '' };
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? '';
    return {
      tag: el.localName,
      type: input.type ?? '',
      name: (el.getAttribute('aria-label') ?? (label || el.textContent) ?? '').trim().replace(/\s+/g, ' '),
      legend: el.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '',
    };
  });

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after MAX_PRESSES. */
async function tabUntil(page: Page, match: (f: Focused) => boolean, key = 'Tab'): Promise<Focused> {
  for (let i = 0; i < MAX_PRESSES; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (match(now)) return now;
  }
  throw new Error(`Pressed ${key} ${MAX_PRESSES} times without reaching the element.`);
}

test.describe('keyboard only', () => {
  test('a whole assessment can be completed with the keyboard, and Your results shows its score', async ({
    browser,
  }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url(CHAPTER));
    const assessment = page.getByRole('region', { name: /^Rate yourself/ });
    const statements = assessment.getByRole('group').filter({ has: page.getByRole('radio') });
    const legends = await statements.evaluateAll((groups) =>
      groups.map((g) => g.querySelector('legend')?.textContent?.trim() ?? ''),
    );
    expect(legends.length).toBeGreaterThanOrEqual(3);

    // The skip link leads into the content; from there, Tab reaches each statement in turn.
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'a', name: 'Skip to content' });
    await page.keyboard.press('Enter');

    for (const legend of legends) {
      const first = await tabUntil(page, (f) => f.type === 'radio' && f.legend === legend);
      expect(first.name).toMatch(/^Not yet/); // the level, then what it means
      // Focus brought the island into view; let it come to life before answering.
      await page.waitForFunction(() => !document.activeElement?.closest('astro-island[ssr]'));
      // Arrow keys move through a radio group and choose as they go: three steps right is "Routinely".
      for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => focused(page))
        .toMatchObject({
          type: 'radio',
          name: expect.stringMatching(/^Routinely(?!, and)/),
          legend,
        });
      await expect(
        assessment.getByRole('group', { name: legend }).getByRole('radio', { name: 'Routinely', exact: true }),
      ).toBeChecked();
    }
    await expect(assessment.getByText('75 out of 100')).toBeVisible();
    await expect(assessment.getByText(`${legends.length} of ${legends.length} answered`)).toBeVisible();

    // Back up to the site navigation and follow "Your results".
    await tabUntil(page, (f) => f.tag === 'a' && f.name === 'Your results', 'Shift+Tab');
    await Promise.all([page.waitForURL(url('results/')), page.keyboard.press('Enter')]);
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
    await hydrateAll(page);
    const cus = page.getByRole('table', { name: /Scores by framework/ }).getByRole('row', { name: /C\.U\.S\./ });
    await expect(cus.getByRole('cell', { name: '75', exact: true })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

/** Pages whose every control is visited: a reading page, a chapter with islands, search, results. */
const FOCUS_PAGES = ['', CHAPTER, 'search/', 'results/'];

test.describe('focus is always visible', () => {
  test('the pages under test exist in the build', () => {
    const built = new Set(builtPages().map((p) => p.path));
    expect(FOCUS_PAGES.filter((p) => !built.has(p))).toEqual([]);
  });

  for (const [_, path] of FOCUS_PAGES.map((p) => [p || '/', p] as const))
    test(`on ${_}, every element Tab reaches shows where the focus is`, async ({ browser }) => {
      const { page, errors } = await openPage(browser);
      await page.goto(url(path));
      await hydrateAll(page);
      const invisible: string[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < MAX_PRESSES; i++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const path: string[] = [];
          for (let e: Element | null = el; e && e !== document.body; e = e.parentElement)
            path.unshift(`${e.localName}:${[...(e.parentElement?.children ?? [])].indexOf(e)}`);
          const style = getComputedStyle(el);
          const outline =
            style.outlineStyle !== 'none' &&
            parseFloat(style.outlineWidth) >= 2 &&
            !/^(transparent|rgba\(.*,\s*0\))$/.test(style.outlineColor);
          // A ring drawn with box-shadow counts only if it is not there without focus.
          const focusedShadow = style.boxShadow;
          el.blur();
          const ring = focusedShadow !== 'none' && getComputedStyle(el).boxShadow !== focusedShadow;
          el.focus({ preventScroll: true });
          const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50);
          return { key: path.join('/'), visible: outline || ring, what: `<${el.localName}> ${label}` };
        });
        if (!state) continue;
        if (seen.has(state.key)) break; // back at the start: every element has had its turn
        seen.add(state.key);
        if (!state.visible) invisible.push(state.what);
      }
      expect(seen.size).toBeGreaterThan(5);
      expect(invisible).toEqual([]);
      expect(errors).toEqual([]);
    });
});
