import { planCsv, planMarkdown, planRows } from '~/lib/results/action-plan';
import type { Priorities } from '~/lib/results/priorities';
import { download } from './download';
import styles from './Results.module.css';

/** The weakest statements and the most important actions not yet done, with the plan to download. */
export function ActionPlan({ priorities }: { priorities: Priorities }) {
  const empty = priorities.statements.length === 0 && priorities.actions.length === 0;
  const save = (kind: 'md' | 'csv') => {
    const now = new Date();
    const rows = planRows(priorities, window.location.origin);
    const day = now.toISOString().slice(0, 10);
    if (kind === 'md') download(`action-plan-${day}.md`, planMarkdown(rows, now), 'text/markdown;charset=utf-8');
    else download(`action-plan-${day}.csv`, planCsv(rows), 'text/csv;charset=utf-8');
  };

  return (
    <>
      <h3 id="priorities">Your priorities</h3>
      {empty ? (
        <p className={styles.empty}>
          No answers yet. Your weakest statements and the most important actions still to do will appear here.
        </p>
      ) : (
        <>
          {priorities.statements.length > 0 && (
            <>
              <p>The statements furthest below your target, the most important first:</p>
              <ol className={styles.list} aria-label="Weakest statements">
                {priorities.statements.map((s) => (
                  <li key={s.id}>
                    “{s.text}” — you answered <strong>{s.ratingLabel.toLowerCase()}</strong>.
                    <span className={styles.meta}>
                      {s.frameworkTitle} · {s.dimensionTitle} · <a href={s.helpHref}>How to improve this</a>
                      {s.searchHref && (
                        <>
                          {' · '}
                          <a href={s.searchHref}>Search related guidance</a>
                        </>
                      )}
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}
          {priorities.actions.length > 0 && (
            <>
              <p>Important actions not done yet:</p>
              <ol className={styles.list} aria-label="Important actions not done yet">
                {priorities.actions.map((a) => (
                  <li key={a.id}>
                    {a.text}
                    <span className={styles.meta}>
                      {a.frameworkTitle} · {a.checklistTitle} · <a href={a.helpHref}>How to do this</a>
                      {a.searchHref && (
                        <>
                          {' · '}
                          <a href={a.searchHref}>Search related guidance</a>
                        </>
                      )}
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
      <h3 id="action-plan" className={styles.noPrint}>
        Action plan
      </h3>
      <p className={styles.noPrint}>
        Download these priorities as a plan with a column for an owner and a due date. The file is made in your browser.
      </p>
      <div className={styles.actions}>
        <button type="button" className={styles.button} disabled={empty} onClick={() => save('md')}>
          Download action plan (Markdown)
        </button>
        <button type="button" className={styles.button} disabled={empty} onClick={() => save('csv')}>
          Download action plan (CSV)
        </button>
      </div>
    </>
  );
}
