/**
 * The search page's address, `?q=…&framework=…&kind=…`: read when the page opens
 * (from a "Search related guidance" link, or one a colleague shared) and kept up
 * to date as the reader searches. Kept apart from ./search.ts so the search
 * dialog, which never reads an address, does not load zod.
 */
import { z } from './zod';
import { SEARCH_FILTERS, type FilterSelection, type SearchState } from './search';

const QuerySchema = z.string().check(z.trim(), z.maxLength(200, 'a search is at most 200 characters'));
const FilterValuesSchema = z
  .array(z.string().check(z.minLength(1), z.maxLength(80)))
  .check(z.minLength(1), z.maxLength(20));

/**
 * Reads a search from the page address, which anyone can edit: a query that is
 * too long, or a filter with malformed values, is left out rather than trusted;
 * unknown parameters are ignored.
 */
export function searchStateFromParams(
  params: URLSearchParams,
  filterNames: readonly string[] = Object.keys(SEARCH_FILTERS),
): SearchState {
  const query = QuerySchema.safeParse(params.get('q') ?? '');
  const filters: FilterSelection = {};
  for (const name of filterNames) {
    const values = FilterValuesSchema.safeParse([...new Set(params.getAll(name))]);
    if (values.success) filters[name] = values.data;
  }
  return { query: query.success ? query.data : '', filters };
}

/** The inverse of searchStateFromParams, for links that can be shared. */
export function searchStateToParams({ query, filters }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, values] of Object.entries(filters)) for (const v of values) params.append(name, v);
  return params;
}
