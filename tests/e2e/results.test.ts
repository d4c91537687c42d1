/**
 * The results page against the production build: answers given on the chapters
 * appear, the server HTML already has the structure, the share link carries scores
 * only, downloads are well formed, print-to-PDF makes a report, and the page's
 * JavaScript is measured.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from '@playwright/test';
import { parse } from 'yaml';
import { FULL_CUS_SCORE, heatCell, heatRow, scoreCell } from './support/results';
import { expect, test, hydrateAll, hydrated, openPage, url } from './support/browser';
import { ANSWERS_KEY, fixture, seed } from './support/storage';

const RESULTS = 'results/';
const FULL = fixture('results/answers-full.json');
const purpose = parse(readFileSync('content/assessments/purpose.yaml', 'utf8')) as {
  dimensions: { id: string; statements: { text: string }[] }[];
};

/** A fresh browser whose storage holds `answers` (the real storage format) before the first page loads. */
async function withAnswers(browser: Browser, raw: string) {
  const watched = await openPage(browser);
  const { script, arg } = seed(ANSWERS_KEY, raw);
  await watched.context.addInitScript(script, arg);
  return watched;
}

async function openResults(page: Page, hash = '') {
  await page.goto(url(RESULTS) + hash);
  await hydrated(page);
}

const readDownload = async (download: Download) => readFileSync((await download.path())!, 'utf8');

