/**
 * Accessibility sweep: axe (WCAG 2.0–2.2, levels A and AA) over every page of the
 * build, in the light and the dark theme, with answers stored so that scores,
 * notes and "where to start" lists are on screen too. Pages come from listing the
 * build's HTML files, so a new page is swept without anyone adding it here.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, openPage, url, type Watched, hydrateAll } from './support/browser';
import { builtPages, parseBuiltPages, type ParsedPage } from './support/built-pages';
import { ANSWERS_KEY, fixture, seed } from './support/storage';

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = builtPages();

// A hundred pages to sweep, each on its own: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

/**
 * Light theme: every rule. Dark theme: contrast only, because the other rules do not
 * depend on colours (and a full second sweep would double the time).
 */
const SWEEPS = [
  { colorScheme: 'light', rules: 'all WCAG A/AA rules' },
  { colorScheme: 'dark', rules: 'colour contrast' },
] as const;

for (const { colorScheme, rules } of SWEEPS)
  test.describe(`every page in the ${colorScheme} theme: ${rules}`, () => {
    let watched: Watched;
    test.beforeAll(async ({ browser }) => {
      // The theme follows the system (Starlight's "auto"), here the emulated one.
      watched = await openPage(browser, { colorScheme });
      const { script, arg } = seed(ANSWERS_KEY, fixture('storage/v1/some-answers.json'));
      await watched.page.addInitScript(script, arg);
    });
    test.afterAll(() => watched?.context.close());

    for (const [_, path] of pages.map((p) => [p.path || '/', p.path] as const))
      test(`${_} passes`, async () => {
        const { page, errors } = watched;
        errors.length = 0;
        await page.goto(url(path));
        await hydrateAll(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        // Only violations are read: asking for no detail on passing rules makes axe much faster.
        const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
        const { violations } = await (
          colorScheme === 'light' ? axe.withTags(WCAG_A_AA) : axe.withRules(['color-contrast'])
        ).analyze();
        const found = violations.map((v) => ({
          rule: v.id,
          help: v.help,
          where: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim()}`),
        }));
        expect(found).toEqual([]);
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
