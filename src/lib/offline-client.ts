/**
 * The browser side of the offline playbook: registers the service worker at the site's
 * base (so it covers /playbook/ when deployed there) and shows the update prompt once
 * a newer build has installed and is waiting. Reloading tells the waiting worker to take
 * over first. Nothing here reads or writes answers.
 */

/** Where the build puts the service worker, under the deploy sub-path. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Shows the prompt inside `region` for a waiting worker; idempotent, so it is announced once. */
function offerReload(region: HTMLElement, waiting: ServiceWorker) {
  const message = region.querySelector('p');
  const button = region.querySelector('button');
  if (!message || !button || !message.hidden) return;
  message.hidden = false;
  button.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}

/** Registers `sw.js` and watches for a new version; does nothing where service workers are unavailable. */
export async function registerOfflinePlaybook(region: HTMLElement | null): Promise<void> {
  // Not in `astro dev`: there is no sw.js there, and a cache would hide edits.
  if (import.meta.env.DEV || !region || !('serviceWorker' in navigator)) return;
  const registration: ServiceWorkerRegistration | undefined = await navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .catch(() => undefined); /* no worker (private mode, blocked storage): the site still works online */
  if (!registration) return; // a browser that blocks workers may also resolve with nothing
  // Only an update when a worker already controls this page; the first install is silent.
  const isUpdate = () => navigator.serviceWorker.controller !== null;
  if (registration.waiting && isUpdate()) offerReload(region, registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && isUpdate()) offerReload(region, installing);
    });
  });
}
