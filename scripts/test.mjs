#!/usr/bin/env node
/**
 * `npm test`: every check the project has. Stops at nothing: each step runs and
 * reports, and the exit code is non-zero when any step or test failed. Ends with the
 * time of each step, the wall time, and one line: "N passed, N failed".
 *
 * Steps that do not depend on each other run side by side, in four stages:
 *   1. lockfile · typecheck (astro check) · lint · unit tests · originality
 *   2. production build
 *   3. HTML check · link check · sub-path build, then its link check
 *   4. browser tests, with the offline test of the sub-path build in the same run
 * Each of astro check, ESLint and the HTML checker keeps about one core busy, so on a
 * two-core machine two of them at once take little more than the longer alone. A
 * step run beside others prints its output in one piece when it ends.
 *
 *   node scripts/test.mjs [lockfile|check|lint|unit|originality|html|e2e|links …]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from '../tests/e2e/support/chromium.mjs';

const results = [];
let passedTests = 0;
let failedTests = 0;
const startedAll = Date.now();

/**
 * Runs one step and resolves with its entry in the summary. `shared` steps run beside
 * others: their output is held and printed when they end, so it does not interleave.
 */
function run(name, command, args, { env = {}, shared = false } = {}) {
  const result = { name, ok: false, seconds: 0 };
  results.push(result); // the summary keeps the order the steps were started in
  const header = `\n▶ ${name}: ${command} ${args.join(' ')}`;
  if (!shared) console.log(header);
  const started = Date.now();
  const child = spawn(command, args, {
    stdio: shared ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    const end = (ok, extra = '') => {
      result.ok = ok;
      result.seconds = (Date.now() - started) / 1000;
      if (shared)
        console.log(`${header} (${result.seconds.toFixed(1)} s)\n${Buffer.concat(output).toString()}${extra}`);
      else if (extra) console.log(extra);
      resolve(result);
    };
    child.on('error', (error) => end(false, `${error.message}\n`));
    child.on('close', (status) => end(status === 0));
  });
}

/** Adds a test report's counts to the totals; a missing report, or one with no test, is a failure. */
function count(result, report, read) {
  if (!existsSync(report)) {
    failedTests += 1;
    result.ok = false;
    return;
  }
  const { passed, failed } = read(JSON.parse(readFileSync(report, 'utf8')));
  passedTests += passed;
  failedTests += failed;
  if (passed + failed === 0) result.ok = false;
}

/** Runs the browser tests (@playwright/test, playwright.config.ts) and adds their counts to the totals. */
async function playwright(name, env, args) {
  mkdirSync('reports', { recursive: true });
  const report = 'reports/e2e.json'; // written by the JSON reporter set in playwright.config.ts
  rmSync(report, { force: true });
  const result = await run(name, 'npx', ['playwright', 'test', ...args], { env });
  // A flaky test (passed on a retry) counts as passed; retries are off in playwright.config.ts.
  count(result, report, ({ stats }) => ({ passed: stats.expected + stats.flaky, failed: stats.unexpected }));
}

/** Runs a vitest project and adds its counts to the totals. */
async function vitest(name, project, options) {
  mkdirSync('reports', { recursive: true });
  const report = `reports/${project}.json`;
  rmSync(report, { force: true });
  const args = ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json'];
  const result = await run(name, 'npx', [...args, `--outputFile.json=${report}`], options);
  count(result, report, (json) => ({ passed: json.numPassedTests, failed: json.numFailedTests }));
}

/** The originality check, which needs the source articles beside the project (../shared). */
async function originality() {
  const tool = '../shared/tools/originality.mjs';
  if (existsSync(tool))
    return run('Originality check (no 8-word run from the source articles)', 'node', [tool], { shared: true });
  // Outside the team's machines the articles may be absent: say so in the summary, and fail in CI where they must be.
  console.log(`\n▷ Originality check NOT RUN: ${tool} is not beside this project.`);
  results.push({ name: `Originality check NOT RUN (${tool} missing)`, ok: !process.env.CI, seconds: 0 });
}

const only = process.argv.slice(2);
const want = (step) => only.length === 0 || only.includes(step);
const shared = { shared: true };

// 1. Checks of the sources, side by side.
await Promise.all([
  want('lockfile') && run('Lockfile complete for npm ci', 'node', ['scripts/complete-lockfile.mjs', '--check'], shared),
  want('check') && run('Type check', 'npx', ['astro', 'check'], shared),
  want('lint') && run('Lint', 'npm', ['run', 'lint', '--silent'], shared),
  want('unit') && vitest('Unit tests', 'unit', shared),
  want('originality') && originality(),
]);

// 2. The production build (astro check and astro build both write .astro/: never side by side).
const built =
  (want('e2e') || want('links') || want('html')) && (await run('Production build', 'npx', ['astro', 'build'])).ok;

// 3. Checks of the built files, and the sub-path build (after the main one, for the same reason).
let subPathBuilt = false;
await Promise.all([
  built &&
    want('html') &&
    run('HTML check (W3C Nu HTML Checker)', 'node', ['scripts/check-html.mjs', '--dir', 'dist'], shared),
  built && want('links') && run('Link check', 'node', ['scripts/check-links.mjs', '--dir', 'dist'], shared),
  want('links') &&
    (async () => {
      const env = { BASE_PATH: '/playbook/' };
      const args = ['astro', 'build', '--outDir', 'dist-subpath'];
      subPathBuilt = (await run('Sub-path build (BASE_PATH=/playbook/)', 'npx', args, { env, shared: true })).ok;
      if (subPathBuilt) {
        const check = ['scripts/check-links.mjs', '--dir', 'dist-subpath', '--base', '/playbook/'];
        await run('Sub-path link check', 'node', check, shared);
      }
    })(),
]);

// 4. Browser tests: project `site` on dist/; project `sub-path` runs the offline test on the sub-path
// build, because the service worker's scope and precache must follow the sub-path too.
const projects = [built && want('e2e') && 'site', subPathBuilt && 'sub-path'].filter(Boolean);
if (projects.length > 0) {
  let chromium;
  try {
    chromium = ensureChromium();
  } catch (error) {
    console.error(`\n${error.message}`);
    results.push({ name: 'Find Chromium', ok: false, seconds: 0 });
  }
  if (chromium) {
    const env = { CHROMIUM_PATH: chromium, ...(subPathBuilt && { E2E_SUBPATH_DIST: 'dist-subpath' }) };
    await playwright(
      `Browser tests (Playwright; projects: ${projects.join(', ')})`,
      env,
      projects.flatMap((p) => ['--project', p]),
    );
  }
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`);
console.log(`  wall time ${((Date.now() - startedAll) / 1000).toFixed(1)} s (steps in a stage run side by side)`);
const stepsFailed = results.filter((r) => !r.ok).length;
console.log(
  `\ntests: ${passedTests} passed, ${failedTests} failed; steps: ${results.length - stepsFailed} passed, ${stepsFailed} failed`,
);
console.log(`${passedTests + results.length - stepsFailed} passed, ${failedTests + stepsFailed} failed`);
process.exit(failedTests + stepsFailed > 0 ? 1 : 0);
