/**
 * The preview server behind `npm start`, `npm run preview` and these tests is
 * Astro's own (scripts/preview-server.mjs). Bad requests get 400 or 404 and never
 * stop it: after each one the home page is still served. Raw requests are sent, so no client tidies the path.
 */
import { request } from 'node:http';
import { serve } from '../../scripts/preview-server.mjs';
import { expect, test, baseUrl } from './support/browser';

/** Sends `method path` as written and resolves with the status (or the connection error). */
function raw(site: string, method: string, path: string): Promise<number | string> {
  const { hostname, port } = new URL(site);
  return new Promise((resolve) => {
    const req = request({ host: hostname, port, method, path }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', (error) => resolve(`connection failed: ${error.message}`));
    req.end();
  });
}

test.describe('the preview server', () => {
  const prefix = () => new URL(baseUrl()).pathname;
  const bad = [
    ['a malformed escape', 400, '%'],
    ['an encoded slash climbing out', 400, '..%2f'],
    ['an encoded climb to a system file', 400, '..%2f..%2f..%2fetc%2fpasswd'],
    ['an encoded backslash', 400, '..%5c'],
    ['a 10 KB path', 404, 'a'.repeat(10 * 1024)],
    ['a broken UTF-8 escape', 400, '%E0%A4%A'],
    ['a plain climb', 404, '../../etc/passwd'],
  ] as const;

  for (const [_, expected, path] of bad)
    test(`${_} gets ${expected} and the server keeps answering`, async () => {
      expect(await raw(baseUrl(), 'GET', prefix() + path)).toBe(expected);
      expect(await raw(baseUrl(), 'GET', prefix())).toBe(200);
    });

  test('a HEAD request is answered and the server keeps answering', async () => {
    expect(await raw(baseUrl(), 'HEAD', prefix())).toBe(200);
    expect(await raw(baseUrl(), 'GET', `${prefix()}frameworks/cus/`)).toBe(200);
  });

  test('a deploy sub-path is honoured: pages answer under it and not outside it', async () => {
    const site = await serve({ dir: process.env.E2E_DIST ?? 'dist', port: 0, base: '/playbook/' });
    try {
      expect(site.url).toMatch(/\/playbook\/$/);
      expect(await raw(site.url, 'GET', '/playbook/')).toBe(200);
      expect(await raw(site.url, 'GET', '/playbook/%')).toBe(400);
      expect(await raw(site.url, 'GET', '/frameworks/cus/')).toBe(404);
      expect(await raw(site.url, 'GET', '/playbook/frameworks/cus/')).toBe(200);
    } finally {
      await site.close();
    }
  });
});
