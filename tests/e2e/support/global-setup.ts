/**
 * Playwright global setup: serves the production build once for every browser test
 * file and every worker. Workers read the address from E2E_BASE_URL (see browser.ts).
 * This is the one place that knows which server serves the build.
 */
import { existsSync } from 'node:fs';
import { serve } from '../../../scripts/preview-server.mjs';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${dir}/index.html`))
    throw new Error(`No production build in ${dir}/. Run \`npm run build\` first (npm test does this for you).`);
  const { url, close } = await serve({ dir, port: 0, base: process.env.BASE_PATH ?? '/' });
  process.env.E2E_BASE_URL = url;
  return async () => {
    await close();
  };
}
