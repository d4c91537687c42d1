/**
 * Zod for code that runs in the browser: zod/mini, the same zod 4 that astro/zod ships,
 * in its tree-shakable form (full zod would add about 20 KB gzipped to every page with
 * an island). Build-time content schemas use astro/zod.
 *
 * `jitless`: zod otherwise probes once whether `new Function` works, to compile fast
 * parsers; the site's Content-Security-Policy forbids eval, so the probe would be
 * reported as a violation on every page. Import zod from here so this runs first.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
