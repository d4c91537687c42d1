/**
 * After the build, puts Astro's island runtime before the first island of every page
 * (why: src/lib/island-runtime.ts). Scripts move, their text does not, so the CSP
 * hashes Astro put in each page still match. Runs before the offline integration, so
 * the service worker's revisions are those of the final pages.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hoistIslandRuntime } from '../lib/island-runtime.ts';

export function islandRuntimeFirst(): AstroIntegration {
  return {
    name: 'playbook-island-runtime-first',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let moved = 0;
        for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
          if (!name.endsWith('.html')) continue;
          const file = join(out, name);
          const html = readFileSync(file, 'utf8');
          const fixed = hoistIslandRuntime(html);
          if (fixed === html) continue;
          writeFileSync(file, fixed);
          moved++;
        }
        logger.info(`island runtime moved before the first island on ${moved} page(s).`);
      },
    },
  };
}
