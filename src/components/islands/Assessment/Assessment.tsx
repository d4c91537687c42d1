import { useId } from 'react';
import { useAnswers } from '../useAnswers';
import { answerField } from '~/lib/early-input';
import { goalsByStatement } from '~/lib/goals';
import type { AssessmentView } from '~/lib/island-props';
import { scoreAssessment } from '~/lib/scoring';
import { rateStatement, setStatementNote } from '~/lib/stores/answers';
import { NoteField } from '../NoteField/NoteField';
import { useEarlyInput } from '../useEarlyInput';
import { ScaleChangeNotice } from '../ScaleChangeNotice/ScaleChangeNotice';
import { CHOICES, GoalControls, ScaleKey } from './PracticeScale';
import { ScoreSummary } from './ScoreSummary';
import { ui } from '../ui';
import styles from './Assessment.module.css';

/** A self-assessment: say how established each practice is; scores update as you go and stay in this browser. */
export default function Assessment({ assessment }: { assessment: AssessmentView }) {
  const answers = useAnswers();
  const uid = useId();
  const root = useEarlyInput<HTMLElement>();
  const ratingOf = (id: string) => answers.statements[id]?.value;
  const score = scoreAssessment(assessment.dimensions, ratingOf);
  const goalOf = goalsByStatement(answers, assessment.dimensions);
  const single = assessment.dimensions.length === 1;
  const headingId = `${uid}-title`;
  const keyId = (value: string | number) => `${uid}-level-${value}`;

  return (
    <section ref={root} className={styles.assessment} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.title}>
        {single ? `Rate yourself: ${assessment.dimensions[0]!.title}` : assessment.title}
      </h3>
      <ScaleChangeNotice />
      <p className={`${ui.hint} ${styles.intro}`} data-pagefind-ignore>
        How established is each practice where you work? Choose “Not applicable” when it does not fit your situation,
        and “Don’t know” when you cannot tell: both are left out of your score, and what you don’t know is listed to
        find out.
      </p>
      <ScaleKey idOf={keyId} />
      {assessment.dimensions.map((dimension) => (
        <div key={dimension.id} className={styles.dimension}>
          {!single && (
            <h4 className={styles.dimensionTitle}>
              <a href={dimension.chapterHref}>{dimension.title}</a>
            </h4>
          )}
          {dimension.statements.map((statement) => {
            const answer = answers.statements[statement.id];
            const name = `${uid}-${statement.id}`;
            return (
              <fieldset key={statement.id} className={styles.statement}>
                <legend className={styles.legend}>{statement.text}</legend>
                {statement.evidence && (
                  <p className={`${ui.hint} ${styles.evidence}`}>How you would know: {statement.evidence}</p>
                )}
                <div className={styles.scale} data-pagefind-ignore>
                  {CHOICES.map((choice) => (
                    <label key={choice.value} className={styles.choice}>
                      <input
                        type="radio"
                        name={name}
                        value={String(choice.value)}
                        aria-describedby={keyId(choice.value)}
                        checked={answer?.value === choice.value}
                        {...answerField('rating', statement.id)}
                        onChange={() => rateStatement(statement.id, choice.value)}
                      />
                      <span>
                        {choice.label}
                        <span className={styles.choiceHint} aria-hidden="true">
                          {choice.description}
                        </span>
                      </span>
                    </label>
                  ))}
                </div>
                <NoteField
                  label={`Note on: ${statement.text}`}
                  value={answer?.note ?? ''}
                  field={answerField('statement-note', statement.id)}
                  onChange={(note) => setStatementNote(statement.id, note)}
                />
              </fieldset>
            );
          })}
          <GoalControls dimension={dimension} goal={goalOf(dimension.statements[0]?.id ?? '')} />
        </div>
      ))}
      <ScoreSummary assessment={assessment} score={score} ratingOf={ratingOf} goalOf={goalOf} />
    </section>
  );
}
