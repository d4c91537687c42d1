/**
 * DOM for the search panel's results: built with createElement and textContent
 * only (Pagefind's excerpt HTML is reduced to text and <mark>), never innerHTML.
 * What to show is chosen by ~/lib/search-results.ts.
 */
import { SEARCH_FILTERS, type FilterSelection } from '~/lib/search';
import { bestSections, pageExcerpt, type ResultData } from '~/lib/search-results';

export const FILTER_GROUPS = Object.entries(SEARCH_FILTERS);

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

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

/** One result: its title, tags, excerpt and best sections. */
export function resultItem(data: ResultData, filters: FilterSelection | undefined): HTMLLIElement {
  const title = data.meta.title ?? data.url;
  const link = element('a', '', title);
  link.href = data.url;
  const item = element('li', 'pb-card pb-result', element('h2', 'pb-result__title', link));
  const tags = FILTER_GROUPS.slice()
    .reverse()
    .flatMap(([name]) => filters?.[name] ?? []);
  if (tags.length) item.append(element('p', 'pb-result__tags', tags.join(' · ')));
  const sections = bestSections(data);
  const excerpt = pageExcerpt(data, sections);
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
