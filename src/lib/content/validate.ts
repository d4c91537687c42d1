/**
 * Cross-file checks the per-file schemas cannot make: duplicate ids across files,
 * references to pages, checklists, assessments and dimensions that do not exist, and
 * agreement between the three places a chapter's checklists and dimension are named
 * (the page's frontmatter, the YAML's `chapter:`, the MDX tags in the page's body).
 * Pure: takes plain data, returns sentences that name the file and the id.
 */
import type { Assessment, Checklist, CrosswalkTheme, Framework, PageKind } from './schemas';

export interface PageInfo {
  id: string;
  filePath?: string;
  /** The page's MDX source, where its <Checklist> and <Assessment> tags are. */
  body?: string;
  data: {
    title: string;
    kind: PageKind;
    framework?: string;
    checklists: string[];
    assessment?: string;
    dimension?: string;
    related: string[];
  };
}

export interface ContentIndex {
  pages: PageInfo[];
  frameworks: Pick<Framework, 'id' | 'title'>[];
  checklists: { filePath?: string; data: Checklist }[];
  assessments: { filePath?: string; data: Assessment }[];
  crosswalk: { filePath?: string; data: CrosswalkTheme }[];
}

const stem = (path: string) => path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
const where = (filePath: string | undefined, fallback: string) => filePath ?? fallback;

/** The <Checklist id="…"> and <Assessment id="…" dimension="…"> tags of an MDX body. */
function widgetTags(body: string) {
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const tags = (name: string) => body.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
  return {
    checklists: tags('Checklist').flatMap((tag) => attribute(tag, 'id') ?? []),
    assessments: tags('Assessment').map((tag) => ({
      id: attribute(tag, 'id'),
      dimension: attribute(tag, 'dimension'),
    })),
  };
}

/** Problems where a page's frontmatter and the widgets in its body disagree. */
function pageAgreesWithItsTags(file: string, page: PageInfo): string[] {
  if (page.body === undefined) return [];
  const problems: string[] = [];
  const { data } = page;
  const tags = widgetTags(page.body);
  for (const id of tags.checklists)
    if (!data.checklists.includes(id))
      problems.push(`${file}: shows <Checklist id="${id}" /> but its frontmatter \`checklists\` does not list it.`);
  for (const id of data.checklists)
    if (!tags.checklists.includes(id))
      problems.push(`${file}: frontmatter \`checklists\` lists "${id}" but the page has no <Checklist id="${id}" />.`);
  for (const tag of tags.assessments) {
    if (tag.id !== data.assessment || tag.dimension !== data.dimension)
      problems.push(
        `${file}: shows <Assessment id="${tag.id}"${tag.dimension ? ` dimension="${tag.dimension}"` : ''} /> but its frontmatter says assessment "${data.assessment ?? ''}", dimension "${data.dimension ?? ''}".`,
      );
  }
  return problems;
}

