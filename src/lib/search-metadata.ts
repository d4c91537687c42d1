/**
 * What a page tells Pagefind besides its text: filters (framework, kind of page)
 * and three searchable metadata fields that readers never see and that never
 * appear in an excerpt:
 * - `aliases`: the words people type when they have the problem this page solves
 *   (frontmatter `aliases`, plus the `search` phrase of every assessment statement
 *   this chapter teaches, so "Search related guidance" lands here);
 * - `description`: the page's one-sentence summary;
 * - `checklist`: the text of the checklists the page shows. Pagefind drops all
 *   `<label>` text, and a checklist item is a label, so without this nobody could
 *   find a chapter by the action they remember from its checklist.
 * Their weights are in ./search-ranking.ts.
 */
import type { PageKind } from './content/schemas';
import { KIND_LABELS } from './page-kinds';

/** The parts of a page and of the content that its search metadata is made from. */
export interface SearchMetadataSource {
  pageId: string;
  kind: PageKind;
  aliases: readonly string[];
  description?: string;
  checklistIds: readonly string[];
  /** The framework's short title, when the page belongs to one. */
  frameworkTitle?: string;
  /** Every assessment dimension: the chapter it belongs to and its statements' search phrases. */
  dimensions: readonly { chapter: string; statements: readonly { search?: string }[] }[];
  /** Item texts of a checklist, by id. */
  checklistItems: (id: string) => readonly { text: string }[] | undefined;
}

export interface SearchMetadata {
  /** `name:value` pairs for `data-pagefind-filter`. */
  filters: string[];
  /** Metadata fields (name → words) for `data-pagefind-meta`; empty fields are left out. */
  meta: { name: 'aliases' | 'description' | 'checklist'; words: string }[];
}

/** Works out a page's Pagefind filters and metadata. */
export function searchMetadata(page: SearchMetadataSource): SearchMetadata {
  const statementSearches = page.dimensions
    .filter((d) => d.chapter === page.pageId)
    .flatMap((d) => d.statements.flatMap((s) => (s.search ? [s.search] : [])));
  const fields = {
    aliases: [...new Set([...page.aliases, ...statementSearches])].join('. '),
    description: page.description ?? '',
    checklist: page.checklistIds.flatMap((id) => page.checklistItems(id)?.map((item) => item.text) ?? []).join(' '),
  };
  return {
    filters: [`kind:${KIND_LABELS[page.kind]}`, ...(page.frameworkTitle ? [`framework:${page.frameworkTitle}`] : [])],
    meta: (['aliases', 'description', 'checklist'] as const)
      .map((name) => ({ name, words: fields[name] }))
      .filter((field) => field.words),
  };
}
