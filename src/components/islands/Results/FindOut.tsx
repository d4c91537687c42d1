import { useAnswers } from '../useAnswers';
import type { ResultsManifest } from '~/lib/results/manifest';
import { findOut } from '~/lib/results/targets';
import { useSharedView } from './useSharedView';
import { ui } from '../ui';
import styles from './Results.module.css';

/** "Find out": every statement answered "Don't know". Not knowing is a finding too. */
export function FindOut({ manifest }: { manifest: ResultsManifest }) {
  const answers = useAnswers();
  const view = useSharedView(manifest);
  if (view.mode === 'shared') return null;
  const entries = findOut(manifest, answers);
  return (
    <section className={styles.section} aria-labelledby="find-out">
      <h2 id="find-out">Find out</h2>
      {entries.length === 0 ? (
        <p className={ui.empty}>Nothing to find out: you have not answered “Don’t know” to any statement.</p>
      ) : (
        <>
          <p>
            You answered “Don’t know” to these. They are left out of your scores; ask the person who would know, or look
            for the evidence, then answer them.
          </p>
          <ul className={ui.list}>
            {entries.map((e) => (
              <li key={e.id}>
                <a href={e.helpHref}>{e.text}</a>{' '}
                <span className={ui.meta}>
                  {e.frameworkTitle} · {e.dimensionTitle}
                </span>
                {e.evidence && <span className={styles.note}>How you would know: {e.evidence}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
