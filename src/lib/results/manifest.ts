/**
 * The results page's view of the playbook, made at build time from the catalog:
 * every framework in reading order with its assessment dimensions and checklists,
 * links resolved, plus the crosswalk themes. Small and serialisable, so it can be
 * handed to islands; the islands never look content up themselves.
 *
 * `outline()` strips the texts for islands that only need ids to score answers.
 */
import type { Assessment, Band, Checklist, CrosswalkTheme, Framework, FrameworkId } from '../content/schemas';
import { assessmentView, type DimensionView } from '../island-props';
import { pageHref, searchHref } from '../links';
import type { ArchivedEdition } from './legacy';

/** A statement to rate, with where to get help: the same view the assessment island gets. */

/** A checklist action, with where it is explained and a search for its situation. */
export interface ResultsItem {
  id: string;
  text: string;
  priority: 'high' | 'normal';
  helpHref: string;
  searchHref?: string;
}

export interface ResultsChecklist {
  id: string;
  title: string;
  chapterHref: string;
  /** The dimension the checklist's chapter teaches; absent for a framework's overview page. */
  dimensionId?: string;
  items: ResultsItem[];
}

export type ResultsDimension = DimensionView;

export interface ResultsFramework {
  id: FrameworkId;
  title: string;
  shortTitle: string;
  href: string;
  /** Its dimensions are levels built bottom-up, in content order: results trace weak service back down them. */
  traceBack: boolean;
  bands: Band[];
  dimensions: ResultsDimension[];
  checklists: ResultsChecklist[];
}

export interface ResultsTheme {
  id: string;
  title: string;
  summary: string;
  problem: string;
  startHref: string;
  dimensionIds: string[];
}

export interface ResultsManifest {
  frameworks: ResultsFramework[];
  themes: ResultsTheme[];
}

/** What scoring needs: ids in content order, titles and links, no statement texts. */
export interface OutlineDimension {
  id: string;
  title: string;
  chapterHref: string;
  statements: { id: string }[];
}

export interface OutlineFramework {
  id: FrameworkId;
  title: string;
  shortTitle: string;
  href: string;
  bands: Band[];
  dimensions: OutlineDimension[];
  checklists: { id: string; items: { id: string }[] }[];
}

export interface ResultsOutline {
  frameworks: OutlineFramework[];
}

/** The parts of the catalog the manifest is made from. */
export interface ManifestSource {
  frameworks: readonly Framework[];
  assessments: ReadonlyMap<string, Assessment>;
  checklists: ReadonlyMap<string, Checklist>;
  crosswalk: readonly CrosswalkTheme[];
  pages: readonly { id: string; data: { order: number; dimension?: string; aliases: string[] } }[];
}

/** Builds the results manifest from validated content. */
export function buildManifest(source: ManifestSource): ResultsManifest {
  const pages = new Map(source.pages.map((p) => [p.id, p.data]));
  const assessments = [...source.assessments.values()];
  const checklists = [...source.checklists.values()];

  const frameworks = source.frameworks.map((framework): ResultsFramework => {
    const assessment = assessments.find((a) => a.framework === framework.id);
    const own = checklists
      .filter((c) => c.framework === framework.id)
      .sort(
        (a, b) => (pages.get(a.chapter)?.order ?? 0) - (pages.get(b.chapter)?.order ?? 0) || a.id.localeCompare(b.id),
      );
    return {
      id: framework.id,
      title: framework.title,
      shortTitle: framework.shortTitle,
      href: pageHref(framework.folder),
      traceBack: framework.levelsBuiltBottomUp,
      bands: assessment?.bands ?? [],
      dimensions: assessment ? assessmentView(assessment).dimensions : [],
      checklists: own.map((c) => {
        const chapter = pages.get(c.chapter);
        // The situation a reader would type for this chapter: its first alias.
        const situation = chapter?.aliases[0] ?? c.title;
        return {
          id: c.id,
          title: c.title,
          chapterHref: pageHref(c.chapter),
          ...(chapter?.dimension ? { dimensionId: chapter.dimension } : {}),
          items: c.items.map((item) => ({
            id: item.id,
            text: item.text,
            priority: item.priority,
            helpHref: pageHref(c.chapter, item.section),
            searchHref: searchHref(situation),
          })),
        };
      }),
    };
  });

  return {
    frameworks,
    themes: source.crosswalk.map((t) => ({
      id: t.id,
      title: t.title,
      summary: t.summary,
      problem: t.problem,
      startHref: pageHref(t.start),
      dimensionIds: t.dimensions,
    })),
  };
}

/** The manifest without texts: enough to score answers and label the scores. */
export function outline(manifest: ResultsManifest): ResultsOutline {
  return {
    frameworks: manifest.frameworks.map((f) => ({
      id: f.id,
      title: f.title,
      shortTitle: f.shortTitle,
      href: f.href,
      bands: f.bands,
      dimensions: f.dimensions.map((d) => ({
        id: d.id,
        title: d.title,
        chapterHref: d.chapterHref,
        statements: d.statements.map((s) => ({ id: s.id })),
      })),
      checklists: f.checklists.map((c) => ({ id: c.id, items: c.items.map((i) => ({ id: i.id })) })),
    })),
  };
}

/** What the results page fetches (src/pages/results-manifest.json.ts): the manifest and the earlier editions of the questions. */
export interface ResultsData {
  manifest: ResultsManifest;
  archive: ArchivedEdition[];
}
