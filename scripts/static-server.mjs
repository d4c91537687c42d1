/**
 * A built site served as a real host serves it: Vite's preview server (sirv for the
 * files, gzip compression), under the deploy sub-path when given. Used by
 * `npm run audit` and by the offline browser test, which serves its own copy of a build.
 */
import { preview } from 'vite';
import { resolve } from 'node:path';

/**
 * Serves `dir` at `base` on a free local port.
 * @param {{ dir: string, base?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveCompressed({ dir, base = '/' }) {
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    base,
    appType: 'mpa',
    logLevel: 'silent',
    build: { outDir: resolve(dir) },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server did not start.');
  const url = `http://127.0.0.1:${address.port}${base.replace(/\/?$/, '/')}`;
  return { url, close: () => server.close() };
}
