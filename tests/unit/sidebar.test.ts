import { describe, expect, test } from 'vitest';
import { buildSidebar, pageIdFromPath, readFrameworks, readPages, type SidebarPage } from '~/lib/sidebar';

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
