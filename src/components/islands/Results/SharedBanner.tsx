import { closeSharedView } from '~/lib/stores/share';
import type { SharedView } from './useSharedView';
import { ui } from '../ui';

/** Says when the page shows someone else's shared scores, or refused a share link. */
export function SharedBanner({ view }: { view: SharedView }) {
  if (view.mode === 'shared')
    return (
      <div className={ui.info} role="status">
        <p>
          <strong>Shared results, read only.</strong> You are looking at scores someone shared with a link. The link
          holds scores only — no answers, no notes — and nothing was sent to a server. Your own answers are not shown
          here and nothing of yours was changed.
        </p>
        <div className={ui.actions}>
          <button type="button" className={ui.button} onClick={closeSharedView}>
            Show my own results
          </button>
        </div>
      </div>
    );
  if (view.mode === 'invalid')
    return (
      <div className={ui.error} role="alert">
        <p>
          <strong>This share link cannot be opened.</strong> {view.message} Your own results are shown instead.
        </p>
        <div className={ui.actions}>
          <button type="button" className={ui.button} onClick={closeSharedView}>
            Dismiss
          </button>
        </div>
      </div>
    );
  return null;
}
