/** When the reader is reminded to export: answers that no export holds yet. */
import { describe, expect, test } from 'vitest';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { withItemDone } from '~/lib/answers-edit';
import { exportDue, fingerprint, parseLastExport } from '~/lib/backup';

const now = new Date('2026-12-02T10:00:00.000Z');
const ticked = withItemDone(EMPTY_ANSWERS, 'cus-identify-map-everyone', true, now);

describe('the export reminder', () => {
  test('nothing to export, nothing due', () => {
    expect(exportDue(EMPTY_ANSWERS, [], null)).toBe(false);
  });

  test('answers never exported are due', () => {
    expect(exportDue(ticked, [], null)).toBe(true);
  });

  test('answers exactly as exported are not due; any change makes them due again', () => {
    const last = { exportedAt: now.toISOString(), fingerprint: fingerprint(ticked, []) };
    expect(exportDue(ticked, [], last)).toBe(false);
    expect(exportDue(withItemDone(ticked, 'cus-identify-map-everyone', false, now), [], last)).toBe(true);
  });

  test('an unreadable record counts as never exported', () => {
    expect(parseLastExport('{"exportedAt":"yesterday"}')).toBeNull();
    expect(parseLastExport('not json')).toBeNull();
    expect(parseLastExport(JSON.stringify({ exportedAt: now.toISOString(), fingerprint: '0badf00d' }))).toEqual({
      exportedAt: now.toISOString(),
      fingerprint: '0badf00d',
    });
  });
});
