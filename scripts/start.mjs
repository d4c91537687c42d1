#!/usr/bin/env node
/** `npm start`: builds the production site, then serves it with Astro's preview server and prints the address. */
import { spawnSync } from 'node:child_process';

const run = (args) =>
  spawnSync('npx', ['astro', ...args], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

const build = run(['build']);
if (build.status !== 0) process.exit(build.status ?? 1);
const served = run(['preview', '--host', '127.0.0.1', '--port', process.env.PORT ?? '4321']);
process.exit(served.status ?? 1);
