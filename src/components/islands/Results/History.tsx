import { useEffect, useId, useState } from 'react';
import { useStore } from '@nanostores/react';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { hasAnyAnswer, scoreSheet } from '~/lib/results/aggregate';
import { checkInCalendar, CHECK_IN_DAYS, daysFrom } from '~/lib/results/calendar';
import type { ResultsOutline } from '~/lib/results/manifest';
import { answersChanged, diffScores, NO_SNAPSHOTS, type Snapshot } from '~/lib/results/snapshots';
import { $answers } from '~/lib/stores/answers';
import { $snapshots, deleteSnapshot, saveSnapshot } from '~/lib/stores/snapshots';
import { download } from './download';
import { changeText, formatDateTime, plural } from './format';
import { TrendCharts } from './TrendCharts';
import { useSharedView } from './useSharedView';
import styles from './Results.module.css';

const EMPTY = () => EMPTY_ANSWERS;
const NONE = () => NO_SNAPSHOTS;
const NOW = 'now';

const snapshotName = (s: Snapshot) => `${formatDateTime(s.takenAt)}${s.label ? ` — ${s.label}` : ''}`;

/** History: dated snapshots, a comparison of any two, a trend per framework and the next check-in. */
export function History({ outline }: { outline: ResultsOutline }) {
  const answers = useStore($answers, { ssr: EMPTY });
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
      <div className={`${styles.row} ${styles.noPrint}`}>
        <div className={styles.field}>
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
        <div className={styles.actions}>
          <button type="button" className={styles.primary} disabled={!hasAnyAnswer(answers)} onClick={save}>
            Save a snapshot
          </button>
        </div>
      </div>
      <p role="status" className={styles.muted}>
        {status}{' '}
        {undo && (
          <button
            type="button"
            className={styles.button}
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
        <p className={styles.empty}>No snapshots yet.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={`${styles.table} ${styles.stack}`}>
            <caption className={styles.visuallyHidden}>Saved snapshots</caption>
            <thead>
              <tr>
                <th scope="col">Snapshot</th>
                {outline.frameworks.map((f) => (
                  <th key={f.id} scope="col" className={styles.number}>
                    {f.shortTitle}
                  </th>
                ))}
                <th scope="col">
                  <span className={styles.visuallyHidden}>Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...snapshots].reverse().map((s) => (
                <tr key={s.id}>
                  <th scope="row">{snapshotName(s)}</th>
                  {outline.frameworks.map((f) => (
                    <td key={f.id} className={styles.number} data-label={f.shortTitle}>
                      {s.scores.frameworks[f.id]?.score ?? '—'}
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className={styles.button}
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
            </tbody>
          </table>
        </div>
      )}

      {snapshots.length > 0 && <Compare outline={outline} snapshots={snapshots} />}
      {snapshots.length > 0 && <TrendCharts outline={outline} snapshots={snapshots} />}
      <div className={styles.noPrint}>
        <CheckIn />
      </div>
    </>
  );
}

function Compare({ outline, snapshots }: { outline: ResultsOutline; snapshots: Snapshot[] }) {
  const answers = useStore($answers, { ssr: EMPTY });
  const uid = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(NOW);
  const fromId = snapshots.some((s) => s.id === from) ? from : snapshots.at(-1)!.id;
  const toId = to === NOW || snapshots.some((s) => s.id === to) ? to : NOW;
  const pick = (id: string) => {
    if (id === NOW) return { scores: scoreSheet(outline, answers), answers };
    const s = snapshots.find((x) => x.id === id)!;
    return { scores: s.scores, answers: s.answers };
  };
  const before = pick(fromId);
  const after = pick(toId);
  const diff = diffScores(outline, before.scores, after.scores);
  const changed = answersChanged(before.answers, after.answers);

  return (
    <>
      <h3 id="compare">Compare</h3>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${uid}-from`}>Compare</label>
          <select id={`${uid}-from`} value={fromId} onChange={(e) => setFrom(e.currentTarget.value)}>
            {[...snapshots].reverse().map((s) => (
              <option key={s.id} value={s.id}>
                {snapshotName(s)}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={`${uid}-to`}>with</label>
          <select id={`${uid}-to`} value={toId} onChange={(e) => setTo(e.currentTarget.value)}>
            <option value={NOW}>Your answers now</option>
            {[...snapshots].reverse().map((s) => (
              <option key={s.id} value={s.id}>
                {snapshotName(s)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p aria-live="polite">
        {changed.ratings === 0 && changed.ticks === 0
          ? 'No answers changed between these two.'
          : `${plural(changed.ratings, 'rating')} and ${plural(changed.ticks, 'checklist tick')} changed between these two.`}
      </p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>What changed, by framework and step</caption>
          <thead>
            <tr>
              <th scope="col">Framework and step</th>
              <th scope="col" className={styles.number}>
                Before
              </th>
              <th scope="col" className={styles.number}>
                After
              </th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          {diff.map((f) => (
            <tbody key={f.id}>
              <tr>
                <th scope="row">
                  <strong>{f.title}</strong>
                </th>
                <td className={styles.number}>{f.before ?? '—'}</td>
                <td className={styles.number}>{f.after ?? '—'}</td>
                <td>{changeText(f.delta, f.change)}</td>
              </tr>
              {f.dimensions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">— {d.title}</th>
                  <td className={styles.number}>{d.before ?? '—'}</td>
                  <td className={styles.number}>{d.after ?? '—'}</td>
                  <td>{changeText(d.delta, d.change)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}

function CheckIn() {
  const uid = useId();
  // Set after hydration: the server does not know today's date in the reader's time zone.
  const [day, setDay] = useState('');
  useEffect(() => setDay(daysFrom(new Date(), CHECK_IN_DAYS)), []);
  const save = () => {
    const resultsUrl = window.location.href.replace(/#.*$/, '');
    download(
      `check-in-${day}.ics`,
      checkInCalendar({ day, now: new Date(), resultsUrl }),
      'text/calendar;charset=utf-8',
    );
  };
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  return (
    <>
      <h3 id="next-check-in">Next check-in</h3>
      <p>
        Book a date to answer again and compare — {CHECK_IN_DAYS} days from now works well. The reminder is a calendar
        file (.ics) for your calendar app; nothing is sent anywhere.
      </p>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${uid}-day`}>Date of your next check-in</label>
          <input id={`${uid}-day`} type="date" value={day} onChange={(e) => setDay(e.currentTarget.value)} />
        </div>
        <div className={styles.actions}>
          <button type="button" className={styles.button} disabled={!valid} onClick={save}>
            Download a reminder (.ics)
          </button>
        </div>
      </div>
    </>
  );
}
