/** Chart geometry for the results page: heat-map shades and trend lines. */
import { describe, expect, test } from 'vitest';
import { heatLevel, trendPoints } from '~/lib/results/charts';

describe('chart geometry', () => {
  test('heat-map shades follow the quarter of the scale a score falls in, and no score has its own shade', () => {
    expect([null, 0, 24, 25, 49, 50, 74, 75, 100].map(heatLevel)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  test('a trend line leaves unscored snapshots out and puts 100 at the top', () => {
    const points = trendPoints([0, null, 100], { left: 0, top: 0, width: 200, height: 100 });
    expect(points).toEqual([
      { index: 0, value: 0, x: 0, y: 100 },
      { index: 2, value: 100, x: 200, y: 0 },
    ]);
  });
});
