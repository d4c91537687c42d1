/**
 * Team view: members' exported files are read in the browser; a step shows its
 * median and spread only once three people scored it, and disagreement is marked.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Answers } from '~/lib/answers';
import { scoreSheet } from '~/lib/results/score-sheet';
import { encodeShareCode, shareLink } from '~/lib/results/share-code';
import { teamStatsFromSheets } from '~/lib/results/team';
import { realOutline } from '../unit/support/results-manifest';
import { expect, test, hydrated, openPage, url } from './support/browser';

const at = '2026-11-01T10:00:00.000Z';
/** The statements of "Identify the customer", from the content itself. */
const IDENTIFY = (
  parse(readFileSync('content/assessments/cus.yaml', 'utf8')) as {
    dimensions: { id: string; statements: { id: string }[] }[];
  }
).dimensions
  .find((d) => d.id === 'cus-identify')!
  .statements.map((s) => s.id);

/** A member's export in which every "Identify the customer" statement is answered at level `value` (practice scale). */
function memberFile(name: string, value: 1 | 2 | 3 | 4 | 5, role?: string) {
  const statements = Object.fromEntries(IDENTIFY.map((id) => [id, { value, updatedAt: at }]));
  const file = {
    format: 'customer-service-playbook/answers',
    version: 1,
    exportedAt: at,
    ...(role ? { role } : {}),
    answers: { version: 2, items: {}, statements },
    snapshots: [],
  };
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}

const answersOf = (value: 1 | 2 | 3 | 4 | 5): Answers => ({
  version: 2,
  items: {},
  statements: Object.fromEntries(IDENTIFY.map((id) => [id, { value, updatedAt: at }])),
});

test.describe('team view', () => {
  test('two files show nothing per step; a third brings the median, the spread and disagreement', async ({
    browser,
  }) => {
    const { page, errors, foreignRequests } = await openPage(browser);
    await page.goto(url('results/'));
    await hydrated(page);
    const section = page.getByRole('region', { name: 'Team', exact: true });
    const input = section.getByLabel('Add team members’ answer files');
    const table = section.getByRole('table', { name: 'The C.U.S. Framework: team scores' });
    const identify = table.getByRole('row', { name: /^Identify the customer/ });

    await input.setInputFiles([memberFile('alex.json', 5), memberFile('bo.json', 4)]);
    await expect(section.getByText('2 people loaded. Load at least 3 to see team results.')).toBeVisible();
    await expect(identify.filter({ hasText: 'hidden: fewer than 3 people' })).toBeVisible();
    await expect(identify).not.toHaveText(/100|75/);

    await input.setInputFiles([memberFile('cai.json', 2)]);
    await expect(section.getByText('3 people loaded.')).toBeVisible();
    await expect(identify.filter({ hasText: '75' })).toBeVisible();
    const cells = await identify.getByRole('cell').allTextContents();
    expect(cells).toEqual(['3', '75 (25–100, spread 75)', 'Disagreement']);
    // A step nobody scored stays hidden.
    await expect(table.getByRole('row', { name: /^Understand their needs/ })).toContainText(
      'hidden: fewer than 3 people',
    );

    // Removing one member hides the step again.
    await section.getByRole('button', { name: 'Remove bo.json' }).click();
    await expect(identify.filter({ hasText: 'hidden: fewer than 3 people' })).toBeVisible();
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('a bad file and the same file twice are not counted, each with a reason', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url('results/'));
    await hydrated(page);
    const section = page.getByRole('region', { name: 'Team', exact: true });
    const input = section.getByLabel('Add team members’ answer files');
    await input.setInputFiles([
      memberFile('alex.json', 5),
      { ...memberFile('alex-again.json', 5) },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an export') },
    ]);
    const alert = section.getByRole('alert');
    await expect(
      alert.filter({ hasText: 'Not added: alex-again.json.' }).filter({ hasText: 'same answers as alex.json' }),
    ).toBeVisible();
    await expect(alert.filter({ hasText: 'Not added: notes.txt.' }).filter({ hasText: 'not JSON' })).toBeVisible();
    await expect(section.getByText('1 person loaded.', { exact: false })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('three files and two share links with roles: medians by role, a group of two hidden, a gap flagged', async ({
    browser,
  }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url('results/'));
    await hydrated(page);
    const section = page.getByRole('region', { name: 'Team', exact: true });
    const outline = realOutline();
    const link = (value: 1 | 2 | 3 | 4 | 5, role: string) => {
      return shareLink(url('results/'), encodeShareCode(outline, scoreSheet(outline, answersOf(value))), role);
    };
    const members = [
      { sheet: 'manager', value: 4 },
      { sheet: 'manager', value: 5 },
      { sheet: 'manager', value: 3 },
    ] as const; // three different files: the same answers twice would count once
    await section
      .getByLabel('Add team members’ answer files')
      .setInputFiles(members.map((m, i) => memberFile(`m${i}.json`, m.value, m.sheet)));
    await section
      .getByLabel('Or paste the links people shared with you, one a line')
      .fill(`${link(2, 'front-line')}\n${link(1, 'front-line')}`);
    await section.getByRole('button', { name: 'Add links' }).click();
    await expect(section.getByText('5 people loaded.')).toBeVisible();
    await expect(section.getByText('Person 5 (Share link 2, the front line)')).toBeVisible();

    const identify = section
      .getByRole('table', { name: 'The C.U.S. Framework: team scores' })
      .getByRole('row', { name: /^Identify the customer/ });
    const expected = teamStatsFromSheets(outline, [
      ...members.map((m) => ({ sheet: scoreSheet(outline, answersOf(m.value)), role: m.sheet })),
      { sheet: scoreSheet(outline, answersOf(2)), role: 'front-line' as const },
      { sheet: scoreSheet(outline, answersOf(1)), role: 'front-line' as const },
    ])
      .find((f) => f.id === 'cus')!
      .dimensions.find((d) => d.id === 'cus-identify')!;
    if (!expected.stats.shown) throw new Error('five people should be shown');
    const manager = expected.roles.find((r) => r.role === 'manager')!.stats;
    if (!manager.shown) throw new Error('three managers should be shown');
    await expect(
      identify.filter({ hasText: `${expected.stats.median} (${expected.stats.min}–${expected.stats.max}` }),
    ).toBeVisible();
    const byRole = identify.getByRole('cell').last();
    await expect(byRole).toHaveText(
      `Managers: ${manager.median} (${manager.min}–${manager.max}, spread ${manager.spread}); The front line: hidden: fewer than 3 people`,
    );

    // A third front-line link makes the group visible, and the gap between roles is flagged.
    await section
      .getByLabel('Or paste the links people shared with you, one a line')
      .fill(link(2, 'front-line') + ' ' + link(3, 'front-line'));
    await section.getByRole('button', { name: 'Add links' }).click();
    await expect(section.getByText('Not added: Share link 1.')).toBeVisible();
    await expect(
      identify.filter({ hasText: 'Roles differ: Managers put this at 75, the front line at 25: 2 levels apart.' }),
    ).toBeVisible();
    expect(errors).toEqual([]);
  });
});
