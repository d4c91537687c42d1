import { useAnswers } from '../useAnswers';
import { undismissedLegacy } from '~/lib/goals';
import { dismissLegacyNotice } from '~/lib/stores/answers';
import { ui } from '../ui';

/**
 * Told once: the questions and the scale changed, and earlier ratings are kept, not
 * rescored. Shown only to readers who answered the earlier questions, until dismissed.
 */
export function ScaleChangeNotice() {
  const answers = useAnswers();
  const shown = undismissedLegacy(answers).length > 0;
  return (
    <div role="status" aria-live="polite">
      {shown && (
        <div className={ui.info} data-pagefind-ignore>
          <p>
            <strong>The questions have changed.</strong> Each statement now asks about one practice you can check, and
            you answer how established it is (from “Not yet” to “Routinely, and we check it”) instead of how far you
            agree. Agreeing is easy; a practice is either in place or not, so the new answers are more honest and easier
            to compare over time.
          </p>
          <p>
            Your earlier ratings were not converted to the new scale: they are kept as they were, with their scores, in
            the History on your results page. Your ticks and notes are unchanged.
          </p>
          <button type="button" className={ui.button} onClick={dismissLegacyNotice}>
            Got it, hide this
          </button>
        </div>
      )}
    </div>
  );
}
