#!/usr/bin/env node
/**
 * Serves a built site with Astro's own preview server (`preview()` from 'astro'),
 * under BASE_PATH when set. Used by `npm start`, `npm run preview`, the browser tests,
 * the link check, the audit and the bench; there is no hand-made HTTP server.
 *
 * One guard sits in front: a path with a malformed escape or an encoded slash or
 * backslash gets 400. Astro already refuses them, but answers an encoded slash with a
 * 500 and a stack trace in the log (Node's fileURLToPath throws on it).
 *
 *   node scripts/preview-server.mjs [--port 4321] [--dir dist]
 */
import { preview } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether a request path is one a static site could serve. */
export function isWellFormedPath(url = '/') {
  const path = url.split('?')[0] ?? '/';
  if (/%(2f|5c|00)/i.test(path)) return false;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false; /* a malformed escape such as /% */
  }
}

/** Answers 400 to malformed paths before Astro's handlers see them. */
function guard(httpServer) {
  const handlers = httpServer.listeners('request');
  httpServer.removeAllListeners('request');
  httpServer.on('request', (req, res) => {
    if (isWellFormedPath(req.url)) return handlers.forEach((handle) => handle.call(httpServer, req, res));
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Bad request: this address is not well formed.\n');
  });
}

/** Starts Astro's preview server on `dir`; resolves with its address once listening. */
export async function serve({
  dir = 'dist',
  port = 4321,
  base = process.env.BASE_PATH ?? '/',
  host = '127.0.0.1',
  logLevel = 'warn',
} = {}) {
  const server = await preview({ root: process.cwd(), outDir: resolve(dir), base, server: { port, host }, logLevel });
  if (server.server) guard(server.server);
  const prefix = '/' + base.replace(/^\/+|\/+$/g, '');
  const url = `http://${host}:${server.port}${prefix === '/' ? '/' : prefix + '/'}`;
  return { server, url, close: () => server.stop() };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await serve({
    dir: arg('dir', 'dist'),
    port: Number(arg('port', process.env.PORT ?? 4321)),
    logLevel: 'info',
  });
  console.log(`\n  The playbook is being served at ${url}\n  Press Ctrl+C to stop.\n`);
}
