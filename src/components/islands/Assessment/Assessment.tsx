import { useId } from 'react';
import { useStore } from '@nanostores/react';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { answerField } from '~/lib/early-input';
import type { AssessmentView } from '~/lib/island-props';
import { NOT_APPLICABLE, NOT_APPLICABLE_LABEL, SCALE, scoreAssessment, type Rating } from '~/lib/scoring';
import { $answers, rateStatement, setStatementNote } from '~/lib/stores/answers';
import { NoteField } from '../NoteField/NoteField';
import { useEarlyInput } from '../useEarlyInput';
import { ScoreSummary } from './ScoreSummary';
import styles from './Assessment.module.css';

const CHOICES: { value: Rating; label: string }[] = [
  ...SCALE.map(({ value, label }) => ({ value, label })),
  { value: NOT_APPLICABLE, label: NOT_APPLICABLE_LABEL },
];

/** A self-assessment: rate each statement; scores update as you go and stay in this browser. */
export default function Assessment({ assessment }: { assessment: AssessmentView }) {
  const answers = useStore($answers, { ssr: () => EMPTY_ANSWERS });
  const uid = useId();
  const root = useEarlyInput<HTMLElement>();
  const ratingOf = (id: string) => answers.statements[id]?.value;
  const score = scoreAssessment(assessment.dimensions, ratingOf);
  const single = assessment.dimensions.length === 1;
  const headingId = `${uid}-title`;

  return (
    <section ref={root} className={styles.assessment} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.title}>
        {single ? `Rate yourself: ${assessment.dimensions[0]!.title}` : assessment.title}
      </h3>
      <p className={styles.intro} data-pagefind-ignore>
        How far do you agree with each statement? Choose “Not applicable” when it does not fit your situation: it is
        left out of your score.
      </p>
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
                <div className={styles.scale} data-pagefind-ignore>
                  {CHOICES.map((choice) => (
                    <label key={choice.value} className={styles.choice}>
                      <input
                        type="radio"
                        name={name}
                        value={String(choice.value)}
                        checked={answer?.value === choice.value}
                        {...answerField('rating', statement.id)}
                        onChange={() => rateStatement(statement.id, choice.value)}
                      />
                      <span>{choice.label}</span>
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
        </div>
      ))}
      <ScoreSummary assessment={assessment} score={score} ratingOf={ratingOf} />
    </section>
  );
}
