/**
 * Finds a program the tests need from the system (a browser, Java). Never downloads
 * one: uses the environment variable if set, then the usual install locations, then
 * (on Debian, as root) installs Debian's package; otherwise explains how to get it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const isDebian = () =>
  existsSync('/etc/debian_version') || /ID(_LIKE)?=.*debian/.test(readFileSync('/etc/os-release', 'utf8'));

/**
 * @typedef {{ what: string, envVar: string, candidates: string[], debianPackage: string, hint: string }} Tool
 * @param {Tool} tool
 * @returns {string | undefined} the path, or undefined when none is installed
 */
function findBinary({ envVar, candidates }) {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envVar} is set to ${fromEnv}, but there is no file there.`);
  }
  return candidates.find((path) => existsSync(path));
}

/**
 * Returns the path of the program, installing Debian's package when that is possible.
 * @param {Tool} tool
 */
export function ensureBinary(tool) {
  const found = findBinary(tool);
  if (found) return found;
  if (process.getuid?.() === 0 && isDebian()) {
    console.log(`No ${tool.what} found: installing Debian's "${tool.debianPackage}" package (apt-get)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', tool.debianPackage], { stdio: 'inherit', env });
    const installed = findBinary(tool);
    if (installed) return installed;
  }
  throw new Error(`${tool.hint} Nothing is ever downloaded from outside a package manager.`);
}
