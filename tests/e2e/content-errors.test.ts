/**
 * Authoring mistakes stop the build with a message that names the file: a copy of
 * the project with one mistake at a time is built for real.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/browser';

// Each test builds its own copy of the project: they can run side by side.
test.describe.configure({ mode: 'parallel' });

let project = '';

/**
 * A copy of the project with `change` applied. It sits in .tmp/ inside the project, so
 * Node finds the project's node_modules by walking up (a symlinked node_modules
 * confuses Vite's module ids).
 */
function brokenCopy(change: (path: (p: string) => string) => void): string {
  mkdirSync('.tmp', { recursive: true });
  project = mkdtempSync(join('.tmp', 'broken-content-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'scripts'])
    cpSync(entry, join(project, entry), { recursive: true });
  change((p) => join(project, p));
  return project;
}

function build(dir: string) {
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}`);
  writeFileSync(file, text.replace(from, to));
};

test.afterEach(() => {
  if (project) rmSync(project, { recursive: true, force: true });
  project = '';
});

test.describe('the build refuses broken content', () => {
  test('a duplicate id and a reference to a missing checklist, each named with its file', () => {
    const dir = brokenCopy((path) => {
      edit(
        path('content/checklists/cus-service.yaml'),
        'id: cus-service-',
        'id: cus-identify-map-everyone\n    # was: cus-service-',
      );
      edit(
        path('content/docs/frameworks/cus/understand-their-needs.mdx'),
        'checklists: [',
        'checklists: [no-such-checklist, ',
      );
    });
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/checklists/cus-service.yaml: checklist item id "cus-identify-map-everyone" is already used in content/checklists/cus-identify.yaml',
    );
    expect(output).toContain(
      'content/docs/frameworks/cus/understand-their-needs.mdx: checklist "no-such-checklist" does not exist',
    );
  });

  test('an unknown framework is named with its file', () => {
    const dir = brokenCopy((path) =>
      edit(path('content/checklists/cus-service.yaml'), 'framework: cus', 'framework: six-sigma'),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('cus-service.yaml');
    expect(output).toContain('unknown framework "six-sigma"');
  });

  test('an empty checklist is named with its file', () => {
    const dir = brokenCopy((path) =>
      writeFileSync(
        path('content/checklists/cus-service.yaml'),
        'id: cus-service\nframework: cus\ntitle: Serve their needs\nchapter: frameworks/cus/service-those-needs\nitems: []\n',
      ),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('cus-service.yaml');
    expect(output).toContain('a checklist needs at least one item');
  });

  test('an id longer than saved answers accept is named with its file', () => {
    const long = `cus-service-${'x'.repeat(120)}`;
    const dir = brokenCopy((path) =>
      edit(path('content/checklists/cus-service.yaml'), 'id: cus-service-read-before-contact', `id: ${long}`),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('cus-service.yaml');
    expect(output).toContain('ids are at most 120 characters');
  });
});
