import { describe, expect, test } from 'vitest';
import { ANSWERS_VERSION, EMPTY_ANSWERS, countAnswers, LEGACY_EDITION_V1, serializeAnswers } from '~/lib/answers';
import {
  mergeAnswers,
  withItemDone,
  withItemNote,
  withItemsRestored,
  withoutItems,
  withRating,
  withStatementNote,
} from '~/lib/answers-edit';
import { migrate, migrateV1, parseAnswers, readAnswers } from '~/lib/answers-read';
import { fixture, fixtureNames } from './support/fake-storage';

const at = new Date('2026-11-22T12:00:00.000Z');

describe('reading stored answers', () => {
  test.each(fixtureNames('storage/v2'))('reads the version 2 fixture %s unchanged', (name) => {
    const raw = fixture(`storage/v2/${name}`);
    const result = parseAnswers(raw);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.answers).toEqual(JSON.parse(raw));
  });

  test.each(fixtureNames('storage/v1'))('migrates the version 1 fixture %s to its version 2 fixture', (name) => {
    const result = parseAnswers(fixture(`storage/v1/${name}`));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.answers).toEqual(JSON.parse(fixture(`storage/v2/${name}`)));
  });

  test.each(fixtureNames('storage/invalid'))('refuses the invalid fixture %s with a readable message', (name) => {
    const result = parseAnswers(fixture(`storage/invalid/${name}`));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/answers/);
  });

  test('says so when answers come from a newer version of the playbook', () => {
    const result = parseAnswers(fixture('storage/invalid/future-version.json'));
    expect(result).toMatchObject({ ok: false, problem: 'newer-version' });
    if (!result.ok) expect(result.message).toContain('newer version');
  });

  test('says where a damaged document is damaged', () => {
    const result = parseAnswers(fixture('storage/invalid/rating-out-of-range.json'));
    expect(result).toMatchObject({ ok: false, problem: 'wrong-shape' });
    if (!result.ok) expect(result.message).toContain('statements.cus-identify-s-named-owner.value');
  });

  test('tells bad JSON apart from a wrong shape', () => {
    expect(parseAnswers('{')).toMatchObject({ ok: false, problem: 'not-json' });
    expect(readAnswers(null)).toMatchObject({ ok: false, problem: 'wrong-shape' });
  });

  test('round-trips through serialisation', () => {
    const answers = withRating(withItemDone(EMPTY_ANSWERS, 'a-item', true, at), 's-one', 4, at);
    expect(parseAnswers(serializeAnswers(answers))).toEqual({ ok: true, answers });
  });
});

describe('migrations', () => {
  test('the current version passes through as it is', () => {
    const doc = JSON.parse(fixture('storage/v2/goals-and-dont-know.json'));
    expect(migrate(doc)).toEqual({ ok: true, answers: doc });
    expect(ANSWERS_VERSION).toBe(2);
  });

  test('version 1 agree/disagree ratings are kept unchanged in a dated legacy record, not rescored', () => {
    const v1 = JSON.parse(fixture('storage/v1/some-answers.json'));
    const v2 = migrateV1(v1);
    expect(v2.version).toBe(2);
    const record = v2.legacy?.[LEGACY_EDITION_V1];
    expect(record?.answeredAt).toBe('2026-11-20T09:23:00.000Z'); // the last rating given
    for (const [id, answer] of Object.entries(v1.statements as Record<string, { value?: unknown }>))
      expect(record?.statements[id]?.value).toEqual(answer.value);
    expect(Object.values(v2.statements).some((s) => s.value !== undefined)).toBe(false);
  });

  test('no answer is deleted: every tick, note and rating of version 1 is somewhere in version 2', () => {
    const v1 = JSON.parse(fixture('storage/v1/answers-full-2026-12-02.json'));
    const v2 = migrateV1(v1);
    expect(v2.items).toEqual(v1.items);
    const counts = countAnswers(v2);
    const v1Rated = Object.values(v1.statements as Record<string, { value?: unknown }>).filter(
      (s) => s.value !== undefined,
    ).length;
    expect(counts.earlier).toBe(v1Rated);
    for (const [id, answer] of Object.entries(v1.statements as Record<string, { note?: string }>))
      if (answer.note) expect(v2.statements[id]?.note).toBe(answer.note);
  });

  test('a version 1 document with no ratings gets no legacy record', () => {
    const v2 = migrateV1({ version: 1, items: {}, statements: { s: { note: 'n', updatedAt: at.toISOString() } } });
    expect(v2).toEqual({ version: 2, items: {}, statements: { s: { note: 'n', updatedAt: at.toISOString() } } });
  });

  test('a version 1 document cannot hold "don\'t know", and version 2 refuses a target off the scale', () => {
    expect(parseAnswers(fixture('storage/invalid/dont-know-in-v1.json'))).toMatchObject({ ok: false });
    const result = parseAnswers(fixture('storage/invalid/target-out-of-range.json'));
    expect(result).toMatchObject({ ok: false, problem: 'wrong-shape' });
    if (!result.ok) expect(result.message).toContain('goals.cus-identify.target');
  });
});

