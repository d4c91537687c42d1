/**
 * From answers to results: per framework its score, band and completion, per
 * dimension its tally. Scoring itself is src/lib/scoring.ts; this module only
 * applies it to every framework and gathers the pieces the results page shows.
 */
import { z } from '~/lib/zod';
import type { Answers } from '../answers';
import { ID_PATTERN, MAX_ID_LENGTH } from '../limits';
import type { Band } from '../content/schemas';
import { bandFor, checklistProgress, scoreAssessment, type Rating, type Tally } from '../scoring';
import type { OutlineFramework, ResultsManifest, ResultsOutline } from './manifest';

const Score = z.nullable(z.int().check(z.minimum(0), z.maximum(100)));
const Id = z.string().check(z.regex(ID_PATTERN), z.maxLength(MAX_ID_LENGTH));

/** Scores only, keyed by id: what a snapshot keeps, a share link carries and a team member contributes. */
export const ScoreSheetSchema = z.object({
  frameworks: z.record(
    Id,
    z.object({
      /** 0–100, or null while nothing is scored. */
      score: Score,
      dimensions: z.record(Id, Score),
    }),
  ),
});
export type ScoreSheet = z.infer<typeof ScoreSheetSchema>;

export const ratingsOf =
  (answers: Answers) =>
  (id: string): Rating | undefined =>
    answers.statements[id]?.value;

/** Every framework's overall and per-dimension scores for a set of answers. */
export function scoreSheet(outline: ResultsOutline, answers: Answers): ScoreSheet {
  const ratingOf = ratingsOf(answers);
  const frameworks: ScoreSheet['frameworks'] = {};
  for (const f of outline.frameworks) {
    const score = scoreAssessment(f.dimensions, ratingOf);
    frameworks[f.id] = {
      score: score.overall.score,
      dimensions: Object.fromEntries(score.dimensions.map((d) => [d.id, d.score])),
    };
  }
  return { frameworks };
}

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

export interface ThemeDimension {
  id: string;
  title: string;
  chapterHref: string;
  frameworkId: string;
  frameworkTitle: string;
  score: number | null;
  /** The statements that feed this dimension and the rating given to each (answers only). */
  answers?: { id: string; text: string; rating: Rating | undefined; helpHref: string }[];
}

export interface ThemeResult {
  id: string;
  title: string;
  summary: string;
  problem: string;
  startHref: string;
  /** Mean of the scored dimensions' scores (as for a framework); null when none is scored or only scores are known. */
  score: number | null;
  dimensions: ThemeDimension[];
}

/**
 * The crosswalk: the themes shared by several frameworks, each with its dimensions'
 * scores and, when answers are known, the answers that feed them.
 */
export function crosswalk(
  manifest: ResultsManifest,
  source: { answers: Answers } | { sheet: ScoreSheet },
): ThemeResult[] {
  const dimensions = new Map(
    manifest.frameworks.flatMap((f) => f.dimensions.map((d) => [d.id, { framework: f, dimension: d }] as const)),
  );
  const ratingOf = 'answers' in source ? ratingsOf(source.answers) : undefined;
  return manifest.themes.map((theme) => {
    const found = theme.dimensionIds.flatMap((id) => {
      const entry = dimensions.get(id);
      return entry ? [entry] : [];
    });
    const themeScore = ratingOf
      ? scoreAssessment(
          found.map((e) => e.dimension),
          ratingOf,
        )
      : undefined;
    return {
      id: theme.id,
      title: theme.title,
      summary: theme.summary,
      problem: theme.problem,
      startHref: theme.startHref,
      score: themeScore?.overall.score ?? null,
      dimensions: found.map(({ framework, dimension }, i) => ({
        id: dimension.id,
        title: dimension.title,
        chapterHref: dimension.chapterHref,
        frameworkId: framework.id,
        frameworkTitle: framework.shortTitle,
        score: themeScore
          ? themeScore.dimensions[i]!.score
          : 'sheet' in source
            ? (source.sheet.frameworks[framework.id]?.dimensions[dimension.id] ?? null)
            : null,
        ...(ratingOf
          ? {
              answers: dimension.statements.map((s) => ({
                id: s.id,
                text: s.text,
                rating: ratingOf(s.id),
                helpHref: s.helpHref,
              })),
            }
          : {}),
      })),
    };
  });
}

/** One paragraph in words: what the chart shows, for readers who do not see it. */
export function summarise(results: readonly FrameworkResult[]): string {
  const scored = results.filter((f) => f.score !== null);
  if (scored.length === 0)
    return 'No answers yet. Rate yourself on the chapters of any framework, and your scores appear here.';
  const describe = (f: { shortTitle?: string; title: string; score: number | null; band: Band | null }) =>
    `${f.shortTitle ?? f.title}, ${f.score} out of 100${f.band ? ` (${f.band.label})` : ''}`;
  const byScore = [...scored].sort((a, b) => b.score! - a.score!);
  const parts = [`You have scores for ${scored.length} of ${results.length} frameworks.`];
  if (scored.length === 1) parts.push(`${describe(byScore[0]!)}.`);
  else parts.push(`Highest: ${describe(byScore[0]!)}.`, `Lowest: ${describe(byScore.at(-1)!)}.`);
  const dimensions = scored.flatMap((f) =>
    f.dimensions.filter((d) => d.score !== null).map((d) => ({ ...d, framework: f.shortTitle })),
  );
  const weakest = dimensions.sort((a, b) => a.score! - b.score!)[0];
  if (weakest) parts.push(`Weakest step: ${weakest.title} (${weakest.framework}), ${weakest.score} out of 100.`);
  const missing = results.filter((f) => f.score === null).map((f) => f.shortTitle);
  if (missing.length) parts.push(`Not scored yet: ${missing.join(', ')}.`);
  return parts.join(' ');
}
