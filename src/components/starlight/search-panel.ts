/**
 * Brings a SearchPanel (SearchPanel.astro) to life: loads Pagefind, runs the
 * forgiving search of ~/lib/search, and renders filters, results with their
 * sections, and a polite status line. Loaded only when search is first used.
 *
 * Filters are applied here, not by Pagefind: the ranking merges one Pagefind
 * search per word, so the panel learns once which filter values each page has
 * (one filter-only search per value) and filters and counts the merged list.
 */
// @ts-expect-error — Starlight ships no types for its virtual modules.
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import {
  facetCounts,
  matchesFilters,
  queryTerms,
  rankPages,
  SEARCH_FILTERS,
  type FilterSelection,
  type RankedPage,
  type SearchState,
} from '~/lib/search';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}
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

/** Results shown at first, and added by "Show more results". */
const PAGE_SIZE = 5;
/** Sections (headings) shown under a result. */
const SECTIONS_SHOWN = 3;
/** Words in an excerpt. */
const EXCERPT_WORDS = 22;
/** Pause after the last key press before searching. */
const TYPING_PAUSE_MS = 150;
const FILTER_GROUPS = Object.entries(SEARCH_FILTERS);
/** Filters start open where there is room beside the results (Starlight's desktop breakpoint). */
const WIDE = '(min-width: 50rem)';
const ranking = (pagefindUserConfig as { ranking?: Record<string, unknown> }).ranking;

/** One search's merged ranking, and Pagefind's own result for each page it found. */
interface Ranking {
  query: string;
  pages: RankedPage[];
  found: Map<string, PagefindResult>;
}

