/**
 * `client:early`: hydrates an island when it scrolls into view (as client:visible)
 * or as soon as the reader focuses or touches it, whichever comes first, and records
 * every control the reader changes before the island is running, so the island can
 * adopt that input (src/lib/early-input.ts). Inlined by Astro into pages that use
 * it (and hashed for the CSP): keep it small and free of imports.
 */
import type { ClientDirective } from 'astro';

const earlyDirective: ClientDirective = (load, _options, el) => {
  const changed = new Set<Element>();
  let recording = true;
  const record = (event: Event) => {
    if (recording && event.isTrusted && event.target instanceof Element) changed.add(event.target);
  };
  el.addEventListener('input', record);
  el.addEventListener('change', record);
  // Must match EARLY_INPUT_KEY in src/lib/early-input.ts.
  Object.assign(el, {
    playbookEarlyInput: {
      take() {
        recording = false;
        el.removeEventListener('input', record);
        el.removeEventListener('change', record);
        return [...changed].filter((e) => e.isConnected);
      },
    },
  });

  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    observer.disconnect();
    el.removeEventListener('focusin', start);
    el.removeEventListener('pointerdown', start);
    const hydrate = await load();
    await hydrate();
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) void start();
  });
  for (const child of el.children) observer.observe(child);
  el.addEventListener('focusin', start);
  el.addEventListener('pointerdown', start);
};

export default earlyDirective;

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates on view or first focus/touch and keeps input made before (see above). */
    'client:early'?: boolean;
  }
}