describe('changing answers', () => {
  test('ticking keeps the note, and writing a note keeps the tick', () => {
    let answers = withItemNote(EMPTY_ANSWERS, 'x', 'call Jo', at);
    answers = withItemDone(answers, 'x', true, at);
    expect(answers.items.x).toEqual({ done: true, note: 'call Jo', updatedAt: at.toISOString() });
    answers = withItemNote(answers, 'x', '   ', at);
    expect(answers.items.x).toEqual({ done: true, updatedAt: at.toISOString() });
  });

  test('rating keeps the note, and clearing the note keeps the rating', () => {
    let answers = withStatementNote(EMPTY_ANSWERS, 's', 'only in winter', at);
    answers = withRating(answers, 's', 'na', at);
    expect(answers.statements.s).toMatchObject({ value: 'na', note: 'only in winter' });
    answers = withStatementNote(answers, 's', '', at);
    expect(answers.statements.s).toEqual({ value: 'na', updatedAt: at.toISOString() });
  });

  test('never changes the document it was given', () => {
    const before = structuredClone(EMPTY_ANSWERS);
    withItemDone(EMPTY_ANSWERS, 'x', true, at);
    expect(EMPTY_ANSWERS).toEqual(before);
  });

  test('resetting a checklist removes only its items and can be undone', () => {
    let answers = withItemDone(withItemDone(EMPTY_ANSWERS, 'a', true, at), 'b', true, at);
    answers = withRating(answers, 's', 3, at);
    const { answers: reset, removed } = withoutItems(answers, ['a', 'missing']);
    expect(Object.keys(reset.items)).toEqual(['b']);
    expect(reset.statements).toEqual(answers.statements);
    expect(withItemsRestored(reset, removed)).toEqual(answers);
  });
});

describe('merging two sets of answers', () => {
  test('keeps the more recent answer where both have one, and everything else from both', () => {
    const older = new Date('2026-01-01T00:00:00.000Z');
    const mine = withRating(withItemDone(EMPTY_ANSWERS, 'a', true, at), 's', 2, older);
    const theirs = withRating(withItemDone(EMPTY_ANSWERS, 'b', true, older), 's', 5, at);
    const merged = mergeAnswers(mine, theirs);
    expect(Object.keys(merged.items).sort()).toEqual(['a', 'b']);
    expect(merged.statements.s?.value).toBe(5);
    expect(mergeAnswers(theirs, mine).statements.s?.value).toBe(5);
  });

  test('keeps answers to items the content no longer has', () => {
    const stored = JSON.parse(fixture('storage/v2/some-answers.json'));
    expect(mergeAnswers(EMPTY_ANSWERS, stored).items['retired-item-from-an-old-edition']).toBeDefined();
  });

  test('merges goals and earlier ratings too, the more recent winning', () => {
    const stored = JSON.parse(fixture('storage/v2/goals-and-dont-know.json'));
    const migrated = JSON.parse(fixture('storage/v2/some-answers.json'));
    const merged = mergeAnswers(migrated, stored);
    expect(merged.goals).toEqual(stored.goals);
    const earlier = merged.legacy?.[LEGACY_EDITION_V1]?.statements;
    expect(Object.keys(earlier ?? {}).sort()).toEqual(
      Object.keys(migrated.legacy[LEGACY_EDITION_V1].statements).sort(),
    );
    expect(earlier?.['cus-identify-s-named-owner']?.value).toBe(2);
  });
});

test('counts ticks, ratings, notes and earlier ratings', () => {
  expect(countAnswers(JSON.parse(fixture('storage/v2/some-answers.json')))).toEqual({
    ticked: 3,
    rated: 0,
    notes: 2,
    earlier: 4,
  });
  expect(countAnswers(JSON.parse(fixture('storage/v2/goals-and-dont-know.json')))).toMatchObject({ rated: 4 });
});
