#!/usr/bin/env node
/**
 * `npm run bench`: how the build scales. For 100 and 1,000 synthetic chapters
 * (copies of the real chapters, islands and all, in a temporary folder) it builds
 * the playbook, and plain Starlight on the same Markdown (docsLoader, default
 * sidebar, no islands, no overrides, no CSP), and prints for each: build time,
 * pages per second, dist size, Pagefind index size and the median time of 20
 * Pagefind queries in Chromium after a warm-up. Not part of `npm test`.
 *
 *   node scripts/bench.mjs [--sizes 100,1000] [--keep]
 *
 * --keep leaves the temporary projects in place (their path is printed).
 * --prepare only makes the projects (kept) and prints their paths, e.g. to profile a build:
 *   node --cpu-prof --cpu-prof-dir=prof node_modules/astro/bin/astro.mjs build   (in the playbook copy)
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { serve } from './preview-server.mjs';
import { ensureChromium } from '../tests/e2e/support/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** Realistic queries (tests/fixtures/search-queries.json): the first 20 are timed, the rest warm up. */
const ALL_QUERIES = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/search-queries.json'), 'utf8')).queries.map(
  (q) => q.query,
);
const QUERIES = ALL_QUERIES.slice(0, 20);
const WARM_UP = ALL_QUERIES.slice(20);

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg('sizes', '100,1000').split(',').map(Number);
const PREPARE = process.argv.includes('--prepare');
const KEEP = PREPARE || process.argv.includes('--keep');

// ---------------------------------------------------------------- content

function splitFrontmatter(text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return match ? { data: parse(match[1]) ?? {}, body: text.slice(match[0].length) } : { data: {}, body: text };
}
const withFrontmatter = (data, body) => `---\n${stringify(data)}---\n${body}`;

function mdxFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => join(dir, f));
}

/** The real chapters (kind: chapter), the templates for the synthetic ones. */
function templates() {
  return mdxFiles(join(ROOT, 'content/docs'))
    .sort()
    .map((file) => ({ file, ...splitFrontmatter(readFileSync(file, 'utf8')) }))
    .filter((t) => t.data.kind === 'chapter');
}

/** Writes `count` synthetic chapters into `docsDir/bench/`, cycling through the templates. */
function generateChapters(docsDir, count) {
  const sources = templates();
  mkdirSync(join(docsDir, 'bench'), { recursive: true });
  for (let i = 1; i <= count; i++) {
    const t = sources[(i - 1) % sources.length];
    const n = String(i).padStart(4, '0');
    const data = { ...t.data, title: `${t.data.title} (${n})`, order: 100 + i };
    const body = `Synthetic chapter ${n}, a copy of "${t.data.title}" for the benchmark.\n\n${t.body}`;
    writeFileSync(join(docsDir, 'bench', `${basename(t.file, '.mdx')}-${n}.mdx`), withFrontmatter(data, body));
  }
}

/** The same page for plain Starlight: no playbook components (their imports and tags go, in a line of their own or inside a sentence). */
function toPlainStarlight(text) {
  const own = [...text.matchAll(/^import\s+(\w+)\s+from\s+'~\/[^']+';\s*$/gm)].map((m) => m[1]);
  let out = text.replace(/^import\s+\w+\s+from\s+'~\/[^']+';[ \t]*$/gm, '');
  for (const name of own)
    out = out
      .replace(new RegExp(`^<${name}\\b[^>]*/>\\s*$\\n?`, 'gm'), '')
      .replace(new RegExp(` ?<${name}\\b[^>]*/>`, 'g'), '');
  return out;
}

// ---------------------------------------------------------------- projects

/**
 * Gives a temporary project this project's node_modules as hard links (fast, no
 * extra space). A symlink is not enough: Vite then mixes real and linked paths.
 */
function linkNodeModules(dir) {
  const linked = spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
  if (linked.status !== 0) cpSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), { recursive: true });
}

/** A copy of this project with `count` extra chapters, sharing node_modules. */
function playbookProject(base, count) {
  const dir = join(base, 'playbook');
  mkdirSync(dir, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'])
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  linkNodeModules(dir);
  generateChapters(join(dir, 'content/docs'), count);
  return dir;
}

/** Plain Starlight on the same pages: the playbook's content/docs and the same synthetic chapters. */
function plainProject(base, playbookDir) {
  const dir = join(base, 'starlight');
  const docs = join(dir, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  linkNodeModules(dir);
  // Dependencies listed as in any Starlight project: Astro bundles the packages it finds there
  // (without them, Starlight's middleware is left to Node, which cannot load 'astro:' modules).
  const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies;
  const dependencies = { astro: own.astro, '@astrojs/starlight': own['@astrojs/starlight'], sharp: own.sharp };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'plain-starlight', private: true, type: 'module', dependencies }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: 'Customer Service Playbook' })] });
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const from = join(playbookDir, 'content/docs');
  for (const file of mdxFiles(from)) {
    const target = join(docs, relative(from, file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, toPlainStarlight(readFileSync(file, 'utf8')));
  }
  return dir;
}

// ---------------------------------------------------------------- measures

