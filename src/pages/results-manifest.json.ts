/**
 * The results page's data as a static file: every framework, dimension, statement,
 * checklist and crosswalk theme (src/lib/results/manifest.ts). A file rather than a prop
 * inlined in the page, so the browser (and the offline cache) keeps it once instead of
 * downloading it with every load of the page.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '~/lib/content/catalog';
import { buildManifest } from '~/lib/results/manifest';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildManifest(await getCatalog())), {
    headers: { 'Content-Type': 'application/json' },
  });
