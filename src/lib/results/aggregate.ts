/**
 * From answers to results: per framework its score, band and completion, per
 * dimension its tally. Scoring itself is src/lib/scoring.ts; this module only
 * applies it to every framework and gathers the pieces the results page shows.
 * The stored scores-only form is ./score-sheet.ts, the themes ./crosswalk.ts and
 * the paragraph in words ./summary.ts.
 */
import type { Answers } from '../answers';
import type { Band } from '../content/schemas';
import { bandFor, checklistProgress, scoreAssessment, type Tally } from '../scoring';
import type { OutlineFramework, ResultsOutline } from './manifest';
import { ratingsOf, type ScoreSheet } from './score-sheet';

export interface DimensionResult {
  id: string;
  title: string;
  chapterHref: string;
  score: number | null;
  band: Band | null;
  /** Counts behind the score; absent when only scores are known (a share link). */
  tally?: Tally;
}

export interface FrameworkResult {
  id: string;
  title: string;
  shortTitle: string;
  href: string;
  score: number | null;
  band: Band | null;
  dimensions: DimensionResult[];
  /** Statements answered, scored and not applicable; absent for a share link. */
  tally?: Tally;
  /** Checklist items ticked; absent for a share link. */
  checklist?: { done: number; total: number };
}

const band = (score: number | null, bands: readonly Band[]) =>
  score === null || bands.length === 0 ? null : bandFor(score, bands);

/** The results of one set of answers, framework by framework, in reading order. */
export function aggregate(outline: ResultsOutline, answers: Answers): FrameworkResult[] {
  const ratingOf = ratingsOf(answers);
  return outline.frameworks.map((f) => {
    const score = scoreAssessment(f.dimensions, ratingOf);
    const itemIds = f.checklists.flatMap((c) => c.items.map((i) => i.id));
    const progress = checklistProgress(itemIds, (id) => answers.items[id]?.done === true);
    return {
      ...heading(f),
      score: score.overall.score,
      band: band(score.overall.score, f.bands),
      tally: score.overall,
      checklist: { done: progress.done, total: progress.total },
      dimensions: f.dimensions.map((d, i) => {
        const tally = score.dimensions[i]!;
        return {
          id: d.id,
          title: d.title,
          chapterHref: d.chapterHref,
          score: tally.score,
          band: band(tally.score, f.bands),
          tally,
        };
      }),
    };
  });
}

/** The results behind a score sheet alone (a share link): scores and bands, no counts. */
export function resultsFromSheet(outline: ResultsOutline, sheet: ScoreSheet): FrameworkResult[] {
  return outline.frameworks.map((f) => {
    const scores = sheet.frameworks[f.id];
    const overall = scores?.score ?? null;
    return {
      ...heading(f),
      score: overall,
      band: band(overall, f.bands),
      dimensions: f.dimensions.map((d) => {
        const score = scores?.dimensions[d.id] ?? null;
        return { id: d.id, title: d.title, chapterHref: d.chapterHref, score, band: band(score, f.bands) };
      }),
    };
  });
}

function heading(f: OutlineFramework) {
  return { id: f.id, title: f.title, shortTitle: f.shortTitle, href: f.href };
}

/** True when a document holds no tick, rating or note at all. */
export function hasAnyAnswer(answers: Answers): boolean {
  return (
    Object.values(answers.items).some((i) => i.done || i.note) ||
    Object.values(answers.statements).some((s) => s.value !== undefined || s.note)
  );
}

/** True when any framework has a score. */
export function hasAnyScore(results: readonly FrameworkResult[]): boolean {
  return results.some((f) => f.score !== null);
}
