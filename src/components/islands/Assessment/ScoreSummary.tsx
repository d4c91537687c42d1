import type { AssessmentView } from '~/lib/island-props';
import { bandFor, ratingLabel, weakestStatements, type AssessmentScore, type Rating, type Tally } from '~/lib/scoring';
import { AddToPlan } from '../Plan/AddToPlan';
import styles from './Assessment.module.css';

function describe(tally: Tally): string {
  const parts = [`${tally.answered} of ${tally.total} answered`];
  if (tally.notApplicable > 0)
    parts.push(`${tally.scored} of ${tally.answered} statements scored (${tally.notApplicable} not applicable)`);
  return parts.join('; ');
}

function ScoreLine({ label, tally, bands }: { label: string; tally: Tally; bands: AssessmentView['bands'] }) {
  const band = tally.score === null ? undefined : bandFor(tally.score, bands);
  return (
    <div className={styles.scoreLine}>
      <dt>{label}</dt>
      <dd>
        <output className={styles.score}>{tally.score === null ? 'No score yet' : `${tally.score} out of 100`}</output>
        {band && (
          <span className={styles.band}>
            {' '}
            — <strong>{band.label}</strong>: {band.meaning}
          </span>
        )}
        <span className={styles.counts}>{describe(tally)}</span>
      </dd>
    </div>
  );
}

/** The live score: per dimension and overall, with the weakest statements to work on. */
export function ScoreSummary({
  assessment,
  score,
  ratingOf,
}: {
  assessment: AssessmentView;
  score: AssessmentScore;
  ratingOf: (id: string) => Rating | undefined;
}) {
  const statements = assessment.dimensions.flatMap((d) => d.statements);
  const weakest = weakestStatements(
    statements.map((s) => s.id),
    ratingOf,
  ).map((w) => ({ ...w, statement: statements.find((s) => s.id === w.id)! }));
  const single = assessment.dimensions.length === 1;

  return (
    <div className={styles.summary} aria-live="polite" data-pagefind-ignore>
      <h4 className={styles.summaryTitle}>Your score</h4>
      <dl className={styles.scores}>
        {!single &&
          assessment.dimensions.map((d, i) => (
            <ScoreLine key={d.id} label={d.title} tally={score.dimensions[i]!} bands={assessment.bands} />
          ))}
        <ScoreLine
          label={single ? assessment.dimensions[0]!.title : 'Overall'}
          tally={score.overall}
          bands={assessment.bands}
        />
      </dl>
      {weakest.length > 0 && (
        <>
          <h4 className={styles.summaryTitle}>Where to start</h4>
          <ul className={styles.weakest}>
            {weakest.map(({ statement, rating }) => (
              <li key={statement.id}>
                “{statement.text}” — you answered {ratingLabel(rating).toLowerCase()}.{' '}
                <a href={statement.helpHref}>How to improve this</a>
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
    </div>
  );
}
