/**
 * Share links already sent must keep opening. The codes below were made on
 * 2026-12-02 by the playbook of that day and saved with the layout they were made
 * for (tests/fixtures/share/codes-2026-12-02.json). A change to the encoder and the
 * decoder together would still round-trip, but would break these.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeShareCode, encodeShareCode, shareLayout, type ShareLayoutSource } from '~/lib/results/share-code';
import type { ScoreSheet } from '~/lib/results/score-sheet';
import { realOutline } from './support/results-manifest';

interface PinnedCodes {
  madeOn: string;
  layout: { id: string; dimensions: string[] }[];
  codes: { code: string; sheet: ScoreSheet }[];
}

const pinned = JSON.parse(
  readFileSync(new URL('../fixtures/share/codes-2026-12-02.json', import.meta.url), 'utf8'),
) as PinnedCodes;
const layout: ShareLayoutSource = {
  frameworks: pinned.layout.map((f) => ({ id: f.id, dimensions: f.dimensions.map((id) => ({ id })) })),
};

describe(`share codes made on ${pinned.madeOn}`, () => {
  test.each(pinned.codes.map((c, i) => [i + 1, c] as const))('code %i still opens with the same scores', (_, c) => {
    expect(decodeShareCode(layout, c.code)).toEqual({ ok: true, sheet: c.sheet });
  });

  test.each(pinned.codes.map((c, i) => [i + 1, c] as const))('the same scores still make code %i', (_, c) => {
    expect(encodeShareCode(layout, c.sheet)).toBe(c.code);
  });

  test("the playbook's frameworks and dimensions are still the ones these codes were made for", () => {
    // If this fails, every link shared before the change says "a different edition". Change the
    // dimensions only on purpose, and then save new pinned codes.
    expect(shareLayout(realOutline())).toEqual(shareLayout(layout));
  });
});
