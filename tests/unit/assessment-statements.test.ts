/**
 * The real assessment statements, read straight from content/assessments: each is
 * one short, observable practice with its evidence line, no statement asks what
 * another asks, and every exception to those rules is listed with its reason for a
 * person to review. The rules and the word measure are in src/lib/content/statement-lint.ts:
 * duplicates are pairs whose content words (lower-cased, stop words, possessive and plural
 * "s" dropped) overlap by 60% or more (Jaccard: shared words / all distinct words).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { AssessmentSchema } from '~/lib/content/schemas';
import { DUPLICATE_THRESHOLD, lintStatements, type LintStatement } from '~/lib/content/statement-lint';

interface RawStatement extends LintStatement {
  dimension: string;
}

const files = readdirSync('content/assessments')
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `content/assessments/${f}`);
const raw = files.map((file) => ({ file, data: parse(readFileSync(file, 'utf8')) }));
// Raw YAML, not the parsed schema, so that a missing field is reported by the lint too.
const statements: RawStatement[] = raw.flatMap(({ file, data }) =>
  (data.dimensions as { id: string; statements: LintStatement[] }[]).flatMap((d) =>
    d.statements.map((s) => ({ ...s, file, dimension: d.id })),
  ),
);
const lint = lintStatements(statements);

test('there are statements to check', () => {
  expect(files).toHaveLength(5);
  expect(statements.length).toBeGreaterThan(80);
});

test.each(raw.map(({ file, data }) => [file, data] as const))('%s still parses', (_file, data) => {
  expect(() => AssessmentSchema.parse(data)).not.toThrow();
});

test('each dimension has four to six statements', () => {
  const counts = raw.flatMap(({ data }) =>
    (data.dimensions as { id: string; statements: unknown[] }[]).map((d) => [d.id, d.statements.length] as const),
  );
  expect(counts.filter(([, n]) => n < 4 || n > 6)).toEqual([]);
});

describe('editorial rules', () => {
  test('no statement is over 25 words', () => expect(lint.tooLong).toEqual([]));
  test('no absolute word without allow.absolute and its reason', () =>
    expect(lint.absolutes.filter((a) => !a.allowed)).toEqual([]));
  test('every statement has its evidence line', () => expect(lint.missingEvidence).toEqual([]));
  test('no statement or evidence line states a service-standard figure or frequency', () =>
    expect(lint.statesStandard).toEqual([]));
  test(`no two statements share ${DUPLICATE_THRESHOLD * 100}% or more of their words`, () =>
    expect(lint.duplicates).toEqual([]));
  test('no statement joined by "and"/"or" unless allow.compound says why it is one idea', () =>
    expect(lint.compounds.filter((c) => !c.allowed).map((c) => c.id)).toEqual([]));
  test('every refusal, in words', () => expect(lint.problems).toEqual([]));
});

/** The exceptions, one test each, so a run lists them for a person to review. */
const exceptions = statements.flatMap((s) =>
  (['compound', 'absolute'] as const)
    .filter((kind) => s.allow?.[kind] !== undefined)
    .map((kind) => [s.id, kind, String(s.allow![kind]), s] as const),
);
describe('exceptions to review', () => {
  test.each(exceptions)('%s (%s): %s', (_id, kind, _reason, s) => {
    // An allow-flag on a statement that no longer needs it hides nothing and should go.
    const found = kind === 'compound' ? lint.compounds : lint.absolutes;
    expect(found.some((f) => f.id === s.id)).toBe(true);
  });
});
