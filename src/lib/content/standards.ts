/**
 * House service standards. Each value lives once, in content/standards.yaml. Pages show it
 * with <Standard id="…" />; checklist and assessment texts write {standard:…}, replaced here
 * at build time. Pure functions over plain data, so a wrong id is caught before anything ships.
 */
import type { Assessment, Checklist, Standard } from './schemas';

const PLACEHOLDER = /\{standard:([^}\s]*)\}/g;
const TAG = /<Standard\s+id="([^"]*)"\s*\/>/g;

/** Replaces each {standard:id} with that standard's value; ids it does not know are listed, never guessed. */
export function resolveStandards(text: string, values: ReadonlyMap<string, string>): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const resolved = text.replace(PLACEHOLDER, (whole, id: string) => {
    const value = values.get(id);
    if (value === undefined) unknown.push(id);
    return value ?? whole;
  });
  return { text: resolved, unknown };
}

/** The standard ids a text names, through <Standard id="…" /> tags or {standard:…} placeholders. */
function standardRefs(text: string): string[] {
  return [...text.matchAll(TAG), ...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export interface StrayNumber {
  id: string;
  excerpt: string;
}

/** Places where a text states a known standard in its own words, not through the standards data. */
export function strayStandardNumbers(text: string, standards: Pick<Standard, 'id' | 'detect'>[]): StrayNumber[] {
  const plain = text.replace(TAG, '(standard)').replace(PLACEHOLDER, '(standard)');
  const found: StrayNumber[] = [];
  for (const { id, detect } of standards)
    for (const source of detect)
      for (const match of plain.matchAll(new RegExp(source, 'gi'))) found.push({ id, excerpt: match[0] });
  return found;
}

interface Located<T> {
  filePath?: string;
  data: T;
}

/**
 * Resolves placeholders in every checklist item and assessment statement, and checks the
 * ids pages use. Returns resolved copies and readable problems naming the file.
 */
export function applyStandards(
  standards: Standard[],
  content: {
    pages: { id: string; filePath?: string; body?: string }[];
    checklists: Located<Checklist>[];
    assessments: Located<Assessment>[];
  },
) {
  const values = new Map(standards.map((s) => [s.id, s.value]));
  const problems: string[] = [];
  const resolve = <T extends { id: string; text: string }>(file: string, entry: T): T => {
    const { text, unknown } = resolveStandards(entry.text, values);
    for (const id of unknown) problems.push(`${file}: "${entry.id}" names standard "${id}", which content/standards.yaml does not have.`);
    return { ...entry, text };
  };
  const checklists = content.checklists.map(({ filePath, data }) => ({
    filePath,
    data: { ...data, items: data.items.map((item) => resolve(filePath ?? data.id, item)) },
  }));
  const assessments = content.assessments.map(({ filePath, data }) => ({
    filePath,
    data: {
      ...data,
      dimensions: data.dimensions.map((d) => ({
        ...d,
        statements: d.statements.map((s) => resolve(filePath ?? data.id, s)),
      })),
    },
  }));
  for (const page of content.pages)
    for (const id of standardRefs(page.body ?? ''))
      if (!values.has(id))
        problems.push(`${page.filePath ?? page.id}: <Standard id="${id}" /> names a standard that content/standards.yaml does not have.`);
  return { checklists, assessments, problems };
}

/**
 * Where each standard is used, as page ids in first-seen order: pages that name it, pages
 * that show a checklist naming it, and the chapter of an assessment dimension naming it.
 */
export function standardUses(content: {
  pages: { id: string; body?: string; checklists: string[] }[];
  checklists: Checklist[];
  assessments: Assessment[];
}): Map<string, string[]> {
  const uses = new Map<string, Set<string>>();
  const add = (ids: string[], pageId: string) => {
    for (const id of ids) uses.set(id, (uses.get(id) ?? new Set()).add(pageId));
  };
  const checklistRefs = new Map(content.checklists.map((c) => [c.id, c.items.flatMap((i) => standardRefs(i.text))]));
  for (const page of content.pages) {
    add(standardRefs(page.body ?? ''), page.id);
    for (const id of page.checklists) add(checklistRefs.get(id) ?? [], page.id);
  }
  for (const assessment of content.assessments)
    for (const d of assessment.dimensions) add(d.statements.flatMap((s) => standardRefs(s.text)), d.chapter);
  return new Map([...uses].map(([id, pages]) => [id, [...pages]]));
}
