// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { buildSidebar, readPages, readFrameworks } from './src/lib/sidebar.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/base-links.ts';
import { fileURLToPath } from 'node:url';
import { inlineScriptHashes } from './scripts/csp-hashes.mjs';
import { offline } from './src/integrations/offline.ts';
import { islandRuntimeFirst } from './src/integrations/island-runtime.ts';
import { PAGEFIND_RANKING } from './src/lib/search-ranking.ts';

/** Starlight's components, wherever npm put the package: their inline scripts need CSP hashes. */
const starlightDist = fileURLToPath(new URL('.', import.meta.resolve('@astrojs/starlight')));

/** Deploy sub-path, e.g. BASE_PATH=/playbook/ for https://example.org/playbook/. */
const base = process.env.BASE_PATH ?? '/';
/** Canonical origin, only when known: canonical URLs and the sitemap need it. */
const site = process.env.SITE_URL || undefined;

/** @typedef {NonNullable<import('@astrojs/starlight/types').StarlightUserConfig['head']>} HeadTags */
/** A preview image for links shared on social media; og:image must be absolute, so only with SITE_URL. */
/** @type {HeadTags} */
const socialPreview = site
  ? [
      {
        tag: 'meta',
        attrs: { property: 'og:image', content: new URL(`${base.replace(/\/?$/, '/')}social.png`, site).href },
      },
      { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
      { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
      {
        tag: 'meta',
        attrs: { property: 'og:image:alt', content: 'Customer Service Playbook: five frameworks in plain English.' },
      },
    ]
  : [];
/** Installable: the web manifest (relative URLs inside, so it works under any base) and icons. */
/** @type {HeadTags} */
const installable = [
  { tag: 'link', attrs: { rel: 'manifest', href: `${base.replace(/\/?$/, '/')}manifest.webmanifest` } },
  { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base.replace(/\/?$/, '/')}icons/apple-touch-icon.png` } },
  { tag: 'meta', attrs: { name: 'theme-color', content: '#3447e0' } },
];
/** Extra <head> tags on every page. */
/** @type {HeadTags} */
const head = [...socialPreview, ...installable];

/**
 * `client:early` for the islands that take answers: hydrate on view or first touch, and
 * keep what the reader did before (src/lib/early-input-directive.ts, contract in
 * src/lib/stores/answers.ts).
 */
/** @type {import('astro').AstroIntegration} */
const earlyInput = {
  name: 'playbook-early-input',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({
        name: 'early',
        entrypoint: fileURLToPath(new URL('./src/lib/early-input-directive.ts', import.meta.url)),
      }),
  },
};

const sidebar = buildSidebar(readPages('./content/docs'), readFrameworks('./content/frameworks.yaml'));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // A strict Content-Security-Policy, sent as a <meta> tag (so frame-ancestors, report-uri and
  // sandbox cannot be set here: a host that wants them sends them as headers).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // Pagefind runs its search in a worker started from a blob.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it allows no JavaScript eval.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // Astro hashes its own scripts; `is:inline` ones (Starlight's and our overrides') are hashed here.
        hashes: [...inlineScriptHashes(['./src/components', starlightDist])],
      },
      styleDirective: {
        // Starlight writes a few style="" attributes (icons, the search shortcut); <style> stays hashed.
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  // Astro does not hash the <style> it inlines for islands used in MDX, so the CSP would block it:
  // serve all CSS as files instead ('self').
  build: { inlineStylesheets: 'never' },
  // Sätteri, Astro's native Markdown processor (a remark plugin here would switch every page to the
  // much slower unified pipeline; see docs/benchmarks.md).
  markdown: {
    processor: satteri({ mdastPlugins: [baseLinksPlugin(base)] }),
  },
  integrations: [
    starlight({
      title: 'Customer Service Playbook',
      description:
        'Five customer-service frameworks in plain English, with checklists and self-assessments that stay in your browser.',
      head,
      markdown: { processedDirs: ['./content/docs/'] },
      sidebar,
      lastUpdated: false,
      pagination: true,
      // Search ranking: one module for the index and the browser (src/lib/search-ranking.ts).
      pagefind: { ranking: PAGEFIND_RANKING },
      // The playbook's layer order, tokens and focus ring, then the shared UI every island uses (src/styles/ui.css).
      customCss: ['./src/styles/playbook.css', './src/styles/ui.css'],
      components: {
        ThemeProvider: './src/components/starlight/ThemeProvider.astro',
        ThemeSelect: './src/components/starlight/ThemeSelect.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
        Search: './src/components/starlight/Search.astro',
        Footer: './src/components/starlight/Footer.astro',
      },
      routeMiddleware: './src/lib/route-middleware.ts',
    }),
    mdx(),
    // Islands are written against React's API and rendered by Preact's compatibility layer:
    // the same components for about a sixth of React's bytes (docs/benchmarks.md).
    preact({ compat: true }),
    earlyInput,
    islandRuntimeFirst(),
    // Last, so the service worker precaches the finished build, Pagefind's index included.
    offline(),
  ],
});
