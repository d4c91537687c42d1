import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { serve } from '../../../scripts/preview-server.mjs';
import { ensureChromium } from './chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

/** Serves the production build once for every browser test file. */
export default async function setup(project: TestProject) {
  const dir = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${dir}/index.html`))
    throw new Error(`No production build in ${dir}/. Run \`npm run build\` first (npm test does this for you).`);
  const { url, close } = await serve({ dir, port: 0, base: process.env.BASE_PATH ?? '/' });
  project.provide('baseUrl', url);
  project.provide('chromiumPath', ensureChromium());
  return close;
}