test.describe('the results page', () => {
  test('without JavaScript the page already shows its sections and “No answers yet”', async ({ browser }) => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(RESULTS));
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
    for (const name of ['Overview', 'Priorities and plan', 'Across frameworks', 'History', 'Team', 'Your data'])
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    await expect(page.getByText(/^No answers yet\. Rate yourself/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Scores by framework (out of 100)' })).toBeVisible();
    await context.close();
  });

  test('answers given on a chapter appear on the results page', async ({ browser }) => {
    const { page, errors, foreignRequests } = await openPage(browser);
    await page.goto(url('frameworks/purpose-centred/significance/'));
    await hydrateAll(page);
    for (const s of purpose.dimensions[0]!.statements)
      await page.getByRole('group', { name: s.text }).getByRole('radio', { name: 'Not yet', exact: true }).check();
    await page.goto(url('frameworks/purpose-centred/customers/'));
    await hydrateAll(page);
    for (const s of purpose.dimensions[5]!.statements)
      await page
        .getByRole('group', { name: s.text })
        .getByRole('radio', { name: 'Routinely, and we check it' })
        .check();
    const item = page.getByRole('checkbox').first();
    await item.check();

    await openResults(page);
    const answered = purpose.dimensions[0]!.statements.length + purpose.dimensions[5]!.statements.length;
    const total = purpose.dimensions.flatMap((d) => d.statements).length;
    await expect(scoreCell(page, 'Purpose Centred', '50')).toBeVisible();
    await expect(
      heatRow(page, 'Purpose Centred').getByText(
        new RegExp(`^${answered} of ${total} answered; 1 of \\d+ actions done$`),
      ),
    ).toBeVisible();
    await expect(heatCell(page, 'Purpose Centred', 'Significance').getByText('Getting started')).toBeVisible();
    await expect(heatCell(page, 'Purpose Centred', 'Significance')).toHaveText(/^Significance0/);
    await expect(page.getByText('Start with Significance (0 out of 100): it is the lowest weak level.')).toBeVisible();
    await expect(page.getByText(/Warning: Customers \(100\) scores well above Significance \(0\)/)).toBeVisible();
    const weakest = page.getByRole('list', { name: 'Weakest statements' }).getByRole('listitem');
    await expect(weakest.nth(4)).toBeVisible();
    await expect(weakest).toHaveCount(5);
    await expect(weakest.first().getByRole('link', { name: 'How to improve this' })).toHaveAttribute(
      'href',
      /^\/(.*\/)?frameworks\/purpose-centred\/significance\/#/,
    );
    await expect(weakest.first().getByRole('link', { name: 'Search related guidance' })).toHaveAttribute(
      'href',
      /\/search\/\?q=/,
    );
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('stored answers show after a reload, hydrating without a warning', async ({ browser }) => {
    const { page, errors } = await withAnswers(browser, FULL);
    await openResults(page);
    await page.reload();
    await hydrated(page);
    await expect(scoreCell(page, 'C.U.S.', FULL_CUS_SCORE)).toBeVisible();
    await expect(heatRow(page, 'Identification').getByText(/\(3 not applicable\)/)).toBeVisible();
    await expect(page.getByText(/You have scores for 4 of 5 frameworks\./)).toBeVisible();
    await expect(page.getByRole('table', { name: /^Every step at a glance/ })).toBeVisible();
    await expect(page.getByText('Talk about this at the Monday meeting')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('sharing', () => {
  test('a share link carries scores only and opens a read-only view in another browser', async ({ browser }) => {
    const { page, errors } = await withAnswers(browser, FULL);
    await openResults(page);
    await page.getByRole('button', { name: 'Create a share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    const fragment = new URL(link).hash;
    expect(fragment).toMatch(/^#share=[A-Za-z0-9_-]{20,60}$/);
    expect(decodeURIComponent(link)).not.toMatch(/Monday|quotes|note/i);

    const viewer = await openPage(browser); // no answers of its own
    const requested: string[] = [];
    viewer.page.on('request', (r) => requested.push(r.url()));
    await viewer.page.goto(link);
    await hydrated(viewer.page);
    await expect(viewer.page.getByText('Shared results, read only.')).toBeVisible();
    await expect(scoreCell(viewer.page, 'C.U.S.', FULL_CUS_SCORE)).toBeVisible();
    await expect(viewer.page.getByText('Start with Significance (15 out of 100)', { exact: false })).toBeVisible();
    // Read only: nothing to import, erase or save, and no notes.
    for (const name of ['Import answers', 'Erase all answers', 'Save a snapshot', 'Create a share link'])
      await expect(viewer.page.getByRole('button', { name })).toHaveCount(0);
    await expect(viewer.page.getByText('Talk about this at the Monday meeting')).toHaveCount(0);
    // The code stays in the fragment: no request, to this site or any other, carries it.
    const code = fragment.slice('#share='.length);
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((r) => r.includes(code))).toEqual([]);
    expect(viewer.foreignRequests).toEqual([]);

    await viewer.page.getByRole('button', { name: 'Show my own results' }).click();
    await expect(viewer.page.getByText(/^No answers yet\. Rate yourself on the chapters/)).toBeVisible();
    expect(new URL(viewer.page.url()).hash).toBe('');
    expect(errors).toEqual([]);
    expect(viewer.errors).toEqual([]);
  });

  for (const [_, hash] of [
    ['a made-up code', '#share=not-a-real-code'],
    ['characters outside the code alphabet', '#share=%%%'],
    ['a huge fragment', '#share=' + 'A'.repeat(900)],
    ['an empty code', '#share='],
  ])
    test(`a garbage fragment (${_}) is refused with a message and your own results show`, async ({ browser }) => {
      const { page, errors } = await withAnswers(browser, FULL);
      await openResults(page, hash);
      const alert = page.getByRole('alert').filter({ hasText: 'This share link cannot be opened.' });
      await expect(alert).toBeVisible();
      await expect(page.getByText('Shared results, read only.')).toHaveCount(0);
      await expect(scoreCell(page, 'C.U.S.', FULL_CUS_SCORE)).toBeVisible();
      expect(errors).toEqual([]);
    });
});

test.describe('downloads', () => {
  test('the next check-in downloads as an .ics file 90 days out', async ({ browser }) => {
    const { page, errors } = await withAnswers(browser, FULL);
    await openResults(page);
    const date = page.getByLabel('Date of your next check-in');
    // Filled in after hydration, in the reader's own time zone.
    await page.waitForFunction((input) => (input as HTMLInputElement).value !== '', await date.elementHandle());
    const expected = await page.evaluate(() => {
      const d = new Date();
      const day = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 90);
      return `${day.getFullYear()}${String(day.getMonth() + 1).padStart(2, '0')}${String(day.getDate()).padStart(2, '0')}`;
    });
    await expect(date).toHaveValue(`${expected.slice(0, 4)}-${expected.slice(4, 6)}-${expected.slice(6)}`);
    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a reminder (.ics)' }).click(),
    ]);
    const text = await readDownload(ics);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain(`\r\nDTSTART;VALUE=DATE:${expected}\r\n`);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(errors).toEqual([]);
  });
});

test.describe('history', () => {
  test('snapshots are saved, listed, compared and drawn as a trend, and survive a reload', async ({ browser }) => {
    const { page, errors } = await withAnswers(browser, FULL);
    await openResults(page);
    await page.getByLabel('Name for the snapshot (optional)').fill('Before training');
    await page.getByRole('button', { name: 'Save a snapshot' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Snapshot saved.' })).toBeVisible();

    // Change an answer on a chapter, then compare the snapshot with now.
    await page.goto(url('frameworks/four-steps/measurement/'));
    await hydrateAll(page);
    await page.getByRole('radio', { name: 'Routinely, and we check it' }).first().check();
    await openResults(page);
    await expect(page.getByRole('rowheader', { name: /Before training/ }).first()).toBeVisible();
    const diff = page.getByRole('table', { name: 'What changed, by framework and step' });
    await expect(
      diff.getByRole('row', { name: /Four Steps to Customer Service/ }).filter({ hasText: 'newly scored' }),
    ).toBeVisible();
    await expect(diff.getByRole('row', { name: /Measurement/ })).toHaveText(/—100newly scored/);
    await expect(page.getByText('1 rating and 0 checklist ticks changed between these two.')).toBeVisible();

    await page.getByRole('button', { name: 'Save a snapshot' }).click();
    await page.reload();
    await hydrated(page);
    const trend = page.getByRole('table', { name: 'Overall score at each snapshot' });
    await expect(trend.getByRole('row').nth(2)).toBeVisible();
    await expect(trend.getByRole('row')).toHaveCount(3); // header and two snapshots
    await expect(page.getByRole('img', { name: /^Four steps over time: no score on .*, 100 on / })).toBeVisible();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('playbook:v1:snapshots')!));
    expect(stored.version).toBe(1);
    expect(stored.snapshots).toHaveLength(2);
    expect(errors).toEqual([]);
  });
});
