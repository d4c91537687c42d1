/**
 * Every page of the production build, found by listing its HTML files: sweeps
 * (accessibility, CSP) cover whatever exists, including pages added later.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Browser } from '@playwright/test';

/** The build the browser tests run against (E2E_DIST, as in global-setup.ts). */
export const distDir = () => resolve(process.env.E2E_DIST ?? 'dist');

export interface BuiltPage {
  /** Path of the HTML file inside the build, e.g. `frameworks/cus/index.html`. */
  file: string;
  /** Site path to open with url(), e.g. `frameworks/cus/` or `404.html`. */
  path: string;
  html: string;
}

/** Every `*.html` file of the build, sorted by path. */
export function builtPages(dir = distDir()): BuiltPage[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
    .map((file) => ({
      file,
      path: file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file,
      html: readFileSync(join(dir, file), 'utf8'),
    }));
}

/** What the static checks need from a built page, read by Chromium's own HTML parser. */
export interface ParsedPage {
  file: string;
  title: string;
  description: string;
  lang: string;
  /** The `content` of every CSP <meta> tag. */
  policies: string[];
  /** Inline <script> elements (no src): their type and exact text. */
  scripts: { type: string; text: string }[];
  /** Exact text of every <style> element. */
  styles: string[];
  /** Inline event handlers and javascript: URLs, which a CSP blocks. */
  scriptAttributes: string[];
  /** URLs the browser would fetch: script, stylesheet, icon, image, frame, media sources. */
  fetched: string[];
}

/**
 * Parses every built page with DOMParser in a blank Chromium page: the browser's
 * own parser, and nothing on the page runs.
 */
export async function parseBuiltPages(browser: Browser, pages = builtPages()): Promise<Map<string, ParsedPage>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const parsed = await page.evaluate(
    (list) =>
      list.map(({ file, html }) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const scriptAttributes: string[] = [];
        for (const element of doc.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name)) scriptAttributes.push(`<${element.localName} ${attribute.name}>`);
            if (/^(href|src|action|formaction)$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value))
              scriptAttributes.push(`<${element.localName} ${attribute.name}="javascript:…">`);
          }
        }
        const fetchedSelector =
          'script[src], link[href]:not([rel~="canonical"]):not([rel~="alternate"]):not([rel~="sitemap"]), img[src], iframe[src], source[src], source[srcset], video[src], audio[src], object[data], embed[src]';
        return {
          file,
          title: doc.title.trim(),
          description: doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
          lang: doc.documentElement.lang,
          policies: [...doc.querySelectorAll('meta[http-equiv="content-security-policy" i]')].map(
            (m) => m.getAttribute('content') ?? '',
          ),
          scripts: [...doc.querySelectorAll('script:not([src])')].map((s) => ({
            type: s.getAttribute('type') ?? '',
            text: s.textContent ?? '',
          })),
          styles: [...doc.querySelectorAll('style')].map((s) => s.textContent ?? ''),
          scriptAttributes,
          fetched: [...doc.querySelectorAll(fetchedSelector)].map(
            (e) =>
              e.getAttribute('src') ??
              e.getAttribute('href') ??
              e.getAttribute('data') ??
              e.getAttribute('srcset') ??
              '',
          ),
        };
      }),
    pages.map(({ file, html }) => ({ file, html })),
  );
  await context.close();
  return new Map(parsed.map((p) => [p.file, p]));
}

/** Whether the build has a page at this site path, e.g. `results/`. */
export const hasPage = (path: string) => builtPages().some((p) => p.path === path);
