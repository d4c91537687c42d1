/** Where the results dashboard shows things, found by role and name as a reader would. */
import type { Locator, Page } from 'playwright-core';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A framework's row in the first screen's table of scores. */
export const scoreRow = (page: Page, shortTitle: string): Locator =>
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
