import { describe, expect, test } from 'vitest';
import {
  facetCounts,
  matchesFilters,
  queryTerms,
  rankPages,
  termWeight,
  type FilterSelection,
  type RankedPage,
} from '~/lib/search';
import { searchStateFromParams, searchStateToParams } from '~/lib/search-state';

describe('the words worth searching for', () => {
  test('drop the small words of a sentence and keep the situation', () => {
    expect(queryTerms('A man was screaming at my cashier this morning')).toEqual([
      'man',
      'screaming',
      'cashier',
      'morning',
    ]);
  });
  test('read contractions and curly apostrophes as one word, and drop them when they carry nothing', () => {
    expect(queryTerms('Staff don’t care')).toEqual(['staff', 'care']);
    expect(queryTerms("customer hasn't been back")).toEqual(['customer', 'back']);
  });
  test('ignore punctuation, case and repeats', () => {
    expect(queryTerms('Refund?! refund, REFUND.')).toEqual(['refund']);
  });
  test('keep words in other scripts and numbers', () => {
    expect(queryTerms('café 24 hours')).toEqual(['café', '24', 'hours']);
  });
  test('leave nothing when there is nothing but small words', () => {
    expect(queryTerms('what do we do')).toEqual([]);
  });
});

describe('merging the results of each word', () => {
  const TOTAL = 40;

  test('a word on few pages weighs more than a word on many', () => {
    expect(termWeight(1, TOTAL)).toBeGreaterThan(termWeight(30, TOTAL));
  });

  test('a page matching the rare word of a situation beats pages matching only its common word', () => {
    const common = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, score: 1 }));
    const ranked = rankPages(
      [
        { term: 'client', hits: common },
        { term: 'furious', hits: [{ id: 'angry', score: 1 }] },
      ],
      TOTAL,
    );
    expect(ranked[0]).toMatchObject({ id: 'angry', terms: ['furious'] });
  });

  test('a page matching more of the words comes before one that matches one word a little better', () => {
    const ranked = rankPages(
      [
        {
          term: 'refund',
          hits: [
            { id: 'a', score: 3 },
            { id: 'b', score: 4 },
          ],
        },
        { term: 'manager', hits: [{ id: 'a', score: 3 }] },
      ],
      TOTAL,
    );
    expect(ranked.map((p) => p.id)).toEqual(['a', 'b']);
    expect(ranked[0]?.terms).toEqual(['refund', 'manager']);
  });

  test('a word found nowhere costs nothing (a typo does not sink the search)', () => {
    const hits = [{ id: 'a', score: 2 }];
    const withTypo = rankPages(
      [
        { term: 'refund', hits },
        { term: 'mangaer', hits: [] },
      ],
      TOTAL,
    );
    expect(withTypo).toEqual(rankPages([{ term: 'refund', hits }], TOTAL));
  });

  test('a page that shares only a word found everywhere is not listed', () => {
    const everywhere = Array.from({ length: TOTAL }, (_, i) => ({ id: `p${i}`, score: 1 }));
    const ranked = rankPages(
      [
        { term: 'customer', hits: everywhere },
        { term: 'receptionist', hits: [{ id: 'p1', score: 1 }] },
      ],
      TOTAL,
    );
    expect(ranked.map((p) => p.id)).toEqual(['p1']);
  });

  test('nothing found gives an empty ranking', () => {
    expect(rankPages([{ term: 'zebra', hits: [] }], TOTAL)).toEqual([]);
  });
});

describe('filters', () => {
  const filtersById = new Map<string, FilterSelection>([
    ['cus-chapter', { framework: ['C.U.S.'], kind: ['Framework chapter'] }],
    ['who-chapter', { framework: ['Who is your customer'], kind: ['Framework chapter'] }],
    ['angry', { kind: ['Situation guide'] }],
  ]);
  const known = {
    framework: ['C.U.S.', 'Four steps', 'Who is your customer'],
    kind: ['Framework chapter', 'Situation guide'],
  };
  const ranked: RankedPage[] = [...filtersById.keys()].map((id) => ({ id, score: 1, terms: [] }));

  test('no choice lets every page through; a choice keeps pages with one of the chosen values', () => {
    expect(matchesFilters(filtersById.get('angry'), {})).toBe(true);
    expect(matchesFilters(filtersById.get('angry'), { framework: [] })).toBe(true);
    expect(matchesFilters(filtersById.get('cus-chapter'), { framework: ['C.U.S.', 'Four steps'] })).toBe(true);
    expect(matchesFilters(filtersById.get('angry'), { framework: ['C.U.S.'] })).toBe(false);
  });

  test('different filters must all match', () => {
    expect(matchesFilters(filtersById.get('cus-chapter'), { framework: ['C.U.S.'], kind: ['Situation guide'] })).toBe(
      false,
    );
  });

  test('counts list every value, and ticking a framework leaves the other frameworks’ counts alone', () => {
    const counts = facetCounts(ranked, filtersById, known, { framework: ['C.U.S.'] });
    expect(counts.framework).toEqual({ 'C.U.S.': 1, 'Four steps': 0, 'Who is your customer': 1 });
    expect(counts.kind).toEqual({ 'Framework chapter': 1, 'Situation guide': 0 });
  });
});

describe('the search page address', () => {
  test('reads the query and the filters', () => {
    const state = searchStateFromParams(
      new URLSearchParams('q=angry+caller&framework=C.U.S.&framework=C.U.S.&kind=Guide'),
    );
    expect(state).toEqual({ query: 'angry caller', filters: { framework: ['C.U.S.'], kind: ['Guide'] } });
  });
  test('ignores what it does not know and what is malformed', () => {
    const long = 'x'.repeat(81);
    const state = searchStateFromParams(new URLSearchParams(`q=${'a'.repeat(201)}&colour=red&framework=${long}&kind=`));
    expect(state).toEqual({ query: '', filters: {} });
  });
  test('round-trips through the address', () => {
    const state = { query: 'staff don’t care', filters: { framework: ['Purpose Centred'] } };
    expect(searchStateFromParams(searchStateToParams(state))).toEqual(state);
  });
});
