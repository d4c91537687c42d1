/**
 * The Content-Security-Policy (astro.config.mjs, `security.csp`) is strict: no
 * 'unsafe-inline' or 'unsafe-eval' scripts. Every inline script must be allowed
 * by its hash, so a changed Starlight script (an upgrade, an override edited)
 * fails here rather than silently breaking the theme or the sidebar. Then the
 * browser proves it: the theme switch, an island and search report no CSP violation
 * (and the sweep in a11y.test.ts finds none on any page with all its islands loaded).
 */
import { createHash } from 'node:crypto';
import type { Browser } from '@playwright/test';
import { expect, test, openPage, url, firstStatement, hydrateAll, recordCspViolations } from './support/browser';
import { searchInDialog, searchOnPage } from './support/search';
import { builtPages, parseBuiltPages, type ParsedPage } from './support/built-pages';

const pages = builtPages();
let parsed: Map<string, ParsedPage>;
test.beforeAll(async ({ browser }) => {
  parsed = await parseBuiltPages(browser, pages);
});

/** The policy of a built page, directive name → sources. */
function policyOf(page: ParsedPage): Map<string, string[]> {
  expect(page.policies.length, 'one CSP <meta> per page').toBe(1);
  const policy = new Map<string, string[]>();
  for (const directive of page.policies[0]!.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Sources that govern inline <script> elements (CSP 3 fallback order). */
const scriptElementSources = (policy: Map<string, string[]>) =>
  policy.get('script-src-elem') ?? policy.get('script-src') ?? policy.get('default-src') ?? [];
/** Sources that govern <style> elements. */
const styleElementSources = (policy: Map<string, string[]>) =>
  policy.get('style-src-elem') ?? policy.get('style-src') ?? policy.get('default-src') ?? [];

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const missingFrom = (sources: string[], texts: string[]) =>
  texts
    .map((text) => ({ hash: sha256(text), start: text.trim().slice(0, 80) }))
    .filter((t) => !sources.includes(t.hash));

test.describe('the Content-Security-Policy of every built page', () => {
  test('the build has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  for (const file of pages.map((p) => p.file))
    test(`${file} allows each of its inline scripts by hash`, () => {
      const page = parsed.get(file)!;
      const policy = policyOf(page);
      const scripts = scriptElementSources(policy);
      expect(scripts).toContain("'self'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(policy.get('script-src-attr') ?? []).not.toContain("'unsafe-inline'");
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);

      const code = page.scripts.filter((s) => !/^application\/(ld\+)?json$/i.test(s.type)).map((s) => s.text);
      expect(
        missingFrom(scripts, code),
        'inline scripts whose hash the CSP lacks (see scripts/csp-hashes.mjs)',
      ).toEqual([]);
    });

  for (const file of pages.map((p) => p.file))
    test(`${file} allows each of its <style> elements by hash`, () => {
      const page = parsed.get(file)!;
      const styles = styleElementSources(policyOf(page));
      expect(styles).not.toContain("'unsafe-inline'");
      expect(missingFrom(styles, page.styles), '<style> elements whose hash the CSP lacks').toEqual([]);
    });

  test('no page uses inline event handlers or javascript: URLs, which the policy blocks', () => {
    const offenders = [...parsed.values()].flatMap((p) => p.scriptAttributes.map((a) => `${p.file}: ${a}`));
    expect(offenders).toEqual([]);
  });
});

test.describe('in the browser, under that policy', () => {
  /** Opens a page that records every CSP violation the browser reports, across navigations. */
  async function openWatched(browser: Browser) {
    const watched = await openPage(browser);
    return { ...watched, violations: await recordCspViolations(watched.context) };
  }

  // That no page reports a violation once all its islands have loaded is checked by the sweep of
  // every page in a11y.test.ts, which loads and hydrates each page once for axe and for this.

  test('the theme switch, an assessment and search all work without a violation', async ({ browser }) => {
    const { page, errors, violations } = await openWatched(browser);
    await page.goto(url('frameworks/cus/identify-the-customer/'));

    // The theme script (inline, hashed) runs: choosing light changes the page.
    await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

    // An island hydrates and works.
    await hydrateAll(page);
    const statement = firstStatement(page);
    await statement.getByRole('radio', { name: 'Routinely', exact: true }).check();
    await expect(page.getByText(/out of 100/).first()).toBeVisible();

    // Search loads Pagefind (WebAssembly, a worker) and finds a chapter, in the dialog and on the search page.
    await searchInDialog(page, 'barista', /Identify the customer/);
    await searchOnPage(page, 'complaint', /complains at the counter/);

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
