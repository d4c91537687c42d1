/**
 * What to work on first: the statements furthest below the reader's target,
 * weighted by the dimension's importance (through scoring's weakestStatements), and the most important actions not yet done (unticked
 * high-priority checklist items, those under the weakest dimensions first).
 * Also the reader's notes, gathered for the report.
 */
import type { Answers } from '../answers';
import { goalsByStatement } from '../goals';
import { ratingLabel, scoreAssessment, weakestStatements, type Goal, type Level } from '../scoring';
import { ratingsOf } from './score-sheet';
import type { ResultsFramework, ResultsManifest } from './manifest';

const MAX_PRIORITIES = 5;

export interface WeakStatementPriority {
  kind: 'statement';
  id: string;
  text: string;
  rating: Level;
  ratingLabel: string;
  /** The dimension's importance and target. */
  goal: Goal;
  targetLabel: string;
  /** Importance weight × levels short of the target. */
  priority: number;
  frameworkId: string;
  frameworkTitle: string;
  dimensionTitle: string;
  helpHref: string;
  searchHref?: string;
}

export interface ActionPriority {
  kind: 'action';
  id: string;
  text: string;
  frameworkId: string;
  frameworkTitle: string;
  checklistTitle: string;
  helpHref: string;
  searchHref?: string;
}

export interface Priorities {
  statements: WeakStatementPriority[];
  actions: ActionPriority[];
}

/** A framework counts as started once any of its statements is rated or any of its items ticked or noted. */
function started(framework: ResultsFramework, answers: Answers): boolean {
  return (
    framework.dimensions.some((d) => d.statements.some((s) => answers.statements[s.id])) ||
    framework.checklists.some((c) => c.items.some((i) => answers.items[i.id]))
  );
}

/**
 * Up to `limit` statements below their target (importance × distance to target,
 * largest first; see scoring's priorityOf) and up to
 * `limit` unticked high-priority actions from the frameworks the reader has started,
 * ordered by the score of the dimension they belong to (lowest first; unscored last).
 */
export function priorities(manifest: ResultsManifest, answers: Answers, limit = MAX_PRIORITIES): Priorities {
  const ratingOf = ratingsOf(answers);
  const statements = manifest.frameworks.flatMap((f) =>
    f.dimensions.flatMap((d) => d.statements.map((s) => ({ statement: s, framework: f, dimension: d }))),
  );
  const byId = new Map(statements.map((s) => [s.statement.id, s]));
  const weakest = weakestStatements(
    statements.map((s) => s.statement.id),
    ratingOf,
    limit,
    goalsByStatement(
      answers,
      manifest.frameworks.flatMap((f) => f.dimensions),
    ),
  ).map(({ id, rating, goal, priority }): WeakStatementPriority => {
    const { statement, framework, dimension } = byId.get(id)!;
    return {
      kind: 'statement',
      id,
      text: statement.text,
      rating,
      ratingLabel: ratingLabel(rating),
      goal,
      targetLabel: ratingLabel(goal.target),
      priority,
      frameworkId: framework.id,
      frameworkTitle: framework.shortTitle,
      dimensionTitle: dimension.title,
      helpHref: statement.helpHref,
      ...(statement.searchHref ? { searchHref: statement.searchHref } : {}),
    };
  });

  const candidates = manifest.frameworks
    .filter((f) => started(f, answers))
    .flatMap((f) => {
      const score = scoreAssessment(f.dimensions, ratingOf);
      const dimensionScore = new Map(score.dimensions.map((d) => [d.id, d.score]));
      return f.checklists.flatMap((c) => {
        const weight = (c.dimensionId ? dimensionScore.get(c.dimensionId) : score.overall.score) ?? null;
        return c.items
          .filter((item) => item.priority === 'high' && answers.items[item.id]?.done !== true)
          .map((item) => ({ item, checklist: c, framework: f, weight }));
      });
    });
  const actions = candidates
    .map((c, index) => ({ ...c, index }))
    .sort((a, b) => (a.weight ?? 101) - (b.weight ?? 101) || a.index - b.index)
    .slice(0, limit)
    .map(({ item, checklist, framework }): ActionPriority => ({
      kind: 'action',
      id: item.id,
      text: item.text,
      frameworkId: framework.id,
      frameworkTitle: framework.shortTitle,
      checklistTitle: checklist.title,
      helpHref: item.helpHref,
      ...(item.searchHref ? { searchHref: item.searchHref } : {}),
    }));

  return { statements: weakest, actions };
}

export interface NoteEntry {
  id: string;
  /** The statement or checklist item the note is on. */
  on: string;
  note: string;
  frameworkTitle: string;
  href: string;
}

/** Every note the reader wrote, in content order. Notes on ids the content no longer has are left out here (they stay in storage and exports). */
export function collectNotes(manifest: ResultsManifest, answers: Answers): NoteEntry[] {
  return manifest.frameworks.flatMap((f) => [
    ...f.dimensions.flatMap((d) =>
      d.statements.flatMap((s) => {
        const note = answers.statements[s.id]?.note;
        return note ? [{ id: s.id, on: s.text, note, frameworkTitle: f.shortTitle, href: s.helpHref }] : [];
      }),
    ),
    ...f.checklists.flatMap((c) =>
      c.items.flatMap((i) => {
        const note = answers.items[i.id]?.note;
        return note ? [{ id: i.id, on: i.text, note, frameworkTitle: f.shortTitle, href: i.helpHref }] : [];
      }),
    ),
  ]);
}
