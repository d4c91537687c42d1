/**
 * The results page against the production build: answers given on the chapters
 * appear, the server HTML already has the structure, the share link carries scores
 * only, downloads are well formed, print-to-PDF makes a report, and the page's
 * JavaScript is measured.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Download, Page } from '@playwright/test';
import { parse } from 'yaml';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test, hydrateAll, hydrated, openPage, settled, url } from './support/browser';
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

const card = (page: Page, title: string) => page.getByRole('article', { name: title });
const readDownload = async (download: Download) => readFileSync((await download.path())!, 'utf8');

test.describe('the results page', () => {
  test('without JavaScript the page already shows its sections and “No answers yet”', async ({ browser }) => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(RESULTS));
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
    for (const name of ['Your scores', 'Where to start', 'Your notes', 'History', 'Team view', 'Your data'])
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
      await page.getByRole('group', { name: s.text }).getByRole('radio', { name: 'Strongly disagree' }).check();
    await page.goto(url('frameworks/purpose-centred/customers/'));
    await hydrateAll(page);
    for (const s of purpose.dimensions[5]!.statements)
      await page.getByRole('group', { name: s.text }).getByRole('radio', { name: 'Strongly agree' }).check();
    const item = page.getByRole('checkbox').first();
    await item.check();

    await openResults(page);
    const purposeCard = card(page, 'The Purpose Centred Customer Service Model');
    await expect(purposeCard.getByText('50 out of 100', { exact: true })).toBeVisible();
    await expect(purposeCard.getByText('10 of 30 statements answered. 1 of 48 checklist actions done.')).toBeVisible();
    await expect(purposeCard.getByRole('listitem').filter({ hasText: 'Significance' })).toContainText(
      '0 — Getting started',
    );
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
    await expect(card(page, 'The C.U.S. Framework').getByText('75 out of 100', { exact: true })).toBeVisible();
    const table = page.getByRole('table', { name: 'Scores by framework (out of 100)' });
    await expect(table.getByRole('row', { name: /Identification/ })).toContainText('(3 not applicable)');
    await expect(page.getByText(/You have scores for 4 of 5 frameworks\./)).toBeVisible();
    await expect(page.getByRole('img', { name: 'Radar chart of your scores by framework' })).toBeVisible();
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
    await expect(card(viewer.page, 'The C.U.S. Framework').getByText('75 out of 100', { exact: true })).toBeVisible();
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
      await expect(card(page, 'The C.U.S. Framework').getByText('75 out of 100', { exact: true })).toBeVisible();
      expect(errors).toEqual([]);
    });
});

test.describe('downloads', () => {
  test('the action plan downloads as Markdown and as CSV with owner and due date columns', async ({ browser }) => {
    const { page, errors } = await withAnswers(browser, FULL);
    await openResults(page);
    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download action plan (Markdown)' }).click(),
    ]);
    expect(md.suggestedFilename()).toMatch(/^action-plan-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = await readDownload(md);
    expect(markdown).toContain('| Action | Framework | Owner | Due date | Why | Link |');
    expect(markdown).toContain('Improve: Anyone on our team can say in one sentence why our organisation exists.');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download action plan (CSV)' }).click(),
    ]);
    const text = await readDownload(csv);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('"Action","Framework","Owner","Due date","Why","Link"');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines[1]).toMatch(
      /^"Improve: .*","Purpose Centred","","",".*","http:\/\/127\.0\.0\.1:\d+\/(.*\/)?frameworks\//,
    );
    expect(errors).toEqual([]);
  });

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
    await page.getByRole('radio', { name: 'Strongly agree' }).first().check();
    await openResults(page);
    await expect(page.getByRole('rowheader', { name: /Before training/ }).first()).toBeVisible();
    const diff = page.getByRole('table', { name: 'What changed, by framework and step' });
    await expect(
      diff.getByRole('row', { name: /Four Steps to Customer Excellence/ }).filter({ hasText: 'newly scored' }),
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

/** The text of a PDF, page by page, through pdf.js (no system tools). */
async function pdfText(data: Buffer): Promise<string> {
  const task = getDocument({ data: new Uint8Array(data) });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  await task.destroy();
  return pages.join('\n');
}

test.describe('print', () => {
  test('print-to-PDF makes a clean report with the scores, table, priorities and notes', async ({ browser }) => {
    const { page, errors } = await withAnswers(browser, FULL);
    await openResults(page);
    await expect(card(page, 'The C.U.S. Framework').getByText('75 out of 100', { exact: true })).toBeVisible();
    const text = (await pdfText(await page.pdf({ format: 'A4', printBackground: true }))).replace(/\s+/g, ' ');
    expect(text).toContain('Your results');
    expect(text).toContain('Scores by framework (out of 100)');
    expect(text).toMatch(/C\.U\.S\. 75 Established/);
    expect(text).toContain('The Purpose Centred Customer Service Model 59 out of 100');
    expect(text).toContain('Start with Significance');
    expect(text).toContain('Your priorities');
    expect(text).toContain('Talk about this at the Monday meeting');
    // Controls and the panels about your data stay off the report.
    for (const absent of ['Export answers', 'Erase all answers', 'Team view', 'Create a share link', 'On this page'])
      expect(text).not.toContain(absent);
    expect(errors).toEqual([]);
  });
});

test.describe('weight', () => {
  test('the page loads a measured, bounded amount of JavaScript', async ({ browser }) => {
    const { page, errors } = await withAnswers(browser, FULL);
    const sizes = new Map<string, Promise<number>>();
    // Every request's answer, so that the sum waits for requests still in flight.
    const answered: Promise<unknown>[] = [];
    page.on('request', (request) => answered.push(request.response()));
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' && response.ok())
        sizes.set(
          response.url(),
          response.body().then((body) => gzipSync(body).length),
        );
    });
    await openResults(page);
    await settled(page);
    await Promise.all(answered);
    const scripts = new Map(await Promise.all([...sizes].map(async ([u, n]) => [u, await n] as const)));
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    console.log(
      `results page JS: ${scripts.size} files, ${(total / 1024).toFixed(1)} KB gzipped\n` +
        [...scripts].map(([u, n]) => `  ${(n / 1024).toFixed(1)} KB  ${new URL(u).pathname}`).join('\n'),
    );
    const island = [...scripts].find(([u]) => /\/Results\.[\w-]+\.js$/.test(u));
    expect(island, 'the results island is loaded').toBeDefined();
    // Budgets: the island itself, and everything the page loads (React, Starlight's scripts, shared chunks).
    expect(island![1]).toBeLessThan(25 * 1024);
    expect(total).toBeLessThan(130 * 1024);
    expect(errors).toEqual([]);
  });
});
