/**
 * The practice scale on a chapter and on Your results: every level, Not applicable
 * and Don't know; importance and target per step; and a version 1 document saved
 * on the agree/disagree scale, migrated with nothing lost. Statement texts and
 * expected scores come from the content and the scoring code, not typed here.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { scoreAssessment, type Rating } from '~/lib/scoring';
import { workedExample } from '~/lib/scoring-example';
import { expect, test, hydrateAll, hydrated, openPage, url } from './support/browser';
import { ANSWERS_KEY, fixture, seed } from './support/storage';

interface Dimension {
  id: string;
  title: string;
  statements: { id: string; text: string }[];
}
const cus = parse(readFileSync('content/assessments/cus.yaml', 'utf8')) as { dimensions: Dimension[] };
const archive = parse(readFileSync('content/archive/assessments-v1.yaml', 'utf8')) as {
  frameworks: { id: string; dimensions: Dimension[] }[];
};
const OVERVIEW = 'frameworks/cus/';
/** Every answer, in the order the scale shows them, with its stored value. */
const ANSWERS: [string, Rating][] = [
  ['Not yet', 1],
  ['Sometimes', 2],
  ['Usually', 3],
  ['Routinely', 4],
  ['Routinely, and we check it', 5],
  ['Not applicable', 'na'],
  ['Don’t know', 'dk'],
];

const shown = (locator: Locator) => expect(locator.first()).toBeVisible();
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), ANSWERS_KEY);

test.describe('the practice scale', () => {
  const statements = cus.dimensions.flatMap((d) => d.statements).slice(0, ANSWERS.length);
  const given = new Map(statements.map((s, i) => [s.id, ANSWERS[i]![1]]));
  const score = scoreAssessment(cus.dimensions, (id) => given.get(id));
  const first = cus.dimensions[0]!;
  const unknown = statements[ANSWERS.findIndex(([, v]) => v === 'dk')]!;
  const notYet = statements[0]!;

  async function checkChapter(page: Page) {
    const assessment = page.getByRole('region', { name: /How well do you apply C\.U\.S\./ });
    await shown(
      assessment
        .locator('output')
        .last()
        .filter({ hasText: `${score.overall.score} out of 100` }),
    );
    for (const [i, s] of statements.entries())
      await expect(
        assessment
          .getByRole('group', { name: s.text, exact: true })
          .getByRole('radio', { name: ANSWERS[i]![0], exact: true }),
        s.text,
      ).toBeChecked();
    const findOut = assessment.getByRole('list').filter({ hasText: unknown.text });
    await shown(findOut);
    await expect(assessment.getByRole('combobox', { name: `How important is “${first.title}” to you?` })).toHaveValue(
      'high',
    );
    await expect(assessment.getByRole('combobox', { name: `Your target for “${first.title}”` })).toHaveValue('5');
  }

  test('each level, N/A and Don’t know are answered; scores, Find out, importance and target survive a reload and reach Your results', async ({
    browser,
  }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url(OVERVIEW));
    await hydrateAll(page);
    const assessment = page.getByRole('region', { name: /How well do you apply C\.U\.S\./ });
    // Each level is shown with what it means.
    await shown(assessment.locator('label').filter({ hasText: 'It depends who is on shift.' }));
    for (const [i, s] of statements.entries())
      await assessment
        .getByRole('group', { name: s.text, exact: true })
        .getByRole('radio', { name: ANSWERS[i]![0], exact: true })
        .check();
    await assessment.getByRole('combobox', { name: `How important is “${first.title}” to you?` }).selectOption('high');
    await assessment.getByRole('combobox', { name: `Your target for “${first.title}”` }).selectOption('5');
    // Where to start: the "Not yet" answer in the high-importance step comes first.
    await shown(
      assessment
        .getByRole('listitem')
        .filter({ hasText: notYet.text })
        .filter({ hasText: 'your target is routinely, and we check it' }),
    );
    await checkChapter(page);

    await page.reload();
    await hydrateAll(page);
    await checkChapter(page);
    const doc = await stored(page);
    expect(doc.version).toBe(2);
    expect(doc.statements[unknown.id].value).toBe('dk');
    expect(doc.goals[first.id]).toMatchObject({ importance: 'high', target: 5 });

    await page.goto(url('results/'));
    await hydrated(page);
    const findOut = page.getByRole('region', { name: 'Find out' });
    await shown(findOut.getByRole('link', { name: unknown.text }));
    const progress = page.getByRole('table', { name: 'C.U.S.: progress to target' });
    const row = progress.getByRole('row', { name: new RegExp(first.title) });
    await shown(row.filter({ hasText: 'High' }).filter({ hasText: 'Routinely, and we check it (100)' }));
    const identify = score.dimensions[0]!.score!;
    await expect(row.getByRole('cell').nth(2)).toHaveText(String(identify));
    await expect(row.getByRole('cell').nth(3)).toHaveText(`${100 - identify} points`);
    const priorities = page.getByRole('list', { name: 'Weakest statements' });
    await shown(priorities.getByText(notYet.text));
    expect(errors).toEqual([]);
  });
});

