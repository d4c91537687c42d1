/**
 * Search, as a reader uses it: the dialog on every page (button, Ctrl/Cmd+K, "/"),
 * results with sections and filters, the search page that "Search related
 * guidance" links open, and what is (and is not) in the index.
 */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { axeViolations } from './support/axe';
import { expect, test, baseUrl, openPage, settled, url } from './support/browser';

const CHAPTER = 'frameworks/cus/identify-the-customer/';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
/** The status line of a search panel, once it reports on this query. */
const statusFor = (scope: Page | Locator, query: string) => scope.getByRole('status').filter({ hasText: query });
const results = (scope: Page | Locator) => scope.getByRole('list', { name: 'Search results' });
/** The page links of the results (one per result, in order), as site paths. */
async function resultPaths(scope: Page | Locator): Promise<string[]> {
  const links = results(scope).getByRole('heading', { level: 2 }).getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  const base = new URL(baseUrl()).pathname;
  return hrefs.map((h) => '/' + h.slice(base.length));
}

async function searchInDialog(page: Page, query: string) {
  await dialog(page).getByRole('searchbox').fill(query);
  await expect(statusFor(dialog(page), query)).toBeVisible();
}

/** Site paths the page fetched, relative to the site root. */
function requestsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  return seen;
}

test.describe('opening search', () => {
  test('Ctrl+K opens the search dialog with the box focused, and closes it again', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url(CHAPTER));
    await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
    await expect(dialog(page)).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await expect
      .poll(() =>
        dialog(page)
          .getByRole('searchbox')
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('"/" opens search, but types a slash when you are writing in a field', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url(CHAPTER));
    await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();

    // In a note field, "/" is just a character.
    await page.getByText('Add a note').first().click();
    const note = page.getByRole('textbox', { name: /^Note on:/ }).first();
    await note.fill('');
    await note.press('/');
    await expect(note).toHaveValue('/');
    await expect(dialog(page)).toBeHidden();

    // Anywhere else it opens search; inside the search box it types.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.type('a/b');
    await expect(dialog(page).getByRole('searchbox')).toHaveValue('a/b');

    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('a reading page loads no search code until search is wanted', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    const requested = requestsOf(page);
    await page.goto(url(CHAPTER));
    await settled(page);
    const searchCode = () => requested.filter((p) => p.includes('/pagefind/') || p.includes('search-panel'));
    expect(searchCode()).toEqual([]);

    await page.getByRole('button', { name: 'Search' }).click();
    await searchInDialog(page, 'complaint');
    expect(searchCode().some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(errors).toEqual([]);
  });
});

test.describe('results', () => {
  test('a situation typed in your own words finds its guide, with sections that land on their heading', async ({
    browser,
  }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url());
    await page.getByRole('button', { name: 'Search' }).click();
    await searchInDialog(page, 'customer yelling at my receptionist');
    expect((await resultPaths(dialog(page)))[0]).toBe('/situations/angry-customer/');

    const first = results(dialog(page)).getByRole('listitem').first();
    const section = first
      .getByRole('list', { name: /^Sections of/ })
      .getByRole('link')
      .first();
    const sectionTitle = (await section.textContent())!.trim();
    const hash = await section.evaluate((a) => (a as HTMLAnchorElement).hash);
    expect(hash).not.toBe('');
    await section.click();
    await page.waitForURL((u) => u.pathname.endsWith('/situations/angry-customer/') && u.hash === hash);
    await expect(dialog(page)).toBeHidden();
    const heading = page.getByRole('heading', { name: sectionTitle, exact: true });
    await expect.poll(() => heading.evaluate((el) => el.id === decodeURIComponent(location.hash.slice(1)))).toBe(true);
    await expect
      .poll(() =>
        heading.evaluate((el) => {
          const { top } = el.getBoundingClientRect();
          return top >= 0 && top < window.innerHeight;
        }),
      )
      .toBe(true);
    expect(errors).toEqual([]);
  });

  test('the framework filter narrows the results to that framework, and says so', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url());
    await page.getByRole('button', { name: 'Search' }).click();
    await searchInDialog(page, 'complaint');
    const before = await resultPaths(dialog(page));
    const allStatus = await statusFor(dialog(page), 'complaint').textContent();

    const filter = dialog(page).getByRole('group', { name: 'Framework' });
    await expect(dialog(page).getByRole('group', { name: 'Kind of page' })).toBeVisible();
    const who = filter.getByRole('checkbox', { name: /^Who is your customer \(\d+\)$/ });
    const label = await who.evaluate((el) => (el as HTMLInputElement).labels![0]!.textContent!);
    const expected = Number(/\((\d+)\)$/.exec(label)![1]);
    await who.check();
    await expect(statusFor(dialog(page), 'with the filters you chose')).toBeVisible();

    const after = await resultPaths(dialog(page));
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((p) => p.startsWith('/frameworks/who-is-your-customer/'))).toBe(true);
    expect(before.some((p) => !p.startsWith('/frameworks/who-is-your-customer/'))).toBe(true);
    const narrowed = await statusFor(dialog(page), 'complaint').textContent();
    expect(narrowed).toContain(`${expected} page`);
    expect(narrowed).not.toBe(allStatus);
    expect(errors).toEqual([]);
  });

  test('words found nowhere say so and point to the list of situations', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url());
    await page.getByRole('button', { name: 'Search' }).click();
    await searchInDialog(page, 'xylophones');
    await expect(statusFor(dialog(page), 'xylophone')).toHaveText(/^Nothing found/);
    await expect(dialog(page).getByRole('link', { name: 'pick from the list of situations' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('the search page', () => {
  test('runs the query in its address, shows the filters, and keeps the address up to date', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    const query = 'staff forget who pays wages';
    await page.goto(url(`search/?q=${encodeURIComponent(query)}`));
    const main = page.getByRole('main');
    await expect(statusFor(main, query)).toBeVisible();
    await expect(main.getByRole('searchbox')).toHaveValue(query);
    expect((await resultPaths(main)).slice(0, 3)).toContain(
      '/frameworks/who-is-your-customer/why-customers-come-first/',
    );
    await expect(main.getByRole('group', { name: 'Framework' })).toBeVisible();

    await main
      .getByRole('group', { name: 'Kind of page' })
      .getByRole('checkbox', { name: /^Situation guide/ })
      .check();
    await expect(statusFor(main, 'with the filters you chose')).toBeVisible();
    const address = new URL(page.url());
    expect(address.searchParams.get('q')).toBe(query);
    expect(address.searchParams.getAll('kind')).toEqual(['Situation guide']);
    expect(errors).toEqual([]);
  });

  test('a filter in the address is ticked and applied', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url('search/?q=complaint&framework=C.U.S.'));
    const main = page.getByRole('main');
    await expect(statusFor(main, 'with the filters you chose')).toBeVisible();
    await expect(main.getByRole('checkbox', { name: /^C\.U\.S\./ })).toBeChecked();
    expect((await resultPaths(main)).every((p) => p.startsWith('/frameworks/cus/'))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('an address with nonsense in it is ignored, not trusted', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url(`search/?q=${'x'.repeat(300)}&framework=${'y'.repeat(100)}&evil=<img>`));
    const main = page.getByRole('main');
    await expect(main.getByRole('group', { name: 'Framework' })).toBeVisible();
    await expect(main.getByRole('searchbox')).toHaveValue('');
    await expect(main.getByRole('checkbox', { checked: true })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('the home page finder takes your words to the search page, by keyboard alone', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url());
    const box = page.getByRole('searchbox', { name: "Describe what's happening" });
    await box.focus();
    await page.keyboard.type('my staff keep arguing with customers');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.endsWith('/search/'));
    const main = page.getByRole('main');
    await expect(statusFor(main, 'my staff keep arguing with customers')).toBeVisible();
    expect((await resultPaths(main)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('without JavaScript, the home page and the search page lead to the situation index', async ({ browser }) => {
    const { page, errors } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url());
    const all = page.getByRole('link', { name: 'All situations' });
    await expect(all).toBeVisible();
    await page.goto(url('search/?q=angry'));
    await page.getByRole('link', { name: 'situation index' }).click();
    await page.waitForURL((u) => u.pathname.endsWith('/situations/'));
    expect(errors).toEqual([]);
  });
});

test.describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const)
    test(`results, filters and the dialog pass the WCAG A/AA checks in the ${colorScheme} theme`, async ({
      browser,
    }) => {
      const { page, errors } = await openPage(browser, { colorScheme });
      await page.goto(url('search/?q=refund&framework=Purpose%20Centred'));
      await expect(statusFor(page.getByRole('main'), 'refund')).toBeVisible();
      await page.keyboard.press('Control+k');
      await searchInDialog(page, 'angry caller');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
});

test.describe('the index', () => {
  /**
   * Runs Pagefind directly in the page: the built index as it is, before our ranking.
   * (A string, so the test runner does not rewrite its import().)
   */
  async function pagefind(page: Page, query: string): Promise<{ url: string; content: string }[]> {
    return page.evaluate(`(async () => {
      const base = document.querySelector('[data-search-panel]').dataset.base;
      const pf = await import(base + 'pagefind/pagefind.js');
      const { results } = await pf.search(${JSON.stringify(query)});
      return Promise.all(results.map(async (r) => {
        const d = await r.data();
        return { url: new URL(d.url, location.href).pathname, content: d.content };
      }));
    })()`);
  }

  test('aliases are searchable but never shown as an excerpt', async ({ browser }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(url('search/'));
    const found = await pagefind(page, 'yelling');
    const angry = found.find((r) => r.url.endsWith('/situations/angry-customer/'));
    expect(angry).toBeDefined();
    expect(angry!.content).not.toContain('customer yelling at employee');
    expect(errors).toEqual([]);
  });

  test('checklist items and assessment statements are indexed, widget buttons and scales are not', async ({
    browser,
  }) => {
    const checklist = parse(readFileSync('content/checklists/who-attention.yaml', 'utf8')) as {
      items: { id: string; text: string }[];
    };
    const item = checklist.items.find((i) => i.id === 'who-attention-own-every-inbox')!.text;
    const assessment = parse(readFileSync('content/assessments/who.yaml', 'utf8')) as {
      dimensions: { id: string; statements: { id: string; text: string }[] }[];
    };
    const statement = assessment.dimensions
      .find((d) => d.id === 'who-first')!
      .statements.find((s) => s.id === 'who-first-s-track-referrals')!.text;

    const { page, errors } = await openPage(browser);
    await page.goto(url('search/'));
    for (const [text, chapter] of [
      [item, '/frameworks/who-is-your-customer/attention-and-courtesy/'],
      [statement, '/frameworks/who-is-your-customer/why-customers-come-first/'],
    ] as const) {
      const page_ = (await pagefind(page, text)).find((r) => r.url.endsWith(chapter));
      expect(page_, text).toBeDefined();
      for (const chrome of [
        'Add a note',
        'Routinely, and we check it',
        'Not applicable',
        'Reset this checklist',
        'Your score',
        'How important is',
      ])
        expect(page_!.content).not.toContain(chrome);
    }
    expect(errors).toEqual([]);
  });
});
