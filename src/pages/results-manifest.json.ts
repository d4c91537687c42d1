/**
 * The results page's data as a static file: every framework, dimension, statement,
 * checklist and crosswalk theme (src/lib/results/manifest.ts), and the earlier editions
 * of the questions (History shows answers given to them). A file rather than a prop
 * inlined in the page, so the browser (and the offline cache) keeps it once instead of
 * downloading it with every load of the page.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '~/lib/content/catalog';
import { loadArchive } from '~/lib/content/archive';
import { buildManifest, type ResultsData } from '~/lib/results/manifest';

export const GET: APIRoute = async () => {
  const data: ResultsData = { manifest: buildManifest(await getCatalog()), archive: loadArchive() };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