test.describe('answers saved on the agree/disagree scale', () => {
  const v1Raw = fixture('storage/v1/answers-full-2026-12-02.json');
  const v1 = JSON.parse(v1Raw) as {
    items: Record<string, unknown>;
    statements: Record<string, { value?: Rating; note?: string }>;
  };
  const rated = Object.entries(v1.statements).filter(([, s]) => s.value !== undefined);

  test('migrate with their scores in History and no answer deleted; the change is explained once', async ({
    browser,
  }) => {
    const { page, context, errors } = await openPage(browser);
    const { script, arg } = seed(ANSWERS_KEY, v1Raw);
    await context.addInitScript(script, arg);
    await page.goto(url('results/'));
    await hydrated(page);

    const notice = page.getByRole('status').filter({ hasText: 'The questions have changed.' });
    await shown(notice);
    const earlier = page.getByRole('region', { name: 'Earlier questions, answered by 20 November 2026' });
    await shown(earlier);
    const oldCus = archive.frameworks.find((f) => f.id === 'cus')!;
    const expected = scoreAssessment(oldCus.dimensions, (id) => v1.statements[id]?.value);
    const row = earlier.getByRole('row', { name: /C\.U\.S\./ });
    await shown(row.filter({ hasText: `${expected.overall.score}` }));
    await earlier.getByText('The earlier questions and your answers').click();
    await shown(earlier.getByText(oldCus.dimensions[0]!.statements[0]!.text));

    // The stored document is now version 2 and holds every tick, note and rating it held before.
    const doc = await stored(page);
    expect(doc.version).toBe(2);
    expect(doc.items).toEqual(v1.items);
    const kept = doc.legacy['assessments-v1'].statements;
    expect(Object.keys(kept)).toHaveLength(rated.length);
    for (const [id, answer] of rated) expect(kept[id].value).toBe(answer.value);
    for (const [id, answer] of Object.entries(v1.statements))
      if (answer.note) expect(doc.statements[id].note).toBe(answer.note);

    // Told once: dismissed, it stays dismissed.
    await notice.getByRole('button', { name: 'Got it, hide this' }).click();
    await expect(page.getByRole('button', { name: 'Got it, hide this' })).not.toBeAttached();
    await page.reload();
    await hydrated(page);
    await shown(page.getByRole('region', { name: 'Earlier questions, answered by 20 November 2026' }));
    await expect(page.getByText('The questions have changed.')).toHaveCount(0);
    expect((await stored(page)).legacy['assessments-v1'].noticeDismissedAt).toEqual(expect.any(String));

    // The earlier ratings are not read as levels on the new scale.
    await page.goto(url('frameworks/cus/identify-the-customer/'));
    await hydrateAll(page);
    const firstStatement = page.getByRole('group', { name: cus.dimensions[0]!.statements[0]!.text, exact: true });
    await expect(firstStatement.getByRole('radio', { checked: true })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('How scoring works', () => {
  test('Your results links to it, and its worked example shows what the scoring code computes', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url('results/'));
    await Promise.all([
      page.waitForURL(/how-scoring-works/),
      page.getByRole('link', { name: 'how scoring works', exact: true }).click(),
    ]);
    const example = workedExample();
    const { framework } = example;
    await shown(page.getByRole('heading', { level: 1, name: 'How scoring works' }));
    await shown(page.getByText(`(${framework.scores.join(' + ')}) ÷ ${framework.scores.length}`));
    await shown(page.getByText(`in the band “${framework.band.label}”`));
    const priorities = page.getByRole('table', { name: 'The example’s statements below target, in priority order' });
    await expect(priorities.getByRole('row')).toHaveCount(example.priorities.length + 1);
    await expect(priorities.getByRole('row').nth(1)).toContainText(
      `${example.priorities[0]!.weight} × ${example.priorities[0]!.levels} = ${example.priorities[0]!.priority}`,
    );
    expect(errors).toEqual([]);
  });
});
