/** Share codes: scores only, compact, round-trip exactly, and garbage is refused. */
import { describe, expect, test } from 'vitest';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { scoreSheet } from '~/lib/results/score-sheet';
import type { ResultsOutline } from '~/lib/results/manifest';
import {
  codeFromHash,
  roleFromHash,
  decodeShareCode,
  encodeShareCode,
  fromBase64Url,
  shareLayout,
  shareLink,
  toBase64Url,
} from '~/lib/results/share-code';
import { rateAll, realManifest, realOutline } from './support/results-manifest';

const manifest = realManifest();
const outline = realOutline();
const answers = rateAll(manifest, {
  'cus-identify': 5,
  'cus-understand': 'na',
  'identification-who': 1,
  'who-first': 3,
  'purpose-significance': 2,
  'purpose-customers': 4,
});
answers.statements['cus-identify-s-named-owner'] = {
  value: 2,
  note: 'secret note',
  updatedAt: '2026-11-01T10:00:00.000Z',
};
const sheet = scoreSheet(outline, answers);

describe('base64url', () => {
  test('round-trips every byte length', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Array.from({ length: n }, (_, i) => (i * 97 + 13) % 256);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
    expect(toBase64Url([251, 255])).toBe('-_8');
  });
  test('rejects characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });
});

describe('share codes', () => {
  test('round trip: the decoded scores equal the encoded ones, unscored included', () => {
    const code = encodeShareCode(outline, sheet);
    expect(decodeShareCode(outline, code)).toEqual({ ok: true, sheet });
  });

  test('a link shared before the practice scale (saved 2 December 2026) still opens with its scores', () => {
    const result = decodeShareCode(outline, 'AV43S0tLSzIyMjItLS0tLf______Ow8jN0ZVXw');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.sheet.frameworks.cus).toEqual({
        score: 75,
        dimensions: { 'cus-identify': 75, 'cus-understand': 75, 'cus-service': 75 },
      });
      expect(result.sheet.frameworks['four-steps']?.score).toBeNull();
    }
  });

  test('empty answers round-trip as "no score" everywhere', () => {
    const empty = scoreSheet(outline, EMPTY_ANSWERS);
    expect(decodeShareCode(outline, encodeShareCode(outline, empty))).toEqual({ ok: true, sheet: empty });
  });

  test('is compact and carries no answer or note', () => {
    const code = encodeShareCode(outline, sheet);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(code.length).toBe(Math.ceil(((3 + shareLayout(outline).length) * 4) / 3));
    expect(code.length).toBeLessThan(50);
    const bytes = fromBase64Url(code)!;
    expect(bytes.length).toBe(3 + shareLayout(outline).length); // header and one byte per score, nothing more
  });

  test.each([
    ['an empty code', ''],
    ['characters outside base64url', 'abc$%^'],
    ['random text', 'hello-world'],
    ['a cut-short code', () => encodeShareCode(outline, sheet).slice(0, 20)],
    ['a code with an extra byte', () => toBase64Url([...fromBase64Url(encodeShareCode(outline, sheet))!, 50])],
    [
      'a score above 100',
      () => toBase64Url(fromBase64Url(encodeShareCode(outline, sheet))!.map((b, i) => (i === 4 ? 150 : b))),
    ],
    ['version 0', () => toBase64Url(fromBase64Url(encodeShareCode(outline, sheet))!.map((b, i) => (i === 0 ? 0 : b)))],
    ['a huge fragment', 'A'.repeat(5000)],
  ])('refuses %s with a message', (_, make) => {
    const code = typeof make === 'function' ? make() : make;
    const result = decodeShareCode(outline, code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/share link/);
  });

  test('refuses a code from a newer format, saying so', () => {
    const bytes = fromBase64Url(encodeShareCode(outline, sheet))!;
    bytes[0] = 2;
    const result = decodeShareCode(outline, toBase64Url(bytes));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/newer version/) });
  });

  test('refuses a code made for other content (a dimension added), rather than misreading it', () => {
    const changed: ResultsOutline = {
      frameworks: outline.frameworks.map((f, i) =>
        i === 0
          ? {
              ...f,
              dimensions: [...f.dimensions, { id: 'cus-new-step', title: 'New', chapterHref: '/', statements: [] }],
            }
          : f,
      ),
    };
    const result = decodeShareCode(changed, encodeShareCode(outline, sheet));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/different edition/) });
  });
});

describe('the fragment', () => {
  test('only #share=… is a share code; heading anchors are not', () => {
    expect(codeFromHash('#share=AQID')).toBe('AQID');
    expect(codeFromHash('#share=')).toBe('');
    expect(codeFromHash('#scores')).toBeNull();
    expect(codeFromHash('')).toBeNull();
  });
  test('the link replaces any fragment of the page address', () => {
    expect(shareLink('https://example.org/playbook/results/#history', 'AQID')).toBe(
      'https://example.org/playbook/results/#share=AQID',
    );
  });
  test('a role rides after the code without changing it, and a link without one still opens', () => {
    const link = shareLink('https://example.org/results/', 'AQID', 'front-line');
    expect(link).toBe('https://example.org/results/#share=AQID&role=front-line');
    const hash = new URL(link).hash;
    expect(codeFromHash(hash)).toBe('AQID');
    expect(roleFromHash(hash)).toBe('front-line');
    expect(roleFromHash('#share=AQID')).toBeNull();
    expect(roleFromHash('#scores&role=owner')).toBeNull();
  });
});
