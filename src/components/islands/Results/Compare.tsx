import { useId, useState } from 'react';
import { useAnswers } from '../useAnswers';
import { scoreSheet } from '~/lib/results/score-sheet';
import type { ResultsOutline } from '~/lib/results/manifest';
import { answersChanged, diffScores } from '~/lib/results/progress';
import type { Snapshot } from '~/lib/results/snapshots';
import { changeText, plural, snapshotName } from './format';
import { DataTable } from '../DataTable';
import { ui } from '../ui';

const NOW = 'now';

/** Two snapshots (or a snapshot and now) side by side: what changed, per framework and step. */
export function Compare({ outline, snapshots }: { outline: ResultsOutline; snapshots: Snapshot[] }) {
  const answers = useAnswers();
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

  const snapshotOptions = [...snapshots].reverse().map((s) => (
    <option key={s.id} value={s.id}>
      {snapshotName(s)}
    </option>
  ));

  return (
    <>
      <h3 id="compare">Compare</h3>
      <div className={ui.row}>
        <div className={ui.field}>
          <label htmlFor={`${uid}-from`}>Compare</label>
          <select id={`${uid}-from`} value={fromId} onChange={(e) => setFrom(e.currentTarget.value)}>
            {snapshotOptions}
          </select>
        </div>
        <div className={ui.field}>
          <label htmlFor={`${uid}-to`}>with</label>
          <select id={`${uid}-to`} value={toId} onChange={(e) => setTo(e.currentTarget.value)}>
            <option value={NOW}>Your answers now</option>
            {snapshotOptions}
          </select>
        </div>
      </div>
      <p aria-live="polite">
        {changed.ratings === 0 && changed.ticks === 0
          ? 'No answers changed between these two.'
          : `${plural(changed.ratings, 'rating')} and ${plural(changed.ticks, 'checklist tick')} changed between these two.`}
      </p>
      <DataTable
        caption="What changed, by framework and step"
        columns={[
          'Framework and step',
          { label: 'Before', numeric: true },
          { label: 'After', numeric: true },
          'Change',
        ]}
        grouped
      >
        {diff.map((f) => (
          <tbody key={f.id}>
            <tr>
              <th scope="row">
                <strong>{f.title}</strong>
              </th>
              <td className={ui.number}>{f.before ?? '—'}</td>
              <td className={ui.number}>{f.after ?? '—'}</td>
              <td>{changeText(f.delta, f.change)}</td>
            </tr>
            {f.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">— {d.title}</th>
                <td className={ui.number}>{d.before ?? '—'}</td>
                <td className={ui.number}>{d.after ?? '—'}</td>
                <td>{changeText(d.delta, d.change)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </DataTable>
    </>
  );
}
