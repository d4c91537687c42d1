// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { buildSidebar, readPages, readFrameworks } from './src/lib/sidebar.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/base-links.ts';
import { fileURLToPath } from 'node:url';
import { inlineScriptHashes } from './scripts/csp-hashes.mjs';
import { offline } from './src/integrations/offline.ts';

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
      // Search ranking, read by src/components/starlight/search-panel.ts. Every query word is
      // searched on its own and the results merged (src/lib/search.ts), so these weigh one word
      // on one page. Checked with tests/e2e/search-quality.test.ts.
      pagefind: {
        ranking: {
          // Halfway between counting a word's occurrences and its share of the page: a long
          // chapter that uses a word often should not lose to a short page that uses it once.
          termFrequency: 0.5,
          // Moderate length normalisation: situation guides are shorter than chapters, and
          // neither kind should win just by its length.
          pageLength: 0.5,
          // Pagefind's default: a few mentions count, the tenth mention adds little.
          termSaturation: 1.4,
          // Starlight's default, and strong on purpose: Pagefind matches words by prefix, so
          // "man" also finds "manager"; the exact word must count for much more.
          termSimilarity: 9,
          // Pagefind's default; the playbook is in English, accents are rare.
          diacriticSimilarity: 0.8,
          metaWeights: {
            // Pagefind's default: a word in the page title is strong evidence.
            title: 5,
            // The words people type for the problem a page solves (frontmatter `aliases`,
            // assessment `search` phrases; see PageTitle.astro): nearly as strong as the title.
            aliases: 3,
            // The one-sentence summary: about the page, but written for reading, not searching.
            description: 2,
            // The page's checklist items (Pagefind drops <label> text, so they are indexed as
            // metadata). They repeat what the body teaches, so a match counts about as much as a
            // word in the body: a quarter of the aliases' weight.
            checklist: 0.25,
          },
        },
      },
      customCss: ['./src/styles/playbook.css'],
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
    react(),
    // Last, so the service worker precaches the finished build, Pagefind's index included.
    offline(),
  ],
});
