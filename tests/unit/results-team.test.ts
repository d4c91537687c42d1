/** Team statistics: median and spread per dimension, disagreement, and nothing shown below three respondents. */
import { describe, expect, test } from 'vitest';
import { scoreSheet } from '~/lib/results/score-sheet';
import { decodeShareCode, encodeShareCode } from '~/lib/results/share-code';
import {
  DISAGREEMENT_SPREAD,
  groupStats,
  median,
  MIN_RESPONDENTS,
  ROLE_GAP,
  roleGap,
  teamStats,
  teamStatsFromSheets,
} from '~/lib/results/team';
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

describe('by role', () => {
  const dim = 'cus-identify';
  const score = (n: 1 | 2 | 3 | 4 | 5) => rateAll(manifest, { [dim]: n });
  const sheetOf = (n: 1 | 2 | 3 | 4 | 5) =>
    decodeShareCode(outline, encodeShareCode(outline, scoreSheet(outline, score(n))));
  const linkSheet = (n: 1 | 2 | 3 | 4 | 5) => {
    const decoded = sheetOf(n);
    if (!decoded.ok) throw new Error(decoded.message);
    return decoded.sheet;
  };
  const dimension = (stats: ReturnType<typeof teamStatsFromSheets>) =>
    stats.find((f) => f.id === 'cus')!.dimensions.find((d) => d.id === dim)!;

  test('three files (managers) and two share links (front line): managers shown, a group of two shows nothing', () => {
    const members = [
      { sheet: scoreSheet(outline, score(4)), role: 'manager' as const },
      { sheet: scoreSheet(outline, score(5)), role: 'manager' as const },
      { sheet: scoreSheet(outline, score(4)), role: 'manager' as const },
      { sheet: linkSheet(2), role: 'front-line' as const },
      { sheet: linkSheet(1), role: 'front-line' as const },
    ];
    const d = dimension(teamStatsFromSheets(outline, members));
    expect(d.stats).toMatchObject({ shown: true, respondents: 5, median: 75, min: 0, max: 100, spread: 100 });
    expect(d.roles).toEqual([
      { role: 'manager', stats: expect.objectContaining({ shown: true, median: 75, min: 75, max: 100 }) },
      { role: 'front-line', stats: { shown: false, respondents: 2 } },
    ]);
    expect(d.gap).toBeNull(); // a hidden group is never compared
  });

  test(`roles whose medians are ${ROLE_GAP} points (a level) or more apart are flagged, higher first`, () => {
    const members = [
      ...[4, 4, 5].map((n) => ({ sheet: scoreSheet(outline, score(n as 4 | 5)), role: 'manager' as const })),
      ...[2, 2, 3].map((n) => ({ sheet: linkSheet(n as 2 | 3), role: 'front-line' as const })),
    ];
    expect(dimension(teamStatsFromSheets(outline, members)).gap).toEqual({
      higher: 'manager',
      lower: 'front-line',
      points: 50,
    });
    expect(
      roleGap([
        { role: 'owner', stats: groupStats([50, 50, 50]) },
        { role: 'other', stats: groupStats([70, 70, 70]) },
      ]),
    ).toBeNull();
  });

  test('members without a role count overall only', () => {
    const d = dimension(teamStats(outline, [score(1), score(3), { answers: score(5), role: 'owner' }]));
    expect(d.stats).toMatchObject({ shown: true, median: 50 });
    expect(d.roles).toEqual([{ role: 'owner', stats: { shown: false, respondents: 1 } }]);
  });
});
