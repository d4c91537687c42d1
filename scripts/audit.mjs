#!/usr/bin/env node
/**
 * `npm run audit`: Lighthouse (mobile defaults: emulated phone, simulated slow 4G and
 * CPU) on the home page, a chapter with islands and Your results, against the built
 * site served as a static host would, compressed. Prints the four category scores and LCP, TBT
 * and CLS. It reports; it does not fail the tests. Run `npm run build` first.
 *
 *   node scripts/audit.mjs [--dir dist] [--base /] [--json reports/lighthouse.json]
 *
 * Uses a system Chromium (CHROMIUM_PATH or CHROME_PATH, else the usual places).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './preview-server.mjs';
import { ensureChromium } from '../tests/e2e/support/chromium.mjs';

const PAGES = [
  { name: 'Home', path: '' },
  { name: 'Chapter with islands', path: 'frameworks/cus/identify-the-customer/' },
  { name: 'Your results', path: 'results/' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  { id: 'largest-contentful-paint', label: 'LCP', unit: 'ms' },
  { id: 'total-blocking-time', label: 'TBT', unit: 'ms' },
  { id: 'cumulative-layout-shift', label: 'CLS', unit: '' },
];

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = arg('dir', 'dist');
const jsonOut = arg('json', 'reports/lighthouse.json');

if (!existsSync(`${dir}/index.html`)) {
  console.error(`No production build in ${dir}/. Run \`npm run build\` first.`);
  process.exit(1);
}

const chromePath = process.env.CHROME_PATH ?? ensureChromium();
// Astro's preview server compresses (gzip), as a real host does.
const site = await serve({ dir, port: 0, base: arg('base', '/') });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});

const rows = [];
const failures = [];
try {
  for (const page of PAGES) {
    const target = new URL(page.path, site.url).href;
    // One run per page, mobile defaults (Lighthouse's default config is the mobile one).
    const result = await lighthouse(target, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { lhr } = result;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
    const metrics = Object.fromEntries(METRICS.map((m) => [m.id, lhr.audits[m.id]?.numericValue ?? null]));
    rows.push({ ...page, url: target, scores, metrics });
    // What kept a category below 1: failing audits that carry weight.
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1)
          failures.push(`${page.name} · ${c} · ${audit.id} (${audit.score}): ${audit.title}`);
      }
    }
  }
} finally {
  chrome.kill();
  await site.close();
}

const fmt = (v) => (v === null ? '—' : v.toFixed(2));
const header = ['Page', 'Perf', 'A11y', 'Best practices', 'SEO', 'LCP', 'TBT', 'CLS'];
const lines = rows.map((r) => [
  r.name,
  ...CATEGORIES.map((c) => fmt(r.scores[c])),
  `${Math.round(r.metrics['largest-contentful-paint'])} ms`,
  `${Math.round(r.metrics['total-blocking-time'])} ms`,
  r.metrics['cumulative-layout-shift'].toFixed(3),
]);
console.log(
  `\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile defaults, ${chromePath}\n`,
);
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const l of lines) console.log(`| ${l.join(' | ')} |`);
if (failures.length > 0) {
  console.log('\nAudits below a full score:');
  for (const f of failures) console.log(`  - ${f}`);
}

mkdirSync(dirname(jsonOut), { recursive: true });
writeFileSync(jsonOut, JSON.stringify({ date: new Date().toISOString(), rows, failures }, null, 2));
console.log(`\nDetails: ${jsonOut}`);
