import type { Page } from '@playwright/test';
import { expect, url } from './browser';

/** Opens the search dialog from the header, types `query` and waits for a result named like `result`. */
export async function searchInDialog(page: Page, query: string, result: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox').fill(query);
  await expect(dialog.getByRole('link', { name: result }).first()).toBeVisible();
}

/** Opens the search page pre-filled with `query` and waits for a result named like `result`. */
export async function searchOnPage(page: Page, query: string, result: RegExp): Promise<void> {
  await page.goto(url(`search/?q=${encodeURIComponent(query)}`));
  await expect(
    page.getByRole('main').getByRole('list', { name: 'Search results' }).getByRole('link', { name: result }).first(),
  ).toBeVisible();
}
