import { describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cspHash, inlineScriptBodies, inlineScriptHashes } from '../../scripts/csp-hashes.mjs';

describe('CSP hashes for inline scripts', () => {
  test('are sha256 in base64, the form a policy expects', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  test('cover only `is:inline` scripts, exactly as written, whatever their other attributes', () => {
    const source = [
      '<script is:inline>\n  a();\n</script>',
      '<script is:inline aria-hidden="true">b();</script>',
      '<script>import "./bundled";</script>',
    ].join('\n');
    expect(inlineScriptBodies(source)).toEqual(['\n  a();\n', 'b();']);
  });

  test('are collected from every .astro file under the folders given, once each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-hashes-'));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'A.astro'), '<script is:inline>one()</script>');
    writeFileSync(join(dir, 'nested', 'B.astro'), '<script is:inline>one()</script><script is:inline>two()</script>');
    writeFileSync(join(dir, 'nested', 'notes.md'), '<script is:inline>three()</script>');
    expect(inlineScriptHashes([dir])).toEqual([cspHash('one()'), cspHash('two()')].sort());
  });
});
