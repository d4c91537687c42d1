import { useEffect, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import { countAnswers, EMPTY_ANSWERS } from '~/lib/answers';
import { NO_SNAPSHOTS } from '~/lib/results/snapshots';
import {
  createExport,
  exportFileName,
  readImportFile,
  type ExportData,
  type ImportSummary,
} from '~/lib/results/transfer';
import type { ResultsOutline } from '~/lib/results/manifest';
import { $answers } from '~/lib/stores/answers';
import { recordExport } from '~/lib/stores/backup';
import { $snapshots } from '~/lib/stores/snapshots';
import { $storageHealth, type StorageHealth } from '~/lib/stores/storage';
import { applyImport, eraseAll, storedEntries, type StoredEntry } from '~/lib/stores/your-data';
import { download } from './download';
import { formatBytes, formatDateTime, plural } from './format';
import { useSharedView } from './useSharedView';
import styles from './Results.module.css';

const EMPTY = () => EMPTY_ANSWERS;
const NONE = () => NO_SNAPSHOTS;
const HEALTHY = (): StorageHealth => 'ok';

type Pending = { fileName: string; data: ExportData; summary: ImportSummary };
type Message = { kind: 'error' | 'done'; text: string; fileName?: string; undo?: () => void };

const describe = (c: { ticked: number; rated: number; notes: number }, snapshots: number) =>
  `${plural(c.ticked, 'tick')}, ${plural(c.rated, 'rating')}, ${plural(c.notes, 'note')} and ${plural(snapshots, 'snapshot')}`;

/** "Your data": what is stored in this browser, and export, import and erase. */
export function YourData({ outline }: { outline: ResultsOutline }) {
  const answers = useStore($answers, { ssr: EMPTY });
  const snapshots = useStore($snapshots, { ssr: NONE });
  const health = useStore($storageHealth, { ssr: HEALTHY });
  const view = useSharedView(outline);
  const [entries, setEntries] = useState<StoredEntry[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [confirmErase, setConfirmErase] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  // Storage is read after hydration (the server has none) and again whenever answers or snapshots change.
  useEffect(() => setEntries(storedEntries()), [answers, snapshots]);
  if (view.mode === 'shared') return null;

  const current = countAnswers(answers);
  const total = entries.reduce((n, e) => n + e.bytes, 0);

  const exportAll = () => {
    const now = new Date();
    download(exportFileName(now), createExport(answers, snapshots, now), 'application/json');
    recordExport(answers, snapshots, now);
    setMessage({ kind: 'done', text: `Exported ${describe(current, snapshots.length)}.` });
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setPending(null);
    const result = await readImportFile(file);
    if (result.ok) {
      setMessage(null);
      setPending({ fileName: file.name, data: result.data, summary: result.summary });
    } else setMessage({ kind: 'error', text: result.message, fileName: file.name });
  };

  const apply = (mode: 'replace' | 'merge') => {
    if (!pending) return;
    const undo = applyImport(pending.data, mode);
    setPending(null);
    setMessage({
      kind: 'done',
      text: `${mode === 'replace' ? 'Replaced your answers with' : 'Merged in'} ${describe(pending.summary, pending.summary.snapshots)} from ${pending.fileName}.`,
      undo,
    });
  };

  return (
    <section className={`${styles.section} ${styles.noPrint}`} aria-labelledby="your-data">
      <h2 id="your-data">Your data</h2>
      <p>
        Your answers are stored only in this browser, on this device. Nothing is sent anywhere. Export them to keep a
        copy or to move to another device.
      </p>
      {health === 'blocked' && (
        <p className={styles.callout}>
          This browser is blocking storage for this site: your answers last only while the page is open. Export them
          before you leave.
        </p>
      )}
      {health === 'full' && (
        <p className={styles.callout}>
          This browser’s storage is full: your latest answers are not saved. Export them.
        </p>
      )}
      <h3 id="stored-here">Stored in this browser</h3>
      {entries.length === 0 ? (
        <p className={styles.empty}>Nothing is stored by the playbook in this browser.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className={styles.visuallyHidden}>What the playbook stores in this browser</caption>
            <thead>
              <tr>
                <th scope="col">Name (key)</th>
                <th scope="col" className={styles.number}>
                  Size
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.key}>
                  <td>
                    <code>{e.key}</code>
                  </td>
                  <td className={styles.number}>{formatBytes(e.bytes)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td className={styles.number}>{formatBytes(total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p>You have {describe(current, snapshots.length)}.</p>

      <div className={styles.actions}>
        <button type="button" className={styles.primary} onClick={exportAll}>
          Export answers
        </button>
        <button type="button" className={styles.button} onClick={() => fileInput.current?.click()}>
          Import answers
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className={styles.visuallyHidden}
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const input = e.currentTarget;
            void choose(input.files?.[0]).then(() => (input.value = ''));
          }}
        />
        <button type="button" className={styles.danger} onClick={() => setConfirmErase(true)}>
          Erase all answers
        </button>
      </div>

      {pending && (
        <div className={styles.notice} role="group" aria-label="Import preview">
          <p>
            <strong>{pending.fileName}</strong>, exported on {formatDateTime(pending.summary.exportedAt)}, holds{' '}
            {describe(pending.summary, pending.summary.snapshots)}.
          </p>
          <p>
            <strong>Replace</strong> puts them in place of yours ({describe(current, snapshots.length)}).{' '}
            <strong>Merge</strong> keeps the more recent of each answer and every snapshot.
          </p>
          <div className={styles.actions}>
            <button type="button" className={styles.button} onClick={() => apply('replace')}>
              Replace my answers
            </button>
            <button type="button" className={styles.button} onClick={() => apply('merge')}>
              Merge with my answers
            </button>
            <button type="button" className={styles.button} onClick={() => setPending(null)}>
              Cancel import
            </button>
          </div>
        </div>
      )}

      {confirmErase && (
        <div className={styles.alert} role="group" aria-label="Confirm erase">
          <p>
            Erase every answer, note and snapshot the playbook keeps in this browser? Export them first if you may want
            them back. Nothing else in your browser is touched.
          </p>
          <div className={styles.actions}>
            <button
              type="button"
              className={styles.danger}
              autoFocus
              onClick={() => {
                const undo = eraseAll();
                setConfirmErase(false);
                setPending(null);
                setMessage({ kind: 'done', text: 'Everything the playbook stored in this browser is erased.', undo });
              }}
            >
              Yes, erase everything
            </button>
            <button type="button" className={styles.button} onClick={() => setConfirmErase(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}

      <div role="alert">
        {message?.kind === 'error' && (
          <div className={styles.alert}>
            <p>
              <strong>Import refused{message.fileName ? `: ${message.fileName}` : ''}.</strong> {message.text}
            </p>
          </div>
        )}
      </div>
      <p role="status">
        {message?.kind === 'done' && message.text}{' '}
        {message?.kind === 'done' && message.undo && (
          <button
            type="button"
            className={styles.button}
            onClick={() => {
              message.undo!();
              setMessage({ kind: 'done', text: 'Undone: your previous answers are back.' });
            }}
          >
            Undo
          </button>
        )}
      </p>
    </section>
  );
}
