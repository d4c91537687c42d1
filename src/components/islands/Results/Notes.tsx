import type { Answers } from '~/lib/answers';
import type { ResultsManifest } from '~/lib/results/manifest';
import { collectNotes } from '~/lib/results/priorities';
import { ui } from '../ui';
import styles from './Results.module.css';

/** Every note the reader wrote on the chapters, for the report. */
export function Notes({ manifest, answers }: { manifest: ResultsManifest; answers: Answers }) {
  const notes = collectNotes(manifest, answers);
  return (
    <>
      <h3 id="your-notes">Your notes</h3>
      {notes.length === 0 ? (
        <p className={ui.empty}>No notes yet. Add a note to any checklist item or statement on the chapters.</p>
      ) : (
        <ul className={ui.list}>
          {notes.map((n) => (
            <li key={n.id}>
              <a href={n.href}>{n.on}</a> <span className={ui.meta}>{n.frameworkTitle}</span>
              <span className={styles.note}>{n.note}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
