/**
 * Scoring for checklists and assessments. Pure functions over plain data, shared by
 * the islands, the results page, the "How scoring works" page and the tests.
 *
 * Each statement is answered on a practice scale: how established the practice is.
 * Levels 1–5 map to 0, 25, 50, 75, 100 points. "Not applicable" and "Don't know"
 * are left out of the denominator (Don't know is listed as something to find out).
 * A dimension's score is the mean of its scored statements; the overall score is
 * the mean of the dimension scores, so every step of a framework weighs the same
 * however many statements it has.
 */
import type { Band } from './content/schemas';
import { DONT_KNOW, NOT_APPLICABLE } from './limits';

export { DONT_KNOW, NOT_APPLICABLE };

/** The practice scale: the same words on every assessment, each with what it means. */
export const SCALE = [
  { value: 1, label: 'Not yet', description: 'We do not do this yet.' },
  { value: 2, label: 'Sometimes', description: 'It depends who is on shift.' },
  { value: 3, label: 'Usually', description: 'Most of the time, but it is not written down.' },
  { value: 4, label: 'Routinely', description: 'Expected, written down, and everyone does it.' },
  { value: 5, label: 'Routinely, and we check it', description: 'We measure it and improve it.' },
] as const;
export const NOT_APPLICABLE_LABEL = 'Not applicable';
export const NOT_APPLICABLE_DESCRIPTION = 'It does not fit your situation. Left out of the score.';
export const DONT_KNOW_LABEL = 'Don’t know';
export const DONT_KNOW_DESCRIPTION = 'You are not sure. Left out of the score and listed under “Find out”.';

/** A level on the practice scale, 1 (Not yet) to 5 (Routinely, and we check it). */
export type Level = (typeof SCALE)[number]['value'];
export type Rating = Level | typeof NOT_APPLICABLE | typeof DONT_KNOW;

/** True for a level on the scale (not N/A, not Don't know). */
export const isLevel = (rating: Rating | undefined): rating is Level => typeof rating === 'number';

/** Points (0–100) for a rating on the scale; null for "not applicable" and "don't know". */
export function pointsFor(rating: Rating): number | null {
  return isLevel(rating) ? ((rating - 1) / 4) * 100 : null;
}

/** The scale word for a rating. */
export function ratingLabel(rating: Rating): string {
  if (rating === NOT_APPLICABLE) return NOT_APPLICABLE_LABEL;
  if (rating === DONT_KNOW) return DONT_KNOW_LABEL;
  return SCALE[rating - 1]!.label;
}

/** How much a dimension matters to the reader; the weight multiplies the distance to target. */
export const IMPORTANCE = [
  { value: 'low', label: 'Low', weight: 1 },
  { value: 'normal', label: 'Normal', weight: 2 },
  { value: 'high', label: 'High', weight: 3 },
] as const;
export type Importance = (typeof IMPORTANCE)[number]['value'];

/** What the reader aims for in a dimension. */
export interface Goal {
  importance: Importance;
  target: Level;
}

/** Normal importance, target "Routinely". */
export const DEFAULT_GOAL: Goal = Object.freeze({ importance: 'normal', target: 4 });

/** How urgent a statement is: importance weight × levels short of the target (0 once reached). */
export function priorityOf(level: Level, goal: Goal): number {
  const weight = IMPORTANCE.find((i) => i.value === goal.importance)!.weight;
  return weight * Math.max(0, goal.target - level);
}

export interface Tally {
  /** Statements in the group. */
  total: number;
  /** Statements with any answer, N/A and Don't know included. */
  answered: number;
  /** Statements answered on the scale (the denominator). */
  scored: number;
  /** Statements answered "not applicable". */
  notApplicable: number;
  /** Statements answered "don't know": not scored, not N/A, something to find out. */
  dontKnow: number;
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
    notApplicable: ratings.filter((r) => r === NOT_APPLICABLE).length,
    dontKnow: ratings.filter((r) => r === DONT_KNOW).length,
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
  const sum = (key: 'total' | 'answered' | 'scored' | 'notApplicable' | 'dontKnow') =>
    scored.reduce((n, d) => n + d[key], 0);
  const average = mean(scored.map((d) => d.score).filter((s): s is number => s !== null));
  return {
    dimensions: scored,
    overall: {
      total: sum('total'),
      answered: sum('answered'),
      scored: sum('scored'),
      notApplicable: sum('notApplicable'),
      dontKnow: sum('dontKnow'),
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
  rating: Level;
  goal: Goal;
  /** importance weight × levels short of the target (see priorityOf). */
  priority: number;
}

/**
 * The statements most in need of work: below their dimension's target, the highest
 * importance × distance to target first; then the lowest level; then content order.
 */
export function weakestStatements(
  statementIds: readonly string[],
  ratingOf: (id: string) => Rating | undefined,
  limit = 3,
  goalOf: (id: string) => Goal = () => DEFAULT_GOAL,
): WeakStatement[] {
  return statementIds
    .flatMap((id, index) => {
      const rating = ratingOf(id);
      if (!isLevel(rating)) return [];
      const goal = goalOf(id);
      return [{ id, index, rating, goal, priority: priorityOf(rating, goal) }];
    })
    .filter((s) => s.priority > 0)
    .sort((a, b) => b.priority - a.priority || a.rating - b.rating || a.index - b.index)
    .slice(0, limit)
    .map(({ id, rating, goal, priority }) => ({ id, rating, goal, priority }));
}

/** The statements answered "Don't know", in content order: things to find out. */
export function dontKnowStatements(
  statementIds: readonly string[],
  ratingOf: (id: string) => Rating | undefined,
): string[] {
  return statementIds.filter((id) => ratingOf(id) === DONT_KNOW);
}

/** "3 of 7 done" for a checklist. */
export function checklistProgress(itemIds: readonly string[], isDone: (id: string) => boolean) {
  const done = itemIds.filter(isDone).length;
  return { done, total: itemIds.length, complete: itemIds.length > 0 && done === itemIds.length };
}
