#!/usr/bin/env node
/**
 * Serves the built site (dist/) as any static host would, under BASE_PATH when set.
 * Used by `npm start` and by the browser tests.
 *
 *   node scripts/serve.mjs [--port 4321] [--dir dist]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Starts a static server; resolves with its address once listening. */
export function serve({ dir = 'dist', port = 4321, base = process.env.BASE_PATH ?? '/', host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const prefix = '/' + base.replace(/^\/+|\/+$/g, '');
  const strip = (path) =>
    prefix === '/' ? path : path === prefix ? '/' : path.startsWith(prefix + '/') ? path.slice(prefix.length) : null;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const local = strip(decodeURIComponent(url.pathname));
    const send = async (file, status = 200) => {
      const body = await readFile(file);
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (local === null) throw new Error('outside base');
      let file = normalize(join(root, local));
      if (!file.startsWith(root)) throw new Error('outside root');
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: url.pathname + '/' + url.search });
          return res.end();
        }
        file = join(file, 'index.html');
      }
      await send(file);
    } catch {
      await send(join(root, '404.html'), 404).catch(() => {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not found');
      });
    }
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${address.port}${prefix === '/' ? '/' : prefix + '/'}`;
      resolvePromise({ server, url, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await serve({ dir: arg('dir', 'dist'), port: Number(arg('port', process.env.PORT ?? 4321)) });
  console.log(`\n  The playbook is being served at ${url}\n  Press Ctrl+C to stop.\n`);
}
