/** The score sheet: scores only, keyed by id, and the results read back from it. */
import { describe, expect, test } from 'vitest';
import { aggregate, resultsFromSheet } from '~/lib/results/aggregate';
import { scoreSheet } from '~/lib/results/score-sheet';
import { rateAll, realManifest, realOutline } from './support/results-manifest';

const manifest = realManifest();
const outline = realOutline();

describe('score sheet', () => {
  test('a score sheet carries the same scores, keyed by id', () => {
    const answers = rateAll(manifest, { 'cus-identify': 4, 'purpose-staff': 2 });
    const sheet = scoreSheet(outline, answers);
    expect(sheet.frameworks.cus).toEqual({
      score: 75,
      dimensions: { 'cus-identify': 75, 'cus-understand': null, 'cus-service': null },
    });
    expect(sheet.frameworks.purpose!.dimensions['purpose-staff']).toBe(25);
    const fromSheet = resultsFromSheet(outline, sheet);
    expect(fromSheet.map((f) => f.score)).toEqual(aggregate(outline, answers).map((f) => f.score));
    expect(fromSheet[0]!.tally).toBeUndefined();
  });
});
