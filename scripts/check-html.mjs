#!/usr/bin/env node
/**
 * Validates every built page with the W3C Nu HTML Checker (vnu-jar, which needs
 * Java: Debian's `default-jre-headless` is installed when missing, as root).
 * Fails on any error of the project's own. Starlight's SidebarPersister writes
 * `<script aria-hidden="true">` on every page; that is upstream and is counted
 * apart, not hidden.
 *
 *   node scripts/check-html.mjs [--dir dist]
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { ensureBinary } from './lib/system-binary.mjs';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });

/** Errors that come from Starlight's own markup, not ours (see docs/writing.md). */
const UPSTREAM = [/The “aria-hidden” attribute must not be specified on the “script” element\./];

const java = ensureBinary({
  what: 'Java runtime',
  envVar: 'JAVA_PATH',
  candidates: ['/usr/bin/java', '/usr/local/bin/java'],
  debianPackage: 'default-jre-headless',
  hint: 'The HTML check needs Java (Debian/Ubuntu: `sudo apt-get install default-jre-headless`), or set JAVA_PATH.',
});
const jar = String(createRequire(import.meta.url)('vnu-jar'));

const run = spawnSync(java, ['-jar', jar, '--format', 'json', '--errors-only', '--skip-non-html', values.dir], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) throw run.error;
const messages = JSON.parse(run.stderr || '{"messages":[]}').messages;
const upstream = messages.filter((m) => UPSTREAM.some((pattern) => pattern.test(m.message)));
const ours = messages.filter((m) => !upstream.includes(m));

for (const m of ours) {
  const page = m.url?.replace(/^file:.*?\/(dist[^/]*)\//, '$1/') ?? '(unknown page)';
  console.log(`${page}:${m.lastLine ?? '?'}  ${m.message}\n    ${(m.extract ?? '').replace(/\s+/g, ' ')}`);
}
console.log(
  `HTML check of ${values.dir}/: ${ours.length} error(s) of ours; ${upstream.length} upstream (Starlight's <script aria-hidden>).`,
);
process.exit(ours.length > 0 || run.status > 1 ? 1 : 0);
