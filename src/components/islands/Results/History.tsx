import { useId, useState } from 'react';
import { useStore } from '../useStore';
import { useAnswers } from '../useAnswers';
import { hasAnyAnswer } from '~/lib/results/aggregate';
import type { ResultsOutline } from '~/lib/results/manifest';
import { NO_SNAPSHOTS } from '~/lib/results/snapshots';
import { $snapshots, deleteSnapshot, saveSnapshot } from '~/lib/stores/snapshots';
import { CheckIn } from './CheckIn';
import { Compare } from './Compare';
import { snapshotName } from './format';
import { TrendCharts } from './TrendCharts';
import { useSharedView } from './useSharedView';
import { DataTable } from '../DataTable';
import { ui } from '../ui';

const NONE = () => NO_SNAPSHOTS;

/** History: dated snapshots, a comparison of any two, a trend per framework and the next check-in. */
export function History({ outline }: { outline: ResultsOutline }) {
  const answers = useAnswers();
  const snapshots = useStore($snapshots, { ssr: NONE });
  const view = useSharedView(outline);
  const [label, setLabel] = useState('');
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<(() => void) | null>(null);
  const uid = useId();
  if (view.mode === 'shared') return null;

  const save = () => {
    saveSnapshot(outline, answers, label);
    setLabel('');
    setUndo(null);
    setStatus('Snapshot saved.');
  };

  return (
    <>
      <p>
        Save a snapshot of your scores and answers now and then — before and after a change, or at each check-in — to
        see what moved. Snapshots stay in this browser and go into “Export answers”.
      </p>
      <div className={`${ui.row} ${ui.noPrint}`}>
        <div className={ui.field}>
          <label htmlFor={`${uid}-label`}>Name for the snapshot (optional)</label>
          <input
            id={`${uid}-label`}
            type="text"
            maxLength={200}
            value={label}
            placeholder="e.g. Before the spring training"
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
        </div>
        <div className={ui.actions}>
          <button type="button" className={ui.primary} disabled={!hasAnyAnswer(answers)} onClick={save}>
            Save a snapshot
          </button>
        </div>
      </div>
      <p role="status" className={ui.hint}>
        {status}{' '}
        {undo && (
          <button
            type="button"
            className={ui.button}
            onClick={() => {
              undo();
              setUndo(null);
              setStatus('Snapshot restored.');
            }}
          >
            Undo
          </button>
        )}
      </p>

      <h3 id="snapshots">Your snapshots</h3>
      {snapshots.length === 0 ? (
        <p className={ui.empty}>No snapshots yet.</p>
      ) : (
        <DataTable
          caption="Saved snapshots"
          hideCaption
          stack
          columns={[
            'Snapshot',
            ...outline.frameworks.map((f) => ({ label: f.shortTitle, numeric: true })),
            <span className={ui.visuallyHidden}>Actions</span>,
          ]}
        >
          {[...snapshots].reverse().map((s) => (
            <tr key={s.id}>
              <th scope="row">{snapshotName(s)}</th>
              {outline.frameworks.map((f) => (
                <td key={f.id} className={ui.number} data-label={f.shortTitle}>
                  {s.scores.frameworks[f.id]?.score ?? '—'}
                </td>
              ))}
              <td>
                <button
                  type="button"
                  className={ui.button}
                  aria-label={`Delete snapshot ${snapshotName(s)}`}
                  onClick={() => {
                    const restore = deleteSnapshot(s.id);
                    setUndo(() => restore);
                    setStatus(`Snapshot of ${snapshotName(s)} deleted.`);
                  }}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}

      {snapshots.length > 0 && <Compare outline={outline} snapshots={snapshots} />}
      {snapshots.length > 0 && <TrendCharts outline={outline} snapshots={snapshots} />}
      <div className={ui.noPrint}>
        <CheckIn />
      </div>
    </>
  );
}
