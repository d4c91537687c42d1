/** Progress between snapshots: the difference between two, and the trend. */
import { describe, expect, test } from 'vitest';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { answersChanged, diffScores, trend } from '~/lib/results/progress';
import { scoreSheet } from '~/lib/results/score-sheet';
import { takeSnapshot, type Snapshot } from '~/lib/results/snapshots';
import { rateAll, realManifest, realOutline } from './support/results-manifest';

const manifest = realManifest();
const outline = realOutline();

const snap = (iso: string, values: Parameters<typeof rateAll>[1], label?: string): Snapshot =>
  takeSnapshot(outline, rateAll(manifest, values, iso), new Date(iso), label);

describe('the difference between two snapshots', () => {
  test('says what got better, worse, stayed, appeared or disappeared, per framework and dimension', () => {
    const before = snap('2026-09-01T09:00:00.000Z', { 'cus-identify': 2, 'cus-understand': 3, 'cus-service': 4 });
    const after = snap('2026-12-01T09:00:00.000Z', { 'cus-identify': 4, 'cus-understand': 3, 'purpose-staff': 5 });
    const diff = diffScores(outline, before.scores, after.scores);
    const cus = diff.find((f) => f.id === 'cus')!;
    expect(cus.dimensions.map((d) => [d.id, d.before, d.after, d.delta, d.change])).toEqual([
      ['cus-identify', 25, 75, 50, 'better'],
      ['cus-understand', 50, 50, 0, 'same'],
      ['cus-service', 75, null, null, 'gone'],
    ]);
    expect(cus).toMatchObject({ before: 50, after: 63, delta: 13, change: 'better' });
    const purpose = diff.find((f) => f.id === 'purpose')!;
    expect(purpose.change).toBe('new');
    expect(purpose.dimensions.find((d) => d.id === 'purpose-staff')!.change).toBe('new');
    expect(diff.find((f) => f.id === 'who')!.change).toBe('none');
  });

  test('compares a snapshot with the answers now', () => {
    const before = snap('2026-09-01T09:00:00.000Z', { 'who-first': 5 });
    const now = rateAll(manifest, { 'who-first': 1 });
    const who = diffScores(outline, before.scores, scoreSheet(outline, now)).find((f) => f.id === 'who')!;
    expect(who).toMatchObject({ before: 100, after: 0, delta: -100, change: 'worse' });
  });

  test('counts the answers that changed', () => {
    const before = rateAll(manifest, { 'cus-identify': 2 });
    const after = rateAll(manifest, { 'cus-identify': 2, 'cus-understand': 4 });
    after.items['cus-identify-map-everyone'] = { done: true, updatedAt: '2026-11-01T10:00:00.000Z' };
    expect(answersChanged(before, after)).toEqual({ ratings: 5, ticks: 1 });
    expect(answersChanged(EMPTY_ANSWERS, EMPTY_ANSWERS)).toEqual({ ratings: 0, ticks: 0 });
  });
});

describe('the trend', () => {
  test('each framework’s overall score at every snapshot, in date order', () => {
    const s1 = snap('2026-09-01T09:00:00.000Z', { 'cus-identify': 2 });
    const s2 = snap('2026-12-01T09:00:00.000Z', { 'cus-identify': 4 });
    const s3 = snap('2027-03-01T09:00:00.000Z', { 'cus-identify': 5 });
    const trends = trend(outline, [s3, s1, s2]);
    expect(trends.map((t) => t.id)).toEqual(['cus', 'identification', 'who', 'four-steps', 'purpose']);
    expect(trends[0]!.points.map((p) => p.score)).toEqual([25, 75, 100]);
    expect(trends[4]!.points.map((p) => p.score)).toEqual([null, null, null]);
  });
});
