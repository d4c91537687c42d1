/** Snapshots: the stored format, taking one, and keeping the list. */
import { describe, expect, test } from 'vitest';
import {
  mergeSnapshots,
  parseSnapshots,
  serializeSnapshots,
  takeSnapshot,
  withSnapshot,
  type Snapshot,
} from '~/lib/results/snapshots';
import { rateAll, realManifest, realOutline } from './support/results-manifest';

const manifest = realManifest();
const outline = realOutline();

const snap = (iso: string, values: Parameters<typeof rateAll>[1], label?: string): Snapshot =>
  takeSnapshot(outline, rateAll(manifest, values, iso), new Date(iso), label);

describe('taking and storing snapshots', () => {
  test('a snapshot keeps the date, the scores per framework and dimension, and the answers', () => {
    const s = snap('2026-09-01T09:00:00.000Z', { 'cus-identify': 4 }, '  Before training  ');
    expect(s.takenAt).toBe('2026-09-01T09:00:00.000Z');
    expect(s.label).toBe('Before training');
    expect(s.scores.frameworks.cus).toEqual({
      score: 75,
      dimensions: { 'cus-identify': 75, 'cus-understand': null, 'cus-service': null },
    });
    expect(Object.keys(s.answers.statements)).toHaveLength(5);
  });

  test('survives a round trip through storage, oldest first', () => {
    const later = snap('2026-10-01T09:00:00.000Z', { 'cus-identify': 5 });
    const earlier = snap('2026-09-01T09:00:00.000Z', { 'cus-identify': 2 });
    const read = parseSnapshots(serializeSnapshots([later, earlier]));
    expect(read).toEqual({ ok: true, snapshots: [earlier, later] });
  });

  test.each([
    ['not JSON', '{"version":1,"snapshots":[', /not valid JSON/],
    ['a newer format', '{"version":2,"snapshots":[]}', /newer version/],
    [
      'a score above 100',
      JSON.stringify({
        version: 1,
        snapshots: [
          { ...snap('2026-09-01T09:00:00.000Z', {}), scores: { frameworks: { cus: { score: 101, dimensions: {} } } } },
        ],
      }),
      /damaged/,
    ],
    [
      'damaged answers inside',
      JSON.stringify({
        version: 1,
        snapshots: [{ ...snap('2026-09-01T09:00:00.000Z', {}), answers: { version: 1, items: 'x', statements: {} } }],
      }),
      /damaged/,
    ],
    ['no version', '{"snapshots":[]}', /damaged/],
  ])('refuses %s with a message', (_, raw, message) => {
    const result = parseSnapshots(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  test('two snapshots taken in the same millisecond keep distinct ids', () => {
    const a = snap('2026-09-01T09:00:00.000Z', {});
    const list = withSnapshot(withSnapshot([], a), { ...a });
    expect(new Set(list.map((s) => s.id)).size).toBe(2);
  });

  test('merging keeps one copy of each snapshot and every distinct one', () => {
    const a = snap('2026-09-01T09:00:00.000Z', {});
    const b = snap('2026-10-01T09:00:00.000Z', {});
    const c = snap('2026-11-01T09:00:00.000Z', {});
    expect(mergeSnapshots([a, b], [b, c]).map((s) => s.id)).toEqual([a.id, b.id, c.id]);
  });
});
