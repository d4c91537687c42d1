/**
 * House service standards: each number lives once, in content/standards.yaml. These tests
 * fail when a page, checklist or assessment states a standard in its own words, or names
 * a standard that does not exist.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ChecklistSchema, StandardSchema, type Checklist } from '~/lib/content/schemas';
import { applyStandards, resolveStandards, standardUses, strayStandardNumbers } from '~/lib/content/standards';
import { fixture } from './support/fake-storage';

const standards = StandardSchema.array().parse(parse(readFileSync('content/standards.yaml', 'utf8')));
const values = new Map(standards.map((s) => [s.id, s.value]));
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );

/** Every `title` and `text` value in a parsed YAML document, one per line. */
const readerTexts = (node: unknown): string[] =>
  Array.isArray(node)
    ? node.flatMap(readerTexts)
    : node && typeof node === 'object'
      ? Object.entries(node).flatMap(([key, value]) =>
          (key === 'text' || key === 'title') && typeof value === 'string' ? [value] : readerTexts(value),
        )
      : [];

describe('placeholders in checklist and assessment texts', () => {
  test('{standard:id} becomes the value from content/standards.yaml', () => {
    expect(resolveStandards('Answer the phone {standard:phone-answer}.', values)).toEqual({
      text: `Answer the phone ${values.get('phone-answer')}.`,
      unknown: [],
    });
  });

  test('an unknown id is reported by the build, naming the file and the item', () => {
    const list: Checklist = ChecklistSchema.parse({
      id: 'demo',
      framework: 'cus',
      title: 'Demo',
      chapter: 'frameworks/cus',
      items: [{ id: 'demo-reply', text: 'Reply to every email {standard:email-replies}.' }],
    });
    const { problems, checklists } = applyStandards(standards, {
      pages: [{ id: 'demo-page', filePath: 'content/docs/demo-page.mdx', body: '<Standard id="phone-ring" />' }],
      checklists: [{ filePath: 'content/checklists/demo.yaml', data: list }],
      assessments: [],
    });
    expect(problems).toEqual([
      'content/checklists/demo.yaml: "demo-reply" names standard "email-replies", which content/standards.yaml does not have.',
      'content/docs/demo-page.mdx: <Standard id="phone-ring" /> names a standard that content/standards.yaml does not have.',
    ]);
    expect(checklists[0]!.data.items[0]!.text).toContain('{standard:email-replies}');
  });

  test('every placeholder in the real checklists resolves', () => {
    const lists = filesUnder('content/checklists').map((f) => ({
      filePath: f,
      data: ChecklistSchema.parse(parse(readFileSync(f, 'utf8'))),
    }));
    expect(applyStandards(standards, { pages: [], checklists: lists, assessments: [] }).problems).toEqual([]);
  });
});

describe('numbers for known standards come only from the standards data', () => {
  test("the check catches a standard stated in a page's own words", () => {
    const found = strayStandardNumbers(fixture('standards/stray-numbers.mdx'), standards).map((s) => s.id);
    expect(found).toEqual(
      expect.arrayContaining(['phone-answer', 'email-reply', 'greeting', 'review-check', 'benchmarking']),
    );
    expect(found.filter((id) => id === 'phone-answer')).toHaveLength(1); // the <Standard /> sentence is not caught
  });

  test('no page, checklist or assessment states one', () => {
    // Pages are read whole; in YAML only the texts a reader sees (ids are permanent and may not change).
    const texts = [
      ...filesUnder('content/docs').map((file) => ({ file, text: readFileSync(file, 'utf8') })),
      ...[...filesUnder('content/checklists'), ...filesUnder('content/assessments')].map((file) => ({
        file,
        text: readerTexts(parse(readFileSync(file, 'utf8'))).join('\n'),
      })),
    ];
    const stray = texts.flatMap(({ file, text }) =>
      strayStandardNumbers(text, standards).map((s) => `${file}: ${s.id}: "${s.excerpt}"`),
    );
    expect(stray).toEqual([]);
  });
});

test('the Service standards page lists, for each standard, the pages that show it', () => {
  const uses = standardUses({
    pages: [
      { id: 'a', body: 'Ring back <Standard id="email-reply" />.', checklists: [] },
      { id: 'b', body: 'No standard here.', checklists: ['list'] },
    ],
    checklists: [
      ChecklistSchema.parse({
        id: 'list',
        framework: 'cus',
        title: 'List',
        chapter: 'frameworks/cus',
        items: [{ id: 'list-phone', text: 'Answer {standard:phone-answer}, always.' }],
      }),
    ],
    assessments: [],
  });
  expect(Object.fromEntries(uses)).toEqual({ 'email-reply': ['a'], 'phone-answer': ['b'] });
});

test('every standard says who recommends it', () => {
  for (const s of standards) expect(s.source, s.id).toMatch(/^(the playbook's suggestion|a common practice|[A-Z].+)$/);
});
