#!/usr/bin/env node
/**
 * Crawls a built site served as a static host would serve it (under --base when
 * given) and fails on any broken link or missing #fragment.
 *
 *   node scripts/check-links.mjs --dir dist [--base /playbook/]
 */
import { LinkChecker } from 'linkinator';
import { serve } from './preview-server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = arg('dir', 'dist');
const base = arg('base', '/');

const { url, close } = await serve({ dir, port: 0, base });
const checker = new LinkChecker();
const result = await checker.check({
  path: url,
  recurse: true,
  checkFragments: true,
  concurrency: 8,
  // The site links to no other host; anything external would be a privacy bug, reported as broken.
  linksToSkip: async (link) => link.startsWith('mailto:'),
});
await close();

const broken = result.links.filter((link) => link.state === 'BROKEN');
const pages = new Set(result.links.map((l) => l.url)).size;
console.log(`Checked ${result.links.length} links (${pages} distinct URLs) from ${url}`);
for (const link of broken)
  console.log(`  BROKEN ${link.status ?? ''} ${link.url}\n         on ${link.parent ?? '(start)'}`);
console.log(broken.length === 0 ? '0 broken links.' : `${broken.length} broken link(s).`);
process.exit(broken.length === 0 ? 0 : 1);
