/**
 * The playbook offline: after `astro build` (and after Starlight has written the Pagefind
 * index, whose hook runs earlier), Workbox writes `sw.js`, a service worker that precaches
 * every page, script, stylesheet, image and search file of the build. A visit installs it;
 * from then on the whole playbook opens with no network. A new build changes the files'
 * revisions, the browser installs the new worker beside the old one, and the page offers
 * to reload (src/components/starlight/UpdatePrompt.astro). The worker only touches its own
 * caches: answers in localStorage are never read or changed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** What is precached: everything a reader may open, search included. */
export const PRECACHE_PATTERNS = ['**/*.{html,js,css,json,svg,png,ico,webmanifest,woff,woff2,txt}', 'pagefind/**/*'];

export function offline(): AstroIntegration {
  return {
    name: 'playbook-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          globPatterns: PRECACHE_PATTERNS,
          globIgnores: ['sw.js', 'workbox-*.js', 'sitemap*.xml'],
          swDest: `${out}/sw.js`,
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          cacheId: 'playbook',
          // Activate at the first visit so the first page is already covered; later versions
          // wait for the reader to choose to reload (SKIP_WAITING from the update prompt).
          clientsClaim: true,
          skipWaiting: false,
          cleanupOutdatedCaches: true,
          // `/search/?q=…` and shared results links are the same files as their bare URLs.
          ignoreURLParametersMatching: [/.*/],
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
