/**
 * Shared browser plumbing for the Playwright tests: pages in fresh contexts of the
 * worker's browser (Playwright's `browser` fixture, so traces are kept for them),
 * that record every console error, uncaught exception and request to another host,
 * and helpers to wait for islands to hydrate.
 */
import { test as base, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/** Which build a project tests: its folder and the sub-path it is served under. */
export interface BuildOption {
  build: { dir: string; base: string };
}

/**
 * Playwright's `test`, with every context a test opens from the worker's browser
 * closed when the test ends (its trace is saved first). The browser lives as long
 * as the worker, so contexts left open would pile up across files; contexts made in
 * `beforeAll` are the hook's to close.
 */
export const test = base.extend<{ closeContexts: void }, BuildOption>({
  // The build that tests serving their own copy use (offline.test.ts); the `sub-path` project sets another.
  build: [
    { dir: process.env.E2E_DIST ?? 'dist', base: process.env.BASE_PATH ?? '/' },
    { option: true, scope: 'worker' },
  ],
  closeContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      await Promise.all(
        browser
          .contexts()
          .filter((context) => !before.has(context))
          .map((context) => context.close()),
      );
    },
    { auto: true },
  ],
});

/** Address of the built site, served once for the whole run by global-setup.ts. */
export function baseUrl(): string {
  const served = process.env.E2E_BASE_URL;
  if (!served) throw new Error('E2E_BASE_URL is not set: run the browser tests with `npx playwright test`.');
  return served;
}

/** Absolute URL of a site path, e.g. url('frameworks/cus/'). */
export const url = (path = '') => new URL(path.replace(/^\//, ''), baseUrl()).href;

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and CSP violations, in order. */
  errors: string[];
  /** Every URL the page requested on a host other than the site's own. */
  foreignRequests: string[];
}

/**
 * Opens a page in a fresh context (its own storage) and watches it. Service workers are
 * blocked unless asked for: the offline worker would otherwise start downloading the whole
 * site in the background and, once in control, answer requests that `page.route` never
 * sees (tests/e2e/offline.test.ts is the one that wants it).
 */
export async function openPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] & { init?: () => void } = {},
): Promise<Watched> {
  const { init, ...contextOptions } = options;
  const context = await browser.newContext({ serviceWorkers: 'block', ...contextOptions });
  if (init) await context.addInitScript(init);
  return watch(context, await context.newPage());
}

/** Records errors and foreign requests of a page (also for a second tab of the same context). */
export function watch(context: BrowserContext, page: Page): Watched {
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const own = new URL(baseUrl()).host;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (/^https?:$/.test(target.protocol) && target.host !== own) foreignRequests.push(request.url());
  });
  return { page, context, errors, foreignRequests };
}

/** Resolves once every island on the page has hydrated. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

/**
 * Brings every island of the page to life, as a reader scrolling through would:
 * scrolls each one that still waits (`client:visible`) into view and waits until
 * it has hydrated. An <astro-island> is `display: contents` and has no box of its
 * own, so it is its first child that is scrolled to.
 */
export async function hydrateAll(page: Page): Promise<void> {
  for (;;) {
    const island = await page.evaluateHandle(() => {
      const waiting = document.querySelector('astro-island[ssr]');
      (waiting?.firstElementChild ?? waiting)?.scrollIntoView({ block: 'center' });
      return waiting;
    });
    const element = island.asElement();
    if (!element) break;
    await page.waitForFunction((e) => !e.hasAttribute('ssr'), element);
    await element.dispose();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The first assessment statement on the page: the group that holds the practice scale's radios. */
export const firstStatement = (page: Page): Locator =>
  page
    .getByRole('group')
    .filter({ has: page.getByRole('radio') })
    .first();

/**
 * Resolves once the page has loaded and has begun every load it starts on its own:
 * intersection observers (`client:visible` islands in view) report within the next
 * two frames, and idle callbacks run after that. A condition, not a fixed wait, and
 * unlike waiting for the network to fall quiet it does not depend on timing.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => done()))),
      ),
  );
}

/**
 * Records every Content-Security-Policy violation the pages of a context report
 * (`securitypolicyviolation` events), across navigations, into the returned list.
 */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('reportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) =>
      report(
        `${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  return violations;
}
