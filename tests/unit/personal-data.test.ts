/**
 * A page that suggests recording something about a person must also say how to do it
 * fairly: show <PersonalDataNote /> or link the short page on keeping notes about people.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** Advice to write down something personal about a customer or colleague. */
const RECORDS_ABOUT_PEOPLE = [
  /\b(record|note|jot|log|write down|keep|profile)\w*\b[^.]{0,80}\b(preferences?|likes|dislikes|background|health|usual orders?|quirks|what matters to them|what they care about)\b/i,
  /\bpersonal goals\b/i,
];
const HAS_NOTE = /<PersonalDataNote \/>|\]\(\/personal-data\/\)/;

/** True when the text advises recording personal details without the data-protection note. */
const lacksNote = (text: string) => RECORDS_ABOUT_PEOPLE.some((p) => p.test(text)) && !HAS_NOTE.test(text);

const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
  );

test('the check notices advice to record personal details with no word on data protection', () => {
  expect(lacksNote('Keep a card of regulars’ usual orders behind the counter.')).toBe(true);
  expect(lacksNote('Keep a card of regulars’ usual orders.\n\n<PersonalDataNote />')).toBe(false);
  expect(lacksNote('Count how many customers come back.')).toBe(false);
});

test('every page that suggests recording something about a person carries the data-protection note', () => {
  const missing = pages('content/docs')
    .filter((file) => !file.endsWith('personal-data.mdx'))
    .filter((file) => lacksNote(readFileSync(file, 'utf8')));
  expect(missing).toEqual([]);
});
