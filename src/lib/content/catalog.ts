/**
 * The build's view of the playbook: every collection loaded once, cross-checked by
 * validateContent, and handed to pages and components. A content mistake stops
 * the build here with a list of readable problems.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Assessment, Checklist, CrosswalkTheme, Framework, FrameworkId } from './schemas';
import { validateContent } from './validate';

export interface Catalog {
  /** In reading order. */
  frameworks: Framework[];
  pages: CollectionEntry<'docs'>[];
  checklists: Map<string, Checklist>;
  assessments: Map<string, Assessment>;
  crosswalk: CrosswalkTheme[];
  framework(id: FrameworkId): Framework;
}

export class ContentError extends Error {
  constructor(problems: string[]) {
    super(`The playbook content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

async function loadCatalog(): Promise<Catalog> {
  const [pages, frameworkEntries, checklistEntries, assessmentEntries, crosswalkEntries] = await Promise.all([
    getCollection('docs'),
    getCollection('frameworks'),
    getCollection('checklists'),
    getCollection('assessments'),
    getCollection('crosswalk'),
  ]);
  const frameworks = frameworkEntries
    .map((entry) => ({ ...entry.data, id: entry.id as FrameworkId }))
    .sort((a, b) => a.order - b.order);

  const problems = validateContent({
    pages: pages.map((p) => ({ id: p.id, filePath: p.filePath, body: p.body, data: p.data })),
    frameworks,
    checklists: checklistEntries.map((c) => ({ filePath: c.filePath, data: c.data })),
    assessments: assessmentEntries.map((a) => ({ filePath: a.filePath, data: a.data })),
    crosswalk: crosswalkEntries.map((t) => ({ filePath: t.filePath, data: t.data })),
  });
  if (problems.length) throw new ContentError(problems);

  return {
    frameworks,
    pages,
    checklists: new Map(checklistEntries.map((c) => [c.data.id, c.data])),
    assessments: new Map(assessmentEntries.map((a) => [a.data.id, a.data])),
    crosswalk: crosswalkEntries.map((t) => t.data),
    framework(id) {
      const found = frameworks.find((f) => f.id === id);
      if (!found) throw new ContentError([`unknown framework "${id}"`]);
      return found;
    },
  };
}

let catalog: Promise<Catalog> | undefined;
/** The validated catalog, loaded once per build. */
export function getCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) return loadCatalog(); // content may change while the dev server runs
  catalog ??= loadCatalog();
  return catalog;
}
