/**
 * The playbook offline: after `astro build` (and after Starlight has written the Pagefind
 * index, whose hook runs earlier), Workbox's injectManifest writes `sw.js` from
 * ./sw-source.js with the list of every page, script, stylesheet, image and search file
 * of the build and their revisions, and Workbox's prebuilt runtime is copied beside it
 * (no bundling step, so the build stays fast). A visit installs the worker; from then on
 * the whole playbook opens with no network. A new build changes the revisions, the browser
 * installs the new worker beside the old one, and the page offers to reload
 * (src/lib/offline-client.ts). The worker only touches its own caches: answers in
 * localStorage are never read or changed.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** What is precached: everything a reader may open, search included. */
const PRECACHE_PATTERNS = ['**/*.{html,js,css,json,svg,png,ico,webmanifest,woff,woff2,txt}', 'pagefind/**/*'];
/** Workbox modules the worker imports, in dependency order (see sw-source.js). */
const RUNTIME = ['core', 'routing', 'strategies', 'precaching'];

const require = createRequire(import.meta.url);

/** Copies Workbox's prebuilt runtime into `<out>/workbox/`, without the source-map comments. */
function copyRuntime(out: string) {
  mkdirSync(`${out}/workbox`, { recursive: true });
  for (const name of RUNTIME) {
    const file = require.resolve(`workbox-${name}/build/workbox-${name}.prod.js`);
    const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '\n');
    writeFileSync(`${out}/workbox/workbox-${name}.prod.js`, code);
  }
}

export function offline(): AstroIntegration {
  return {
    name: 'playbook-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        copyRuntime(out);
        // Loaded only when a build finishes: `astro preview` and `astro dev` load this config too.
        const { injectManifest } = await import('workbox-build');
        const { count, size, warnings } = await injectManifest({
          swSrc: fileURLToPath(new URL('./sw-source.js', import.meta.url)),
          swDest: `${out}/sw.js`,
          globDirectory: out,
          globPatterns: PRECACHE_PATTERNS,
          // The worker and its runtime are kept by the browser as part of the worker itself.
          globIgnores: ['sw.js', 'workbox/**', 'sitemap*.xml'],
          // Hashed file names change with their content: no revision needed.
          dontCacheBustURLsMatching: /^_astro\//,
          maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files (${(size / 1e6).toFixed(1)} MB).`);
      },
    },
  };
}
