import { useId, useState } from 'react';
import { useAnswers } from '../useAnswers';
import { answerField } from '~/lib/early-input';
import type { ChecklistView } from '~/lib/island-props';
import { checklistProgress } from '~/lib/scoring';
import { resetItems, setItemDone, setItemNote } from '~/lib/stores/answers';
import { NoteField } from '../NoteField/NoteField';
import { useEarlyInput } from '../useEarlyInput';
import { ui } from '../ui';
import styles from './Checklist.module.css';

type ResetState = { step: 'idle' } | { step: 'confirm' } | { step: 'done'; undo: () => void };

/** A checklist whose ticks and notes stay in this browser. */
export default function Checklist({ checklist }: { checklist: ChecklistView }) {
  const answers = useAnswers();
  const [reset, setReset] = useState<ResetState>({ step: 'idle' });
  const uid = useId();
  const root = useEarlyInput<HTMLElement>();
  const ids = checklist.items.map((i) => i.id);
  const progress = checklistProgress(ids, (id) => answers.items[id]?.done === true);
  const hasAnswers = ids.some((id) => answers.items[id]);
  const headingId = `${uid}-title`;

  return (
    <section ref={root} className={styles.checklist} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.title}>
        {checklist.title}
      </h3>
      <p className={styles.progress} role="status" data-pagefind-ignore>
        {progress.done} of {progress.total} done{progress.complete ? ' — all done.' : ''}
      </p>
      <progress className={styles.bar} max={progress.total} value={progress.done} aria-hidden="true" />
      <ul className={styles.items}>
        {checklist.items.map((item) => {
          const answer = answers.items[item.id];
          const inputId = `${uid}-${item.id}`;
          return (
            <li key={item.id} className={styles.item}>
              <input
                id={inputId}
                type="checkbox"
                className={styles.box}
                checked={answer?.done ?? false}
                {...answerField('item', item.id)}
                onChange={(e) => setItemDone(item.id, e.currentTarget.checked)}
              />
              <label htmlFor={inputId} className={styles.label}>
                {item.text}
                {item.priority === 'high' && (
                  <span className={styles.priority} data-pagefind-ignore>
                    {' '}
                    Priority
                  </span>
                )}
              </label>
              <NoteField
                label={`Note on: ${item.text}`}
                value={answer?.note ?? ''}
                field={answerField('item-note', item.id)}
                onChange={(note) => setItemNote(item.id, note)}
              />
            </li>
          );
        })}
      </ul>
      <div className={styles.actions} data-pagefind-ignore>
        {reset.step === 'idle' && (
          <button
            type="button"
            className={ui.button}
            disabled={!hasAnswers}
            onClick={() => setReset({ step: 'confirm' })}
          >
            Reset this checklist
          </button>
        )}
        {reset.step === 'confirm' && (
          <div role="group" aria-label="Confirm reset" className={`${ui.actions} ${styles.confirm}`}>
            <p>Clear every tick and note on this checklist?</p>
            <button
              type="button"
              className={ui.button}
              autoFocus
              onClick={() => setReset({ step: 'done', undo: resetItems(ids) })}
            >
              Yes, reset it
            </button>
            <button type="button" className={ui.button} onClick={() => setReset({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        )}
        {reset.step === 'done' && (
          <p role="status" className={`${ui.actions} ${styles.confirm}`}>
            Checklist reset.{' '}
            <button
              type="button"
              className={ui.button}
              onClick={() => {
                reset.undo();
                setReset({ step: 'idle' });
              }}
            >
              Undo
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