/** Returns every problem found, as readable sentences; an empty list means the content is sound. */
export function validateContent(index: ContentIndex): string[] {
  const problems: string[] = [];
  const pages = new Map(index.pages.map((p) => [p.id, p]));
  const frameworks = new Set<string>(index.frameworks.map((f) => f.id));
  const checkFramework = (file: string, id: string | undefined) => {
    if (id !== undefined && !frameworks.has(id))
      problems.push(`${file}: unknown framework "${id}": use one of ${[...frameworks].join(', ')} (content/frameworks.yaml).`);
  };
  const checklists = new Map(index.checklists.map((c) => [c.data.id, c]));
  const assessments = new Map(index.assessments.map((a) => [a.data.id, a]));
  const dimensionFramework = new Map<string, string>();

  /** Each kind of id (checklist, item, dimension, statement…) is unique across the whole playbook. */
  const seen = new Map<string, string>();
  const claim = (id: string, file: string, what: string) => {
    const first = seen.get(`${what}:${id}`);
    if (first) problems.push(`${file}: ${what} id "${id}" is already used in ${first}. Ids must be unique.`);
    else seen.set(`${what}:${id}`, file);
  };
  const pageExists = (file: string, pageId: string, what: string) => {
    if (!pages.has(pageId)) problems.push(`${file}: ${what} "${pageId}", which does not exist (no content/docs/${pageId}.mdx).`);
  };

  for (const { filePath, data } of index.checklists) {
    const file = where(filePath, `checklist ${data.id}`);
    if (filePath && stem(filePath) !== data.id) problems.push(`${file}: checklist id "${data.id}" must match the file name.`);
    claim(data.id, file, 'checklist');
    for (const item of data.items) claim(item.id, file, 'checklist item');
    checkFramework(file, data.framework);
    pageExists(file, data.chapter, `checklist "${data.id}" names chapter`);
    const chapter = pages.get(data.chapter);
    if (chapter && chapter.data.framework !== data.framework)
      problems.push(`${file}: checklist "${data.id}" belongs to ${data.framework} but its chapter "${data.chapter}" does not.`);
    if (!index.pages.some((page) => page.data.checklists.includes(data.id)))
      problems.push(`${file}: checklist "${data.id}" is shown on no page (no page lists it in \`checklists\`).`);
  }

  const assessmentOf = new Map<string, string>();
  for (const { filePath, data } of index.assessments) {
    const file = where(filePath, `assessment ${data.id}`);
    if (filePath && stem(filePath) !== data.id) problems.push(`${file}: assessment id "${data.id}" must match the file name.`);
    claim(data.id, file, 'assessment');
    checkFramework(file, data.framework);
    const other = assessmentOf.get(data.framework);
    if (other) problems.push(`${file}: framework ${data.framework} already has assessment "${other}".`);
    assessmentOf.set(data.framework, data.id);
    for (const dimension of data.dimensions) {
      claim(dimension.id, file, 'dimension');
      dimensionFramework.set(dimension.id, data.framework);
      pageExists(file, dimension.chapter, `dimension "${dimension.id}" names chapter`);
      const chapter = pages.get(dimension.chapter);
      if (chapter && (chapter.data.dimension !== dimension.id || chapter.data.assessment !== data.id))
        problems.push(
          `${file}: dimension "${dimension.id}" names chapter "${dimension.chapter}", but that page's frontmatter does not give assessment "${data.id}" and dimension "${dimension.id}".`,
        );
      for (const statement of dimension.statements) claim(statement.id, file, 'statement');
    }
  }

  for (const page of index.pages) {
    const file = where(page.filePath, `page ${page.id}`);
    const { data } = page;
    if ((data.kind === 'overview' || data.kind === 'chapter') && !data.framework)
      problems.push(`${file}: a ${data.kind} page needs a framework.`);
    checkFramework(file, data.framework);
    for (const id of data.checklists)
      if (!checklists.has(id)) problems.push(`${file}: checklist "${id}" does not exist (no content/checklists/${id}.yaml).`);
    if (data.assessment) {
      const assessment = assessments.get(data.assessment);
      if (!assessment)
        problems.push(`${file}: assessment "${data.assessment}" does not exist (no content/assessments/${data.assessment}.yaml).`);
      else if (data.dimension && !assessment.data.dimensions.some((d) => d.id === data.dimension))
        problems.push(`${file}: assessment "${data.assessment}" has no dimension "${data.dimension}".`);
    } else if (data.dimension) {
      problems.push(`${file}: dimension "${data.dimension}" is given without an assessment.`);
    }
    for (const id of data.related) pageExists(file, id, 'names related page');
    problems.push(...pageAgreesWithItsTags(file, page));
  }

  for (const { filePath, data } of index.crosswalk) {
    const file = where(filePath, 'content/crosswalk.yaml');
    claim(data.id, file, 'crosswalk theme');
    const owners = new Set<string>();
    for (const id of data.dimensions) {
      const owner = dimensionFramework.get(id);
      if (!owner) problems.push(`${file}: theme "${data.id}" names dimension "${id}", which no assessment has.`);
      else owners.add(owner);
    }
    if (owners.size < 2 && data.dimensions.every((id) => dimensionFramework.has(id)))
      problems.push(`${file}: theme "${data.id}" must draw on at least two frameworks.`);
    pageExists(file, data.start, `theme "${data.id}" starts at page`);
  }

  for (const framework of index.frameworks) {
    const own = index.pages.filter((p) => p.data.framework === framework.id);
    if (!own.some((p) => p.data.kind === 'overview'))
      problems.push(`content/frameworks.yaml: framework "${framework.id}" has no overview page.`);
    if (!index.checklists.some((c) => c.data.framework === framework.id))
      problems.push(`content/frameworks.yaml: framework "${framework.id}" has no checklist.`);
    if (!assessmentOf.has(framework.id))
      problems.push(`content/frameworks.yaml: framework "${framework.id}" has no assessment.`);
  }

  return problems;
}
