/** Team statistics: median and spread per dimension, disagreement, and nothing shown below three respondents. */
import { describe, expect, test } from 'vitest';
import { DISAGREEMENT_SPREAD, groupStats, median, MIN_RESPONDENTS, teamStats } from '~/lib/results/team';
import { rateAll, realManifest, realOutline } from './support/results-manifest';

const manifest = realManifest();
const outline = realOutline();

describe('median', () => {
  test('the middle value, or the mean of the middle two', () => {
    expect(median([50, 0, 100])).toBe(50);
    expect(median([25, 75, 0, 100])).toBe(50);
    expect(median([25, 50])).toBe(38);
    expect(median([])).toBeNull();
  });
});

describe('group statistics', () => {
  test(`nothing is shown with fewer than ${MIN_RESPONDENTS} respondents`, () => {
    expect(groupStats([100, 0])).toEqual({ shown: false, respondents: 2 });
    expect(groupStats([100, null, undefined, 0])).toEqual({ shown: false, respondents: 2 });
  });

  test('median, lowest, highest and spread from three respondents', () => {
    expect(groupStats([75, 50, 100])).toEqual({
      shown: true,
      respondents: 3,
      median: 75,
      min: 50,
      max: 100,
      spread: 50,
      disagreement: true,
    });
  });

  test(`a spread of ${DISAGREEMENT_SPREAD} points or more is disagreement; less is not`, () => {
    expect(groupStats([50, 75, 99])).toMatchObject({ shown: true, disagreement: false, spread: 49 });
    expect(groupStats([50, 75, 100])).toMatchObject({ disagreement: true });
  });
});

describe('team statistics from members’ answers', () => {
  const alice = rateAll(manifest, { 'cus-identify': 5, 'cus-understand': 4, 'purpose-staff': 2 });
  const bob = rateAll(manifest, { 'cus-identify': 4, 'cus-understand': 4 });
  const carol = rateAll(manifest, { 'cus-identify': 2, 'cus-understand': 3, 'purpose-staff': 2 });

  test('two members: every dimension is hidden', () => {
    const stats = teamStats(outline, [alice, bob]);
    expect(stats.flatMap((f) => [f.overall, ...f.dimensions.map((d) => d.stats)]).every((s) => !s.shown)).toBe(true);
  });

  test('a third member brings the aggregate, dimension by dimension', () => {
    const cus = teamStats(outline, [alice, bob, carol]).find((f) => f.id === 'cus')!;
    const identify = cus.dimensions.find((d) => d.id === 'cus-identify')!.stats;
    expect(identify).toEqual({
      shown: true,
      respondents: 3,
      median: 75,
      min: 25,
      max: 100,
      spread: 75,
      disagreement: true,
    });
    const understand = cus.dimensions.find((d) => d.id === 'cus-understand')!.stats;
    expect(understand).toMatchObject({ shown: true, median: 75, min: 50, max: 75, disagreement: false });
    expect(cus.dimensions.find((d) => d.id === 'cus-service')!.stats).toEqual({ shown: false, respondents: 0 });
    // Only two of the three scored Staff: still hidden.
    const staff = teamStats(outline, [alice, bob, carol])
      .find((f) => f.id === 'purpose')!
      .dimensions.find((d) => d.id === 'purpose-staff')!.stats;
    expect(staff).toEqual({ shown: false, respondents: 2 });
  });
});
