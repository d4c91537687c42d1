/**
 * The reader's goals per dimension (importance and target level) and the notice
 * about earlier questions, read from and written into the answers document. Pure
 * functions; the store is src/lib/stores/answers.ts.
 */
import type { Answers, GoalAnswer } from './answers';
import { DEFAULT_GOAL, type Goal, type Importance, type Level } from './scoring';

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
