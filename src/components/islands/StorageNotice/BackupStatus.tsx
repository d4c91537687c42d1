import { useStore } from '../useStore';
import { $exportReminder, $persistence, type Persistence } from '~/lib/stores/backup';
import { ui } from '../ui';
import styles from './StorageNotice.module.css';

const NOT_ASKED = (): Persistence => 'unknown';
const NOTHING_DUE = () => ({ due: false, lastExportAt: null });

/** e.g. 2 December 2026 */
const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

const ERASERS =
  'clearing this site’s data or your browsing history, a private window closing, the browser freeing space when the device is full, and Safari after 7 days without a visit';

/**
 * Whether answers are safe from the browser: what can erase them, whether the browser
 * agreed to keep them, and a reminder to export when they changed since the last export.
 * `full` is the results page's version; elsewhere it speaks only when there is something to do.
 */
export function BackupStatus({ full, resultsHref }: { full: boolean; resultsHref: string }) {
  const persistence = useStore($persistence, { ssr: NOT_ASKED });
  const reminder = useStore($exportReminder, { ssr: NOTHING_DUE });
  const last = reminder.lastExportAt
    ? `Your last export was on ${day(reminder.lastExportAt)}.`
    : 'You have not exported them yet.';
  const exportLink = full ? 'Export them below' : <a href={resultsHref}>Export them from Your results</a>;

  if (!full && !reminder.due) return null;
  return (
    <div className={full ? ui.notice : `${ui.notice} ${styles.quiet}`} data-pagefind-ignore>
      {full && (
        <p>
          <strong>What can erase your answers:</strong> {ERASERS}.{' '}
          {persistence === 'granted'
            ? 'This browser has agreed to keep them (persistent storage), so it will not free the space on its own; clearing site data still erases them.'
            : persistence === 'not-granted'
              ? 'This browser has not agreed to keep them for good, so it may remove them on its own.'
              : persistence === 'unsupported'
                ? 'This browser cannot promise to keep them.'
                : ''}
        </p>
      )}
      {reminder.due ? (
        <p>
          <strong>Your answers changed since your last export.</strong> {last} {exportLink} to keep a copy.
        </p>
      ) : (
        full && reminder.lastExportAt && <p>{last} Nothing has changed since.</p>
      )}
    </div>
  );
}
