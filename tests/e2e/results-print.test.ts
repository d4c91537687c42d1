/**
 * Print: the one-page A4 summary (at a glance, next steps, the plan) and the full
 * report, each printed to PDF by Chromium and read back with pdf.js. The buttons are
 * pressed as a reader would; only the browser's print dialog is left out.
 */
import type { Browser, Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readAnswers } from '~/lib/answers-read';
import { nextSteps } from '~/lib/results/action-plan';
import { aggregate } from '~/lib/results/aggregate';
import { outline } from '~/lib/results/manifest';
import { priorities } from '~/lib/results/priorities';
import { realManifest } from '../unit/support/results-manifest';
import { expect, test, hydrated, openPage, url } from './support/browser';
import { scoreCell } from './support/results';
import { ANSWERS_KEY, fixture, seed } from './support/storage';

const FULL = fixture('results/answers-full.json');
const manifest = realManifest();
const read = readAnswers(JSON.parse(FULL));
if (!read.ok) throw new Error(read.message);
const results = aggregate(outline(manifest), read.answers);
const steps = nextSteps(priorities(manifest, read.answers));

/** Every page's text, and how many pages. */
async function readPdf(data: Buffer): Promise<{ pages: number; text: string }> {
  const task = getDocument({ data: new Uint8Array(data) });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  await task.destroy();
  return { pages: doc.numPages, text: pages.join('\n').replace(/\s+/g, ' ') };
}

/** The results page with the full answers and one action in the plan, owned and dated. */
async function withPlan(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  const { script, arg } = seed(ANSWERS_KEY, FULL);
  await context.addInitScript(script, arg);
  // The print dialog itself is the browser's; the test prints with page.pdf instead.
  await context.addInitScript(() => {
    window.print = () => window.dispatchEvent(new Event('beforeprint'));
  });
  await page.goto(url('results/'));
  await hydrated(page);
  await expect(scoreCell(page, results[0]!.shortTitle, String(results[0]!.score))).toBeVisible();
  await page.getByRole('list', { name: 'Top three priorities' }).getByRole('button').first().click();
  await page.getByRole('group', { name: steps[0]!.what }).getByLabel('Owner').fill('Sam');
  return { page, errors };
}

const printed = (page: Page) => page.pdf({ format: 'A4', printBackground: true }).then(readPdf);

test.describe('print', () => {
  test('the one-page summary: at a glance, the top three and the plan, on one A4 page', async ({ browser }) => {
    const { page, errors } = await withPlan(browser);
    await page.getByRole('button', { name: 'One-page summary' }).click();
    const { pages, text } = await printed(page);
    expect(pages).toBe(1);
    expect(text).toContain('How you are doing');
    for (const f of results) expect(text).toContain(`${f.shortTitle} ${f.score ?? '—'}`);
    for (const step of steps) expect(text).toContain(step.what);
    expect(text).toContain('Your action plan');
    expect(text).toMatch(new RegExp(`${steps[0]!.what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} Sam To do`));
    for (const absent of [
      'Every step at a glance',
      'Your priorities',
      'Across frameworks',
      'Export answers',
      'Add to plan',
    ])
      expect(text).not.toContain(absent);
    expect(errors).toEqual([]);
  });

  test('the full report: scores, heat map, priorities, plan, notes and history; no controls', async ({ browser }) => {
    const { page, errors } = await withPlan(browser);
    await page.getByRole('button', { name: 'Full report' }).click();
    const { pages, text } = await printed(page);
    expect(pages).toBeGreaterThan(1);
    for (const present of [
      'Your results',
      'How you are doing',
      'Every step at a glance',
      'Start with Significance',
      'Your priorities',
      'Your action plan',
      'Talk about this at the Monday meeting',
      'Across frameworks',
      'Framework Step Score', // a crosswalk table, folded on screen, printed open
    ])
      expect(text).toContain(present);
    for (const absent of ['Import answers', 'Erase all answers', 'Team view', 'Create a share link', 'On this page'])
      expect(text).not.toContain(absent);
    expect(errors).toEqual([]);
  });

  test("the browser's own Print prints the full report with folded details open, then folds them again", async ({
    browser,
  }) => {
    const { page, errors } = await withPlan(browser);
    const steps = page.getByText(/^The steps and answers behind/).first();
    const table = page.getByRole('table', { name: /: steps and scores$/ }).first();
    await expect(steps).toBeVisible();
    await expect(table).toBeHidden();
    // What Ctrl+P or the browser's menu does before printing: no button of the page is involved.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(table).toBeVisible();
    const { text } = await printed(page);
    expect(text).toContain('Framework Step Score');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(table).toBeHidden();
    expect(errors).toEqual([]);
  });
});
