/** Adopting what the reader did before an island hydrated: only what differs is written, stored notes are kept. */
import { describe, expect, test } from 'vitest';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { withItemDone, withItemNote } from '~/lib/answers-edit';
import { withEarlyInputs } from '~/lib/early-input';
import { withGoal } from '~/lib/goals';

const then = new Date('2026-12-01T10:00:00.000Z');
const now = new Date('2026-12-02T10:00:00.000Z');
const ID = 'cus-identify-map-everyone';

describe('adopting early input', () => {
  test('a tick, an untick and a rating are written with the time of adoption', () => {
    const stored = withItemDone(EMPTY_ANSWERS, 'cus-identify-name-an-owner', true, then);
    const next = withEarlyInputs(
      stored,
      [
        { kind: 'item', id: ID, done: true },
        { kind: 'item', id: 'cus-identify-name-an-owner', done: false },
        { kind: 'rating', id: 'cus-identify-s-named-owner', value: 4 },
      ],
      now,
    );
    expect(next.items[ID]).toEqual({ done: true, updatedAt: now.toISOString() });
    expect(next.items['cus-identify-name-an-owner']?.done).toBe(false);
    expect(next.statements['cus-identify-s-named-owner']).toEqual({ value: 4, updatedAt: now.toISOString() });
  });

  test('input equal to what is stored changes nothing, not even a date', () => {
    const stored = withItemDone(EMPTY_ANSWERS, ID, true, then);
    expect(withEarlyInputs(stored, [{ kind: 'item', id: ID, done: true }], now)).toBe(stored);
  });

  test('a note typed early joins a stored note the page could not show yet', () => {
    const stored = withItemNote(EMPTY_ANSWERS, ID, 'Ask Sam', then);
    const next = withEarlyInputs(stored, [{ kind: 'item-note', id: ID, note: 'Call the depot' }], now);
    expect(next.items[ID]?.note).toBe('Ask Sam\nCall the depot');
  });

  test('an id the reader would refuse is not written', () => {
    const tooLong = `a${'-b'.repeat(60)}`;
    expect(withEarlyInputs(EMPTY_ANSWERS, [{ kind: 'item', id: tooLong, done: true }], now)).toBe(EMPTY_ANSWERS);
  });

  test('an importance or target chosen early is written as the dimension’s goal, keeping the other half', () => {
    const stored = withGoal(EMPTY_ANSWERS, 'cus-identify', { target: 5 }, then);
    const next = withEarlyInputs(
      stored,
      [
        { kind: 'importance', id: 'cus-identify', value: 'high' },
        { kind: 'target', id: 'cus-understand', value: 3 },
      ],
      now,
    );
    expect(next.goals?.['cus-identify']).toEqual({ importance: 'high', target: 5, updatedAt: now.toISOString() });
    expect(next.goals?.['cus-understand']).toEqual({ target: 3, updatedAt: now.toISOString() });
  });

  test('a goal chosen early that equals the default or the stored one changes nothing', () => {
    const early = [
      { kind: 'importance', id: 'cus-identify', value: 'normal' },
      { kind: 'target', id: 'cus-identify', value: 4 },
    ] as const;
    expect(withEarlyInputs(EMPTY_ANSWERS, early, now)).toBe(EMPTY_ANSWERS);
  });
});
