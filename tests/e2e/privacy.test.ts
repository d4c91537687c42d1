/**
 * Nothing leaves the browser: a whole session (read, answer, results, search)
 * requests nothing from any host but the site's own, sets no cookie, and stores
 * only what the privacy page lists. The build itself links to no other host for
 * anything a browser would fetch (fonts, scripts, styles, images).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, baseUrl, openPage, url, firstStatement, hydrateAll } from './support/browser';
import { searchInDialog, searchOnPage } from './support/search';
import { distDir, parseBuiltPages } from './support/built-pages';

const CHAPTER = 'frameworks/cus/identify-the-customer/';

test.describe('a whole session stays on this site', () => {
  test('reading, answering, results and search request nothing from another host', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser);
    const own = new URL(baseUrl()).origin;
    const elsewhere: string[] = [];
    let requests = 0;
    // Context-wide, so that workers (Pagefind's) and every tab are covered too.
    context.on('request', (request) => {
      requests += 1;
      const target = new URL(request.url());
      if (!['data:', 'blob:'].includes(target.protocol) && target.origin !== own) elsewhere.push(request.url());
    });

    // Read.
    await page.goto(url());
    await page.getByRole('link', { name: 'Start here' }).first().click();
    await page.waitForURL(url('start-here/'));
    await page.goto(url(CHAPTER));
    await hydrateAll(page);

    // Answer: a tick, a rating, a note.
    await page.getByRole('checkbox').first().check();
    const statement = firstStatement(page);
    await statement.getByRole('radio', { name: 'Routinely', exact: true }).check();
    await statement.getByText('Add a note').click();
    await statement.getByRole('textbox').fill('Ask Sam who owns the supplier accounts.');
    await expect(page.getByText('75 out of 100').first()).toBeVisible();

    // Results.
    await page.goto(url('results/'));
    await hydrateAll(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();

    // Search, in the dialog and on the search page.
    await searchInDialog(page, 'barista', /Identify the customer/);
    await searchOnPage(page, 'angry customer', /shouting at your staff/);

    expect(requests).toBeGreaterThan(20);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('it sets no cookie and stores only what the privacy page lists', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(url(CHAPTER));
    await hydrateAll(page);
    await page.getByRole('checkbox').first().check();
    await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
    await page.goto(url('results/'));
    await hydrateAll(page);

    expect(await context.cookies()).toEqual([]);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toContain('playbook:v1:answers');
    // `playbook:…` holds answers; `starlight-theme` is the light/dark choice.
    expect(keys.filter((k) => !k.startsWith('playbook:') && k !== 'starlight-theme')).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('the build links to no other host for anything a browser fetches', () => {
  test('pages load no script, style, font, image or frame from elsewhere, and warm up no other host', async ({
    browser,
  }) => {
    const parsed = await parseBuiltPages(browser);
    const offenders = [...parsed.values()].flatMap((p) =>
      p.fetched.filter((u) => /^(https?:)?\/\//i.test(u)).map((u) => `${p.file}: ${u}`),
    );
    expect(parsed.size).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });

  test('stylesheets import nothing and load no font or image from elsewhere', () => {
    const dir = distDir();
    const css = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    const offenders = css.flatMap((file) =>
      [
        ...readFileSync(join(dir, file), 'utf8').matchAll(
          /(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/gi,
        ),
      ].map((m) => `${file}: ${m[1]}`),
    );
    expect(offenders).toEqual([]);
  });
});
