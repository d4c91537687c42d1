// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { buildSidebar, readPages, readFrameworks } from './src/lib/sidebar.ts';
import { remarkBaseLinks } from './src/lib/remark-base-links.ts';

/** Deploy sub-path, e.g. BASE_PATH=/playbook/ for https://example.org/playbook/. */
const base = process.env.BASE_PATH ?? '/';
/** Canonical origin, only when known: canonical URLs and the sitemap need it. */
const site = process.env.SITE_URL || undefined;

const sidebar = buildSidebar(readPages('./content/docs'), readFrameworks('./content/frameworks.yaml'));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  markdown: {
    remarkPlugins: [[remarkBaseLinks, { base }]],
  },
  integrations: [
    starlight({
      title: 'Customer Service Playbook',
      description:
        'Five customer-service frameworks in plain English, with checklists and self-assessments that stay in your browser.',
      markdown: { processedDirs: ['./content/docs/'] },
      sidebar,
      lastUpdated: false,
      pagination: true,
      customCss: ['./src/styles/playbook.css'],
      components: {
        ThemeProvider: './src/components/starlight/ThemeProvider.astro',
        ThemeSelect: './src/components/starlight/ThemeSelect.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
      },
      routeMiddleware: './src/lib/route-middleware.ts',
    }),
    mdx(),
    react(),
  ],
});
