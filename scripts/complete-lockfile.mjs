#!/usr/bin/env node
/**
 * Makes package-lock.json acceptable to `npm ci` on every platform.
 *
 * The registry this project is built against serves only some platforms' builds of
 * packages with native binaries (pagefind, the Astro compiler, canvas…). `npm install`
 * then leaves the other platforms' optional packages out of the lockfile, and `npm ci`
 * refuses the lockfile as out of sync. This adds an entry for each missing optional
 * package, with the os/cpu/libc its name declares, so `npm ci` accepts the lockfile and
 * skips the ones that do not fit the machine, as it always does.
 *
 *   node scripts/complete-lockfile.mjs          (after every `npm install`)
 *   node scripts/complete-lockfile.mjs --check  (exit 1 when entries are missing)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import semver from 'semver';

const OS = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  android: 'android',
  openbsd: 'openbsd',
  netbsd: 'netbsd',
  sunos: 'sunos',
  aix: 'aix',
  openharmony: 'openharmony',
};
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64', 'wasm32', 'mips64el'];

/** Platform fields a package name such as `@pagefind/linux-arm64` or `x-linux-x64-musl` declares. */
export function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const fields = {};
  const os = parts.find((p) => OS[p]);
  const cpu = parts.find((p) => CPU.includes(p));
  if (os) fields.os = [OS[os]];
  if (cpu) fields.cpu = [cpu];
  if (parts.includes('musl')) fields.libc = ['musl'];
  else if (parts.includes('gnu') || parts.includes('gnueabihf')) fields.libc = ['glibc'];
  return fields;
}

/** Where Node would find `name` for the package at `path`: the nearest node_modules up the tree. */
function resolve(packages, path, name) {
  let dir = path;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return null;
    const at = dir.lastIndexOf('/node_modules/');
    dir = at === -1 ? '' : dir.slice(0, at);
  }
}

export function completeLockfile(lock) {
  const packages = lock.packages;
  const added = [];
  for (const [path, entry] of Object.entries(packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const found = resolve(packages, path, name);
      if (found && semver.satisfies(packages[found].version, range)) continue;
      const version = semver.minVersion(range)?.version ?? range;
      const hoisted = `node_modules/${name}`;
      const target = !packages[hoisted] ? hoisted : `${path ? `${path}/` : ''}node_modules/${name}`;
      packages[target] = {
        version,
        ...(entry.dev ? { dev: true } : {}),
        optional: true,
        ...platformOf(name),
      };
      added.push(`${target}@${version}`);
    }
  }
  return added;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const added = completeLockfile(lock);
  if (process.argv.includes('--check')) {
    if (added.length) {
      console.error(
        `package-lock.json lacks ${added.length} optional platform package(s); run node scripts/complete-lockfile.mjs`,
      );
      process.exit(1);
    }
    console.log('package-lock.json is complete.');
  } else {
    writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
    console.log(added.length ? `Added ${added.length} entries:\n  ${added.join('\n  ')}` : 'Nothing to add.');
  }
}
