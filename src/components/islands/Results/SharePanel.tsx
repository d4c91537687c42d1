import { useId, useState } from 'react';
import { useAnswers } from '../useAnswers';
import { aggregate, hasAnyScore } from '~/lib/results/aggregate';
import { scoreSheet } from '~/lib/results/score-sheet';
import type { ResultsOutline } from '~/lib/results/manifest';
import { encodeShareCode, shareLink } from '~/lib/results/share-code';
import { RoleField, useRole } from './RoleField';
import { ui } from '../ui';

/** Makes a link that carries the current scores (and nothing else) in its #fragment. */
export function SharePanel({ outline }: { outline: ResultsOutline }) {
  const answers = useAnswers();
  const enabled = hasAnyScore(aggregate(outline, answers));
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const id = useId();
  const [role, setRole] = useRole();
  const link = open
    ? shareLink(window.location.href, encodeShareCode(outline, scoreSheet(outline, answers)), role || undefined)
    : '';

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied.');
    } catch {
      /* clipboard refused (permissions, insecure context): the reader can copy from the field */
      setStatus('Could not copy automatically: select the link and copy it.');
    }
  }

  return (
    <>
      <h3 id="share">Share your scores</h3>
      <p>
        A share link carries your scores only — no answers, no notes — in the part of the address after “#”, which
        browsers never send to a server. Whoever opens it sees a read-only copy of these scores on this page.
      </p>
      <RoleField role={role} onChange={setRole} />
      <div className={ui.actions}>
        <button type="button" className={ui.button} disabled={!enabled} onClick={() => setOpen(true)}>
          Create a share link
        </button>
        {!enabled && <span className={ui.hint}>Answer some statements first.</span>}
      </div>
      {open && (
        <>
          <div className={ui.field}>
            <label htmlFor={id}>Share link</label>
            <input id={id} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </div>
          <div className={ui.actions}>
            <button type="button" className={ui.button} onClick={copy}>
              Copy link
            </button>
            <a href={link}>Open the shared view</a>
          </div>
        </>
      )}
      <p role="status" className={ui.hint}>
        {status}
      </p>
    </>
  );
}
