/**
 * Serves a built site with Astro's own preview server (`preview()` from 'astro'),
 * under BASE_PATH when set, as `astro preview` does. Used by `npm start`, the browser
 * tests, the link check, the audit and the bench; there is no hand-made HTTP server.
 */
import { preview } from 'astro';
import { resolve } from 'node:path';

/** Starts Astro's preview server on `dir`; resolves with its address once listening. */
export async function serve({
  dir = 'dist',
  port = 4321,
  base = process.env.BASE_PATH ?? '/',
  host = '127.0.0.1',
  logLevel = 'warn',
} = {}) {
  const server = await preview({ root: process.cwd(), outDir: resolve(dir), base, server: { port, host }, logLevel });
  const prefix = '/' + base.replace(/^\/+|\/+$/g, '');
  const url = `http://${host}:${server.port}${prefix === '/' ? '/' : prefix + '/'}`;
  return { server, url, close: () => server.stop() };
}
