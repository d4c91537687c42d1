import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, url } from './support/browser';
import { searchInDialog } from './support/search';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the built playbook', () => {
  test('the home page shows the playbook and the situation finder', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(url());
    await expect(page.getByRole('heading', { level: 1, name: 'Customer Service Playbook' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('searchbox', { name: "Describe what's happening" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Start here' }).first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  test('a chapter renders with its credit line and a Starlight aside', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(url('frameworks/cus/identify-the-customer/'));
    await expect(page.getByRole('heading', { level: 1, name: 'Identify the customer' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(
      page.getByText(/Based on the C\.U\.S\. Customer Service Framework by James/).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('complementary', { name: 'Try it today' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  test('search finds a chapter by a word from its body', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(url());
    await searchInDialog(page, 'barista', /Identify the customer/);
    expect(errors).toEqual([]);
  });
});
