#!/usr/bin/env node
/** `npm start`: builds the production site, then serves it with Astro's preview server and prints the address. */
import { spawnSync } from 'node:child_process';
import { serve } from './preview-server.mjs';

const build = spawnSync('npx', ['astro', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const { url } = await serve({ dir: 'dist', port: Number(process.env.PORT ?? 4321) });
console.log(`\n  The playbook is being served at ${url}\n  Press Ctrl+C to stop.\n`);
