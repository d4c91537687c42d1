/**
 * The crosswalk: the themes of content/crosswalk.yaml that several frameworks share.
 * `themeParts` is the one place a theme's dimension ids are joined to the frameworks'
 * dimensions; the crosswalk table in the chapters and the results page both use it.
 */
import type { Answers } from '../answers';
import { scoreAssessment, type Rating } from '../scoring';
import type { ResultsManifest } from './manifest';
import { ratingsOf, type ScoreSheet } from './score-sheet';

interface HasDimensions {
  dimensions: readonly { id: string }[];
}

/** A dimension a theme names, with the framework it belongs to. */
export interface ThemePart<F extends HasDimensions> {
  framework: F;
  dimension: F['dimensions'][number];
}

/**
 * Joins dimension ids to the frameworks that have them, in the order given. An id no
 * framework has is left out: validate.ts refuses such content, and a page should not break on it.
 */
export function themeParts<F extends HasDimensions>(
  frameworks: readonly F[],
): (dimensionIds: readonly string[]) => ThemePart<F>[] {
  const byId = new Map<string, ThemePart<F>>();
  for (const framework of frameworks)
    for (const dimension of framework.dimensions) byId.set(dimension.id, { framework, dimension });
  return (dimensionIds) => dimensionIds.flatMap((id) => byId.get(id) ?? []);
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
 * Each theme with its dimensions' scores and, when answers are known, the answers
 * that feed them. From a score sheet alone (a share link) there is no theme score.
 */
export function crosswalk(
  manifest: ResultsManifest,
  source: { answers: Answers } | { sheet: ScoreSheet },
): ThemeResult[] {
  const partsOf = themeParts(manifest.frameworks);
  const ratingOf = 'answers' in source ? ratingsOf(source.answers) : undefined;
  return manifest.themes.map((theme) => {
    const parts = partsOf(theme.dimensionIds);
    const themeScore = ratingOf
      ? scoreAssessment(
          parts.map((p) => p.dimension),
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
      dimensions: parts.map(({ framework, dimension }, i) => ({
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
