/**
 * The search engine of the search panel: loads Pagefind once per page, learns which
 * filter values each page has, and runs the forgiving search of ~/lib/search (one
 * Pagefind search per word, merged). No DOM here: ./search-render.ts draws.
 *
 * Filters are applied by the panel, not by Pagefind: the ranking merges one Pagefind
 * search per word, so the engine learns once which filter values each page has (one
 * filter-only search per value) and the panel filters and counts the merged list.
 */
import { queryTerms, rankPages, type FilterSelection, type RankedPage } from '~/lib/search';
import { PAGEFIND_RANKING } from '~/lib/search-ranking';
import type { ResultData } from '~/lib/search-results';

/** Words in an excerpt. */
const EXCERPT_WORDS = 22;

/** The parts of Pagefind's browser API the engine uses. */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** One search's merged ranking, and Pagefind's own result for each page it found. */
export interface Ranking {
  query: string;
  pages: RankedPage[];
  found: Map<string, PagefindResult>;
}

export class SearchEngine {
  readonly #pf: Pagefind;
  readonly #searches = new Map<string, Promise<PagefindResult[]>>();
  /** Filter values of every indexed page, by Pagefind page id. */
  readonly pageFilters: Map<string, FilterSelection>;
  /** Every filter value in the index, by filter name. */
  readonly known: Record<string, string[]>;

  private constructor(pf: Pagefind, pageFilters: Map<string, FilterSelection>, known: Record<string, string[]>) {
    this.#pf = pf;
    this.pageFilters = pageFilters;
    this.known = known;
  }

  static async load(base: string): Promise<SearchEngine> {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: base, excerptLength: EXCERPT_WORDS, ranking: PAGEFIND_RANKING });
    const totals = await pf.filters();
    const known = Object.fromEntries(
      Object.entries(totals).map(([name, values]) => [name, Object.keys(values).sort((a, b) => a.localeCompare(b))]),
    );
    const pageFilters = new Map<string, FilterSelection>();
    await Promise.all(
      Object.entries(known).flatMap(([name, values]) =>
        values.map(async (value) => {
          const { results } = await pf.search(null, { filters: { [name]: value } });
          for (const { id } of results) {
            const filters = pageFilters.get(id) ?? {};
            (filters[name] ??= []).push(value);
            pageFilters.set(id, filters);
          }
        }),
      ),
    );
    return new SearchEngine(pf, pageFilters, known);
  }

  /** Pagefind's results for a term, searched once per page load. */
  #search(term: string): Promise<PagefindResult[]> {
    let results = this.#searches.get(term);
    if (!results) {
      results = this.#pf.search(term).then((r) => r.results);
      this.#searches.set(term, results);
    }
    return results;
  }

  async rank(query: string): Promise<Ranking> {
    const found = new Map<string, PagefindResult>();
    const terms = queryTerms(query);
    // A quoted phrase, or nothing but small words: let Pagefind match it as typed.
    if (query.includes('"') || terms.length === 0) {
      const results = await this.#search(query);
      for (const r of results) found.set(r.id, r);
      return { query, found, pages: results.map((r) => ({ id: r.id, score: r.score, terms: [] })) };
    }
    const perTerm = await Promise.all(
      terms.map(async (term) => {
        const results = await this.#search(term);
        for (const r of results) if (!found.has(r.id)) found.set(r.id, r);
        return { term, hits: results.map(({ id, score }) => ({ id, score })) };
      }),
    );
    return { query, found, pages: rankPages(perTerm, this.pageFilters.size) };
  }

  /**
   * What to show for a page: searched again with just the words it matched, so
   * Pagefind builds the excerpt and sections around all of them.
   */
  async details(page: RankedPage, found: Map<string, PagefindResult>): Promise<ResultData> {
    if (page.terms.length > 1) {
      const match = (await this.#search(page.terms.join(' '))).find((r) => r.id === page.id);
      if (match) return match.data();
    }
    return found.get(page.id)!.data();
  }
}

let engine: Promise<SearchEngine> | undefined;
/** One engine per page, shared by the dialog and the search page's panel. */
export function loadEngine(base: string): Promise<SearchEngine> {
  engine ??= SearchEngine.load(base).catch((error: unknown) => {
    engine = undefined; // let the next search try again
    throw error;
  });
  return engine;
}
