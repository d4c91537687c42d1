/**
 * Ratings kept from an earlier edition of the questions (see LegacyRecord in
 * src/lib/answers.ts), put back beside the questions they answered: the frozen
 * texts of content/archive/, scored with the same formula as today's answers.
 * They are shown as they were, on their own scale, never rescored on the new one.
 */
import type { Answers } from '../answers';
import type { Band } from '../content/schemas';
import { bandFor, isLevel, ratingLabel, scoreAssessment, type Rating } from '../scoring';

/** A frozen edition of the assessments (content/archive/*.yaml). */
export interface ArchivedEdition {
  edition: string;
  frozenOn: string;
  /** The five scale words of that edition, lowest first. */
  scale: string[];
  frameworks: {
    id: string;
    title: string;
    dimensions: { id: string; title: string; statements: { id: string; text: string }[] }[];
  }[];
}

export interface LegacyStatement {
  id: string;
  text: string;
  /** The scale word answered, or null when left unanswered. */
  answer: string | null;
}

export interface LegacyDimension {
  id: string;
  title: string;
  score: number | null;
  statements: LegacyStatement[];
}

export interface LegacyFramework {
  id: string;
  title: string;
  score: number | null;
  band: Band | null;
  dimensions: LegacyDimension[];
}

export interface LegacySnapshot {
  edition: string;
  /** When the last of these ratings was given. */
  answeredAt: string;
  scale: string[];
  /** Frameworks with at least one rating. */
  frameworks: LegacyFramework[];
  /** Ratings kept whose statement the archive does not hold (kept, not shown). */
  unmatched: number;
}

/**
 * The dated snapshots of earlier answers, one per edition the reader answered.
 * `bands` gives each framework's bands by id.
 */
export function legacySnapshots(
  archive: readonly ArchivedEdition[],
  answers: Answers,
  bands: ReadonlyMap<string, readonly Band[]> = new Map(),
): LegacySnapshot[] {
  return Object.entries(answers.legacy ?? {}).flatMap(([edition, record]) => {
    const frozen = archive.find((a) => a.edition === edition);
    if (!frozen) return [];
    const ratingOf = (id: string): Rating | undefined => record.statements[id]?.value;
    const answerText = (rating: Rating | undefined) =>
      rating === undefined ? null : isLevel(rating) ? frozen.scale[rating - 1]! : ratingLabel(rating);
    const known = new Set(frozen.frameworks.flatMap((f) => f.dimensions.flatMap((d) => d.statements.map((s) => s.id))));
    const frameworks = frozen.frameworks.flatMap((f): LegacyFramework[] => {
      if (!f.dimensions.some((d) => d.statements.some((s) => record.statements[s.id]))) return [];
      const score = scoreAssessment(f.dimensions, ratingOf);
      const own = bands.get(f.id) ?? [];
      return [
        {
          id: f.id,
          title: f.title,
          score: score.overall.score,
          band: score.overall.score === null || own.length === 0 ? null : bandFor(score.overall.score, own),
          dimensions: f.dimensions.map((d, i) => ({
            id: d.id,
            title: d.title,
            score: score.dimensions[i]!.score,
            statements: d.statements.map((s) => ({ id: s.id, text: s.text, answer: answerText(ratingOf(s.id)) })),
          })),
        },
      ];
    });
    return [
      {
        edition,
        answeredAt: record.answeredAt,
        scale: frozen.scale,
        frameworks,
        unmatched: Object.keys(record.statements).filter((id) => !known.has(id)).length,
      },
    ];
  });
}
