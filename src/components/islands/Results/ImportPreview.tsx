import type { ExportData, ImportSummary } from '~/lib/results/transfer';
import { describeCounts, formatDateTime } from './format';
import { ui } from '../ui';

/** A file chosen for import, read and validated. */
export type Pending = { fileName: string; data: ExportData; summary: ImportSummary };

/** What a chosen file holds, and the choice to replace, merge or cancel. */
export function ImportPreview({
  pending,
  current,
  onApply,
  onCancel,
}: {
  pending: Pending;
  /** What the reader has now, in words. */
  current: string;
  onApply: (mode: 'replace' | 'merge') => void;
  onCancel: () => void;
}) {
  return (
    <div className={ui.success} role="group" aria-label="Import preview">
      <p>
        <strong>{pending.fileName}</strong>, exported on {formatDateTime(pending.summary.exportedAt)}, holds{' '}
        {describeCounts(pending.summary, pending.summary.snapshots)}.
      </p>
      <p>
        <strong>Replace</strong> puts them in place of yours ({current}). <strong>Merge</strong> keeps the more recent
        of each answer and every snapshot.
      </p>
      <div className={ui.actions}>
        <button type="button" className={ui.button} onClick={() => onApply('replace')}>
          Replace my answers
        </button>
        <button type="button" className={ui.button} onClick={() => onApply('merge')}>
          Merge with my answers
        </button>
        <button type="button" className={ui.button} onClick={onCancel}>
          Cancel import
        </button>
      </div>
    </div>
  );
}
