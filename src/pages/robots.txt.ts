import type { APIRoute } from 'astro';
import { sitePath } from '~/lib/links';

/**
 * robots.txt: every page may be indexed. Points to the sitemap only when the site's
 * address is known (SITE_URL), because Starlight writes the sitemap only then.
 */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Disallow:'];
  if (site) lines.push('', `Sitemap: ${new URL(sitePath('/sitemap-index.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
