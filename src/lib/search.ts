/**
 * Search that takes a situation, not just a word.
 *
 * Pagefind only returns a page that holds every word of the query, so a reader
 * who types "a man was screaming at my cashier this morning" gets nothing. This
 * module turns what they typed into the words worth looking up, and merges
 * Pagefind's results for each word: a page that answers more of the situation
 * (more of the words, rarer words, words in its title or aliases) comes first.
 * Pure functions only; the search panel does the Pagefind calls.
 */

/**
 * Words that say nothing about the situation. Pagefind matches words by prefix,
 * so a short word left in ("a", "at", "my") would match almost every page and,
 * worse, make a page that lacks it drop out of an all-words search.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about after again all also am an and any are as at be been before being but by can could did do does
  doing done each even ever for from get gets getting got had has have having he her here hers him his how i
  if in into is it its just keep keeps let lot lots me more most much my no nor not of off on once only or our
  ours out over same she should so some still such than that the their theirs them then there these they this
  those to too under until up us very was way we were what when where which while will with would you your
  yours yet really anyone anything someone something everyone everything thing things one ones every anyway
  dont doesnt didnt cant cannot wont isnt arent wasnt werent hasnt havent hadnt shouldnt wouldnt couldnt
  im ive id ill youre weve theyre theyve hes shes thats whats theres`.split(/\s+/),
);

/** The words of a query worth searching for: lower case, apostrophes dropped, no stop words, no repeats. */
export function queryTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return [...new Set(words)];
}

/** Pagefind's results for one word of the query. */
export interface TermResult {
  term: string;
  hits: { id: string; score: number }[];
}

/** A page in the merged ranking, with the query words it matched. */
export interface RankedPage {
  id: string;
  score: number;
  terms: string[];
}

/**
 * How much a word tells apart the pages, from how many of the `total` pages
 * hold it (the inverse document frequency Pagefind uses too): a word on one
 * page says far more than a word on forty.
 */
export function termWeight(pagesWithTerm: number, total: number): number {
  return Math.log(1 + (total - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5));
}

/**
 * How strongly covering more of the query counts: the score is multiplied by
 * the share of the query's weight (see termWeight) a page matches, raised to
 * this power. Squared, as Pagefind does for metadata: a page that matches the
 * rare words of a situation beats one that matches its common words many times.
 */
const COVERAGE_WEIGHT = 2;

/**
 * A page must match at least this share of the query's weight to be listed: one
 * that only shares "customer" with "customer yelling at my receptionist" is noise.
 */
const MIN_COVERAGE = 0.15;

/**
 * Merges per-word results into one ranking. Each page scores the sum of its
 * per-word Pagefind scores (which already weigh rare words and title, alias and
 * description matches), times its coverage of the query; pages below
 * MIN_COVERAGE are left out. Words found on no page are ignored, as Pagefind
 * does, so a typo or an unknown word costs nothing.
 * `totalPages` is the size of the index.
 */
export function rankPages(results: readonly TermResult[], totalPages: number): RankedPage[] {
  const found = results.filter((r) => r.hits.length > 0);
  const weight = new Map(found.map((r) => [r.term, termWeight(r.hits.length, totalPages)]));
  const queryWeight = [...weight.values()].reduce((a, b) => a + b, 0);
  const pages = new Map<string, { sum: number; terms: string[] }>();
  for (const { term, hits } of found) {
    for (const { id, score } of hits) {
      const page = pages.get(id) ?? { sum: 0, terms: [] };
      page.sum += score;
      page.terms.push(term);
      pages.set(id, page);
    }
  }
  return [...pages]
    .flatMap(([id, { sum, terms }]) => {
      const coverage = terms.reduce((a, t) => a + (weight.get(t) ?? 0), 0) / queryWeight;
      return coverage >= MIN_COVERAGE ? [{ id, terms, score: sum * coverage ** COVERAGE_WEIGHT }] : [];
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * The search filters, in the order the panel shows them, with their labels.
 * Pages are tagged with them in PageTitle.astro (`data-pagefind-filter`).
 */
export const SEARCH_FILTERS = { framework: 'Framework', kind: 'Kind of page' } as const;
/** Filter values chosen by the reader, by filter name: `{ framework: ['C.U.S.'] }`. */
export type FilterSelection = Record<string, string[]>;

/** A search as the reader set it up: what they typed and the filters they ticked. */
export interface SearchState {
  query: string;
  filters: FilterSelection;
}

/** A page passes when, for every filter with a choice, it has one of the chosen values. */
export function matchesFilters(pageFilters: FilterSelection | undefined, selected: FilterSelection): boolean {
  return Object.entries(selected).every(
    ([name, values]) => values.length === 0 || values.some((v) => pageFilters?.[name]?.includes(v)),
  );
}

/**
 * How many of the ranked pages each filter value would show, given the other
 * filters' choices (so ticking a framework never makes the other frameworks
 * read zero). Every known value is listed, with 0 when nothing matches.
 */
export function facetCounts(
  ranked: readonly RankedPage[],
  filtersById: ReadonlyMap<string, FilterSelection>,
  known: Readonly<Record<string, readonly string[]>>,
  selected: FilterSelection,
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [name, values] of Object.entries(known)) {
    const others = { ...selected, [name]: [] };
    const pool = ranked.filter((p) => matchesFilters(filtersById.get(p.id), others));
    counts[name] = Object.fromEntries(
      values.map((value) => [value, pool.filter((p) => filtersById.get(p.id)?.[name]?.includes(value)).length]),
    );
  }
  return counts;
}
