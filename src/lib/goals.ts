/**
 * The reader's goals per dimension (importance and target level), progress towards
 * them, and the notice
 * about earlier questions, read from and written into the answers document. Pure
 * functions; the store is src/lib/stores/answers.ts.
 */
import type { Answers, GoalAnswer } from './answers';
import { isPermanentId } from './limits';
import {
  DEFAULT_GOAL,
  IMPORTANCE,
  isLevel,
  pointsFor,
  tally,
  type Goal,
  type Importance,
  type Level,
  type Rating,
} from './scoring';

/** The goal for a dimension: what the reader set, defaults for the rest. */
export function goalFor(answers: Answers, dimensionId: string): Goal {
  const set = answers.goals?.[dimensionId];
  return { importance: set?.importance ?? DEFAULT_GOAL.importance, target: set?.target ?? DEFAULT_GOAL.target };
}

/** Maps each statement id to its dimension's goal, for weakestStatements. */
export function goalsByStatement(
  answers: Answers,
  dimensions: readonly { id: string; statements: readonly { id: string }[] }[],
): (statementId: string) => Goal {
  const byStatement = new Map(
    dimensions.flatMap((d) => {
      const goal = goalFor(answers, d.id);
      return d.statements.map((s) => [s.id, goal] as const);
    }),
  );
  return (id) => byStatement.get(id) ?? DEFAULT_GOAL;
}

/** Sets a dimension's importance or target, keeping the other. */
export function withGoal(
  answers: Answers,
  dimensionId: string,
  change: { importance?: Importance; target?: Level },
  now: Date,
): Answers {
  // Writers stay within what the reader accepts (see src/lib/limits.ts): anything else changes nothing.
  const validImportance = change.importance === undefined || IMPORTANCE.some((i) => i.value === change.importance);
  const validTarget = change.target === undefined || isLevel(change.target);
  if (!isPermanentId(dimensionId) || !validImportance || !validTarget) return answers;
  const next: GoalAnswer = { ...answers.goals?.[dimensionId], ...change, updatedAt: now.toISOString() };
  return { ...answers, goals: { ...answers.goals, [dimensionId]: next } };
}

/** The earlier editions whose change the reader has not yet been told about. */
export function undismissedLegacy(answers: Answers): string[] {
  return Object.entries(answers.legacy ?? {})
    .filter(([, record]) => !record.noticeDismissedAt)
    .map(([edition]) => edition);
}

/** Marks the notice about every earlier edition as read; the ratings stay. */
export function withLegacyNoticeDismissed(answers: Answers, now: Date): Answers {
  if (!answers.legacy) return answers;
  const legacy = Object.fromEntries(
    Object.entries(answers.legacy).map(([edition, record]) => [
      edition,
      record.noticeDismissedAt ? record : { ...record, noticeDismissedAt: now.toISOString() },
    ]),
  );
  return { ...answers, legacy };
}

export interface TargetProgress {
  /** The dimension's score, or null while nothing is scored. */
  score: number | null;
  /** Points the target level is worth (Routinely = 75). */
  targetScore: number;
  /** Statements scored at or above the target level. */
  atTarget: number;
  /** Statements answered on the scale. */
  scored: number;
  /** Points still to go (0 once the score reaches the target); null while nothing is scored. */
  gap: number | null;
}

/** How far a dimension has come towards its target: the score against the target's points, and statements at target. */
export function progressToTarget(
  statementIds: readonly string[],
  ratingOf: (id: string) => Rating | undefined,
  goal: Goal,
): TargetProgress {
  const { score, scored } = tally(statementIds, ratingOf);
  const targetScore = pointsFor(goal.target)!;
  const atTarget = statementIds.filter((id) => {
    const rating = ratingOf(id);
    return isLevel(rating) && rating >= goal.target;
  }).length;
  return { score, targetScore, atTarget, scored, gap: score === null ? null : Math.max(0, targetScore - score) };
}
