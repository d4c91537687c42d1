import type { AssessmentView } from '~/lib/island-props';
import { progressToTarget } from '~/lib/goals';
import {
  bandFor,
  dontKnowStatements,
  ratingLabel,
  weakestStatements,
  type AssessmentScore,
  type Goal,
  type Rating,
  type Tally,
} from '~/lib/scoring';
import { AddToPlan } from '../Plan/AddToPlan';
import { ui } from '../ui';
import styles from './Assessment.module.css';

function describe(tally: Tally): string {
  const parts = [`${tally.answered} of ${tally.total} answered`];
  const left = [
    tally.notApplicable > 0 ? `${tally.notApplicable} not applicable` : '',
    tally.dontKnow > 0 ? `${tally.dontKnow} don’t know` : '',
  ].filter(Boolean);
  if (left.length) parts.push(`${tally.scored} of ${tally.answered} statements scored (${left.join(', ')})`);
  return parts.join('; ');
}

function ScoreLine({
  label,
  tally,
  bands,
  target,
}: {
  label: string;
  tally: Tally;
  bands: AssessmentView['bands'];
  target?: string;
}) {
  const band = tally.score === null ? undefined : bandFor(tally.score, bands);
  return (
    <div className={styles.scoreLine}>
      <dt>{label}</dt>
      <dd>
        <output className={ui.score}>{tally.score === null ? 'No score yet' : `${tally.score} out of 100`}</output>
        {band && (
          <span className={styles.band}>
            {' '}
            — <strong>{band.label}</strong>: {band.meaning}
          </span>
        )}
        <span className={ui.meta}>{describe(tally)}</span>
        {target && <span className={ui.meta}>{target}</span>}
      </dd>
    </div>
  );
}

/** The live score: per dimension and overall, with the weakest statements to work on. */
export function ScoreSummary({
  assessment,
  score,
  ratingOf,
  goalOf,
}: {
  assessment: AssessmentView;
  score: AssessmentScore;
  ratingOf: (id: string) => Rating | undefined;
  goalOf: (statementId: string) => Goal;
}) {
  const statements = assessment.dimensions.flatMap((d) => d.statements);
  const ids = statements.map((s) => s.id);
  const byId = (id: string) => statements.find((s) => s.id === id)!;
  const weakest = weakestStatements(ids, ratingOf, 3, goalOf).map((w) => ({ ...w, statement: byId(w.id) }));
  const unknown = dontKnowStatements(ids, ratingOf).map(byId);
  const targetText = (d: AssessmentView['dimensions'][number]) => {
    const goal = goalOf(d.statements[0]?.id ?? '');
    const progress = progressToTarget(
      d.statements.map((s) => s.id),
      ratingOf,
      goal,
    );
    return `Target: ${ratingLabel(goal.target)} (${progress.targetScore} points); ${progress.atTarget} of ${d.statements.length} statements there.`;
  };
  const single = assessment.dimensions.length === 1;

  return (
    <div className={styles.summary} aria-live="polite" data-pagefind-ignore>
      <h4 className={styles.summaryTitle}>Your score</h4>
      <dl className={styles.scores}>
        {!single &&
          assessment.dimensions.map((d, i) => (
            <ScoreLine
              key={d.id}
              label={d.title}
              tally={score.dimensions[i]!}
              bands={assessment.bands}
              target={targetText(d)}
            />
          ))}
        <ScoreLine
          label={single ? assessment.dimensions[0]!.title : 'Overall'}
          tally={score.overall}
          bands={assessment.bands}
          {...(single ? { target: targetText(assessment.dimensions[0]!) } : {})}
        />
      </dl>
      {weakest.length > 0 && (
        <>
          <h4 className={styles.summaryTitle}>Where to start</h4>
          <ul className={ui.list}>
            {weakest.map(({ statement, rating, goal }) => (
              <li key={statement.id}>
                “{statement.text}” — you answered {ratingLabel(rating).toLowerCase()}; your target is{' '}
                {ratingLabel(goal.target).toLowerCase()}. <a href={statement.helpHref}>How to improve this</a>
                {statement.searchHref && (
                  <>
                    {' · '}
                    <a href={statement.searchHref}>Search related guidance</a>
                  </>
                )}
                <AddToPlan sourceId={statement.id} what={statement.text} href={statement.helpHref} showPlanLink />
              </li>
            ))}
          </ul>
        </>
      )}
      {unknown.length > 0 && (
        <>
          <h4 className={styles.summaryTitle}>Find out</h4>
          <ul className={ui.list}>
            {unknown.map((statement) => (
              <li key={statement.id}>
                “{statement.text}”{statement.evidence && <> — how you would know: {statement.evidence}</>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
