import { expect, test, openPage, url } from './support/browser';
import { searchInDialog } from './support/search';

test.describe('the built playbook', () => {
  test('the home page shows the playbook and the situation finder', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url());
    await expect(page.getByRole('heading', { level: 1, name: 'Customer Service Playbook' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: "Describe what's happening" })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start here' }).first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a chapter renders with its credit line and a Starlight aside', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url('frameworks/cus/identify-the-customer/'));
    await expect(page.getByRole('heading', { level: 1, name: 'Identify the customer' })).toBeVisible();
    await expect(page.getByText(/Based on the C\.U\.S\. Customer Service Framework by James/)).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Try it today' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('search finds a chapter by a word from its body', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url());
    await searchInDialog(page, 'barista', /Identify the customer/);
    expect(errors).toEqual([]);
  });
});
