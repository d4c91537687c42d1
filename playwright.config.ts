/**
 * Browser tests: @playwright/test against the production build (dist/, or E2E_DIST),
 * served once under BASE_PATH by tests/e2e/support/global-setup.ts, in the system's
 * Chromium (never a downloaded browser). `npm run test:e2e` builds first; after a
 * build, `npx playwright test [file]` runs them directly.
 *
 * Projects: `site` runs every file against that build. `sub-path` exists only when
 * E2E_SUBPATH_DIST names a build made under a sub-path (E2E_SUBPATH_BASE, default
 * /playbook/): it runs the offline test there, in the same run as the rest, so its
 * service worker's scope and precache are checked under the sub-path without a
 * second Playwright start-up waiting at the end of `npm test`.
 */
import { defineConfig } from '@playwright/test';
import { ensureChromium } from './tests/e2e/support/chromium.mjs';
import type { BuildOption } from './tests/e2e/support/browser';

const subPath = process.env.E2E_SUBPATH_DIST;

export default defineConfig<object, BuildOption>({
  testDir: 'tests/e2e',
  testMatch: '**/*.test.ts',
  globalSetup: './tests/e2e/support/global-setup.ts',
  // Files are shared between the workers; the tests of a file run in order, in one worker.
  fullyParallel: false,
  // Two workers, one per core: each worker's Chromium keeps a core busy (axe and Pagefind are
  // CPU-bound), and one worker took twice as long (measured 2026-12-02). E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  // Auto-waiting assertions wait up to 15 s: a loaded 2-core machine hydrates slowly, and a pass comes as soon as the condition holds.
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  projects: [
    { name: 'site' },
    ...(subPath
      ? [
          {
            name: 'sub-path',
            testMatch: 'offline.test.ts',
            use: { build: { dir: subPath, base: process.env.E2E_SUBPATH_BASE ?? '/playbook/' } },
          },
        ]
      : []),
  ],
  // Traces of failed tests: `npx playwright show-trace reports/e2e-artifacts/<test>/trace.zip`.
  // They keep the DOM snapshots of every step but no screenshots: recording a screencast
  // of every passing test cost about 6% of the suite's CPU (measured 2026-12-02).
  outputDir: 'reports/e2e-artifacts',
  use: {
    browserName: 'chromium',
    trace: { mode: 'retain-on-failure', screenshots: false },
    launchOptions: {
      executablePath: ensureChromium(),
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
