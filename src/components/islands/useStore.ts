import { useLayoutEffect, useState } from 'react';
import type { ReadableAtom } from 'nanostores';

/**
 * A store's value in an island: `ssr()` on the server and in the first client render,
 * the stored value from the next render on.
 *
 * Why not `@nanostores/react`: its `ssr` option rides on useSyncExternalStore's server
 * snapshot, which Preact's compat layer ignores, and Preact does not patch attributes or
 * `checked` while it hydrates. Hydrating with stored answers would leave the server's
 * empty boxes on screen while the island believes them ticked. Rendering the server
 * value first, then subscribing in a layout effect (before the browser paints), keeps
 * hydration exact and shows stored answers at once.
 */
export function useStore<T>(store: ReadableAtom<T>, { ssr }: { ssr: () => T }): T {
  const [value, setValue] = useState(ssr);
  // subscribe() reports the current value at once, then every change until unsubscribed.
  useLayoutEffect(() => store.subscribe((next) => setValue(() => next)), [store]);
  return value;
}
