/**
 * The worked example of the "How scoring works" page: a small made-up assessment
 * run through the real scoring functions, step by step. The page renders these
 * figures at build time, so it can never disagree with the code.
 */
import { DEFAULT_BANDS } from './content/schemas';
import {
  bandFor,
  IMPORTANCE,
  pointsFor,
  ratingLabel,
  scoreAssessment,
  weakestStatements,
  type Goal,
  type Rating,
} from './scoring';

interface ExampleDimension {
  id: string;
  title: string;
  goal: Goal;
  statements: { id: string; text: string; rating: Rating }[];
}

/** A small shop's answers to two steps: every level, N/A and Don't know appear once or more. */
export const EXAMPLE: readonly ExampleDimension[] = [
  {
    id: 'answer',
    title: 'Answering enquiries',
    goal: { importance: 'normal', target: 4 },
    statements: [
      { id: 'a1', text: 'We reply to emails within the time we have set.', rating: 4 },
      { id: 'a2', text: 'We call back when we miss a call.', rating: 3 },
      { id: 'a3', text: 'We log every complaint in one place.', rating: 'dk' },
    ],
  },
  {
    id: 'follow',
    title: 'Following up',
    goal: { importance: 'high', target: 4 },
    statements: [
      { id: 'f1', text: 'We check back with customers after a repair.', rating: 1 },
      { id: 'f2', text: 'We track how many problems are fixed first time.', rating: 5 },
      { id: 'f3', text: 'We send a reminder before a service is due.', rating: 'na' },
      { id: 'f4', text: 'We thank customers who leave feedback.', rating: 2 },
    ],
  },
];

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Every step of scoring the example: points per answer, step means, the framework mean, band and priorities. */
export function workedExample(dimensions: readonly ExampleDimension[] = EXAMPLE) {
  const statements = dimensions.flatMap((d) => d.statements.map((s) => ({ ...s, dimension: d })));
  const find = (id: string) => statements.find((s) => s.id === id)!;
  const ratingOf = (id: string) => statements.find((s) => s.id === id)?.rating;
  const score = scoreAssessment(dimensions, ratingOf);
  const stepScores = score.dimensions.map((d) => d.score!);
  const overall = score.overall.score!;
  return {
    answers: statements.map((s) => ({ text: s.text, answer: ratingLabel(s.rating), points: pointsFor(s.rating) })),
    steps: dimensions.map((d, i) => {
      const points = d.statements.map((s) => pointsFor(s.rating)).filter((p): p is number => p !== null);
      const tally = score.dimensions[i]!;
      return {
        title: d.title,
        points,
        mean: mean(points),
        score: tally.score!,
        leftOut: tally.notApplicable + tally.dontKnow,
        total: tally.total,
      };
    }),
    framework: { scores: stepScores, mean: mean(stepScores), score: overall, band: bandFor(overall, DEFAULT_BANDS) },
    priorities: weakestStatements(
      statements.map((s) => s.id),
      ratingOf,
      statements.length,
      (id) => find(id).dimension.goal,
    ).map((p) => {
      const importance = IMPORTANCE.find((i) => i.value === p.goal.importance)!;
      return {
        text: find(p.id).text,
        answer: ratingLabel(p.rating),
        target: ratingLabel(p.goal.target),
        levels: p.goal.target - p.rating,
        importance: importance.label,
        weight: importance.weight,
        priority: p.priority,
      };
    }),
  };
}
