/** The results in words, for readers who do not see the chart. */
import { describe, expect, test } from 'vitest';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { aggregate } from '~/lib/results/aggregate';
import { summarise } from '~/lib/results/summary';
import { rateAll, realManifest, realOutline } from './support/results-manifest';

const manifest = realManifest();
const outline = realOutline();

describe('summarise', () => {
  test('says so when there are no answers', () => {
    expect(summarise(aggregate(outline, EMPTY_ANSWERS))).toMatch(/^No answers yet/);
  });

  test('names the highest, the lowest, the weakest step and what is not scored', () => {
    const answers = rateAll(manifest, { 'cus-identify': 5, 'who-first': 2, 'who-attention': 3 });
    const text = summarise(aggregate(outline, answers));
    expect(text).toContain('scores for 2 of 5 frameworks');
    expect(text).toContain('Highest: C.U.S., 100 out of 100 (Leading)');
    expect(text).toContain('Lowest: Who is your customer, 38 out of 100 (Getting started)');
    expect(text).toContain('Weakest step: Why customers come first (Who is your customer), 25 out of 100');
    expect(text).toContain('Not scored yet: Identification, Four steps, Purpose Centred');
  });
});
