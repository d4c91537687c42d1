import { ui } from '../ui';

/**
 * Prints the one-page summary (at a glance, next steps, the plan) or the full report.
 * The choice is an attribute on <html> that the page's print styles read, removed
 * once printing is over.
 */
function printReport(kind: 'summary' | 'full') {
  const root = document.documentElement;
  root.dataset.print = kind;
  // Paper cannot be clicked: the full report prints every folded detail open.
  if (kind === 'full')
    for (const details of document.querySelectorAll<HTMLDetailsElement>('.results details')) details.open = true;
  window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  window.print();
}

/** "Print or save as PDF": the summary or the full report. */
export function PrintButtons() {
  return (
    <div className={`${ui.actions} ${ui.noPrint}`}>
      <span>Print or save as PDF:</span>
      <button type="button" className={ui.button} onClick={() => printReport('summary')}>
        One-page summary
      </button>
      <button type="button" className={ui.button} onClick={() => printReport('full')}>
        Full report
      </button>
    </div>
  );
}
