import { answerField } from '~/lib/early-input';
import {
  DONT_KNOW,
  DONT_KNOW_DESCRIPTION,
  DONT_KNOW_LABEL,
  IMPORTANCE,
  NOT_APPLICABLE,
  NOT_APPLICABLE_DESCRIPTION,
  NOT_APPLICABLE_LABEL,
  SCALE,
  type Goal,
  type Importance,
  type Level,
  type Rating,
} from '~/lib/scoring';
import type { DimensionView } from '~/lib/island-props';
import { setGoal } from '~/lib/stores/answers';
import { ui } from '../ui';
import styles from './Assessment.module.css';

/** Every answer a statement can get: the five levels, then Not applicable and Don't know. */
export const CHOICES: { value: Rating; label: string; description: string }[] = [
  ...SCALE.map(({ value, label, description }) => ({ value, label, description })),
  { value: NOT_APPLICABLE, label: NOT_APPLICABLE_LABEL, description: NOT_APPLICABLE_DESCRIPTION },
  { value: DONT_KNOW, label: DONT_KNOW_LABEL, description: DONT_KNOW_DESCRIPTION },
];

/** What each answer means, once per assessment; each radio points to its line here. */
export function ScaleKey({ idOf }: { idOf: (value: Rating) => string }) {
  return (
    <details className={styles.key} data-pagefind-ignore>
      <summary>What the answers mean</summary>
      <dl>
        {CHOICES.map((c) => (
          <div key={c.value}>
            <dt>{c.label}</dt>
            <dd id={idOf(c.value)}>{c.description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** A labelled select of one goal setting; `field` names the answer so early input is kept. */
function GoalSelect({
  label,
  field,
  value,
  options,
  onChange,
}: {
  label: string;
  field: Record<string, string>;
  value: string | number;
  options: readonly { value: string | number; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select className={ui.input} {...field} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The reader's importance and target level for one dimension: they decide what comes first. */
export function GoalControls({ dimension, goal }: { dimension: DimensionView; goal: Goal }) {
  return (
    <div className={styles.goals} data-pagefind-ignore>
      <GoalSelect
        label={`How important is “${dimension.title}” to you?`}
        field={answerField('importance', dimension.id)}
        value={goal.importance}
        options={IMPORTANCE}
        onChange={(importance) => setGoal(dimension.id, { importance: importance as Importance })}
      />
      <GoalSelect
        label={`Your target for “${dimension.title}”`}
        field={answerField('target', dimension.id)}
        value={goal.target}
        options={SCALE}
        onChange={(target) => setGoal(dimension.id, { target: Number(target) as Level })}
      />
    </div>
  );
}
