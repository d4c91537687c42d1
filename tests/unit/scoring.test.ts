import { describe, expect, test } from 'vitest';
import {
  bandFor,
  checklistProgress,
  pointsFor,
  ratingLabel,
  scoreAssessment,
  tally,
  weakestStatements,
  type Rating,
} from '~/lib/scoring';
import { DEFAULT_BANDS } from '~/lib/content/schemas';

const ratings = (map: Record<string, Rating>) => (id: string) => map[id];

describe('the answer scale', () => {
  test('maps strongly disagree to 0 and strongly agree to 100 in even steps', () => {
    expect([1, 2, 3, 4, 5].map((r) => pointsFor(r as Rating))).toEqual([0, 25, 50, 75, 100]);
  });
  test('gives no points to "not applicable"', () => {
    expect(pointsFor('na')).toBeNull();
  });
  test('names every rating in words', () => {
    expect(ratingLabel(1)).toBe('Strongly disagree');
    expect(ratingLabel(5)).toBe('Strongly agree');
    expect(ratingLabel('na')).toBe('Not applicable');
  });
});

describe('tallying a dimension', () => {
  test('scores the mean of the answered statements, rounded', () => {
    expect(tally(['a', 'b', 'c'], ratings({ a: 5, b: 4, c: 2 }))).toEqual({
      total: 3,
      answered: 3,
      scored: 3,
      notApplicable: 0,
      score: 67,
    });
  });
  test('N/A answers are left out of the denominator', () => {
    const t = tally(['a', 'b', 'c'], ratings({ a: 5, b: 'na', c: 3 }));
    expect(t.score).toBe(75);
    expect(t).toMatchObject({ answered: 3, scored: 2, notApplicable: 1 });
  });
  test('partial answers score only what has been answered', () => {
    const t = tally(['a', 'b', 'c', 'd'], ratings({ b: 1 }));
    expect(t).toMatchObject({ total: 4, answered: 1, scored: 1, score: 0 });
  });
  test('has no score until something is scored', () => {
    expect(tally(['a', 'b'], ratings({})).score).toBeNull();
    expect(tally(['a', 'b'], ratings({ a: 'na', b: 'na' })).score).toBeNull();
  });
});

describe('rolling up an assessment', () => {
  const dimensions = [
    { id: 'one', statements: [{ id: 'a' }, { id: 'b' }] },
    { id: 'two', statements: [{ id: 'c' }, { id: 'd' }, { id: 'e' }, { id: 'f' }] },
    { id: 'three', statements: [{ id: 'g' }] },
  ];
  test('weighs every dimension the same, however many statements it has', () => {
    const score = scoreAssessment(dimensions, ratings({ a: 5, b: 5, c: 1, d: 1, e: 1, f: 1 }));
    expect(score.dimensions.map((d) => d.score)).toEqual([100, 0, null]);
    expect(score.overall.score).toBe(50); // not 33, which a per-statement mean would give
  });
  test('adds up the counts across dimensions', () => {
    const score = scoreAssessment(dimensions, ratings({ a: 5, c: 'na', g: 3 }));
    expect(score.overall).toMatchObject({ total: 7, answered: 3, scored: 2, notApplicable: 1 });
  });
  test('has no overall score while nothing is scored', () => {
    expect(scoreAssessment(dimensions, ratings({})).overall.score).toBeNull();
  });
});

describe('bands', () => {
  test('a score falls in the last band whose minimum it reaches', () => {
    expect(bandFor(0, DEFAULT_BANDS).label).toBe('Getting started');
    expect(bandFor(39, DEFAULT_BANDS).label).toBe('Getting started');
    expect(bandFor(40, DEFAULT_BANDS).label).toBe('Building');
    expect(bandFor(89, DEFAULT_BANDS).label).toBe('Established');
    expect(bandFor(100, DEFAULT_BANDS).label).toBe('Leading');
  });
});

describe('the weakest statements', () => {
  test('lists answers below "agree", lowest first, in content order among equals', () => {
    const weak = weakestStatements(['a', 'b', 'c', 'd', 'e'], ratings({ a: 3, b: 1, c: 4, d: 1, e: 'na' }));
    expect(weak).toEqual([
      { id: 'b', rating: 1 },
      { id: 'd', rating: 1 },
      { id: 'a', rating: 3 },
    ]);
  });
  test('stops at the limit and ignores unanswered statements', () => {
    expect(weakestStatements(['a', 'b', 'c'], ratings({ a: 2, b: 2, c: 2 }), 2)).toHaveLength(2);
    expect(weakestStatements(['a'], ratings({}))).toEqual([]);
  });
});

describe('checklist progress', () => {
  test('counts done items and says when all are done', () => {
    expect(checklistProgress(['a', 'b', 'c'], (id) => id !== 'b')).toEqual({ done: 2, total: 3, complete: false });
    expect(checklistProgress(['a'], () => true).complete).toBe(true);
    expect(checklistProgress([], () => true).complete).toBe(false);
  });
});