/** Builds a project and returns the wall-clock seconds; its output goes to build.log beside it. */
function build(dir) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.BASE_PATH;
  delete env.SITE_URL;
  const log = join(dir, 'build.log');
  const out = openSync(log, 'w');
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: dir, env, stdio: ['ignore', out, out] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  if (run.status !== 0)
    throw new Error(`Build failed in ${dir} (${run.signal ?? run.status}):\n${readFileSync(log, 'utf8').slice(-4000)}`);
  return seconds;
}

function sizeOf(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}
const countHtml = (dist) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

async function medianQueryMs(browser, dist) {
  const site = await serve({ dir: dist, port: 0, base: '/' });
  // No service worker: its background download of the whole site would compete with the queries.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(site.url);
    const times = await page.evaluate(
      async ({ queries, warmUp }) => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.init();
        /** A query as a reader sees it: the search, then the data of the first five results. */
        const query = async (q) => {
          const search = await pagefind.search(q);
          await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
        };
        // Warm-up on other queries: the WebAssembly, the metadata and some index chunks load; the
        // timed queries still fetch the chunks and fragments they alone need, as a reader's would.
        for (const q of warmUp) await query(q);
        const ms = [];
        for (const q of queries) {
          const t0 = performance.now();
          await query(q);
          ms.push(performance.now() - t0);
        }
        return ms;
      },
      { queries: QUERIES, warmUp: WARM_UP },
    );
    times.sort((a, b) => a - b);
    return (times[(times.length - 1) >> 1] + times[times.length >> 1]) / 2;
  } finally {
    await context.close();
    await site.close();
  }
}

async function measure(browser, dir) {
  const seconds = build(dir);
  const dist = join(dir, 'dist');
  const pages = countHtml(dist);
  return {
    seconds,
    pages,
    pagesPerSecond: pages / seconds,
    distBytes: sizeOf(dist),
    // A page outside the synthetic chapters: its size shows whether pages grow with the playbook.
    pageBytes: sizeOf(join(dist, 'glossary/index.html')),
    pagefindBytes: sizeOf(join(dist, 'pagefind')),
    queryMs: await medianQueryMs(browser, dist),
  };
}

// ---------------------------------------------------------------- report

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1e3).toFixed(0)} KB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

function table(results) {
  const head = [
    'Chapters',
    'Site',
    'Pages',
    'Build',
    'Pages/s',
    'dist',
    'Glossary page',
    'Pagefind index',
    'Median query',
  ];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const { size, playbook: p, plain: s } of results) {
    lines.push(
      `| ${size} | Playbook | ${p.pages} | ${p.seconds.toFixed(1)} s | ${p.pagesPerSecond.toFixed(1)} | ${mb(p.distBytes)} | ${kb(p.pageBytes)} | ${mb(p.pagefindBytes)} | ${p.queryMs.toFixed(1)} ms |`,
      `| ${size} | Plain Starlight | ${s.pages} | ${s.seconds.toFixed(1)} s | ${s.pagesPerSecond.toFixed(1)} | ${mb(s.distBytes)} | ${kb(s.pageBytes)} | ${mb(s.pagefindBytes)} | ${s.queryMs.toFixed(1)} ms |`,
      `| ${size} | Ratio | | ${ratio(p.seconds, s.seconds)} | ${ratio(p.pagesPerSecond, s.pagesPerSecond)} | ${ratio(p.distBytes, s.distBytes)} | ${ratio(p.pageBytes, s.pageBytes)} | ${ratio(p.pagefindBytes, s.pagefindBytes)} | ${ratio(p.queryMs, s.queryMs)} |`,
    );
  }
  return lines.join('\n');
}

const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--disable-gpu'] });
const results = [];
try {
  for (const size of SIZES) {
    const base = mkdtempSync(join(tmpdir(), `playbook-bench-${size}-`));
    console.log(`\n${size} chapters in ${base}`);
    try {
      const playbookDir = playbookProject(base, size);
      const plainDir = plainProject(base, playbookDir);
      if (PREPARE) {
        console.log(`  playbook: ${playbookDir}\n  plain Starlight: ${plainDir}`);
        continue;
      }
      console.log('  building the playbook…');
      const playbook = await measure(browser, playbookDir);
      console.log(`  ${playbook.pages} pages in ${playbook.seconds.toFixed(1)} s; building plain Starlight…`);
      const plain = await measure(browser, plainDir);
      console.log(`  ${plain.pages} pages in ${plain.seconds.toFixed(1)} s`);
      results.push({ size, playbook, plain });
    } finally {
      if (!KEEP) rmSync(base, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
if (PREPARE) process.exit(0);

const versions = ['astro', '@astrojs/starlight', 'pagefind'].map(
  (name) => `${name} ${JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version}`,
);
console.log(
  `\nNode ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 1e9)} GB; ${versions.join(', ')}`,
);
console.log(
  `Median of ${QUERIES.length} queries (tests/fixtures/search-queries.json), each a search plus its first five results, after ${WARM_UP.length} other queries to warm up.\n`,
);
{
  console.log(table(results));
  console.log('\nPlaybook ÷ plain Starlight, same run:');
  for (const { size, playbook: p, plain: s } of results)
    console.log(
      `  ${size} chapters: build time ${ratio(p.seconds, s.seconds)}, dist size ${ratio(p.distBytes, s.distBytes)}`,
    );
}
