/**
 * Situation guides are read under pressure: each must give the words to say in the first
 * minutes, link the chapter that explains why, and show a checklist taught by one of those
 * chapters. Checklists must keep "high priority" meaningful: at most two per checklist.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ChecklistSchema } from '~/lib/content/schemas';

const checklists = new Map(
  readdirSync('content/checklists').map((f) => {
    const list = ChecklistSchema.parse(parse(readFileSync(`content/checklists/${f}`, 'utf8')));
    return [list.id, list] as const;
  }),
);

/** The text under one `## heading`, up to the next `## `. */
const section = (body: string, heading: string) => {
  const start = body.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const rest = body.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  return end < 0 ? rest : rest.slice(0, end);
};

/** What a guide lacks, as sentences; empty when it has all it needs. */
function guideProblems(text: string): string[] {
  const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { checklists?: string[] };
  const problems: string[] = [];
  // A spoken line: a quotation of four words or more in the first section.
  if (!/[“"][^”"\n]*?(\S+\s+){3,}[^”"\n]*[”"]/.test(section(text, 'What to do now')))
    problems.push('no words to say (a quoted line) under "What to do now"');
  const chapters = [
    ...section(text, 'Why this works').matchAll(/\]\(\/(frameworks\/[a-z0-9/-]+?)\/?(?:#[a-z0-9-]+)?\)/g),
  ].map((m) => m[1]!);
  if (!chapters.length) problems.push('no chapter linked under "Why this works"');
  const ids = frontmatter.checklists ?? [];
  if (!ids.length) problems.push('no checklist in the frontmatter');
  ids.forEach((id, i) => {
    const list = checklists.get(id);
    // The guide's own checklist comes from the chapter it leads with; any other must be linked too.
    const expected = i === 0 ? chapters.slice(0, 1) : chapters;
    if (!list) problems.push(`checklist "${id}" does not exist`);
    else if (!expected.includes(list.chapter))
      problems.push(`checklist "${id}" is taught by ${list.chapter}, not by the chapter "Why this works" leads with`);
    if (!text.includes(`<Checklist id="${id}" />`)) problems.push(`checklist "${id}" is not shown on the page`);
  });
  return problems;
}

const guides = readdirSync('content/docs/situations')
  .filter((f) => f !== 'index.mdx' && f.endsWith('.mdx'))
  .map((f) => ({
    file: `content/docs/situations/${f}`,
    slug: f.replace(/\.mdx$/, ''),
    text: readFileSync(`content/docs/situations/${f}`, 'utf8'),
  }));

describe('situation guides', () => {
  test.each(guides.map((g) => [g.file, g] as const))(
    '%s has its script, its chapter and its checklist',
    (_f, guide) => {
      expect(guideProblems(guide.text)).toEqual([]);
    },
  );

  test('the check notices a guide without them', () => {
    const bare = `---\ntitle: T\nchecklists: [who-complaints]\n---\n\n## What to do now\n\nBe nice.\n\n## What to change afterwards\n\nLater.\n\n## Why this works\n\nIt just does.\n`;
    expect(guideProblems(bare)).toEqual([
      'no words to say (a quoted line) under "What to do now"',
      'no chapter linked under "Why this works"',
      'checklist "who-complaints" is taught by frameworks/who-is-your-customer/complaints-and-making-it-right, not by the chapter "Why this works" leads with',
      'checklist "who-complaints" is not shown on the page',
    ]);
  });

  test('the situation index lists every guide, and there are at least 24', () => {
    const index = readFileSync('content/docs/situations/index.mdx', 'utf8');
    expect(guides.length).toBeGreaterThanOrEqual(24);
    for (const g of guides) expect(index, g.slug).toContain(`](/situations/${g.slug}/)`);
  });
});

test('no checklist marks more than two items as high priority', () => {
  const over = [...checklists.values()]
    .map((c) => [c.id, c.items.filter((i) => i.priority === 'high').length] as const)
    .filter(([, n]) => n > 2);
  expect(over).toEqual([]);
});
