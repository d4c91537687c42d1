import { useStore } from '@nanostores/react';
import { EMPTY_ANSWERS, type Answers } from '~/lib/answers';
import { crosswalk, scoreSheet, type ScoreSheet } from '~/lib/results/aggregate';
import type { ResultsManifest } from '~/lib/results/manifest';
import { collectNotes, priorities } from '~/lib/results/priorities';
import { $answers } from '~/lib/stores/answers';
import { ActionPlan } from './ActionPlan';
import { Crosswalk } from './Crosswalk';
import { TraceBack } from './TraceBack';
import { useSharedView } from './useSharedView';
import styles from './Results.module.css';

const EMPTY = () => EMPTY_ANSWERS;

/** Diagnosis beyond a score: the Purpose Centred trace-back, priorities with an action plan, the crosswalk and notes. */
export function ResultsDiagnosis({ manifest }: { manifest: ResultsManifest }) {
  const answers = useStore($answers, { ssr: EMPTY });
  const view = useSharedView(manifest);
  const sheet: ScoreSheet = view.mode === 'shared' ? view.sheet : scoreSheet(manifest, answers);
  const purpose = manifest.frameworks.find((f) => f.id === 'purpose');

  return (
    <>
      <section className={styles.section} aria-labelledby="where-to-start">
        <h2 id="where-to-start">Where to start</h2>
        {purpose && <TraceBack framework={purpose} sheet={sheet} />}
        {view.mode === 'shared' ? (
          <p className={styles.muted}>Priorities and notes come from answers, so they are not part of a shared link.</p>
        ) : (
          <ActionPlan priorities={priorities(manifest, answers)} />
        )}
      </section>
      <section className={`${styles.section} ${styles.noPrint}`} aria-labelledby="across-frameworks">
        <h2 id="across-frameworks">Across frameworks</h2>
        <p>
          Several frameworks look at the same things from different sides. Each theme below gathers the steps that meet
          on it{view.mode === 'shared' ? '' : ', with the answers that feed each one'}.
        </p>
        <Crosswalk themes={crosswalk(manifest, view.mode === 'shared' ? { sheet } : { answers })} />
      </section>
      {view.mode !== 'shared' && <Notes manifest={manifest} answers={answers} />}
    </>
  );
}

function Notes({ manifest, answers }: { manifest: ResultsManifest; answers: Answers }) {
  const notes = collectNotes(manifest, answers);
  return (
    <section className={styles.section} aria-labelledby="your-notes">
      <h2 id="your-notes">Your notes</h2>
      {notes.length === 0 ? (
        <p className={styles.empty}>No notes yet. Add a note to any checklist item or statement on the chapters.</p>
      ) : (
        <ul className={styles.list}>
          {notes.map((n) => (
            <li key={n.id}>
              <a href={n.href}>{n.on}</a> <span className={styles.meta}>{n.frameworkTitle}</span>
              <span className={styles.note}>{n.note}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
