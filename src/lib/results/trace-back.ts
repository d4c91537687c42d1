/**
 * Trace-back, for a framework whose steps are levels built from the bottom up
 * (content/frameworks.yaml `levelsBuiltBottomUp`; today Purpose Centred, whose model
 * says poor service can be traced back down its levels): a level stands on the ones
 * below it. So a strong upper level over a weak foundation is a warning sign, and
 * the place to start is the lowest weak level, not the most visible one. The levels
 * are that assessment's dimensions in content order, which content/ keeps bottom-up
 * (one source for the order; tests/unit/results-aggregate.test.ts pins it).
 *
 * Thresholds (documented on the page too):
 * - a level is weak when it scores under WEAK_BELOW (60: between "usually", 50,
 *   and "routinely", 75 — the level is not yet mostly in place);
 * - a higher level is flagged when it scores at least GAP (25 points, one step of
 *   the answer scale) above a weak level beneath it.
 */

export const WEAK_BELOW = 60;
export const GAP = 25;

export interface LevelInput {
  id: string;
  title: string;
  score: number | null;
}

export interface LevelResult extends LevelInput {
  weak: boolean;
}

export interface Mismatch {
  /** The level that scores well. */
  higher: LevelInput;
  /** The lowest weak level beneath it. */
  foundation: LevelInput;
  /** Points between them. */
  gap: number;
}

export interface TraceBack {
  /** Bottom-up, as given. */
  levels: LevelResult[];
  /** The lowest weak level: where to start. */
  startAt: LevelInput | null;
  /** Higher levels that score well above a weaker foundation, lowest foundation first. */
  mismatches: Mismatch[];
  /** Levels without a score yet (they can be neither weak nor strong). */
  unscored: LevelInput[];
}

/** Reads the levels bottom-up and says where to start and which upper scores stand on weak ground. */
export function traceBack(levels: readonly LevelInput[]): TraceBack {
  const results = levels.map((l) => ({ ...l, weak: l.score !== null && l.score < WEAK_BELOW }));
  const mismatches: Mismatch[] = [];
  results.forEach((higher, j) => {
    if (higher.score === null) return;
    const foundation = results
      .slice(0, j)
      .find((lower) => lower.weak && lower.score !== null && higher.score! - lower.score >= GAP);
    if (foundation)
      mismatches.push({ higher: strip(higher), foundation: strip(foundation), gap: higher.score - foundation.score! });
  });
  const order = new Map(results.map((l, i) => [l.id, i]));
  mismatches.sort(
    (a, b) =>
      order.get(a.foundation.id)! - order.get(b.foundation.id)! || order.get(a.higher.id)! - order.get(b.higher.id)!,
  );
  const start = results.find((l) => l.weak);
  return {
    levels: results,
    startAt: start ? strip(start) : null,
    mismatches,
    unscored: results.filter((l) => l.score === null).map(strip),
  };
}

const strip = ({ id, title, score }: LevelInput): LevelInput => ({ id, title, score });

/** The Purpose Centred levels (the assessment's dimensions, bottom-up as content orders them) with their scores. */
export function purposeLevels(
  dimensions: readonly { id: string; title: string }[],
  scoreOf: (id: string) => number | null,
): LevelInput[] {
  return dimensions.map(({ id, title }) => ({ id, title, score: scoreOf(id) }));
}

/** The mismatches gathered per weak foundation, lowest foundation first: one warning each. */
export function groupByFoundation(mismatches: readonly Mismatch[]): { foundation: LevelInput; higher: LevelInput[] }[] {
  const groups: { foundation: LevelInput; higher: LevelInput[] }[] = [];
  for (const m of mismatches) {
    const group = groups.find((g) => g.foundation.id === m.foundation.id);
    if (group) group.higher.push(m.higher);
    else groups.push({ foundation: m.foundation, higher: [m.higher] });
  }
  return groups;
}
