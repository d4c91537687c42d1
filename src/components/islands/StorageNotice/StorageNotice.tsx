import { useStore } from '../useStore';
import { $answers } from '~/lib/stores/answers';
import { $recoveries, $storageHealth, type Recovery, type StorageHealth } from '~/lib/stores/storage';
import { ui } from '../ui';
import { BackupStatus } from './BackupStatus';
import { HEALTH_WORDING } from '~/lib/storage-health';

const NO_RECOVERIES: Recovery[] = [];
const SERVER_HEALTH = (): StorageHealth => 'ok';
// Importing the answers store reads storage, which is what may raise a notice.
void $answers;

/**
 * Tells the reader when answers cannot be saved, when saved answers could not be read,
 * and when they changed since the last export. On the results page (`full`) it also
 * says what can erase answers and whether the browser agreed to keep them; there the
 * "Your data" section speaks about blocked or full storage.
 */
export default function StorageNotice({ resultsHref, full = false }: { resultsHref: string; full?: boolean }) {
  const health = useStore($storageHealth, { ssr: SERVER_HEALTH });
  const recoveries = useStore($recoveries, { ssr: () => NO_RECOVERIES });
  const status = <BackupStatus full={full} resultsHref={resultsHref} />;
  if ((health === 'ok' || full) && recoveries.length === 0)
    return (
      <div role="status" aria-live="polite">
        {status}
      </div>
    );
  return (
    <div role="status" aria-live="polite">
      {status}
      <div className={ui.warn}>
        {health === 'blocked' && !full && (
          <p>
            <strong>{HEALTH_WORDING.blocked.title}</strong> {HEALTH_WORDING.blocked.detail} Allow site data for this
            site to keep them, or export them from <a href={resultsHref}>Your results</a> before you leave.
          </p>
        )}
        {health === 'full' && !full && (
          <p>
            <strong>{HEALTH_WORDING.full.title}</strong> {HEALTH_WORDING.full.detail} Export them from{' '}
            <a href={resultsHref}>Your results</a>, or free some space and answer again.
          </p>
        )}
        {recoveries.map((r) => (
          <p key={r.backupKey || r.key}>
            <strong>{r.title ?? 'Some saved answers could not be read.'}</strong> {r.message}{' '}
            {r.backupKey
              ? `A copy is kept in this browser under “${r.backupKey}”, and you can start again here.`
              : 'They are left untouched in this browser until you answer again.'}
          </p>
        ))}
      </div>
    </div>
  );
}
