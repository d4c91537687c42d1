import { describe, expect, test } from 'vitest';
import { progressToTarget } from '~/lib/goals';
import {
  bandFor,
  checklistProgress,
  DEFAULT_GOAL,
  dontKnowStatements,
  pointsFor,
  priorityOf,
  ratingLabel,
  SCALE,
  scoreAssessment,
  tally,
  weakestStatements,
  type Goal,
  type Rating,
} from '~/lib/scoring';
import { DEFAULT_BANDS } from '~/lib/content/schemas';
import { EXAMPLE, workedExample } from '~/lib/scoring-example';

const ratings = (map: Record<string, Rating>) => (id: string) => map[id];

describe('the practice scale', () => {
  test('maps "Not yet" to 0 and "Routinely, and we check it" to 100 in even steps', () => {
    expect([1, 2, 3, 4, 5].map((r) => pointsFor(r as Rating))).toEqual([0, 25, 50, 75, 100]);
  });
  test('gives no points to "not applicable" or "don\'t know"', () => {
    expect(pointsFor('na')).toBeNull();
    expect(pointsFor('dk')).toBeNull();
  });
  test('names every answer in the same words everywhere, each level with a description', () => {
    expect(SCALE.map((l) => l.label)).toEqual([
      'Not yet',
      'Sometimes',
      'Usually',
      'Routinely',
      'Routinely, and we check it',
    ]);
    expect(SCALE.every((l) => l.description.length > 10)).toBe(true);
    expect(ratingLabel('na')).toBe('Not applicable');
    expect(ratingLabel('dk')).toBe('Don’t know');
  });
});

describe('tallying a dimension', () => {
  test('scores the mean of the answered statements, rounded', () => {
    expect(tally(['a', 'b', 'c'], ratings({ a: 5, b: 4, c: 2 }))).toEqual({
      total: 3,
      answered: 3,
      scored: 3,
      notApplicable: 0,
      dontKnow: 0,
      score: 67,
    });
  });
  test('N/A answers are left out of the denominator', () => {
    const t = tally(['a', 'b', 'c'], ratings({ a: 5, b: 'na', c: 3 }));
    expect(t.score).toBe(75);
    expect(t).toMatchObject({ answered: 3, scored: 2, notApplicable: 1 });
  });
  test('"don\'t know" is left out of the score and not counted as N/A', () => {
    const t = tally(['a', 'b', 'c', 'd'], ratings({ a: 5, b: 'dk', c: 3, d: 'na' }));
    expect(t).toMatchObject({ answered: 4, scored: 2, notApplicable: 1, dontKnow: 1, score: 75 });
    expect(dontKnowStatements(['a', 'b', 'c', 'd'], ratings({ a: 5, b: 'dk', c: 3, d: 'dk' }))).toEqual(['b', 'd']);
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
    const score = scoreAssessment(dimensions, ratings({ a: 5, c: 'na', d: 'dk', g: 3 }));
    expect(score.overall).toMatchObject({ total: 7, answered: 4, scored: 2, notApplicable: 1, dontKnow: 1 });
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

describe('priorities: importance × distance to target', () => {
  const high: Goal = { importance: 'high', target: 4 };
  const low: Goal = { importance: 'low', target: 4 };
  test('the default goal is normal importance with the target "Routinely"', () => {
    expect(DEFAULT_GOAL).toEqual({ importance: 'normal', target: 4 });
    expect(priorityOf(1, DEFAULT_GOAL)).toBe(6); // weight 2 × 3 levels
    expect(priorityOf(4, DEFAULT_GOAL)).toBe(0);
    expect(priorityOf(5, DEFAULT_GOAL)).toBe(0);
  });
  test('with default goals, lists answers below "Routinely", lowest first, in content order among equals', () => {
    const weak = weakestStatements(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      ratings({ a: 3, b: 1, c: 4, d: 1, e: 'na', f: 'dk' }),
    );
    expect(weak.map((w) => [w.id, w.rating, w.priority])).toEqual([
      ['b', 1, 6],
      ['d', 1, 6],
      ['a', 3, 2],
    ]);
  });
  test('a high-importance step comes before a lower level in a low-importance one', () => {
    const goalOf = (id: string) => (id === 'a' ? high : low);
    const weak = weakestStatements(['a', 'b'], ratings({ a: 2, b: 1 }), 3, goalOf);
    expect(weak.map((w) => [w.id, w.priority])).toEqual([
      ['a', 6], // 3 × 2
      ['b', 3], // 1 × 3
    ]);
  });
  test('a raised target makes "Routinely" a priority; a lowered one drops "Usually"', () => {
    const goalOf = (id: string): Goal =>
      id === 'a' ? { importance: 'normal', target: 5 } : { importance: 'normal', target: 3 };
    expect(weakestStatements(['a', 'b'], ratings({ a: 4, b: 3 }), 3, goalOf).map((w) => w.id)).toEqual(['a']);
  });
  test('stops at the limit and ignores unanswered statements', () => {
    expect(weakestStatements(['a', 'b', 'c'], ratings({ a: 2, b: 2, c: 2 }), 2)).toHaveLength(2);
    expect(weakestStatements(['a'], ratings({}))).toEqual([]);
  });
});

describe('progress to target', () => {
  test('compares the score with the points of the target level and counts statements at target', () => {
    const progress = progressToTarget(['a', 'b', 'c', 'd'], ratings({ a: 4, b: 2, c: 5, d: 'dk' }), DEFAULT_GOAL);
    expect(progress).toEqual({ score: 67, targetScore: 75, atTarget: 2, scored: 3, gap: 8 });
  });
  test('reaching the target leaves no gap; nothing scored has no gap yet', () => {
    expect(progressToTarget(['a'], ratings({ a: 5 }), DEFAULT_GOAL).gap).toBe(0);
    expect(progressToTarget(['a'], ratings({ a: 'na' }), DEFAULT_GOAL).gap).toBeNull();
  });
});

describe('checklist progress', () => {
  test('counts done items and says when all are done', () => {
    expect(checklistProgress(['a', 'b', 'c'], (id) => id !== 'b')).toEqual({ done: 2, total: 3, complete: false });
    expect(checklistProgress(['a'], () => true).complete).toBe(true);
    expect(checklistProgress([], () => true).complete).toBe(false);
  });
});

describe('the worked example on "How scoring works"', () => {
  test('is the scoring code applied to the example, every answer kind included', () => {
    const example = workedExample();
    const ratings = new Map(EXAMPLE.flatMap((d) => d.statements.map((s) => [s.id, s.rating] as const)));
    const expected = scoreAssessment(EXAMPLE, (id) => ratings.get(id));
    expect(example.framework.score).toBe(expected.overall.score);
    expect(example.steps.map((s) => s.score)).toEqual(expected.dimensions.map((d) => d.score));
    expect(new Set(ratings.values())).toEqual(new Set([1, 2, 3, 4, 5, 'na', 'dk']));
    // The high-importance step's "Not yet" comes first: weight 3 × 3 levels.
    expect(example.priorities[0]).toMatchObject({ answer: 'Not yet', importance: 'High', priority: 9 });
  });
});
