/**
 * Team view: members' exported files are read in the browser; a step shows its
 * median and spread only once three people scored it, and disagreement is marked.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
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

/** A member's export in which every "Identify the customer" statement is rated `value`. */
function memberFile(name: string, value: 1 | 2 | 3 | 4 | 5) {
  const statements = Object.fromEntries(IDENTIFY.map((id) => [id, { value, updatedAt: at }]));
  const file = {
    format: 'customer-service-playbook/answers',
    version: 1,
    exportedAt: at,
    answers: { version: 1, items: {}, statements },
    snapshots: [],
  };
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}

test.describe('team view', () => {
  test('two files show nothing per step; a third brings the median, the spread and disagreement', async ({
    browser,
  }) => {
    const { page, errors, foreignRequests } = await openPage(browser);
    await page.goto(url('results/'));
    await hydrated(page);
    const section = page.getByRole('region', { name: 'Team view' });
    const input = section.getByLabel('Add team members’ answer files');
    const table = section.getByRole('table', { name: 'The C.U.S. Framework: team scores' });
    const identify = table.getByRole('row', { name: /^Identify the customer/ });

    await input.setInputFiles([memberFile('alex.json', 5), memberFile('bo.json', 4)]);
    await expect(section.getByText('2 people loaded. Load at least 3 to see team results.')).toBeVisible();
    await expect(identify.filter({ hasText: 'Hidden: fewer than 3 people scored this step.' })).toBeVisible();
    await expect(identify).not.toHaveText(/100|75/);

    await input.setInputFiles([memberFile('cai.json', 2)]);
    await expect(section.getByText('3 people loaded.')).toBeVisible();
    await expect(identify.filter({ hasText: '75' })).toBeVisible();
    const cells = await identify.getByRole('cell').allTextContents();
    expect(cells).toEqual(['3', '75', '25–100 (75 points)', 'Disagreement']);
    // A step nobody scored stays hidden.
    await expect(table.getByRole('row', { name: /^Understand their needs/ })).toContainText(
      'Hidden: fewer than 3 people',
    );

    // Removing one member hides the step again.
    await section.getByRole('button', { name: 'Remove bo.json' }).click();
    await expect(identify.filter({ hasText: 'Hidden: fewer than 3 people scored this step.' })).toBeVisible();
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('a bad file and the same file twice are not counted, each with a reason', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url('results/'));
    await hydrated(page);
    const section = page.getByRole('region', { name: 'Team view' });
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
});
