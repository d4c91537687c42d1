/**
 * The playbook's content, read straight from content/: every framework has all its
 * parts, every chapter follows the template, and every "where to get help" link
 * points at a heading that exists.
 */
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { splitFrontmatter } from '~/lib/content/frontmatter';
import { describe, expect, test } from 'vitest';
import { readPages } from '~/lib/sidebar';
import { AssessmentSchema, ChecklistSchema } from '~/lib/content/schemas';

const CHAPTER_TEMPLATE = [
  'What it is',
  'Why it matters',
  'How to put it into practice',
  'Examples',
  'Watch out for',
  'Check yourself',
  'Your next step',
];
const SITUATION_TEMPLATE = ['What to do now', 'What to change afterwards', 'Why this works'];

const pages = readPages('content/docs').map((page) => {
  const file =
    page.id === 'index'
      ? 'content/docs/index.mdx'
      : [`content/docs/${page.id}.mdx`, `content/docs/${page.id}/index.mdx`].find((f) => {
          try {
            readFileSync(f);
            return true;
          } catch {
            return false;
          }
        })!;
  const text = readFileSync(file, 'utf8');
  const { data: frontmatter, body: source } = splitFrontmatter(text);
  const body = source.replace(/```[\s\S]*?```/g, '');
  const headings = [...body.matchAll(/^(#{2,6}) (.+)$/gm)].map((m) => ({ depth: m[1]!.length, text: m[2]!.trim() }));
  const slugger = new GithubSlugger();
  const ids = new Set(headings.map((h) => slugger.slug(h.text)));
  return { ...page, file, frontmatter, body, headings, ids };
});
const byId = new Map(pages.map((p) => [p.id, p]));
const yamlOf = (path: string) => parse(readFileSync(path, 'utf8'));
/** The frameworks, from the one file that lists them. */
const FRAMEWORK_IDS = Object.keys(yamlOf('content/frameworks.yaml') as Record<string, unknown>);
const checklist = (id: string) => ChecklistSchema.parse(yamlOf(`content/checklists/${id}.yaml`));
const assessment = (id: string) => AssessmentSchema.parse(yamlOf(`content/assessments/${id}.yaml`));

describe.each(FRAMEWORK_IDS)('framework %s', (framework) => {
  const own = pages.filter((p) => p.framework === framework);
  const chapters = own.filter((p) => p.kind === 'chapter');
  const overview = own.find((p) => p.kind === 'overview');

  test('has an overview and at least three chapters', () => {
    expect(overview).toBeDefined();
    expect(chapters.length).toBeGreaterThanOrEqual(3);
  });

  test('the overview shows a checklist and the whole assessment', () => {
    expect(overview!.frontmatter.checklists).toHaveLength(1);
    expect(overview!.frontmatter.assessment).toBe(framework);
    expect(overview!.body).toMatch(new RegExp(`<Assessment id="${framework}" />`));
  });

  test('every chapter has its own checklist and assessment dimension, shown on the page', () => {
    const dims = assessment(framework).dimensions.map((d) => d.id);
    for (const chapter of chapters) {
      const { checklists, dimension } = chapter.frontmatter as { checklists: string[]; dimension: string };
      expect(checklists.length, chapter.file).toBeGreaterThan(0);
      for (const id of checklists) expect(chapter.body, chapter.file).toContain(`<Checklist id="${id}" />`);
      expect(dims, chapter.file).toContain(dimension);
      expect(chapter.body, chapter.file).toContain(`dimension="${dimension}"`);
    }
    expect(dims).toHaveLength(chapters.length);
  });

  test('every dimension has at least three statements', () => {
    for (const d of assessment(framework).dimensions) expect(d.statements.length, d.id).toBeGreaterThanOrEqual(3);
  });
});

describe('every framework page follows the chapter template', () => {
  const frameworkPages = pages.filter((p) => p.kind === 'overview' || p.kind === 'chapter');
  test.each(frameworkPages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    expect(page.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(CHAPTER_TEMPLATE);
    const examples = page.headings.filter((h) => h.depth === 3).map((h) => h.text);
    for (const sub of ['In a small business', 'In a larger organisation', 'With colleagues'])
      expect(examples).toContain(sub);
  });
});

describe('every situation guide follows its template', () => {
  const guides = pages.filter((p) => p.kind === 'situation');
  test('there are at least twelve guides', () => expect(guides.length).toBeGreaterThanOrEqual(12));
  test.each(guides.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const h2 = page.headings.filter((h) => h.depth === 2).map((h) => h.text);
    expect(h2.slice(0, 3)).toEqual(SITUATION_TEMPLATE);
    expect((page.frontmatter.aliases as string[]).length).toBeGreaterThanOrEqual(5);
    expect((page.frontmatter.related as string[]).length).toBeGreaterThan(0);
  });
});

test('every page has a description', () => {
  for (const page of pages) expect(String(page.frontmatter.description ?? ''), page.file).not.toBe('');
});

test('the guides around the frameworks exist', () => {
  for (const id of ['start-here', 'situations', 'how-the-frameworks-fit-together', 'glossary', 'privacy'])
    expect(byId.has(id), id).toBe(true);
});

describe('"where to get help" links point at real headings', () => {
  const problems: string[] = [];
  for (const framework of FRAMEWORK_IDS) {
    for (const d of assessment(framework).dimensions)
      for (const s of d.statements)
        if (s.section && !byId.get(d.chapter)?.ids.has(s.section)) problems.push(`${s.id} → ${d.chapter}#${s.section}`);
  }
  for (const page of pages)
    for (const id of (page.frontmatter.checklists as string[] | undefined) ?? []) {
      const list = checklist(id);
      for (const item of list.items)
        if (item.section && !byId.get(list.chapter)?.ids.has(item.section))
          problems.push(`${item.id} → ${list.chapter}#${item.section}`);
    }
  test('no statement or checklist item points at a missing section', () => expect(problems).toEqual([]));
});
