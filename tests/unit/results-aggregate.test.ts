/** From answers to each framework's results: scores, bands, tallies and completion. */
import { describe, expect, test } from 'vitest';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { aggregate, hasAnyAnswer } from '~/lib/results/aggregate';
import { rateAll, realManifest, realOutline } from './support/results-manifest';

const manifest = realManifest();
const outline = realOutline();
const at = '2026-11-01T10:00:00.000Z';

describe('aggregate', () => {
  test('with no answers every framework shows no score and zero completion', () => {
    const results = aggregate(outline, EMPTY_ANSWERS);
    expect(results).toHaveLength(5);
    for (const f of results) {
      expect(f.score).toBeNull();
      expect(f.band).toBeNull();
      expect(f.checklist!.done).toBe(0);
      expect(f.checklist!.total).toBeGreaterThan(0);
    }
    expect(hasAnyAnswer(EMPTY_ANSWERS)).toBe(false);
  });

  test('scores, bands and completion per framework and dimension', () => {
    const answers = rateAll(manifest, { 'cus-identify': 5, 'cus-understand': 3, 'cus-service': 1 });
    const cusChecklistItem = manifest.frameworks[0]!.checklists[0]!.items[0]!.id;
    answers.items[cusChecklistItem] = { done: true, updatedAt: at };
    const cus = aggregate(outline, answers)[0]!;
    expect(cus.dimensions.map((d) => d.score)).toEqual([100, 50, 0]);
    expect(cus.score).toBe(50);
    expect(cus.band?.label).toBe('Building');
    expect(cus.dimensions[0]!.band?.label).toBe('Leading');
    expect(cus.checklist!.done).toBe(1);
    expect(cus.tally!.answered).toBe(cus.tally!.total);
  });

  test('not-applicable answers are counted and left out of the score', () => {
    const answers = rateAll(manifest, { 'cus-identify': 'na', 'cus-understand': 4 });
    const cus = aggregate(outline, answers)[0]!;
    expect(cus.dimensions[0]!.score).toBeNull();
    expect(cus.dimensions[0]!.tally!.notApplicable).toBe(cus.dimensions[0]!.tally!.total);
    expect(cus.score).toBe(75);
    expect(cus.tally!.notApplicable).toBeGreaterThan(0);
  });
});
