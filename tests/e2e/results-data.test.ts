/**
 * "Your data" on the results page: export → erase → import restores every answer;
 * bad files are refused with a message and change nothing; erase touches only the
 * playbook's keys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { fullCounts, FULL_CUS_SCORE, scoreCell } from './support/results';
import { expect, test, hydrated, openPage, url } from './support/browser';
import { ANSWERS_KEY, blockStorage, fixture, seed } from './support/storage';

const FULL = fixture('results/answers-full.json');
const IMPORTS = new URL('../fixtures/imports/', import.meta.url);
/** Fixture files the tests have read, so a bad file added to the folder without a test is noticed. */
const fixturesRead = new Set<string>();
const importFixture = (name: string) => {
  fixturesRead.add(name);
  return readFileSync(new URL(name, IMPORTS));
};

async function withAnswers(browser: Browser, raw: string, extra: Record<string, string> = {}) {
  const watched = await openPage(browser);
  const { script, arg } = seed(ANSWERS_KEY, raw);
  await watched.context.addInitScript(script, arg);
  for (const [key, value] of Object.entries(extra)) {
    const more = seed(key, value);
    await watched.context.addInitScript(more.script, more.arg);
  }
  await watched.page.goto(url('results/'));
  await hydrated(watched.page);
  return watched;
}

/** Every key and value in this origin's localStorage. */
const storedAll = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

/** Chooses a file through the "Import answers" button, as a reader would. */
async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import answers' }).click(),
  ]);
  await chooser.setFiles(file);
}

