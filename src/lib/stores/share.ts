/**
 * The share code in the page's #fragment, if any: the results page shows a
 * read-only view of those scores while it is there. Read from `location.hash` when
 * the first island subscribes, and followed on `hashchange`. The fragment never
 * leaves the browser; decoding (and refusing garbage) is src/lib/results/share-code.ts.
 */
import { atom, onMount } from 'nanostores';
import { codeFromHash } from '../results/share-code';

/** The code after `#share=`, or null when the page is not a shared view. */
export const $shareCode = atom<string | null>(null);

onMount($shareCode, () => {
  if (typeof window === 'undefined') return; // server render: never a shared view
  const read = () => $shareCode.set(codeFromHash(window.location.hash));
  read();
  window.addEventListener('hashchange', read);
  return () => window.removeEventListener('hashchange', read);
});

/** Leaves the shared view: drops the fragment without reloading the page. */
export function closeSharedView(): void {
  history.replaceState(null, '', window.location.pathname + window.location.search);
  $shareCode.set(null);
}
