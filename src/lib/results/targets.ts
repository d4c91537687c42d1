/**
 * Progress to target and the "Find out" list for the results page: per dimension
 * the reader's goal (importance, target level) beside the score, and every statement
 * answered "Don't know". Scoring itself is src/lib/scoring.ts.
 */
import type { Answers } from '../answers';
import { goalFor, progressToTarget, type TargetProgress } from '../goals';
import { dontKnowStatements, IMPORTANCE, ratingLabel, type Goal } from '../scoring';
import { ratingsOf } from './score-sheet';
import type { ResultsManifest, ResultsOutline } from './manifest';

export interface DimensionTarget {
  id: string;
  title: string;
  chapterHref: string;
  goal: Goal;
  importanceLabel: string;
  targetLabel: string;
  progress: TargetProgress;
}

export interface FrameworkTargets {
  id: string;
  shortTitle: string;
  dimensions: DimensionTarget[];
}

/** Every framework with a scored dimension or a goal set, its dimensions' progress to target. */
export function targetProgress(outline: ResultsOutline, answers: Answers): FrameworkTargets[] {
  const ratingOf = ratingsOf(answers);
  return outline.frameworks.flatMap((f) => {
    const dimensions = f.dimensions.map((d): DimensionTarget => {
      const goal = goalFor(answers, d.id);
      return {
        id: d.id,
        title: d.title,
        chapterHref: d.chapterHref,
        goal,
        importanceLabel: IMPORTANCE.find((i) => i.value === goal.importance)!.label,
        targetLabel: ratingLabel(goal.target),
        progress: progressToTarget(
          d.statements.map((s) => s.id),
          ratingOf,
          goal,
        ),
      };
    });
    const shown = dimensions.some((d) => d.progress.scored > 0 || answers.goals?.[d.id]);
    return shown ? [{ id: f.id, shortTitle: f.shortTitle, dimensions }] : [];
  });
}

export interface FindOutEntry {
  id: string;
  text: string;
  evidence?: string;
  frameworkTitle: string;
  dimensionTitle: string;
  helpHref: string;
}

/** The statements answered "Don't know", in reading order: not knowing is a finding. */
export function findOut(manifest: ResultsManifest, answers: Answers): FindOutEntry[] {
  const ratingOf = ratingsOf(answers);
  return manifest.frameworks.flatMap((f) =>
    f.dimensions.flatMap((d) => {
      const ids = new Set(
        dontKnowStatements(
          d.statements.map((s) => s.id),
          ratingOf,
        ),
      );
      return d.statements
        .filter((s) => ids.has(s.id))
        .map((s) => ({
          id: s.id,
          text: s.text,
          ...(s.evidence ? { evidence: s.evidence } : {}),
          frameworkTitle: f.shortTitle,
          dimensionTitle: d.title,
          helpHref: s.helpHref,
        }));
    }),
  );
}
