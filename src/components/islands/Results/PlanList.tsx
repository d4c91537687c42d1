import { useId, useState } from 'react';
import { useStore } from '../useStore';
import { planCsv, planMarkdown } from '~/lib/results/action-plan';
import { planCalendar } from '~/lib/results/calendar';
import { MAX_ACTION_LENGTH, MAX_NOTE_LENGTH, MAX_OWNER_LENGTH } from '~/lib/limits';
import { EMPTY_PLAN, STATUS_LABELS, STATUSES, type PlanAction, type Status } from '~/lib/results/plan';
import { $plan, addToPlan, editAction, removeAction } from '~/lib/stores/plan';
import { download } from './download';
import { DataTable } from '../DataTable';
import { ui } from '../ui';
import styles from './Dashboard.module.css';

const EMPTY = () => EMPTY_PLAN;

/** Downloads the plan in one of its three forms, made in the browser. */
function savePlan(kind: 'md' | 'csv' | 'ics') {
  const plan = $plan.get();
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  const origin = window.location.origin;
  if (kind === 'md') download(`action-plan-${day}.md`, planMarkdown(plan, origin, now), 'text/markdown;charset=utf-8');
  else if (kind === 'csv') download(`action-plan-${day}.csv`, planCsv(plan, origin), 'text/csv;charset=utf-8');
  else {
    const planUrl = window.location.href.replace(/#.*$/, '') + '#priorities-and-plan';
    download(`action-plan-${day}.ics`, planCalendar(plan.actions, now, planUrl), 'text/calendar;charset=utf-8');
  }
}

/** The action plan that is kept: each action with its owner, due date, status and note, editable in place. */
export function PlanList() {
  const plan = useStore($plan, { ssr: EMPTY });
  const [status, setStatus] = useState('');
  const [own, setOwn] = useState('');
  const uid = useId();
  const done = plan.actions.filter((a) => a.status === 'done').length;
  const dated = plan.actions.some((a) => a.due && a.status !== 'done');

  return (
    <>
      <h3 id="action-plan">Your action plan</h3>
      <p className={ui.hint}>
        {plan.actions.length === 0
          ? 'Nothing in your plan yet. Use “Add to plan” on a priority, or add your own action below.'
          : `${done} of ${plan.actions.length} actions done. Changes are saved in this browser as you type.`}
      </p>
      <PrintedPlan actions={plan.actions} />
      <ul className={styles.plan} aria-label="Actions in your plan">
        {plan.actions.map((a) => (
          <PlanItem
            key={a.id}
            action={a}
            onRemove={() => {
              removeAction(a.id);
              setStatus(`Removed “${a.what}” from your plan.`);
            }}
          />
        ))}
      </ul>
      <form
        className={`${ui.row} ${ui.noPrint}`}
        onSubmit={(e) => {
          e.preventDefault();
          if (!own.trim()) return;
          addToPlan({ what: own });
          setOwn('');
          setStatus('Action added to your plan.');
        }}
      >
        <div className={ui.field}>
          <label htmlFor={`${uid}-own`}>An action of your own</label>
          <input
            id={`${uid}-own`}
            type="text"
            maxLength={MAX_ACTION_LENGTH}
            value={own}
            onChange={(e) => setOwn(e.currentTarget.value)}
          />
        </div>
        <div className={ui.actions}>
          <button type="submit" className={ui.button}>
            Add
          </button>
        </div>
      </form>
      <div className={ui.actions}>
        <button type="button" className={ui.button} disabled={!plan.actions.length} onClick={() => savePlan('csv')}>
          Download plan (CSV)
        </button>
        <button type="button" className={ui.button} disabled={!plan.actions.length} onClick={() => savePlan('md')}>
          Download plan (Markdown)
        </button>
        <button type="button" className={ui.button} disabled={!dated} onClick={() => savePlan('ics')}>
          Add due dates to your calendar (.ics)
        </button>
      </div>
      <p role="status" className={ui.hint}>
        {status}
      </p>
    </>
  );
}

/** The plan as a table, for paper only: a form does not print well. */
function PrintedPlan({ actions }: { actions: PlanAction[] }) {
  if (!actions.length) return null;
  return (
    <DataTable
      caption="Your plan"
      hideCaption
      className={styles.printOnly}
      columns={['Action', 'Owner', 'Due', 'Status', 'Note']}
    >
      {actions.map((a) => (
        <tr key={a.id}>
          <td>{a.what}</td>
          <td>{a.owner}</td>
          <td>{a.due}</td>
          <td>{STATUS_LABELS[a.status]}</td>
          <td>{a.note}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function PlanItem({ action: a, onRemove }: { action: PlanAction; onRemove: () => void }) {
  const uid = useId();
  const field = (name: string) => `${uid}-${name}`;
  return (
    <li className={styles.planItem} data-status={a.status}>
      <fieldset>
        <legend>
          {a.status === 'done' && <span className={styles.doneMark}>Done: </span>}
          {a.href ? <a href={a.href}>{a.what}</a> : a.what}
        </legend>
        <div className={styles.planFields}>
          <div className={ui.field}>
            <label htmlFor={field('owner')}>Owner</label>
            <input
              id={field('owner')}
              type="text"
              maxLength={MAX_OWNER_LENGTH}
              value={a.owner}
              onChange={(e) => editAction(a.id, { owner: e.currentTarget.value })}
            />
          </div>
          <div className={ui.field}>
            <label htmlFor={field('due')}>Due date</label>
            <input
              id={field('due')}
              type="date"
              value={a.due}
              onChange={(e) => editAction(a.id, { due: e.currentTarget.value })}
            />
          </div>
          <div className={ui.field}>
            <label htmlFor={field('status')}>Status</label>
            <select
              id={field('status')}
              value={a.status}
              onChange={(e) => editAction(a.id, { status: e.currentTarget.value as Status })}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className={ui.field}>
          <label htmlFor={field('note')}>Note</label>
          <textarea
            id={field('note')}
            rows={2}
            maxLength={MAX_NOTE_LENGTH}
            value={a.note}
            onChange={(e) => editAction(a.id, { note: e.currentTarget.value })}
          />
        </div>
        <button type="button" className={`${ui.button} ${ui.noPrint}`} onClick={onRemove}>
          Remove<span className={ui.visuallyHidden}> “{a.what}”</span>
        </button>
      </fieldset>
    </li>
  );
}
