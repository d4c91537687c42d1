import { describe, expect, test } from 'vitest';
import { validateContent, type ContentIndex } from '~/lib/content/validate';
import { AssessmentSchema, ChecklistSchema } from '~/lib/content/schemas';

const page = (id: string, data: Partial<ContentIndex['pages'][number]['data']> = {}) => ({
  id,
  filePath: `content/docs/${id}.mdx`,
  data: { title: id, kind: 'chapter' as const, framework: 'cus', checklists: [], related: [], ...data },
});

const checklist = (id: string, items: string[], chapter = 'frameworks/cus/one') => ({
  filePath: `content/checklists/${id}.yaml`,
  data: ChecklistSchema.parse({
    id,
    framework: 'cus',
    title: 'A checklist',
    chapter,
    items: items.map((i) => ({ id: i, text: 'Do the concrete thing.' })),
  }),
});

const assessment = (dimensionIds: string[], statementPrefix = 's') => ({
  filePath: 'content/assessments/cus.yaml',
  data: AssessmentSchema.parse({
    id: 'cus',
    framework: 'cus',
    title: 'How well?',
    dimensions: dimensionIds.map((d) => ({
      id: d,
      title: 'A dimension',
      chapter: 'frameworks/cus/one',
      statements: [1, 2, 3].map((n) => ({
        id: `${statementPrefix}-${d}-${n}`,
        text: 'Something observable happens.',
        evidence: 'A dated log of it happening.',
      })),
    })),
  }),
});

function sound(): ContentIndex {
  return {
    pages: [
      page('frameworks/cus', { kind: 'overview' }),
      page('frameworks/cus/one', { checklists: ['cus-one'], assessment: 'cus', dimension: 'cus-one' }),
    ],
    frameworks: [{ id: 'cus', title: 'C.U.S.' }],
    checklists: [checklist('cus-one', ['cus-one-a', 'cus-one-b'])],
    assessments: [assessment(['cus-one'])],
    crosswalk: [],
  };
}

describe('content cross-checks', () => {
  test('sound content has no problems', () => {
    expect(validateContent(sound())).toEqual([]);
  });

  test('a duplicate item id names both files and the id', () => {
    const content = sound();
    content.checklists.push(checklist('cus-two', ['cus-one-a']));
    content.pages[1]!.data.checklists.push('cus-two');
    expect(validateContent(content)).toEqual([
      'content/checklists/cus-two.yaml: checklist item id "cus-one-a" is already used in content/checklists/cus-one.yaml. Ids must be unique.',
    ]);
  });

  test('a duplicate statement id is caught', () => {
    const content = sound();
    content.assessments = [assessment(['cus-one', 'cus-one'])];
    expect(validateContent(content).join('\n')).toMatch(/dimension id "cus-one" is already used/);
  });

  test('a checklist whose chapter does not exist is named with its file', () => {
    const content = sound();
    content.checklists = [checklist('cus-one', ['cus-one-a'], 'frameworks/cus/missing')];
    expect(validateContent(content)).toContain(
      'content/checklists/cus-one.yaml: checklist "cus-one" names chapter "frameworks/cus/missing", which does not exist (no content/docs/frameworks/cus/missing.mdx).',
    );
  });

  test('a page showing a missing checklist, assessment or dimension is named', () => {
    const content = sound();
    content.pages.push(page('frameworks/cus/two', { checklists: ['nope'], assessment: 'cus', dimension: 'cus-nine' }));
    content.pages.push(page('frameworks/cus/three', { assessment: 'ghost' }));
    const problems = validateContent(content).join('\n');
    expect(problems).toContain('content/docs/frameworks/cus/two.mdx: checklist "nope" does not exist');
    expect(problems).toContain('content/docs/frameworks/cus/two.mdx: assessment "cus" has no dimension "cus-nine"');
    expect(problems).toContain('content/docs/frameworks/cus/three.mdx: assessment "ghost" does not exist');
  });

  test('a related page that does not exist is named', () => {
    const content = sound();
    content.pages[1]!.data.related = ['frameworks/cus/gone'];
    expect(validateContent(content).join('\n')).toContain(
      'names related page "frameworks/cus/gone", which does not exist',
    );
  });

  test('a checklist id must match its file name', () => {
    const content = sound();
    content.checklists[0]!.filePath = 'content/checklists/renamed.yaml';
    expect(validateContent(content).join('\n')).toContain('checklist id "cus-one" must match the file name');
  });

  test('a framework without an overview, checklist or assessment is reported', () => {
    const content = sound();
    content.frameworks.push({ id: 'purpose', title: 'Purpose' });
    const problems = validateContent(content).join('\n');
    expect(problems).toContain('framework "purpose" has no overview page');
    expect(problems).toContain('framework "purpose" has no checklist');
    expect(problems).toContain('framework "purpose" has no assessment');
  });

  test('a crosswalk theme must name real dimensions from at least two frameworks', () => {
    const content = sound();
    const theme = {
      id: 'listening',
      title: 'Listening',
      summary: 'Hear them out.',
      start: 'frameworks/cus',
      problem: 'No one listens.',
    };
    content.crosswalk = [
      { filePath: 'content/crosswalk.yaml', data: { ...theme, dimensions: ['cus-one', 'ghost-dimension'] } },
    ];
    expect(validateContent(content).join('\n')).toContain('names dimension "ghost-dimension", which no assessment has');
    content.crosswalk = [
      { filePath: 'content/crosswalk.yaml', data: { ...theme, dimensions: ['cus-one', 'cus-one'] } },
    ];
    expect(validateContent(content).join('\n')).toContain('must draw on at least two frameworks');
  });
});

