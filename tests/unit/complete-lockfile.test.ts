import { describe, expect, test } from 'vitest';
import { completeLockfile, platformOf } from '../../scripts/complete-lockfile.mjs';

describe('completing the lockfile for npm ci', () => {
  test('reads the platform from a package name', () => {
    expect(platformOf('@pagefind/darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
    expect(platformOf('@pagefind/windows-x64')).toEqual({ os: ['win32'], cpu: ['x64'] });
    expect(platformOf('@napi-rs/canvas-linux-x64-musl')).toEqual({ os: ['linux'], cpu: ['x64'], libc: ['musl'] });
    expect(platformOf('@astrojs/compiler-binding-wasm32-wasi')).toEqual({ cpu: ['wasm32'] });
  });

  test('adds missing optional packages, nested where another version holds the hoisted slot', () => {
    const lock = {
      packages: {
        '': { devDependencies: {} },
        'node_modules/pagefind': {
          version: '1.6.0',
          optionalDependencies: { '@pagefind/linux-x64': '1.6.0', '@pagefind/darwin-arm64': '1.6.0' },
        },
        'node_modules/@pagefind/linux-x64': { version: '1.6.0', optional: true, os: ['linux'], cpu: ['x64'] },
        'node_modules/binding': {
          version: '0.5.1',
          dev: true,
          optionalDependencies: { 'binding-darwin-x64': '0.5.1' },
        },
        'node_modules/binding-darwin-x64': { version: '0.4.1', optional: true },
      },
    };
    const added = completeLockfile(lock);
    expect(added).toEqual([
      'node_modules/@pagefind/darwin-arm64@1.6.0',
      'node_modules/binding/node_modules/binding-darwin-x64@0.5.1',
    ]);
    expect(lock.packages['node_modules/@pagefind/darwin-arm64' as keyof typeof lock.packages]).toEqual({
      version: '1.6.0',
      optional: true,
      os: ['darwin'],
      cpu: ['arm64'],
    });
    expect(completeLockfile(lock)).toEqual([]); // nothing left to add
  });
});
