/**
 * Progress over time: what changed between two score sheets (two snapshots, or a
 * snapshot and now), how many answers differ, and each framework's trend across
 * the snapshots. Pure; the snapshots themselves are ./snapshots.ts.
 */
import type { Answers } from '../answers';
import type { ResultsOutline } from './manifest';
import type { ScoreSheet } from './score-sheet';
import { sortSnapshots, type Snapshot } from './snapshots';

export type Change = 'better' | 'worse' | 'same' | 'new' | 'gone' | 'none';

export interface ScoreChange {
  id: string;
  title: string;
  before: number | null;
  after: number | null;
  /** after − before, when both are scored. */
  delta: number | null;
  change: Change;
}

export interface FrameworkChange extends ScoreChange {
  dimensions: ScoreChange[];
}

function compare(id: string, title: string, before: number | null, after: number | null): ScoreChange {
  const delta = before !== null && after !== null ? after - before : null;
  const change: Change =
    delta !== null
      ? delta > 0
        ? 'better'
        : delta < 0
          ? 'worse'
          : 'same'
      : before === null && after !== null
        ? 'new'
        : before !== null
          ? 'gone'
          : 'none';
  return { id, title, before, after, delta, change };
}

/** What changed between two score sheets, per framework and dimension, in content order. */
export function diffScores(outline: ResultsOutline, before: ScoreSheet, after: ScoreSheet): FrameworkChange[] {
  return outline.frameworks.map((f) => {
    const a = before.frameworks[f.id];
    const b = after.frameworks[f.id];
    return {
      ...compare(f.id, f.title, a?.score ?? null, b?.score ?? null),
      dimensions: f.dimensions.map((d) =>
        compare(d.id, d.title, a?.dimensions[d.id] ?? null, b?.dimensions[d.id] ?? null),
      ),
    };
  });
}

/** How many answers differ between two documents (a rating or tick given, changed or taken away). */
export function answersChanged(before: Answers, after: Answers): { ratings: number; ticks: number } {
  const ids = (a: object, b: object) => new Set([...Object.keys(a), ...Object.keys(b)]);
  let ratings = 0;
  for (const id of ids(before.statements, after.statements))
    if (before.statements[id]?.value !== after.statements[id]?.value) ratings++;
  let ticks = 0;
  for (const id of ids(before.items, after.items))
    if ((before.items[id]?.done ?? false) !== (after.items[id]?.done ?? false)) ticks++;
  return { ratings, ticks };
}

export interface TrendPoint {
  snapshotId: string;
  takenAt: string;
  score: number | null;
}

export interface FrameworkTrend {
  id: string;
  title: string;
  shortTitle: string;
  points: TrendPoint[];
}

/** Each framework's overall score across the snapshots, oldest first. */
export function trend(outline: ResultsOutline, snapshots: readonly Snapshot[]): FrameworkTrend[] {
  const ordered = sortSnapshots(snapshots);
  return outline.frameworks.map((f) => ({
    id: f.id,
    title: f.title,
    shortTitle: f.shortTitle,
    points: ordered.map((s) => ({
      snapshotId: s.id,
      takenAt: s.takenAt,
      score: s.scores.frameworks[f.id]?.score ?? null,
    })),
  }));
}
