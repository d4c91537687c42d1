/** Which sections and which excerpt a search result shows (fixtures shaped like Pagefind's data). */
import { describe, expect, test } from 'vitest';
import { bestSections, pageExcerpt, type ResultData, type SubResult } from '~/lib/search-results';

const section = (slug: string, matches: number): SubResult => ({
  title: slug,
  url: `/frameworks/cus/#${slug}`,
  excerpt: `…about <mark>${slug}</mark>…`,
  locations: Array.from({ length: matches }, (_, i) => i * 10),
});
const page = (subResults: SubResult[]): ResultData => ({
  url: '/frameworks/cus/',
  excerpt: 'The page’s own excerpt',
  meta: { title: 'C.U.S.' },
  sub_results: subResults,
});

describe('best sections', () => {
  test('the headings with most matches, kept in page order', () => {
    const data = page([section('a', 1), section('b', 5), section('c', 2), section('d', 4)]);
    expect(bestSections(data).map((s) => s.title)).toEqual(['b', 'c', 'd']);
  });

  test('the introduction and sections without a match are never listed', () => {
    const intro = { ...section('intro', 9), url: '/frameworks/cus/#_top' };
    const data = page([intro, section('a', 0), section('b', 2)]);
    expect(bestSections(data).map((s) => s.title)).toEqual(['b']);
  });

  test('a limit can be given', () => {
    const data = page([section('a', 1), section('b', 5), section('c', 2)]);
    expect(bestSections(data, 1).map((s) => s.title)).toEqual(['b']);
  });
});

describe('the page excerpt', () => {
  test('shown when no section matched (a match on the title or aliases)', () => {
    const data = page([section('a', 0)]);
    expect(pageExcerpt(data, bestSections(data))).toBe('The page’s own excerpt');
  });

  test('the introduction’s excerpt when the introduction matched too', () => {
    const intro = { ...section('intro', 2), url: '/frameworks/cus/' };
    const data = page([intro, section('b', 3)]);
    expect(pageExcerpt(data, bestSections(data))).toBe('…about <mark>intro</mark>…');
  });

  test('none when only sections matched: they say it, once each', () => {
    const intro = { ...section('intro', 0), url: '/frameworks/cus/#_top' };
    const data = page([intro, section('b', 3)]);
    expect(pageExcerpt(data, bestSections(data))).toBeUndefined();
  });
});
