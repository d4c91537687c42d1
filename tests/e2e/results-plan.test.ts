/**
 * The action plan that is kept: added from the results page and from a chapter,
 * edited, completed, kept over a reload, carried through export → erase → import,
 * and downloaded as CSV and .ics that real parsers read.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Download, Locator, Page } from '@playwright/test';
import { readAnswers } from '~/lib/answers-read';
import { nextSteps } from '~/lib/results/action-plan';
import { priorities } from '~/lib/results/priorities';
import { realManifest } from '../unit/support/results-manifest';
import { expect, test, hydrateAll, hydrated, openPage, url } from './support/browser';
import { ANSWERS_KEY, fixture, seed } from './support/storage';

const FULL = fixture('results/answers-full.json');
const manifest = realManifest();
const read = readAnswers(JSON.parse(FULL));
if (!read.ok) throw new Error(read.message);
const [first, second] = nextSteps(priorities(manifest, read.answers));
/** The chapter that teaches the second priority's statement. */
const chapter = manifest.frameworks
  .flatMap((f) => f.dimensions)
  .find((d) => d.statements.some((s) => s.id === second!.id))!.chapterHref;

const readDownload = async (download: Download) => readFileSync((await download.path())!, 'utf8');
const downloadOf = async (page: Page, button: Locator) =>
  (await Promise.all([page.waitForEvent('download'), button.click()]))[0];
const plan = (page: Page) => page.getByRole('list', { name: 'Actions in your plan' });
const action = (page: Page, what: string) => plan(page).getByRole('group', { name: what });

test.describe('the action plan', () => {
  test('added from results and a chapter, edited, completed, reloaded, exported, erased and imported', async ({
    browser,
  }) => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    const { script, arg } = seed(ANSWERS_KEY, FULL);
    await context.addInitScript(script, arg);
    await page.goto(url('results/'));
    await hydrated(page);

    // From the first screen.
    const top = page.getByRole('list', { name: 'Top three priorities' });
    await top.getByRole('button', { name: `Add to plan: ${first!.what}` }).click();
    await expect(top.getByText('In your plan: no owner yet, no due date')).toBeVisible();

    // From the chapter's weakest statements, where the first one already says it is in the plan.
    await page.goto(url(chapter.replace(/^\//, '')));
    await hydrateAll(page);
    const item = page.getByRole('listitem').filter({ hasText: second!.what });
    await item.getByRole('button', { name: /^Add to plan/ }).click();
    await expect(item.getByText('In your plan: no owner yet, no due date')).toBeVisible();
    await item.getByRole('link', { name: 'See your plan' }).click();
    await hydrated(page);
    await expect(plan(page).getByRole('listitem')).toHaveCount(2);

    // Edit and complete.
    const one = action(page, first!.what);
    await one.getByLabel('Owner').fill('Sam');
    await one.getByLabel('Due date').fill('2027-01-15');
    await one.getByLabel('Status').selectOption({ label: 'Doing' });
    await one.getByLabel('Note').fill('Start at Monday’s meeting');
    await expect(top.getByText('In your plan: Sam, due 15 Jan 2027 (doing)')).toBeVisible();
    await action(page, second!.what).getByLabel('Due date').fill('2027-02-01');
    await one.getByLabel('Status').selectOption({ label: 'Done' });
    await expect(page.getByText('1 of 2 actions done.')).toBeVisible();

    await page.reload();
    await hydrated(page);
    await expect(page.getByText('1 of 2 actions done.')).toBeVisible();
    await expect(action(page, first!.what).getByLabel('Owner')).toHaveValue('Sam');
    await expect(action(page, first!.what).getByLabel('Note')).toHaveValue('Start at Monday’s meeting');

    // CSV and .ics, read by parsers.
    const csv = Papa.parse<Record<string, string>>(
      await readDownload(await downloadOf(page, page.getByRole('button', { name: 'Download plan (CSV)' }))),
      { header: true, skipEmptyLines: true },
    );
    expect(csv.errors).toEqual([]);
    expect(csv.data.map((r) => [r.Action, r.Owner, r['Due date'], r.Status])).toEqual([
      [first!.what, 'Sam', '2027-01-15', 'Done'],
      [second!.what, '', '2027-02-01', 'To do'],
    ]);
    const ics = await readDownload(
      await downloadOf(page, page.getByRole('button', { name: 'Add due dates to your calendar (.ics)' })),
    );
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([[`Due: ${second!.what}`, '2027-02-01']]);

    // Export → erase → import.
    const exported = readFileSync(
      (await (await downloadOf(page, page.getByRole('button', { name: 'Export answers' }))).path())!,
    );
    expect(JSON.parse(exported.toString('utf8')).plan.actions).toHaveLength(2);
    await page.getByRole('button', { name: 'Erase all answers' }).click();
    await page
      .getByRole('group', { name: 'Confirm erase' })
      .getByRole('button', { name: 'Yes, erase everything' })
      .click();
    await expect(page.getByText('Nothing in your plan yet.', { exact: false })).toBeVisible();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import answers' }).click(),
    ]);
    await chooser.setFiles({ name: 'answers.json', mimeType: 'application/json', buffer: exported });
    await page
      .getByRole('group', { name: 'Import preview' })
      .getByRole('button', { name: 'Replace my answers' })
      .click();
    await expect(page.getByText('1 of 2 actions done.')).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(action(page, first!.what).getByLabel('Owner')).toHaveValue('Sam');
    await expect(action(page, second!.what).getByLabel('Due date')).toHaveValue('2027-02-01');
    expect(errors).toEqual([]);
    await context.close();
  });
});
