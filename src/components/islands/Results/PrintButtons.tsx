import { useEffect } from 'react';
import { ui } from '../ui';

/**
 * Prints the one-page summary (at a glance, next steps, the plan) or the full report.
 * The choice is an attribute on <html> that the page's print styles read, removed
 * once printing is over. The browser's own Print (Ctrl+P) prints the full report.
 */
function printReport(kind: 'summary' | 'full') {
  const root = document.documentElement;
  root.dataset.print = kind;
  window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  window.print();
}

/**
 * Paper cannot be clicked: the full report, however printing started, prints every
 * folded detail open, and the page folds them again once printing is over.
 */
function useDetailsOpenInPrint() {
  useEffect(() => {
    // Printing can begin twice before it ends (a print preview, then the print): fold all at the end.
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      if (document.documentElement.dataset.print === 'summary') return;
      for (const details of document.querySelectorAll<HTMLDetailsElement>('.results details:not([open])')) {
        details.open = true;
        opened.push(details);
      }
    };
    const fold = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', fold);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', fold);
    };
  }, []);
}

/** "Print or save as PDF": the summary or the full report. */
export function PrintButtons() {
  useDetailsOpenInPrint();
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
