/**
 * Export and import: the file round-trips, and every bad file — wrong, damaged,
 * future, huge, hostile or not JSON at all — is refused with a sentence.
 * The fixtures in tests/fixtures/imports/ are shared with the browser tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { takeSnapshot } from '~/lib/results/snapshots';
import {
  checkImportFile,
  createExport,
  exportFileName,
  MAX_IMPORT_BYTES,
  readImport,
  readImportFile,
} from '~/lib/results/transfer';
import { rateAll, realManifest, realOutline } from './support/results-manifest';

const fixture = (name: string) => new URL(`../fixtures/imports/${name}`, import.meta.url);
const text = (name: string) => readFileSync(fixture(name), 'utf8');
type Hostile = Record<string, object> & {
  answers: { items: Record<string, object> };
  snapshots: (Record<string, object> & { scores: object })[];
};

describe('export', () => {
  test('round trip: answers, notes and snapshots come back exactly', () => {
    const answers = rateAll(realManifest(), { 'cus-identify': 4, 'purpose-staff': 'na' });
    answers.items['cus-identify-map-everyone'] = {
      done: true,
      note: 'Ask “Sam”, then = check',
      updatedAt: '2026-11-01T10:00:00.000Z',
    };
    const snapshots = [takeSnapshot(realOutline(), answers, new Date('2026-10-01T10:00:00Z'), 'October')];
    const now = new Date('2026-11-22T10:00:00Z');
    const result = readImport(createExport(answers, snapshots, now));
    expect(result).toEqual({
      ok: true,
      data: { answers, snapshots, exportedAt: now.toISOString() },
      summary: { ticked: 1, rated: 10, notes: 1, snapshots: 1, exportedAt: now.toISOString() },
    });
    expect(exportFileName(now)).toBe('playbook-answers-2026-11-22.json');
  });

  test('the fixture export is valid and previews its counts and date', () => {
    const result = readImport(text('valid-export.json'));
    expect(result.ok && result.summary).toEqual({
      ticked: 1,
      rated: 2,
      notes: 2,
      snapshots: 1,
      exportedAt: '2026-10-02T08:30:00.000Z',
    });
  });

  test('an export of no answers is still a valid file', () => {
    expect(readImport(createExport(EMPTY_ANSWERS, [], new Date())).ok).toBe(true);
  });
});

describe('import refuses bad files with a message', () => {
  test.each([
    ['not-json.json', /not JSON/],
    ['truncated.json', /not JSON, or it is cut short/],
    ['empty.json', /empty/],
    ['future-version.json', /newer version of the playbook \(format 2/],
    ['future-answers-version.json', /newer version of the playbook \(format 3/],
    ['not-an-export.json', /not a playbook answers file/],
    ['answers-without-envelope.json', /not a playbook answers file/],
    ['array.json', /not a playbook answers file/],
    ['wrong-types.json', /damaged \(at items\.cus-identify-map-everyone\.done\)/],
    ['rating-out-of-range.json', /damaged \(at statements\.cus-identify-s-named-owner\.value\)/],
    ['bad-date.json', /damaged \(at exportedAt\)/],
    ['bad-snapshot.json', /snapshots in this file are damaged/],
    ['note-too-long.json', /damaged/],
    ['proto-key.json', /“__proto__”/],
    ['constructor-key.json', /field named “(constructor|prototype)”/],
  ])('%s', (name, message) => {
    const result = readImport(text(name));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message.length).toBeGreaterThan(30);
    }
  });

  test.each([
    ['the top level', (d: Hostile) => d],
    ['the answers', (d: Hostile) => d.answers],
    ['the ticked items', (d: Hostile) => d.answers.items],
    ['one item', (d: Hostile) => Object.values(d.answers.items)[0]!],
    ['a snapshot', (d: Hostile) => d.snapshots[0]!],
    ['a snapshot’s scores', (d: Hostile) => d.snapshots[0]!.scores],
  ])('a prototype-reaching key is refused wherever it sits: in %s', (_, at) => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const data = JSON.parse(text('valid-export.json')) as Hostile;
      // defineProperty makes an own "__proto__" key, as JSON.parse does for hostile text.
      Object.defineProperty(at(data), key, { value: { polluted: true }, enumerable: true });
      const result = readImport(JSON.stringify(data));
      expect(result, key).toMatchObject({ ok: false, message: expect.stringContaining(`“${key}”`) });
    }
  });

  test('a file over the limit is refused before it is read', async () => {
    const huge = new Blob([new Uint8Array(10 * 1024 * 1024)], { type: 'application/json' });
    expect(checkImportFile(huge)).toMatch(/too big \(10\.0 MB\).*limit is 2\.0 MB/);
    const result = await readImportFile(huge);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/too big/) });
    expect(readImport('x'.repeat(MAX_IMPORT_BYTES + 1))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too big/),
    });
  });

  test('an image is refused as an image, and its bytes as not JSON', async () => {
    const bytes = readFileSync(fixture('image.png'));
    const image = new Blob([bytes], { type: 'image/png' });
    expect(await readImportFile(image)).toMatchObject({ ok: false, message: expect.stringMatching(/it is an image/) });
    const untyped = new Blob([bytes]);
    expect(await readImportFile(untyped)).toMatchObject({ ok: false, message: expect.stringMatching(/not JSON/) });
  });

  test('an empty file is refused', async () => {
    expect(await readImportFile(new Blob([]))).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
  });
});
