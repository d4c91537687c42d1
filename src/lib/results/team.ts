/**
 * Team view: several members' exported answers, summarised per dimension without
 * singling anyone out.
 *
 * - Each member's scores are worked out here from their answers (scores written in
 *   a file are not trusted).
 * - A dimension shows its median and spread (lowest to highest) only when at least
 *   MIN_RESPONDENTS members scored it: with fewer, a colleague could work out who
 *   answered what.
 * - Disagreement: a spread of DISAGREEMENT_SPREAD points or more (50 = two steps of
 *   the answer scale, e.g. one person answers "routinely", another "sometimes").
 */
import type { Answers } from '../answers';
import { scoreSheet, type ScoreSheet } from './aggregate';
import type { ResultsOutline } from './manifest';

export const MIN_RESPONDENTS = 3;
export const DISAGREEMENT_SPREAD = 50;

/** The middle value (the mean of the middle two for an even count), rounded. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return Math.round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

export type GroupStats =
  | { shown: false; respondents: number }
  | {
      shown: true;
      respondents: number;
      median: number;
      min: number;
      max: number;
      spread: number;
      disagreement: boolean;
    };

/** Median, lowest, highest and spread of the scores given, or nothing with fewer than MIN_RESPONDENTS. */
export function groupStats(scores: readonly (number | null | undefined)[]): GroupStats {
  const values = scores.filter((s): s is number => typeof s === 'number');
  if (values.length < MIN_RESPONDENTS) return { shown: false, respondents: values.length };
  const min = Math.min(...values);
  const max = Math.max(...values);
  return {
    shown: true,
    respondents: values.length,
    median: median(values)!,
    min,
    max,
    spread: max - min,
    disagreement: max - min >= DISAGREEMENT_SPREAD,
  };
}

export interface TeamDimension {
  id: string;
  title: string;
  stats: GroupStats;
}

export interface TeamFramework {
  id: string;
  title: string;
  shortTitle: string;
  overall: GroupStats;
  dimensions: TeamDimension[];
}

/** Team statistics per framework and dimension from each member's score sheet. */
export function teamStatsFromSheets(outline: ResultsOutline, sheets: readonly ScoreSheet[]): TeamFramework[] {
  return outline.frameworks.map((f) => ({
    id: f.id,
    title: f.title,
    shortTitle: f.shortTitle,
    overall: groupStats(sheets.map((s) => s.frameworks[f.id]?.score)),
    dimensions: f.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      stats: groupStats(sheets.map((s) => s.frameworks[f.id]?.dimensions[d.id])),
    })),
  }));
}

/** Team statistics from each member's answers. */
export function teamStats(outline: ResultsOutline, members: readonly Answers[]): TeamFramework[] {
  return teamStatsFromSheets(
    outline,
    members.map((answers) => scoreSheet(outline, answers)),
  );
}
