/**
 * Builds Starlight's sidebar from the content itself: Starlight's `autogenerate`
 * cannot see pages outside src/content/docs, and a hand-kept list drifts. Runs at
 * config time, so it reads frontmatter straight from the files.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { splitFrontmatter } from './content/frontmatter.ts';

export interface SidebarPage {
  /** Page id: path under content/docs without extension or trailing /index. */
  id: string;
  title: string;
  kind: string;
  framework?: string;
  order: number;
  sidebarLabel?: string;
}

export interface SidebarFramework {
  id: string;
  title: string;
  order: number;
}

type SidebarEntry =
  | { slug: string; label?: string }
  | { link: string; label: string }
  | { label: string; collapsed?: boolean; items: SidebarEntry[] };

/** Page id from a path relative to the docs folder, the way Astro's glob loader makes it. */
export function pageIdFromPath(path: string): string {
  return path
    .split(sep)
    .join('/')
    .replace(/\.mdx?$/, '')
    .replace(/\/index$/, '')
    .toLowerCase();
}

/** Every page under `dir` with the frontmatter fields the sidebar needs. */
export function readPages(dir: string): SidebarPage[] {
  const pages: SidebarPage[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/^[^_].*\.mdx?$/.test(name)) {
        const { data } = splitFrontmatter(readFileSync(path, 'utf8'));
        const sidebar = data.sidebar as { label?: string } | undefined;
        pages.push({
          id: pageIdFromPath(relative(dir, path)),
          title: String(data.title ?? name),
          kind: String(data.kind ?? 'reference'),
          framework: typeof data.framework === 'string' ? data.framework : undefined,
          order: typeof data.order === 'number' ? data.order : 100,
          sidebarLabel: sidebar?.label,
        });
      }
    }
  };
  walk(dir);
  return pages;
}

/** The frameworks of content/frameworks.yaml, keyed by id in the file. */
export function readFrameworks(file: string): SidebarFramework[] {
  const data = parse(readFileSync(file, 'utf8')) as Record<string, { title: string; order: number }>;
  return Object.entries(data).map(([id, f]) => ({ id, title: f.title, order: f.order }));
}

const byOrder = (a: SidebarPage, b: SidebarPage) => a.order - b.order || a.title.localeCompare(b.title);
const entry = (page: SidebarPage, label?: string): SidebarEntry =>
  (label ?? page.sidebarLabel) ? { slug: page.id, label: label ?? page.sidebarLabel } : { slug: page.id };

/**
 * Reading order: the guides that open the playbook, one group per framework
 * (overview first, then its chapters), the situation guides, then reference pages.
 */
export function buildSidebar(pages: SidebarPage[], frameworks: SidebarFramework[]): SidebarEntry[] {
  const ofKind = (...kinds: string[]) => pages.filter((p) => kinds.includes(p.kind)).sort(byOrder);
  const find = (id: string) => pages.find((p) => p.id === id);

  const opening: SidebarEntry[] = [];
  const startHere = find('start-here');
  if (startHere) opening.push(entry(startHere));
  const situationsIndex = find('situations');
  if (situationsIndex) opening.push(entry(situationsIndex));
  for (const page of ofKind('crosswalk')) opening.push(entry(page));
  opening.push({ link: '/results/', label: 'Your results' });

  const frameworkGroups: SidebarEntry[] = [...frameworks]
    .sort((a, b) => a.order - b.order)
    .map((framework) => {
      const own = pages.filter((p) => p.framework === framework.id && (p.kind === 'overview' || p.kind === 'chapter'));
      const items = own.sort((a, b) => Number(b.kind === 'overview') - Number(a.kind === 'overview') || byOrder(a, b));
      return {
        label: framework.title,
        items: items.map((p) => entry(p, p.kind === 'overview' ? 'Overview' : undefined)),
      };
    });

  const situations = ofKind('situation');
  const reference = ofKind('glossary', 'reference');

  return [
    { label: 'Start here', items: opening },
    ...frameworkGroups,
    ...(situations.length ? [{ label: 'Situations', collapsed: true, items: situations.map((p) => entry(p)) }] : []),
    ...(reference.length ? [{ label: 'Reference', items: reference.map((p) => entry(p)) }] : []),
  ];
}

/** A sidebar entry as Starlight hands it to each page (links resolved, the current one marked). */
export type PageSidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * Up to this many links, every page shows the whole sidebar (today's playbook has about 50).
 * Above it, a page would carry a link to every other page, so its HTML, and the whole build,
 * would grow with the square of the page count.
 */
export const FULL_SIDEBAR_LIMIT = 150;

/** In a large playbook, how many links of the framework being read a page shows around itself. */
export const GROUP_WINDOW = 40;

const countLinks = (entries: PageSidebarEntry[]): number =>
  entries.reduce((n, e) => n + (e.type === 'link' ? 1 : countLinks(e.entries)), 0);
const hasCurrent = (entries: PageSidebarEntry[]): boolean =>
  entries.some((e) => (e.type === 'link' ? e.isCurrent : hasCurrent(e.entries)));
type PageSidebarLink = Extract<PageSidebarEntry, { type: 'link' }>;
function firstLink(entries: PageSidebarEntry[]): PageSidebarLink | undefined {
  for (const e of entries) {
    const found = e.type === 'link' ? e : firstLink(e.entries);
    if (found) return found;
  }
  return undefined;
}

/**
 * One page's sidebar in a large playbook: the framework being read as a group (its overview,
 * then up to GROUP_WINDOW chapters around the current one), every other framework as one link
 * to its overview. A page's size then no longer depends on the number of chapters, and every
 * page stays reachable (each window overlaps the next). A sidebar of up to `limit` links is
 * returned as it is.
 */
export function compactSidebar(
  sidebar: PageSidebarEntry[],
  frameworkTitles: ReadonlySet<string>,
  limit = FULL_SIDEBAR_LIMIT,
): PageSidebarEntry[] {
  if (countLinks(sidebar) <= limit) return sidebar;
  return sidebar.map((entry) => {
    if (entry.type !== 'group' || !frameworkTitles.has(entry.label)) return entry;
    if (hasCurrent(entry.entries)) return { ...entry, entries: windowAround(entry.entries) };
    const overview = firstLink(entry.entries);
    if (!overview) return entry;
    return { type: 'link', label: entry.label, href: overview.href, isCurrent: false, badge: undefined, attrs: {} };
  });
}

/** The first entry (the overview) and GROUP_WINDOW entries centred on the current page. */
function windowAround(entries: PageSidebarEntry[]): PageSidebarEntry[] {
  if (entries.length <= GROUP_WINDOW + 1) return entries;
  const current = entries.findIndex((e) => (e.type === 'link' ? e.isCurrent : hasCurrent(e.entries)));
  const start = Math.min(Math.max(1, current - GROUP_WINDOW / 2), entries.length - GROUP_WINDOW);
  return [entries[0]!, ...entries.slice(start, start + GROUP_WINDOW)];
}
