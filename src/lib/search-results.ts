/**
 * What to show of a Pagefind result: which sections (headings) and which excerpt.
 * Pure functions over Pagefind's result data, so the choice is unit-tested; the
 * search panel only turns the choice into DOM.
 */

/** One heading's part of a page, as Pagefind returns it. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Word positions of the matches inside this section. */
  locations: number[];
}

/** A page found by Pagefind (`await result.data()`). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}

/** Sections (headings) shown under a result. */
const SECTIONS_SHOWN = 3;

/** The part of a page before its first heading (Starlight gives the page title the id `_top`). */
const isIntro = (section: SubResult, data: ResultData) => section.url.endsWith('#_top') || section.url === data.url;

/** The sections worth showing: the headings with most matches, at most `limit`, in page order. */
export function bestSections(data: ResultData, limit = SECTIONS_SHOWN): SubResult[] {
  const sections = data.sub_results.filter((s) => !isIntro(s, data) && s.locations.length > 0);
  const best = new Set([...sections].sort((a, b) => b.locations.length - a.locations.length).slice(0, limit));
  return sections.filter((s) => best.has(s));
}

/**
 * The page's own excerpt, when the match is in its introduction or nowhere in its
 * sections (a match on the title or aliases); otherwise none: the sections say it,
 * once each.
 */
export function pageExcerpt(data: ResultData, sections: readonly SubResult[]): string | undefined {
  if (!sections.length) return data.excerpt;
  const intro = data.sub_results.find((s) => isIntro(s, data));
  return intro?.locations.length ? intro.excerpt : undefined;
}
