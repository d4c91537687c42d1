/**
 * The results dashboard against the production build, with the full-answers fixture,
 * at a desktop (1280 × 800) and a phone (390 × 844) size: the first screen answers
 * "how are we doing" and "what next", nothing is wider than the screen, chart text
 * is readable, and axe finds nothing. Expectations are worked out from the fixture
 * with the same library functions the page uses, never typed in.
 */
import type { Browser, Page } from '@playwright/test';
import { readAnswers } from '~/lib/answers-read';
import { nextSteps } from '~/lib/results/action-plan';
import { aggregate } from '~/lib/results/aggregate';
import { outline } from '~/lib/results/manifest';
import { priorities } from '~/lib/results/priorities';
import { realManifest } from '../unit/support/results-manifest';
import { axeViolations } from './support/axe';
import { expect, test, hydrated, openPage, url } from './support/browser';
import { scoreCell } from './support/results';
import { ANSWERS_KEY, fixture, seed } from './support/storage';

const FULL = fixture('results/answers-full.json');
const manifest = realManifest();
const answers = (() => {
  const read = readAnswers(JSON.parse(FULL));
  if (!read.ok) throw new Error(read.message);
  return read.answers;
})();
const results = aggregate(outline(manifest), answers);
const steps = nextSteps(priorities(manifest, answers));

/** A page of the given size whose storage holds the full answers and one snapshot of them. */
async function dashboard(
  browser: Browser,
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark' = 'light',
) {
  const watched = await openPage(browser, { viewport, colorScheme });
  const { script, arg } = seed(ANSWERS_KEY, FULL);
  await watched.context.addInitScript(script, arg);
  const { page } = watched;
  await page.goto(url('results/'));
  await hydrated(page);
  // A snapshot brings the "since" column and the trend charts (the only SVG on the page).
  await page.getByRole('button', { name: 'Save a snapshot' }).click();
  await expect(page.getByText('Snapshot saved.')).toBeVisible();
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('img', { name: /over time/ }).first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  return watched;
}

const bottom = async (page: Page, locator: ReturnType<Page['locator']>) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box.y + box.height;
};

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])
  test.describe(`the dashboard at ${viewport.width} × ${viewport.height}`, () => {
    test('the first screen shows every framework’s score and the top three priorities, each with its link', async ({
      browser,
    }) => {
      const { page, errors, context } = await dashboard(browser, viewport);
      const glance = page.getByRole('table', { name: 'Scores by framework (out of 100)' });
      for (const f of results)
        await expect(scoreCell(page, f.shortTitle, f.score === null ? '—' : String(f.score))).toBeVisible();
      expect(await bottom(page, glance)).toBeLessThanOrEqual(viewport.height);
      await expect(glance.getByRole('columnheader', { name: /^Since / })).toHaveCount(1);

      const next = page.getByRole('list', { name: 'Top three priorities' }).getByRole('listitem');
      expect(steps).toHaveLength(3);
      await expect(next).toHaveCount(3);
      for (const [i, step] of steps.entries()) {
        const link = next.nth(i).getByRole('link', { name: step.what });
        await expect(link).toHaveAttribute('href', step.helpHref);
      }
      expect(await bottom(page, next.nth(2))).toBeLessThanOrEqual(viewport.height);
      expect(errors).toEqual([]);
      await context.close();
    });

    test('nothing is wider than the screen, and every chart text is at least 12 px', async ({ browser }) => {
      const { page, errors, context } = await dashboard(browser, viewport);
      const measured = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return (
              r.width > 0 && (r.right > width + 0.5 || r.left < -0.5) && !e.closest('[aria-hidden="true"], .sr-only')
            );
          })
          .map((e) => `${e.tagName.toLowerCase()} ${e.textContent?.slice(0, 40)}`);
        const texts = [...document.querySelectorAll('svg text')].map((t) => {
          const scale = (t as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
          return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale };
        });
        return { wide, texts, scrollWidth: document.documentElement.scrollWidth, width };
      });
      expect(measured.wide).toEqual([]);
      expect(measured.scrollWidth).toBe(measured.width);
      expect(measured.texts.length).toBeGreaterThan(0);
      expect(measured.texts.filter((t) => t.px < 12)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });

    for (const colorScheme of ['light', 'dark'] as const)
      test(`axe finds nothing on the dashboard (${colorScheme} theme)`, async ({ browser }) => {
        const { page, errors, context } = await dashboard(browser, viewport, colorScheme);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });
  });

test.describe('sections', () => {
  test('each section has its own address, and the section menu leads to it', async ({ browser }) => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(url('results/'));
    await hydrated(page);
    const menu = page.getByRole('navigation', { name: 'Sections of your results' });
    for (const name of ['Overview', 'Priorities and plan', 'Across frameworks', 'History', 'Team', 'Your data']) {
      const link = menu.getByRole('link', { name, exact: true });
      const target = (await link.getAttribute('href'))!;
      await link.click();
      await page.waitForURL((u) => u.hash === target);
      const heading = page.getByRole('heading', { level: 2, name, exact: true });
      await expect(heading).toHaveAttribute('id', target.slice(1));
    }
    await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
