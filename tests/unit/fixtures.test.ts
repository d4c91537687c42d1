/** The generated full-answers fixture is current, readable, and covers every answer the scale has. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseAnswers } from '~/lib/answers-read';
import { fixtureText } from '../../scripts/fixtures/full-answers.mjs';

const text = readFileSync(new URL('../fixtures/results/answers-full.json', import.meta.url), 'utf8');

test('tests/fixtures/results/answers-full.json is what the generator makes from today’s content', () => {
  expect(text, 'run: node scripts/fixtures/full-answers.mjs').toBe(fixtureText());
});

test('the full fixture is a valid current document with every level, N/A, Don’t know and goals', () => {
  const result = parseAnswers(text);
  expect(result.ok && !result.migrated).toBe(true);
  if (!result.ok) return;
  const values = new Set(Object.values(result.answers.statements).map((s) => s.value));
  for (const value of [1, 2, 3, 4, 5, 'na', 'dk']) expect(values).toContain(value);
  expect(Object.keys(result.answers.goals ?? {}).length).toBeGreaterThan(0);
});