/** An assessment of one dimension with these statements, parsed by the schema. */
const assessmentWith = (statements: Record<string, unknown>[]) =>
  AssessmentSchema.safeParse({
    id: 'x',
    framework: 'cus',
    title: 'How well?',
    dimensions: [{ id: 'd', title: 'Dim', chapter: 'a/b', statements }],
  });

describe('schemas', () => {
  test('an empty checklist is refused', () => {
    const result = ChecklistSchema.safeParse({ id: 'x', framework: 'cus', title: 'X list', chapter: 'a/b', items: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('a checklist needs at least one item');
  });

  test('ids must be lower-case words joined by hyphens', () => {
    const result = ChecklistSchema.safeParse({
      id: 'Bad Id',
      framework: 'cus',
      title: 'X list',
      chapter: 'a/b',
      items: [{ id: 'ok-id', text: 'Do the concrete thing.' }],
    });
    expect(result.success).toBe(false);
  });

  test('a dimension needs three statements', () => {
    const result = assessmentWith([{ id: 's-1', text: 'Something observable.', evidence: 'A dated log of it.' }]);
    expect(result.error?.issues[0]?.message).toBe('a dimension needs at least three statements');
  });

  test('an unknown framework is refused wherever it is named, with the list of known ones', () => {
    const content = sound();
    content.pages[1]!.data.framework = 'six-sigma';
    content.checklists[0]!.data.framework = 'six-sigma';
    content.assessments[0]!.data.framework = 'six-sigma';
    const known = 'use one of cus (content/frameworks.yaml).';
    expect(validateContent(content)).toEqual(
      expect.arrayContaining([
        `content/checklists/cus-one.yaml: unknown framework "six-sigma": ${known}`,
        `content/assessments/cus.yaml: unknown framework "six-sigma": ${known}`,
        `content/docs/frameworks/cus/one.mdx: unknown framework "six-sigma": ${known}`,
      ]),
    );
  });

  describe('a chapter names its checklists and dimension in three places, and they must agree', () => {
    const body = '<Checklist id="cus-one" />\n\n<Assessment id="cus" dimension="cus-one" />';
    const withBody = (text: string) => {
      const content = sound();
      content.pages[1]!.body = text;
      return content;
    };

    test('frontmatter, YAML and tags that agree are sound', () => {
      expect(validateContent(withBody(body))).toEqual([]);
    });

    test('a <Checklist> tag the frontmatter does not list', () => {
      expect(validateContent(withBody(`${body}\n<Checklist id="cus-other" />`))).toEqual([
        'content/docs/frameworks/cus/one.mdx: shows <Checklist id="cus-other" /> but its frontmatter `checklists` does not list it.',
      ]);
    });

    test('a checklist in the frontmatter that the page never shows', () => {
      expect(validateContent(withBody('<Assessment id="cus" dimension="cus-one" />'))).toEqual([
        'content/docs/frameworks/cus/one.mdx: frontmatter `checklists` lists "cus-one" but the page has no <Checklist id="cus-one" />.',
      ]);
    });

    test('an <Assessment> tag for another dimension than the frontmatter says', () => {
      expect(validateContent(withBody(body.replace('dimension="cus-one"', 'dimension="cus-two"')))).toEqual([
        'content/docs/frameworks/cus/one.mdx: shows <Assessment id="cus" dimension="cus-two" /> but its frontmatter says assessment "cus", dimension "cus-one".',
      ]);
    });

    test('a checklist that no page shows', () => {
      const content = sound();
      content.pages[1]!.data.checklists = [];
      expect(validateContent(content)).toEqual([
        'content/checklists/cus-one.yaml: checklist "cus-one" is shown on no page (no page lists it in `checklists`).',
      ]);
    });

    test('a dimension whose chapter gives another dimension', () => {
      const content = sound();
      content.pages[1]!.data.dimension = undefined;
      content.pages[1]!.data.assessment = undefined;
      expect(validateContent(content)).toEqual([
        'content/assessments/cus.yaml: dimension "cus-one" names chapter "frameworks/cus/one", but that page\'s frontmatter does not give assessment "cus" and dimension "cus-one".',
      ]);
    });
  });

  const withStatement = (statement: Record<string, unknown>) =>
    assessmentWith([
      statement,
      ...[2, 3].map((n) => ({ id: `s-${n}`, text: 'Something observable.', evidence: 'A dated log of it.' })),
    ]);

  test('a statement without an evidence line is refused, naming the statement', () => {
    const result = withStatement({ id: 's-1', text: 'Something observable.' });
    expect(result.error?.issues[0]?.message).toMatch(/statement "s-1" needs an evidence line/);
    expect(result.error?.issues[0]?.path).toEqual(['dimensions', 0, 'statements', 0, 'evidence']);
  });

  test('an evidence line must be one line', () => {
    const result = withStatement({ id: 's-1', text: 'Something observable.', evidence: 'A log.\nAnd a rota too.' });
    expect(result.error?.issues[0]?.message).toMatch(/statement "s-1" needs an evidence line: one line/);
  });

  test('an allow-flag needs its reason in words', () => {
    const allowing = (allow: Record<string, string>) =>
      withStatement({ id: 's-1', text: 'Something observable.', evidence: 'A dated log of it.', allow });
    expect(allowing({ compound: 'Likes and dislikes are one thing.' }).success).toBe(true);
    expect(allowing({ compound: '' }).success).toBe(false);
    expect(allowing({ jargon: 'Because.' }).success).toBe(false);
  });
});