test.describe('export, erase and import', () => {
  test('export → erase → import restores every answer, note and snapshot', async ({ browser }) => {
    const { page, errors, foreignRequests } = await withAnswers(browser, FULL);
    await expect(page.getByText(`You have ${fullCounts(0)}.`)).toBeVisible();
    await page.getByRole('button', { name: 'Save a snapshot' }).click();
    await expect(page.getByText(`You have ${fullCounts(1)}.`)).toBeVisible();
    const before = await storedAll(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export answers' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^playbook-answers-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!);
    const file = JSON.parse(exported.toString('utf8'));
    expect(file).toMatchObject({ format: 'customer-service-playbook/answers', version: 1 });
    expect(file.answers).toEqual(JSON.parse(FULL));

    await page.getByRole('button', { name: 'Erase all answers' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm erase' });
    await confirm.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect(page.getByText('Everything the playbook stored in this browser is erased.')).toBeVisible();
    expect(Object.keys(await storedAll(page)).filter((k) => k.startsWith('playbook:'))).toEqual([]);
    await expect(page.getByText(/^No answers yet\. Rate yourself/)).toBeVisible();
    await expect(page.getByText('Nothing is stored by the playbook in this browser.')).toBeVisible();

    await importFile(page, { name: 'my-answers.json', mimeType: 'application/json', buffer: exported });
    const preview = page.getByRole('group', { name: 'Import preview' });
    await expect(preview.getByText(new RegExp(`holds ${fullCounts(1)}\\.`))).toBeVisible();
    await preview.getByRole('button', { name: 'Replace my answers' }).click();
    await expect(page.getByText(new RegExp(`^Replaced your answers with ${fullCounts(1)}`))).toBeVisible();

    const after = await storedAll(page);
    expect(JSON.parse(after[ANSWERS_KEY]!)).toEqual(JSON.parse(before[ANSWERS_KEY]!));
    expect(JSON.parse(after['playbook:v1:snapshots']!)).toEqual(JSON.parse(before['playbook:v1:snapshots']!));

    await page.reload();
    await hydrated(page);
    await expect(scoreCell(page, 'C.U.S.', FULL_CUS_SCORE)).toBeVisible();
    await expect(page.getByText('Talk about this at the Monday meeting')).toBeVisible();
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('merge keeps your answers and adds the file’s; an earlier-format file’s ratings are kept apart; undo', async ({
    browser,
  }) => {
    const mine = {
      version: 2,
      items: {},
      statements: { 'cus-identify-s-named-owner': { value: 4, updatedAt: '2026-11-20T09:00:00.000Z' } },
    };
    const { page, errors } = await withAnswers(browser, JSON.stringify(mine));
    const before = await storedAll(page);
    await importFile(page, {
      name: 'colleague.json',
      mimeType: 'application/json',
      buffer: importFixture('valid-export.json'),
    });
    const preview = page.getByRole('group', { name: 'Import preview' });
    // The file is from the agree/disagree edition: its ratings are earlier answers, not ratings on the new scale.
    await expect(
      preview.getByText(/exported on 2 Oct 2026, .* holds 1 tick, 0 ratings, 2 notes and 1 snapshot\./),
    ).toBeVisible();
    await preview.getByRole('button', { name: 'Merge with my answers' }).click();
    await expect(
      page.getByText(/^Merged in 1 tick, 0 ratings, 2 notes and 1 snapshot from colleague\.json\./),
    ).toBeVisible();
    const merged = JSON.parse((await storedAll(page))[ANSWERS_KEY]!);
    expect(merged.version).toBe(2);
    expect(merged.statements['cus-identify-s-named-owner'].value).toBe(4);
    // What only the file has is added: its ratings kept as they were, its note on its statement.
    expect(merged.legacy['assessments-v1'].statements['cus-identify-s-named-owner'].value).toBe(2);
    expect(merged.legacy['assessments-v1'].statements['purpose-significance-s-say-purpose-sentence'].value).toBe(5);
    expect(merged.statements['purpose-significance-s-say-purpose-sentence']).toMatchObject({
      note: 'Everyone knows it',
    });
    expect(merged.items['cus-identify-map-everyone']).toMatchObject({ done: true, note: 'Mapped with Sam' });
    await expect(page.getByText('You have 1 tick, 1 rating, 2 notes and 1 snapshot.')).toBeVisible();

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Undone: your previous answers are back.')).toBeVisible();
    expect(JSON.parse((await storedAll(page))[ANSWERS_KEY]!)).toEqual(JSON.parse(before[ANSWERS_KEY]!));
    expect(errors).toEqual([]);
  });

  test('erase asks first, and removes only keys starting with playbook:', async ({ browser }) => {
    const { page, errors } = await withAnswers(browser, FULL, {
      'other-app:settings': '{"dark":true}',
      'playbook:backup:v1:answers:2026-01-01T00:00:00.000Z': '{"broken"',
    });
    await expect(page.getByRole('cell', { name: 'playbook:backup:v1:answers:2026-01-01T00:00:00.000Z' })).toBeVisible();
    await page.getByRole('button', { name: 'Erase all answers' }).click();
    await page.getByRole('group', { name: 'Confirm erase' }).getByRole('button', { name: 'Cancel' }).click();
    expect(Object.keys(await storedAll(page))).toContain(ANSWERS_KEY);

    const others = Object.fromEntries(
      Object.entries(await storedAll(page)).filter(([key]) => !key.startsWith('playbook:')),
    );
    expect(others['other-app:settings']).toBe('{"dark":true}');

    await page.getByRole('button', { name: 'Erase all answers' }).click();
    await page.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect(page.getByText('Everything the playbook stored in this browser is erased.')).toBeVisible();
    expect(await storedAll(page)).toEqual(others);
    expect(errors).toEqual([]);
  });
});

test.describe('with storage blocked', () => {
  test('the page still works: it says so, imports for this visit and exports again', async ({ browser }) => {
    const { page, errors } = await openPage(browser, { init: blockStorage });
    await page.goto(url('results/'));
    await hydrated(page);
    await expect(page.getByText(/It is blocking this site from storing data/)).toBeVisible();
    await importFile(page, {
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: importFixture('valid-export.json'),
    });
    await page
      .getByRole('group', { name: 'Import preview' })
      .getByRole('button', { name: 'Replace my answers' })
      .click();
    // The file is from the agree/disagree edition: its ratings show as earlier answers, with their score.
    await expect(
      page
        .getByRole('region', { name: /^Earlier questions, answered by/ })
        .getByRole('row', { name: /C\.U\.S\./ })
        .filter({ hasText: '25' }),
    ).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export answers' }).click(),
    ]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const original = JSON.parse(importFixture('valid-export.json').toString('utf8')).answers;
    expect(file.answers.version).toBe(2);
    expect(file.answers.items).toEqual(original.items);
    for (const [id, s] of Object.entries(original.statements as Record<string, { value?: unknown }>))
      if (s.value !== undefined) expect(file.answers.legacy['assessments-v1'].statements[id].value).toBe(s.value);
    expect(errors).toEqual([]);
  });
});

test.describe('bad import files are refused with a message and change nothing', () => {
  // Each file is refused for its own reason. The fixtures are shared with tests/unit/results-transfer.test.ts.
  const BAD_FILES: { name: string; mimeType: string; buffer: () => Buffer; message: RegExp }[] = [
    {
      name: 'not-json.json',
      mimeType: 'application/json',
      buffer: () => importFixture('not-json.json'),
      message: /not JSON/,
    },
    {
      name: 'truncated.json',
      mimeType: 'application/json',
      buffer: () => importFixture('truncated.json'),
      message: /cut short/,
    },
    { name: 'empty.json', mimeType: 'application/json', buffer: () => importFixture('empty.json'), message: /empty/ },
    {
      name: 'future-version.json',
      mimeType: 'application/json',
      buffer: () => importFixture('future-version.json'),
      message: /newer version/,
    },
    {
      name: 'future-answers-version.json',
      mimeType: 'application/json',
      buffer: () => importFixture('future-answers-version.json'),
      message: /newer version/,
    },
    {
      name: 'not-an-export.json',
      mimeType: 'application/json',
      buffer: () => importFixture('not-an-export.json'),
      message: /not a playbook answers file/,
    },
    {
      name: 'answers-without-envelope.json',
      mimeType: 'application/json',
      buffer: () => importFixture('answers-without-envelope.json'),
      message: /not a playbook answers file/,
    },
    {
      name: 'array.json',
      mimeType: 'application/json',
      buffer: () => importFixture('array.json'),
      message: /not a playbook answers file/,
    },
    {
      name: 'wrong-types.json',
      mimeType: 'application/json',
      buffer: () => importFixture('wrong-types.json'),
      message: /damaged/,
    },
    {
      name: 'rating-out-of-range.json',
      mimeType: 'application/json',
      buffer: () => importFixture('rating-out-of-range.json'),
      message: /damaged/,
    },
    {
      name: 'bad-date.json',
      mimeType: 'application/json',
      buffer: () => importFixture('bad-date.json'),
      message: /damaged \(at exportedAt\)/,
    },
    {
      name: 'bad-snapshot.json',
      mimeType: 'application/json',
      buffer: () => importFixture('bad-snapshot.json'),
      message: /snapshots in this file are damaged/,
    },
    {
      name: 'note-too-long.json',
      mimeType: 'application/json',
      buffer: () => importFixture('note-too-long.json'),
      message: /damaged/,
    },
    {
      name: 'proto-key.json',
      mimeType: 'application/json',
      buffer: () => importFixture('proto-key.json'),
      message: /“__proto__”/,
    },
    {
      name: 'constructor-key.json',
      mimeType: 'application/json',
      buffer: () => importFixture('constructor-key.json'),
      message: /refused to keep this page safe/,
    },
    { name: 'photo.png', mimeType: 'image/png', buffer: () => importFixture('image.png'), message: /it is an image/ },
    {
      name: 'photo-renamed.json',
      mimeType: 'application/json',
      buffer: () => importFixture('image.png'),
      message: /not JSON/,
    },
    {
      name: 'huge.json',
      mimeType: 'application/json',
      // 10 MB that would otherwise be a valid export: refused on size alone.
      buffer: () => {
        const valid = importFixture('valid-export.json').toString('utf8');
        return Buffer.from(valid.replace('"Summer"', `"${'x'.repeat(10 * 1024 * 1024)}"`));
      },
      message: /too big \(10\.0 MB\)/,
    },
  ];

  test(`all ${BAD_FILES.length} bad files, one after another`, async ({ browser }) => {
    const { page, errors } = await withAnswers(browser, FULL);
    await page.getByRole('button', { name: 'Save a snapshot' }).click();
    await expect(page.getByText(`You have ${fullCounts(1)}.`)).toBeVisible();
    const before = await storedAll(page);
    const alert = page.getByRole('alert');

    for (const bad of BAD_FILES) {
      await importFile(page, { name: bad.name, mimeType: bad.mimeType, buffer: bad.buffer() });
      await expect(
        alert.filter({ hasText: `Import refused: ${bad.name}.` }).filter({ hasText: bad.message }),
      ).toBeVisible();
      await expect(page.getByRole('group', { name: 'Import preview' }), bad.name).toHaveCount(0);
      expect(await storedAll(page), bad.name).toEqual(before);
    }
    await expect(page.getByText(`You have ${fullCounts(1)}.`)).toBeVisible();
    expect(errors).toEqual([]);
    const badFixtures = readdirSync(IMPORTS).filter((name) => !/^valid-|\.md$/.test(name));
    expect(badFixtures.filter((name) => !fixturesRead.has(name))).toEqual([]);
  });
});
