import { useEffect, useRef, useState } from 'react';
import { useStore } from '../useStore';
import { useAnswers } from '../useAnswers';
import { countAnswers } from '~/lib/answers';
import { NO_SNAPSHOTS } from '~/lib/results/snapshots';
import { createExport, exportFileName, readImportFile } from '~/lib/results/transfer';
import { EMPTY_PLAN } from '~/lib/results/plan';
import { recordExport } from '~/lib/stores/backup';
import { $plan } from '~/lib/stores/plan';
import { $snapshots } from '~/lib/stores/snapshots';
import { $storageHealth, type StorageHealth } from '~/lib/stores/storage';
import { applyImport, eraseAll, storedEntries, type StoredEntry } from '~/lib/stores/your-data';
import { download } from './download';
import { EraseConfirm } from './EraseConfirm';
import { ImportPreview, type Pending } from './ImportPreview';
import { StoredTable } from './StoredTable';
import { describeCounts } from './format';
import { RoleField, useRole } from './RoleField';
import { ui } from '../ui';
import { HEALTH_WORDING } from '~/lib/storage-health';

const NONE = () => NO_SNAPSHOTS;
const NO_PLAN = () => EMPTY_PLAN;
const HEALTHY = (): StorageHealth => 'ok';

type Message = { kind: 'error' | 'done'; text: string; fileName?: string; undo?: () => void };

const describe = describeCounts;

/** "Your data": what is stored in this browser, and export, import and erase. */
export function YourData() {
  const answers = useAnswers();
  const snapshots = useStore($snapshots, { ssr: NONE });
  const health = useStore($storageHealth, { ssr: HEALTHY });
  const plan = useStore($plan, { ssr: NO_PLAN });
  const [entries, setEntries] = useState<StoredEntry[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [confirmErase, setConfirmErase] = useState(false);
  const [role, setRole] = useRole();
  const fileInput = useRef<HTMLInputElement>(null);

  // Storage is read after hydration (the server has none) and again whenever answers or snapshots change.
  useEffect(() => setEntries(storedEntries()), [answers, snapshots, plan]);

  const current = countAnswers(answers);

  /** Export answers: one file with answers, snapshots and the plan (and the role, if chosen). */
  const exportAll = () => {
    const now = new Date();
    download(exportFileName(now), createExport(answers, snapshots, now, plan, role || undefined), 'application/json');
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
    <>
      <p>
        Your answers are stored only in this browser, on this device. Nothing is sent anywhere. Export them to keep a
        copy or to move to another device.
      </p>
      {health === 'blocked' && (
        <p className={ui.warn}>
          <strong>{HEALTH_WORDING.blocked.title}</strong> {HEALTH_WORDING.blocked.detail} Export them before you leave.
        </p>
      )}
      {health === 'full' && (
        <p className={ui.warn}>
          <strong>{HEALTH_WORDING.full.title}</strong> {HEALTH_WORDING.full.detail} Export them.
        </p>
      )}
      <h3 id="stored-here">Stored in this browser</h3>
      <StoredTable entries={entries} />
      <p>You have {describe(current, snapshots.length)}.</p>

      <RoleField role={role} onChange={setRole} />
      <div className={ui.actions}>
        <button type="button" className={ui.primary} onClick={exportAll}>
          Export answers
        </button>
        <button type="button" className={ui.button} onClick={() => fileInput.current?.click()}>
          Import answers
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className={ui.visuallyHidden}
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const input = e.currentTarget;
            void choose(input.files?.[0]).then(() => (input.value = ''));
          }}
        />
        <button type="button" className={ui.danger} onClick={() => setConfirmErase(true)}>
          Erase all answers
        </button>
      </div>

      {pending && (
        <ImportPreview
          pending={pending}
          current={describe(current, snapshots.length)}
          onApply={apply}
          onCancel={() => setPending(null)}
        />
      )}

      {confirmErase && (
        <EraseConfirm
          onErase={() => {
            const undo = eraseAll();
            setConfirmErase(false);
            setPending(null);
            setMessage({ kind: 'done', text: 'Everything the playbook stored in this browser is erased.', undo });
          }}
          onCancel={() => setConfirmErase(false)}
        />
      )}

      <div role="alert">
        {message?.kind === 'error' && (
          <div className={ui.error}>
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
            className={ui.button}
            onClick={() => {
              message.undo!();
              setMessage({ kind: 'done', text: 'Undone: your previous answers are back.' });
            }}
          >
            Undo
          </button>
        )}
      </p>
    </>
  );
}
