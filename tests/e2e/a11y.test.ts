/**
 * Accessibility sweep: axe (WCAG 2.0–2.2, levels A and AA) over every page of the
 * build, in the light and the dark theme, with answers stored so that scores,
 * notes and "where to start" lists are on screen too. Pages come from listing the
 * build's HTML files, so a new page is swept without anyone adding it here. The same
 * visit, with every island loaded, must report no CSP violation and no console error.
 */
import { expect, test, openPage, url, type Watched, hydrateAll, recordCspViolations } from './support/browser';
import { axeViolations } from './support/axe';
import { builtPages, parseBuiltPages, type ParsedPage } from './support/built-pages';
import { ANSWERS_KEY, fixture, seed } from './support/storage';

const pages = builtPages();

// A hundred pages to sweep, each on its own: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

/**
 * Each page is loaded once, in the dark theme, and hydrated; then the system switches to
 * light, which the page follows at once (Starlight's "auto" theme; no script reads the
 * theme, colours are CSS). Dark theme: contrast only, because the other rules do not depend
 * on colours. Light theme: every rule.
 */
test.describe('every page, dark then light theme: colour contrast, then all WCAG A/AA rules; no CSP violation', () => {
  let watched: Watched;
  let cspViolations: string[];
  test.beforeAll(async ({ browser }) => {
    watched = await openPage(browser);
    cspViolations = await recordCspViolations(watched.context);
    const { script, arg } = seed(ANSWERS_KEY, fixture('storage/v1/some-answers.json'));
    await watched.page.addInitScript(script, arg);
  });
  test.afterAll(() => watched?.context.close());

  for (const { path } of pages)
    test(`${path || '/'} passes`, async () => {
      const { page, errors } = watched;
      errors.length = 0;
      cspViolations.length = 0;
      const html = page.locator('html');
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(url(path));
      await hydrateAll(page);
      await test.step('dark theme: colour contrast', async () => {
        await expect(html).toHaveAttribute('data-theme', 'dark');
        expect.soft(await axeViolations(page, ['color-contrast'])).toEqual([]);
      });
      await test.step('light theme: all WCAG A/AA rules', async () => {
        await page.emulateMedia({ colorScheme: 'light' });
        await expect(html).toHaveAttribute('data-theme', 'light');
        expect.soft(await axeViolations(page)).toEqual([]);
      });
      expect.soft(cspViolations).toEqual([]);
      expect(errors).toEqual([]);
    });
});

test.describe('pages that every reader and search engine can tell apart', () => {
  let heads: ParsedPage[];
  test.beforeAll(async ({ browser }) => {
    heads = [...(await parseBuiltPages(browser, pages)).values()];
  });

  test('every page has a title, a description and a language', () => {
    expect(heads.filter((h) => !h.title || !h.description || !h.lang)).toEqual([]);
  });

  test('no two pages share a title', () => {
    const seen = new Map<string, string>();
    const clashes = heads.flatMap((h) => {
      const other = seen.get(h.title);
      seen.set(h.title, h.file);
      return other ? [`${other} and ${h.file}: "${h.title}"`] : [];
    });
    expect(clashes).toEqual([]);
  });
});

test.describe('motion', () => {
  test('with reduced motion asked for, nothing animates or scrolls smoothly', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(url('frameworks/cus/identify-the-customer/'));
    await hydrateAll(page);
    // Open every note, so that its styles are in play too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const moving = await page.evaluate(() => {
      const seconds = (value: string) =>
        Math.max(...value.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))));
      const found: string[] = [];
      for (const element of document.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo);
          const animated = style.animationName !== 'none' && seconds(style.animationDuration) > 0.001;
          const transitioned = seconds(style.transitionDuration) > 0.001;
          if (animated || transitioned)
            found.push(`${element.localName}${pseudo ?? ''} ${element.getAttribute('class') ?? ''}`);
        }
      }
      if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('html: smooth scrolling');
      return found;
    });
    expect(moving).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
