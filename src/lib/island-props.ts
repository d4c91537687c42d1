/**
 * What the build hands to islands: small, serialisable views of checklists and
 * assessments with their links resolved. The island never looks content up itself.
 */
import type { Assessment, Band, Checklist } from './content/schemas';
import { pageHref, searchHref } from './links';

export interface ChecklistView {
  id: string;
  title: string;
  items: { id: string; text: string; priority: 'high' | 'normal' }[];
}

export interface StatementView {
  id: string;
  text: string;
  /** How you would know: the evidence an assessor would ask to see. */
  evidence?: string;
  helpHref: string;
  searchHref?: string;
}

export interface DimensionView {
  id: string;
  title: string;
  chapterHref: string;
  statements: StatementView[];
}

export interface AssessmentView {
  id: string;
  title: string;
  bands: Band[];
  dimensions: DimensionView[];
}

export function checklistView(checklist: Checklist): ChecklistView {
  return {
    id: checklist.id,
    title: checklist.title,
    items: checklist.items.map(({ id, text, priority }) => ({ id, text, priority })),
  };
}

/** The whole assessment, or only the named dimension. */
export function assessmentView(assessment: Assessment, dimensionId?: string): AssessmentView {
  const dimensions = dimensionId ? assessment.dimensions.filter((d) => d.id === dimensionId) : assessment.dimensions;
  return {
    id: assessment.id,
    title: assessment.title,
    bands: assessment.bands,
    dimensions: dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      chapterHref: pageHref(d.chapter),
      statements: d.statements.map((s) => ({
        id: s.id,
        text: s.text,
        ...evidenceOf(s),
        helpHref: pageHref(d.chapter, s.section),
        ...(s.search ? { searchHref: searchHref(s.search) } : {}),
      })),
    })),
  };
}

/** The statement's evidence line, once the content carries one. */
function evidenceOf(statement: object): { evidence?: string } {
  const evidence = (statement as { evidence?: unknown }).evidence;
  return typeof evidence === 'string' && evidence ? { evidence } : {};
}
