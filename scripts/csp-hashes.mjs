/**
 * Hashes for the Content-Security-Policy that Astro cannot compute itself.
 *
 * Astro hashes the scripts it bundles, but not `<script is:inline>`: the body is
 * copied into the page as written, so its hash can be taken from the source file
 * at config time. Starlight has several such scripts (theme, sidebar, search
 * shortcut), and so do our overrides of its components. tests/e2e/csp.test.ts
 * hashes every inline script of every built page and fails when one is missing
 * here, e.g. after a Starlight upgrade.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** `sha256-…` (base64) of a script body, the form CSP expects. */
export function cspHash(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Bodies of every `<script is:inline>` in an .astro source. */
export function inlineScriptBodies(source) {
  return [...source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

function astroFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The CSP hashes of every inline script in the .astro files under `dirs`
 * (sorted, without duplicates).
 */
export function inlineScriptHashes(dirs) {
  const hashes = new Set();
  for (const dir of dirs)
    for (const file of astroFiles(dir))
      for (const body of inlineScriptBodies(readFileSync(file, 'utf8'))) hashes.add(cspHash(body));
  return [...hashes].sort();
}
