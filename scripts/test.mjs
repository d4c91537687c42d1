#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in the order a reviewer would run them.
 * Stops at nothing: each step runs and reports, and the exit code is non-zero when
 * any step or test failed. Ends with one line: "N passed, N failed".
 *
 *   typecheck (astro check) · lint · unit tests · originality · production build · HTML check
 *   · browser tests · link check · sub-path build + link check + offline test
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from '../tests/e2e/support/chromium.mjs';

const results = [];
let passedTests = 0;
let failedTests = 0;

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const ok = status === 0;
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

/** Runs the browser tests (@playwright/test, playwright.config.ts) and adds their counts to the totals. */
function playwright(name, env = {}, files = []) {
  mkdirSync('reports', { recursive: true });
  const report = 'reports/e2e.json'; // written by the JSON reporter set in playwright.config.ts
  rmSync(report, { force: true });
  const ok = run(name, 'npx', ['playwright', 'test', ...files], env);
  if (existsSync(report)) {
    const { stats } = JSON.parse(readFileSync(report, 'utf8'));
    passedTests += stats.expected + stats.flaky;
    failedTests += stats.unexpected;
    if (stats.expected + stats.unexpected + stats.flaky === 0) results.at(-1).ok = false; // no test ran: a failure
  } else {
    failedTests += 1;
  }
  return ok;
}

/** Runs a vitest project and adds its counts to the totals. */
function vitest(name, project, env = {}) {
  mkdirSync('reports', { recursive: true });
  const report = `reports/${project}.json`;
  rmSync(report, { force: true });
  const ok = run(
    name,
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passedTests += json.numPassedTests;
    failedTests += json.numFailedTests;
    if (json.numTotalTests === 0) results.at(-1).ok = false; // a project that ran no test is a failure
  } else {
    failedTests += 1;
  }
  return ok;
}

const only = process.argv.slice(2);
const want = (step) => only.length === 0 || only.includes(step);

if (want('lockfile')) run('Lockfile complete for npm ci', 'node', ['scripts/complete-lockfile.mjs', '--check']);
if (want('check')) run('Type check', 'npx', ['astro', 'check']);
if (want('lint')) run('Lint', 'npm', ['run', 'lint', '--silent']);
if (want('unit')) vitest('Unit tests', 'unit');
if (want('originality')) {
  // The source articles sit beside the project (../shared) on the team's machines and in CI.
  const tool = '../shared/tools/originality.mjs';
  if (existsSync(tool)) run('Originality check (no 8-word run from the source articles)', 'node', [tool]);
  else {
    // Outside the team's machines the articles may be absent: say so in the summary, and fail in CI where they must be.
    console.log(`\n▷ Originality check NOT RUN: ${tool} is not beside this project.`);
    results.push({ name: `Originality check NOT RUN (${tool} missing)`, ok: !process.env.CI, seconds: 0 });
  }
}
if (want('e2e') || want('links') || want('html')) {
  const built = run('Production build', 'npx', ['astro', 'build']);
  if (built && want('html'))
    run('HTML check (W3C Nu HTML Checker)', 'node', ['scripts/check-html.mjs', '--dir', 'dist']);
  if (built && want('e2e')) {
    let chromium;
    try {
      chromium = ensureChromium();
    } catch (error) {
      console.error(`\n${error.message}`);
      results.push({ name: 'Find Chromium', ok: false, seconds: 0 });
    }
    if (chromium) playwright('Browser tests (Playwright)', { CHROMIUM_PATH: chromium });
  }
  if (built && want('links')) run('Link check', 'node', ['scripts/check-links.mjs', '--dir', 'dist']);
}
if (want('links')) {
  const built = run('Sub-path build (BASE_PATH=/playbook/)', 'npx', ['astro', 'build', '--outDir', 'dist-subpath'], {
    BASE_PATH: '/playbook/',
  });
  if (built) {
    run('Sub-path link check', 'node', ['scripts/check-links.mjs', '--dir', 'dist-subpath', '--base', '/playbook/']);
    // The service worker's scope and precache must follow the sub-path too.
    playwright(
      'Sub-path offline test',
      { CHROMIUM_PATH: ensureChromium(), E2E_DIST: 'dist-subpath', BASE_PATH: '/playbook/' },
      ['tests/e2e/offline.test.ts'],
    );
  }
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`);
const stepsFailed = results.filter((r) => !r.ok).length;
console.log(
  `\ntests: ${passedTests} passed, ${failedTests} failed; steps: ${results.length - stepsFailed} passed, ${stepsFailed} failed`,
);
console.log(`${passedTests + results.length - stepsFailed} passed, ${failedTests + stepsFailed} failed`);
process.exit(failedTests + stepsFailed > 0 ? 1 : 0);
