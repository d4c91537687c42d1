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
 * - By role: members may say which role they answer as. Each role group follows the
 *   same anonymity rule, and two role groups whose medians are ROLE_GAP points (one
 *   level of the scale) or more apart are flagged.
 */
import type { Answers } from '../answers';
import { scoreSheet, type ScoreSheet } from './score-sheet';
import type { ResultsOutline } from './manifest';

export const MIN_RESPONDENTS = 3;
export const DISAGREEMENT_SPREAD = 50;
/** One level of the answer scale, in points out of 100. */
export const ROLE_GAP = 25;

/** The roles a reader may answer as, in the order the page lists them. */
export const ROLES = ['owner', 'manager', 'front-line', 'other'] as const;
export type Role = (typeof ROLES)[number];
/** A role group as the page names it. */
export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owners',
  manager: 'Managers',
  'front-line': 'The front line',
  other: 'Others',
};

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

/** A gap between two role groups on one dimension: `higher` scored it `points` above `lower`. */
export interface RoleGap {
  higher: Role;
  lower: Role;
  points: number;
}

export interface TeamDimension {
  id: string;
  title: string;
  stats: GroupStats;
  /** Each role that someone answered as, with its own statistics (shown only for MIN_RESPONDENTS or more). */
  roles: { role: Role; stats: GroupStats }[];
  /** The widest gap between two shown role groups, when it is ROLE_GAP or more. */
  gap: RoleGap | null;
}

/** A member's scores and, if they said, their role. */
export interface MemberSheet {
  sheet: ScoreSheet;
  role?: Role | undefined;
}

/** The widest gap between the shown role groups, if it reaches ROLE_GAP. */
export function roleGap(roles: readonly { role: Role; stats: GroupStats }[]): RoleGap | null {
  const shown = roles.flatMap((r) => (r.stats.shown ? [{ role: r.role, median: r.stats.median }] : []));
  if (shown.length < 2) return null;
  const sorted = [...shown].sort((a, b) => b.median - a.median);
  const high = sorted[0]!;
  const low = sorted.at(-1)!;
  const points = high.median - low.median;
  return points >= ROLE_GAP ? { higher: high.role, lower: low.role, points } : null;
}

function dimensionStats(members: readonly MemberSheet[], score: (sheet: ScoreSheet) => number | null | undefined) {
  const stats = groupStats(members.map((m) => score(m.sheet)));
  const roles = ROLES.filter((role) => members.some((m) => m.role === role)).map((role) => ({
    role,
    stats: groupStats(members.filter((m) => m.role === role).map((m) => score(m.sheet))),
  }));
  return { stats, roles, gap: roleGap(roles) };
}

export interface TeamFramework {
  id: string;
  title: string;
  shortTitle: string;
  overall: GroupStats;
  dimensions: TeamDimension[];
}

/** Team statistics per framework and dimension, overall and by role, from each member's score sheet. */
export function teamStatsFromSheets(
  outline: ResultsOutline,
  members: readonly (MemberSheet | ScoreSheet)[],
): TeamFramework[] {
  const sheets = members.map((m) => ('sheet' in m ? m : { sheet: m }));
  return outline.frameworks.map((f) => ({
    id: f.id,
    title: f.title,
    shortTitle: f.shortTitle,
    overall: groupStats(sheets.map((m) => m.sheet.frameworks[f.id]?.score)),
    dimensions: f.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      ...dimensionStats(sheets, (sheet) => sheet.frameworks[f.id]?.dimensions[d.id]),
    })),
  }));
}

/** Team statistics from each member's answers (and role, if given). */
export function teamStats(
  outline: ResultsOutline,
  members: readonly (Answers | { answers: Answers; role?: Role | undefined })[],
): TeamFramework[] {
  return teamStatsFromSheets(
    outline,
    members.map((m) =>
      'answers' in m ? { sheet: scoreSheet(outline, m.answers), role: m.role } : { sheet: scoreSheet(outline, m) },
    ),
  );
}
