/**
 * Scoring for checklists and assessments. Pure functions over plain data, shared by
 * the islands, the results page and the tests.
 *
 * A rating of 1–5 maps to 0, 25, 50, 75, 100 points. "Not applicable" answers are
 * left out of the denominator. A dimension's score is the mean of its scored
 * statements; the overall score is the mean of the dimension scores, so every step
 * of a framework weighs the same however many statements it has.
 */
import type { Band } from './content/schemas';
import { NOT_APPLICABLE } from './limits';

export { NOT_APPLICABLE };

export const SCALE = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neither agree nor disagree' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
] as const;
export const NOT_APPLICABLE_LABEL = 'Not applicable';

export type Rating = (typeof SCALE)[number]['value'] | typeof NOT_APPLICABLE;

/** Points (0–100) for a rating on the scale; null for "not applicable". */
export function pointsFor(rating: Rating): number | null {
  return rating === NOT_APPLICABLE ? null : ((rating - 1) / 4) * 100;
}

/** The scale word for a rating. */
export function ratingLabel(rating: Rating): string {
  return rating === NOT_APPLICABLE ? NOT_APPLICABLE_LABEL : SCALE[rating - 1]!.label;
}

export interface Tally {
  /** Statements in the group. */
  total: number;
  /** Statements with any answer, N/A included. */
  answered: number;
  /** Statements answered on the scale (the denominator). */
  scored: number;
  /** Statements answered "not applicable". */
  notApplicable: number;
  /** 0–100, rounded; null while nothing is scored. */
  score: number | null;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Tallies a group of statements against the ratings given so far. */
export function tally(statementIds: readonly string[], ratingOf: (id: string) => Rating | undefined): Tally {
  const ratings = statementIds.map(ratingOf).filter((r): r is Rating => r !== undefined);
  const points = ratings.map(pointsFor).filter((p): p is number => p !== null);
  const average = mean(points);
  return {
    total: statementIds.length,
    answered: ratings.length,
    scored: points.length,
    notApplicable: ratings.length - points.length,
    score: average === null ? null : Math.round(average),
  };
}

export interface DimensionInput {
  id: string;
  statements: readonly { id: string }[];
}

export interface AssessmentScore {
  dimensions: (Tally & { id: string })[];
  /** Mean of the dimension scores; totals add up across dimensions. */
  overall: Tally;
}

/** Scores every dimension, then rolls them up into an overall score. */
export function scoreAssessment(
  dimensions: readonly DimensionInput[],
  ratingOf: (id: string) => Rating | undefined,
): AssessmentScore {
  const scored = dimensions.map((d) => ({
    id: d.id,
    ...tally(
      d.statements.map((s) => s.id),
      ratingOf,
    ),
  }));
  const sum = (key: 'total' | 'answered' | 'scored' | 'notApplicable') => scored.reduce((n, d) => n + d[key], 0);
  const average = mean(scored.map((d) => d.score).filter((s): s is number => s !== null));
  return {
    dimensions: scored,
    overall: {
      total: sum('total'),
      answered: sum('answered'),
      scored: sum('scored'),
      notApplicable: sum('notApplicable'),
      score: average === null ? null : Math.round(average),
    },
  };
}

/** The band a score falls in: the last band whose minimum it reaches. */
export function bandFor(score: number, bands: readonly Band[]): Band {
  let found = bands[0]!;
  for (const band of bands) if (score >= band.min) found = band;
  return found;
}

export interface WeakStatement {
  id: string;
  rating: Exclude<Rating, 'na'>;
}

/**
 * The statements most in need of work: rated below "Agree", lowest first, in
 * content order among equals.
 */
export function weakestStatements(
  statementIds: readonly string[],
  ratingOf: (id: string) => Rating | undefined,
  limit = 3,
): WeakStatement[] {
  return statementIds
    .map((id, index) => ({ id, index, rating: ratingOf(id) }))
    .filter(
      (s): s is { id: string; index: number; rating: Exclude<Rating, 'na'> } =>
        typeof s.rating === 'number' && s.rating < 4,
    )
    .sort((a, b) => a.rating - b.rating || a.index - b.index)
    .slice(0, limit)
    .map(({ id, rating }) => ({ id, rating }));
}

/** "3 of 7 done" for a checklist. */
export function checklistProgress(itemIds: readonly string[], isDone: (id: string) => boolean) {
  const done = itemIds.filter(isDone).length;
  return { done, total: itemIds.length, complete: itemIds.length > 0 && done === itemIds.length };
}
