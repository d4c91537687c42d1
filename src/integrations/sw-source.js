/* The playbook's service worker. src/integrations/offline.ts copies Workbox's runtime
 * beside it and writes the list of files to precache where __WB_MANIFEST stands. */
importScripts(
  'workbox/workbox-core.prod.js',
  'workbox/workbox-routing.prod.js',
  'workbox/workbox-strategies.prod.js',
  'workbox/workbox-precaching.prod.js',
);
const { core, precaching } = self.workbox;

core.setCacheNameDetails({ prefix: 'playbook' });
// The first install takes the open pages at once; later versions wait for the reader's "Reload".
core.clientsClaim();
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});
precaching.cleanupOutdatedCaches();
// `/search/?q=…` and shared results links are the same files as their bare URLs.
precaching.precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
