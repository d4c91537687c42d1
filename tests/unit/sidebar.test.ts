import { describe, expect, test } from 'vitest';
import {
  buildSidebar,
  compactSidebar,
  FULL_SIDEBAR_LIMIT,
  GROUP_WINDOW,
  pageIdFromPath,
  readFrameworks,
  readPages,
  type PageSidebarEntry,
  type SidebarPage,
} from '~/lib/sidebar';

const frameworks = [
  { id: 'b', title: 'Second framework', order: 2 },
  { id: 'a', title: 'First framework', order: 1 },
];
const p = (id: string, kind: string, order: number, framework?: string): SidebarPage => ({
  id,
  title: id,
  kind,
  order,
  framework,
});

describe('building the sidebar', () => {
  const pages = [
    p('frameworks/a/two', 'chapter', 3, 'a'),
    p('frameworks/a', 'overview', 1, 'a'),
    p('frameworks/a/one', 'chapter', 2, 'a'),
    p('frameworks/b', 'overview', 1, 'b'),
    p('start-here', 'guide', 1),
    p('situations', 'guide', 1),
    p('situations/late', 'situation', 2),
    p('situations/early', 'situation', 1),
    p('glossary', 'glossary', 1),
    p('index', 'home', 1),
  ];
  const sidebar = buildSidebar(pages, frameworks);

  test('opens with the guides and the results page', () => {
    expect(sidebar[0]).toEqual({
      label: 'Start here',
      items: [{ slug: 'start-here' }, { slug: 'situations' }, { link: '/results/', label: 'Your results' }],
    });
  });

  test('lists frameworks in their order, overview first, then chapters in reading order', () => {
    expect(sidebar[1]).toEqual({
      label: 'First framework',
      items: [{ slug: 'frameworks/a', label: 'Overview' }, { slug: 'frameworks/a/one' }, { slug: 'frameworks/a/two' }],
    });
    expect(sidebar[2]).toMatchObject({ label: 'Second framework' });
  });

  test('groups situation guides and reference pages', () => {
    expect(sidebar[3]).toEqual({
      label: 'Situations',
      collapsed: true,
      items: [{ slug: 'situations/early' }, { slug: 'situations/late' }],
    });
    expect(sidebar[4]).toEqual({ label: 'Reference', items: [{ slug: 'glossary' }] });
  });

  test('leaves the home page out', () => {
    expect(JSON.stringify(sidebar)).not.toContain('"index"');
  });
});

describe('reading the real content', () => {
  test('page ids match the ones Astro gives', () => {
    expect(pageIdFromPath('frameworks/cus/index.mdx')).toBe('frameworks/cus');
    expect(pageIdFromPath('situations/angry-customer.mdx')).toBe('situations/angry-customer');
    expect(pageIdFromPath('index.mdx')).toBe('index');
  });

  test('every page except the home page is in the sidebar exactly once', () => {
    const pages = readPages('content/docs');
    const sidebar = JSON.stringify(buildSidebar(pages, readFrameworks('content/frameworks.yaml')));
    const slugs = [...sidebar.matchAll(/"slug":"([^"]+)"/g)].map((m) => m[1]);
    const expected = pages.filter((pg) => pg.kind !== 'home').map((pg) => pg.id);
    expect(slugs.sort()).toEqual(expected.sort());
  });
});

type ConfigEntry = ReturnType<typeof buildSidebar>[number];

/** What Starlight makes of the sidebar config for the page at `current`: links resolved, the current one marked. */
function resolved(entries: ConfigEntry[], current: string): PageSidebarEntry[] {
  return entries.map((e): PageSidebarEntry => {
    if ('items' in e)
      return {
        type: 'group',
        label: e.label,
        entries: resolved(e.items, current),
        collapsed: !!e.collapsed,
        badge: undefined,
      };
    const href = 'slug' in e ? `/${e.slug}/` : e.link;
    const label = e.label ?? href;
    return { type: 'link', label, href, isCurrent: href === `/${current}/`, badge: undefined, attrs: {} };
  });
}
const linksOf = (entries: PageSidebarEntry[]): string[] =>
  entries.flatMap((e) => (e.type === 'link' ? [e.href] : linksOf(e.entries)));

/** A playbook with two frameworks of `a` and `b` chapters, plus the guides. */
function playbook(a: number, b: number): SidebarPage[] {
  const chapters = (fw: string, n: number) =>
    Array.from({ length: n }, (_, i) => p(`frameworks/${fw}/chapter-${i + 1}`, 'chapter', i + 2, fw));
  return [
    p('index', 'home', 1),
    p('start-here', 'guide', 1),
    p('frameworks/a', 'overview', 1, 'a'),
    p('frameworks/b', 'overview', 1, 'b'),
    ...chapters('a', a),
    ...chapters('b', b),
    p('glossary', 'glossary', 1),
  ];
}
const titles = new Set(frameworks.map((f) => f.title));
const pageSidebar = (pages: SidebarPage[], current: string) =>
  compactSidebar(resolved(buildSidebar(pages, frameworks), current), titles);

describe('the sidebar of one page in a large playbook', () => {
  test("at today's size every page shows the whole sidebar, as before", () => {
    const pages = readPages('content/docs');
    const config = buildSidebar(pages, readFrameworks('content/frameworks.yaml'));
    const full = resolved(config, 'start-here');
    expect(linksOf(full).length).toBeLessThanOrEqual(FULL_SIDEBAR_LIMIT);
    const real = new Set(readFrameworks('content/frameworks.yaml').map((f) => f.title));
    expect(compactSidebar(full, real)).toBe(full);
  });

  test('shows the chapters around the one being read and every other framework as one link to its overview', () => {
    const sidebar = pageSidebar(playbook(200, 200), 'frameworks/a/chapter-70');
    const own = linksOf(sidebar).filter((href) => href.startsWith('/frameworks/a/'));
    expect(own[0], 'the overview comes first').toBe('/frameworks/a/');
    expect(own).toContain('/frameworks/a/chapter-70/');
    expect(own).toContain('/frameworks/a/chapter-89/');
    expect(own).toContain('/frameworks/a/chapter-50/');
    expect(own).toHaveLength(GROUP_WINDOW + 1);
    expect(sidebar.find((e) => e.label === 'Second framework')).toMatchObject({ type: 'link', href: '/frameworks/b/' });
    expect(linksOf(sidebar).filter((href) => href.startsWith('/frameworks/b/'))).toEqual(['/frameworks/b/']);
  });

  test('does not grow with the number of chapters, in other frameworks or its own', () => {
    const small = pageSidebar(playbook(200, 100), 'frameworks/a/chapter-3');
    expect(JSON.stringify(pageSidebar(playbook(200, 1000), 'frameworks/a/chapter-3'))).toBe(JSON.stringify(small));
    expect(JSON.stringify(pageSidebar(playbook(900, 100), 'frameworks/a/chapter-3'))).toBe(JSON.stringify(small));
  });

  test('still reaches every page: following sidebar links from the start page visits them all', () => {
    const pages = playbook(300, 400);
    const config = buildSidebar(pages, frameworks);
    const seen = new Set(['/start-here/']);
    const queue = ['start-here'];
    while (queue.length) {
      for (const href of linksOf(compactSidebar(resolved(config, queue.shift()!), titles))) {
        if (seen.has(href)) continue;
        seen.add(href);
        queue.push(href.slice(1, -1));
      }
    }
    const expected = pages.filter((pg) => pg.kind !== 'home').map((pg) => `/${pg.id}/`);
    expect([...seen].filter((href) => href !== '/results/').sort()).toEqual(expected.sort());
  });
});
