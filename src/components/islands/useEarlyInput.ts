import { useLayoutEffect, useRef } from 'react';
import {
  EARLY_INPUT_KEY,
  readEarlyInput,
  resetUntouched,
  type EarlyInput,
  type EarlyInputRecord,
} from '~/lib/early-input';
import { adoptEarlyInput } from '~/lib/stores/answers';

/**
 * Adopts what the reader changed before this island hydrated (`client:early`), and
 * puts back what only the browser changed (restored form state). Put the returned
 * ref on the island's root element. It runs as a layout effect,
 * before the store's first update repaints the controls with stored answers.
 */
export function useEarlyInput<T extends HTMLElement>() {
  const root = useRef<T>(null);
  useLayoutEffect(() => {
    const island = root.current?.closest('astro-island') as (Element & Record<string, unknown>) | null | undefined;
    const record = island?.[EARLY_INPUT_KEY] as EarlyInputRecord | undefined;
    const changed = record?.take() ?? [];
    if (root.current) resetUntouched(root.current, changed);
    const inputs = changed.map(readEarlyInput).filter((input): input is EarlyInput => input !== null);
    if (inputs.length) adoptEarlyInput(inputs);
  }, []);
  return root;
}
