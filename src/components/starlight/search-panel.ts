/**
 * Brings a SearchPanel (SearchPanel.astro) to life: the box, the filters, the
 * results list and a polite status line. Loaded only when search is first used;
 * the engine (./search-engine.ts) talks to Pagefind, ./search-render.ts draws.
 */
import { facetCounts, matchesFilters, type FilterSelection, type SearchState } from '~/lib/search';
import { loadEngine, type Ranking, type SearchEngine } from './search-engine';
import { element, FILTER_GROUPS, resultItem } from './search-render';

/** Results shown at first, and added by "Show more results". */
const PAGE_SIZE = 5;
/** Pause after the last key press before searching. */
const TYPING_PAUSE_MS = 150;
/** Filters start open where there is room beside the results (Starlight's desktop breakpoint). */
const WIDE = '(min-width: 50rem)';

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
