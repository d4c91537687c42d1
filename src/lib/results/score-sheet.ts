/**
 * The score sheet: scores only, keyed by framework and dimension id. A snapshot keeps
 * one, a share link carries one and a team member contributes one, so its shape is a
 * stored format: change it only with a new format version.
 */
import { z } from '~/lib/zod';
import type { Answers } from '../answers';
import { scoreAssessment, type Rating } from '../scoring';
import { PermanentId as Id } from '../stored-fields';
import type { ResultsOutline } from './manifest';

const Score = z.nullable(z.int().check(z.minimum(0), z.maximum(100)));

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

/** The rating a set of answers gives each statement id, as scoring asks for it. */
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
