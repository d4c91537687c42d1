/** Site-relative URLs that respect the deploy sub-path (Astro's `base`). */
// Outside Vite (the browser tests import src/lib through Playwright's loader) there is no import.meta.env: root.
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/+$/, '');

/** URL of a page id: `frameworks/cus` → `/playbook/frameworks/cus/`. */
export function pageHref(pageId: string, section?: string): string {
  const path = pageId === 'index' || pageId === '' ? '/' : `/${pageId}/`;
  return `${base}${path}${section ? `#${section}` : ''}`;
}

/** The search page, pre-filled with a query. */
export function searchHref(query: string): string {
  return `${base}/search/?q=${encodeURIComponent(query)}`;
}

/** Any other path on this site, e.g. `/results/`. */
export function sitePath(path: string): string {
  return `${base}${path}`;
}
