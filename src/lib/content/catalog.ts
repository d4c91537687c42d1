/**
 * The build's view of the playbook: every collection loaded once, cross-checked by
 * validateContent, and handed to pages and components. A content mistake stops
 * the build here with a list of readable problems.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Assessment, Checklist, CrosswalkTheme, Framework, FrameworkId, Standard } from './schemas';
import { applyStandards, standardUses } from './standards';
import { validateContent } from './validate';

export interface Catalog {
  /** In reading order. */
  frameworks: Framework[];
  pages: CollectionEntry<'docs'>[];
  checklists: Map<string, Checklist>;
  assessments: Map<string, Assessment>;
  crosswalk: CrosswalkTheme[];
  /** House service standards, in file order. */
  standards: Standard[];
  /** For each standard id, the ids of the pages that show it. */
  standardUses: Map<string, string[]>;
  framework(id: FrameworkId): Framework;
}

export class ContentError extends Error {
  constructor(problems: string[]) {
    super(`The playbook content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

async function loadCatalog(): Promise<Catalog> {
  const [pages, frameworkEntries, rawChecklists, rawAssessments, crosswalkEntries, standardEntries] = await Promise.all([
    getCollection('docs'),
    getCollection('frameworks'),
    getCollection('checklists'),
    getCollection('assessments'),
    getCollection('crosswalk'),
    getCollection('standards'),
  ]);
  const standards = standardEntries.map((entry) => entry.data);
  const uses = standardUses({
    pages: pages.map((p) => ({ id: p.id, body: p.body, checklists: p.data.checklists })),
    checklists: rawChecklists.map((c) => c.data),
    assessments: rawAssessments.map((a) => a.data),
  });
  // Checklist and assessment texts carry {standard:id}: from here on they hold the values.
  const resolved = applyStandards(standards, {
    pages: pages.map((p) => ({ id: p.id, filePath: p.filePath, body: p.body })),
    checklists: rawChecklists,
    assessments: rawAssessments,
  });
  const checklistEntries = resolved.checklists;
  const assessmentEntries = resolved.assessments;
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
  problems.push(...resolved.problems);
  if (problems.length) throw new ContentError(problems);

  return {
    frameworks,
    pages,
    checklists: new Map(checklistEntries.map((c) => [c.data.id, c.data])),
    assessments: new Map(assessmentEntries.map((a) => [a.data.id, a.data])),
    crosswalk: crosswalkEntries.map((t) => t.data),
    standards,
    standardUses: uses,
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
