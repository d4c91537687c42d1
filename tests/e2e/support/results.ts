/** Where the results dashboard shows things, found by role and name as a reader would. */
import type { Locator, Page } from '@playwright/test';
import { countAnswers } from '~/lib/answers';
import { readAnswers } from '~/lib/answers-read';
import { scoreSheet } from '~/lib/results/score-sheet';
import { realOutline } from '../../unit/support/results-manifest';
import { fixture } from './storage';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A framework's row in the first screen's table of scores. */
const scoreRow = (page: Page, shortTitle: string): Locator =>
  page
    .getByRole('table', { name: 'Scores by framework (out of 100)' })
    .getByRole('row', { name: new RegExp(`^${escape(shortTitle)}(\\s|$)`) });

/** The cell that shows `score` in a framework's row of the first screen (the score comes before the change). */
export const scoreCell = (page: Page, shortTitle: string, score: string): Locator =>
  scoreRow(page, shortTitle).getByRole('cell', { name: score, exact: true }).first();

/** A framework's row header in the heat map (its name and how much is answered). */
export const heatRow = (page: Page, shortTitle: string): Locator =>
  page
    .getByRole('table', { name: /^Every step at a glance/ })
    .getByRole('rowheader', { name: new RegExp(`^${escape(shortTitle)}(\\s|$)`) });

/** A step's cell in the heat map: its name, score and band. */
export const heatCell = (page: Page, shortTitle: string, step: string): Locator =>
  page
    .getByRole('table', { name: /^Every step at a glance/ })
    .getByRole('row', { name: new RegExp(`^${escape(shortTitle)}(\\s|$)`) })
    .getByRole('cell', { name: new RegExp(`^${escape(step)}(\\s|$)`) });

/** The full-answers fixture, and what the page must show for it, worked out by the same library code. */
const FULL = fixture('results/answers-full.json');
const fullAnswers = (() => {
  const read = readAnswers(JSON.parse(FULL));
  if (!read.ok) throw new Error(`tests/fixtures/results/answers-full.json: ${read.message}`);
  return read.answers;
})();
/** The C.U.S. overall score of the full fixture, as the first screen shows it. */
export const FULL_CUS_SCORE = String(scoreSheet(realOutline(), fullAnswers).frameworks.cus?.score);
/** "40 ticks, 91 ratings, 2 notes and 1 snapshot" for the full fixture with `snapshots` snapshots. */
export function fullCounts(snapshots: number): string {
  const { ticked, rated, notes } = countAnswers(fullAnswers);
  return `${ticked} ticks, ${rated} ratings, ${notes} notes and ${snapshots} snapshot${snapshots === 1 ? '' : 's'}`;
}
