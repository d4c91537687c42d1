/** Purpose Centred trace-back: read the levels bottom-up, start at the lowest weak one, flag strong levels on weak ground. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { scoreSheet } from '~/lib/results/score-sheet';
import { GAP, groupByFoundation, purposeLevels, traceBack, WEAK_BELOW } from '~/lib/results/trace-back';
import { rateAll, realManifest, realOutline } from './support/results-manifest';

const IDS = ['significance', 'strategy', 'staff', 'systems', 'success', 'customers'].map((l) => `purpose-${l}`);
const TITLES = ['Significance', 'Strategy', 'Staff', 'Systems', 'Success', 'Customers'];
const levels = (...scores: (number | null)[]) => scores.map((score, i) => ({ id: IDS[i]!, title: TITLES[i]!, score }));

describe('trace-back', () => {
  test('only the frameworks content marks as built bottom-up are traced back', () => {
    const marked = Object.entries(parse(readFileSync('content/frameworks.yaml', 'utf8')) as Record<string, object>)
      .filter(([, f]) => (f as { levelsBuiltBottomUp?: boolean }).levelsBuiltBottomUp)
      .map(([id]) => id);
    expect(marked).toEqual(['purpose']);
    expect(
      realManifest()
        .frameworks.filter((f) => f.traceBack)
        .map((f) => f.id),
    ).toEqual(marked);
  });

  test('the levels are the Purpose Centred dimensions, foundation first', () => {
    const purpose = realManifest().frameworks.find((f) => f.id === 'purpose')!;
    expect(purposeLevels(purpose.dimensions, () => null).map((l) => l.title)).toEqual(TITLES);
  });

  test('a strong top level over a weak foundation is flagged, pointing at the foundation', () => {
    const result = traceBack(levels(30, 70, 70, 70, 70, 90));
    expect(result.startAt?.id).toBe('purpose-significance');
    expect(result.mismatches.map((m) => [m.higher.id, m.foundation.id, m.gap])).toEqual([
      ['purpose-strategy', 'purpose-significance', 40],
      ['purpose-staff', 'purpose-significance', 40],
      ['purpose-systems', 'purpose-significance', 40],
      ['purpose-success', 'purpose-significance', 40],
      ['purpose-customers', 'purpose-significance', 60],
    ]);
    expect(groupByFoundation(result.mismatches)).toHaveLength(1);
  });

  test('the lowest weak level comes first, even when a higher level is weaker still', () => {
    const result = traceBack(levels(80, 55, 80, 20, 80, 80));
    expect(result.startAt?.id).toBe('purpose-strategy');
    expect(result.levels.filter((l) => l.weak).map((l) => l.id)).toEqual(['purpose-strategy', 'purpose-systems']);
    // Staff stands on weak Strategy; Success and Customers are flagged against the lowest weak level beneath them.
    expect(result.mismatches.map((m) => `${m.higher.title}>${m.foundation.title}`)).toEqual([
      'Staff>Strategy',
      'Success>Strategy',
      'Customers>Strategy',
    ]);
  });

  test(`a level is weak below ${WEAK_BELOW}, and a gap under ${GAP} points is not flagged`, () => {
    const atEdge = traceBack(levels(WEAK_BELOW, 100, 100, 100, 100, 100));
    expect(atEdge.startAt).toBeNull();
    expect(atEdge.mismatches).toEqual([]);
    const smallGap = traceBack(levels(WEAK_BELOW - 1, WEAK_BELOW - 1 + GAP - 1, null, null, null, null));
    expect(smallGap.startAt?.id).toBe('purpose-significance');
    expect(smallGap.mismatches).toEqual([]);
    const exactGap = traceBack(levels(WEAK_BELOW - 1, WEAK_BELOW - 1 + GAP, null, null, null, null));
    expect(exactGap.mismatches).toHaveLength(1);
  });

  test('unscored levels are neither weak nor flagged, and are listed', () => {
    const result = traceBack(levels(null, 20, null, 90, null, null));
    expect(result.startAt?.id).toBe('purpose-strategy');
    expect(result.unscored.map((l) => l.title)).toEqual(['Significance', 'Staff', 'Success', 'Customers']);
    expect(result.mismatches.map((m) => m.higher.id)).toEqual(['purpose-systems']);
  });

  test('all strong: nowhere to start, nothing flagged', () => {
    const result = traceBack(levels(90, 80, 75, 85, 95, 100));
    expect(result.startAt).toBeNull();
    expect(result.mismatches).toEqual([]);
  });

  test('works from real answers through the score sheet', () => {
    const manifest = realManifest();
    const answers = rateAll(manifest, { 'purpose-significance': 1, 'purpose-customers': 5 });
    const sheet = scoreSheet(realOutline(), answers);
    const purpose = manifest.frameworks.find((f) => f.id === 'purpose')!;
    const result = traceBack(
      purposeLevels(purpose.dimensions, (id) => sheet.frameworks.purpose!.dimensions[id] ?? null),
    );
    expect(result.startAt?.title).toBe('Significance');
    expect(result.mismatches[0]).toMatchObject({ higher: { title: 'Customers' }, gap: 100 });
  });
});
