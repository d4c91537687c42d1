/** The crosswalk: a theme's dimensions joined to their frameworks, with scores and answers. */
import { describe, expect, test } from 'vitest';
import { crosswalk, themeParts } from '~/lib/results/crosswalk';
import { scoreSheet } from '~/lib/results/score-sheet';
import { rateAll, realManifest, realOutline } from './support/results-manifest';

const manifest = realManifest();
const outline = realOutline();

describe('themeParts', () => {
  const frameworks = [
    { id: 'shop', shortTitle: 'Shop', dimensions: [{ id: 'shop-listen' }, { id: 'shop-fix' }] },
    { id: 'office', shortTitle: 'Office', dimensions: [{ id: 'office-ask' }] },
  ];

  test('each id finds its dimension and the framework that has it, in the order the theme names them', () => {
    const parts = themeParts(frameworks)(['office-ask', 'shop-listen']);
    expect(parts.map((p) => [p.framework.id, p.dimension.id])).toEqual([
      ['office', 'office-ask'],
      ['shop', 'shop-listen'],
    ]);
  });

  test('an id no framework has is left out rather than breaking the page', () => {
    expect(themeParts(frameworks)(['shop-fix', 'gone']).map((p) => p.dimension.id)).toEqual(['shop-fix']);
  });
});

describe('crosswalk', () => {
  test('each theme gathers dimensions from several frameworks with their scores and the answers behind them', () => {
    const answers = rateAll(manifest, { 'four-steps-listening': 2, 'cus-understand': 4 });
    const themes = crosswalk(manifest, { answers });
    expect(themes.length).toBe(manifest.themes.length);
    const listening = themes.find((t) => t.id === 'listening')!;
    expect(new Set(listening.dimensions.map((d) => d.frameworkId)).size).toBeGreaterThan(1);
    const step = listening.dimensions.find((d) => d.id === 'four-steps-listening')!;
    expect(step.score).toBe(25);
    expect(step.answers!.every((a) => a.rating === 2)).toBe(true);
    expect(listening.score).toBe(50); // mean of the two scored dimensions, 25 and 75
  });

  test('from a share link: scores only, no answers and no theme score', () => {
    const sheet = scoreSheet(outline, rateAll(manifest, { 'four-steps-listening': 2 }));
    const listening = crosswalk(manifest, { sheet }).find((t) => t.id === 'listening')!;
    expect(listening.score).toBeNull();
    expect(listening.dimensions.find((d) => d.id === 'four-steps-listening')!.score).toBe(25);
    expect(listening.dimensions.every((d) => d.answers === undefined)).toBe(true);
  });
});