class SearchEngine {
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
    await pf.options({ baseUrl: base, excerptLength: EXCERPT_WORDS, ...(ranking ? { ranking } : {}) });
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
function loadEngine(base: string): Promise<SearchEngine> {
  engine ??= SearchEngine.load(base).catch((error: unknown) => {
    engine = undefined; // let the next search try again
    throw error;
  });
  return engine;
}

/** Pagefind's excerpt HTML as DOM nodes: its text and <mark>s, nothing else. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return [...(doc.body.firstElementChild?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

/** The part of a page before its first heading (Starlight gives the page title the id `_top`). */
const isIntro = (section: SubResult, data: ResultData) => section.url.endsWith('#_top') || section.url === data.url;

/** The sections worth showing: the headings with most matches, in page order. */
function bestSections(data: ResultData): SubResult[] {
  const sections = data.sub_results.filter((s) => !isIntro(s, data) && s.locations.length > 0);
  const best = new Set([...sections].sort((a, b) => b.locations.length - a.locations.length).slice(0, SECTIONS_SHOWN));
  return sections.filter((s) => best.has(s));
}

function resultItem(data: ResultData, filters: FilterSelection | undefined): HTMLLIElement {
  const title = data.meta.title ?? data.url;
  const link = element('a', '', title);
  link.href = data.url;
  const item = element('li', 'pb-result', element('h2', 'pb-result__title', link));
  const tags = FILTER_GROUPS.slice()
    .reverse()
    .flatMap(([name]) => filters?.[name] ?? []);
  if (tags.length) item.append(element('p', 'pb-result__tags', tags.join(' · ')));
  const sections = bestSections(data);
  // The page's own excerpt when the match is in its introduction, or nowhere else
  // (a match on the title or aliases); otherwise the sections say it, once each.
  const intro = data.sub_results.find((s) => isIntro(s, data));
  const excerpt = !sections.length ? data.excerpt : intro?.locations.length ? intro.excerpt : undefined;
  if (excerpt) item.append(element('p', 'pb-result__excerpt', ...excerptNodes(excerpt)));
  if (sections.length) {
    const list = element('ul', 'pb-result__sections');
    list.setAttribute('aria-label', `Sections of ${title}`);
    for (const s of sections) {
      const sectionLink = element('a', '', s.title);
      sectionLink.href = s.url;
      list.append(element('li', 'pb-result__section', sectionLink, element('p', '', ...excerptNodes(s.excerpt))));
    }
    item.append(list);
  }
  return item;
}

export interface SearchPanelOptions {
  /** A search to run at once, e.g. from the page address. */
  initial?: SearchState;
  /** Called after each search or filter change, e.g. to update the page address. */
  onChange?: (state: SearchState) => void;
}

/** Wires up a server-rendered SearchPanel. Searches at once if its box already holds text. */
export function mountSearchPanel(root: HTMLElement, options: SearchPanelOptions = {}): void {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector('form')!;
  const input = root.querySelector('input')!;
  const filtersBox = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

  let selected: FilterSelection = options.initial?.filters ?? {};
  if (options.initial) input.value = options.initial.query;
  let current: Ranking | undefined;
  let shown = PAGE_SIZE;
  let searchRun = 0;
  let renderRun = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  const checkboxes = new Map<string, { input: HTMLInputElement; label: HTMLSpanElement; value: string }>();

  const state = (): SearchState => ({ query: input.value.trim(), filters: selected });

  function buildFilters(eng: SearchEngine) {
    if (checkboxes.size) return;
    for (const [name, legendText] of FILTER_GROUPS) {
      const values = eng.known[name];
      if (!values?.length) continue;
      const fieldset = element('fieldset', '', element('legend', '', legendText));
      values.forEach((value, i) => {
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = `${input.id}-${name}-${i}`;
        box.value = value;
        box.checked = selected[name]?.includes(value) ?? false;
        box.addEventListener('change', () => {
          const chosen = new Set(selected[name] ?? []);
          if (box.checked) chosen.add(value);
          else chosen.delete(value);
          selected = { ...selected, [name]: [...chosen] };
          shown = PAGE_SIZE;
          render().catch(failed);
        });
        const text = element('span', '', value);
        const label = element('label', 'pb-search__option', box, text);
        label.htmlFor = box.id;
        fieldset.append(label);
        checkboxes.set(`${name}:${value}`, { input: box, label: text, value });
      });
      filtersBox.append(fieldset);
    }
    filtersBox.open = window.matchMedia(WIDE).matches || Object.values(selected).some((v) => v.length > 0);
    filtersBox.hidden = checkboxes.size === 0;
  }

  function updateFilters(eng: SearchEngine) {
    const counts = current
      ? facetCounts(current.pages, eng.pageFilters, eng.known, selected)
      : facetCounts(
          [...eng.pageFilters.keys()].map((id) => ({ id, score: 0, terms: [] })),
          eng.pageFilters,
          eng.known,
          selected,
        );
    for (const [key, { input: box, label, value }] of checkboxes) {
      const name = key.slice(0, key.indexOf(':'));
      const count = counts[name]?.[value] ?? 0;
      label.textContent = `${value} (${count})`;
      box.checked = selected[name]?.includes(value) ?? false;
    }
  }

  async function render(focusFrom?: number) {
    const run = ++renderRun;
    const eng = await loadEngine(base);
    buildFilters(eng);
    updateFilters(eng);
    const query = current?.query ?? '';
    if (!current || !query) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      more.hidden = true;
      options.onChange?.(state());
      return;
    }
    const filtered = Object.values(selected).some((v) => v.length > 0);
    const visible = current.pages.filter((p) => matchesFilters(eng.pageFilters.get(p.id), selected));
    const page = visible.slice(0, shown);
    const details = await Promise.all(page.map((p) => eng.details(p, current!.found)));
    if (run !== renderRun) return; // a newer search or filter change has taken over
    list.replaceChildren(...page.map((p, i) => resultItem(details[i]!, eng.pageFilters.get(p.id))));
    const count = visible.length === 1 ? '1 page' : `${visible.length} pages`;
    status.textContent = visible.length
      ? `${count} found for “${query}”${filtered ? ' with the filters you chose' : ''}.`
      : `Nothing found for “${query}”${filtered ? ' with the filters you chose' : ''}.`;
    empty.hidden = visible.length > 0;
    more.hidden = visible.length <= shown;
    if (focusFrom !== undefined) list.children[focusFrom]?.querySelector('a')?.focus();
    options.onChange?.(state());
  }

  function failed(error: unknown) {
    status.textContent = 'Search could not load. Check your connection and try again.';
    console.warn('Search could not load', error); // a warning, not an error: the page itself still works
  }

  async function search() {
    clearTimeout(typingTimer);
    const run = ++searchRun;
    const query = input.value.trim();
    try {
      const eng = await loadEngine(base);
      const ranking = query ? await eng.rank(query) : undefined;
      if (run !== searchRun) return;
      current = ranking;
      shown = PAGE_SIZE;
      await render();
    } catch (error) {
      if (run === searchRun) failed(error);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void search(), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    // Results are live; Enter searches now and takes you to the first result.
    event.preventDefault();
    void search().then(() => list.querySelector('a')?.focus());
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && list.querySelector('a')) {
      event.preventDefault();
      list.querySelector('a')!.focus();
    }
  });
  more.addEventListener('click', () => {
    const from = shown;
    shown += PAGE_SIZE;
    render(from).catch(failed);
  });

  void search();
}
