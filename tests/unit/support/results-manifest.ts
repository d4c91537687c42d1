/**
 * The results manifest built from the real content/ files, as the build makes it,
 * for unit tests of src/lib/results. Content is parsed with the same schemas.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import {
  AssessmentSchema,
  ChecklistSchema,
  CrosswalkThemeSchema,
  FrameworkSchema,
  PageFieldsSchema,
  type Framework,
  type FrameworkId,
} from '~/lib/content/schemas';
import type { Answers } from '~/lib/answers';
import { splitFrontmatter } from '~/lib/content/frontmatter';
import { buildManifest, outline, type ResultsManifest } from '~/lib/results/manifest';

const root = new URL('../../../content/', import.meta.url).pathname;
const yamlFiles = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => parse(readFileSync(join(root, dir, f), 'utf8')) as unknown);

function pages() {
  const found: { id: string; data: { order: number; dimension?: string; aliases: string[] } }[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/^[^_].*\.mdx?$/.test(name)) {
        const data = PageFieldsSchema.parse(splitFrontmatter(readFileSync(path, 'utf8')).data);
        const id = relative(join(root, 'docs'), path)
          .replace(/\.mdx?$/, '')
          .replace(/(^|\/)index$/, '');
        found.push({ id: id || 'index', data });
      }
    }
  };
  walk(join(root, 'docs'));
  return found;
}

let cached: ResultsManifest | undefined;
/** The manifest of the playbook's real content. */
export function realManifest(): ResultsManifest {
  if (cached) return cached;
  const frameworkEntries = parse(readFileSync(join(root, 'frameworks.yaml'), 'utf8')) as Record<string, unknown>;
  const frameworks: Framework[] = Object.entries(frameworkEntries)
    .map(([id, f]) => ({ ...FrameworkSchema.parse(f), id: id as FrameworkId }))
    .sort((a, b) => a.order - b.order);
  const assessments = yamlFiles('assessments').map((a) => AssessmentSchema.parse(a));
  const checklists = yamlFiles('checklists').map((c) => ChecklistSchema.parse(c));
  const crosswalk = (parse(readFileSync(join(root, 'crosswalk.yaml'), 'utf8')) as unknown[]).map((t) =>
    CrosswalkThemeSchema.parse(t),
  );
  cached = buildManifest({
    frameworks,
    assessments: new Map(assessments.map((a) => [a.id, a])),
    checklists: new Map(checklists.map((c) => [c.id, c])),
    crosswalk,
    pages: pages(),
  });
  return cached;
}

export const realOutline = () => outline(realManifest());

/** Answers rating every statement of the given dimensions with one value. */
export function rateAll(
  manifest: ResultsManifest,
  values: Record<string, 1 | 2 | 3 | 4 | 5 | 'na'>,
  at = '2026-11-01T10:00:00.000Z',
): Answers {
  const statements: Answers['statements'] = {};
  for (const f of manifest.frameworks)
    for (const d of f.dimensions) {
      const value = values[d.id];
      if (value !== undefined) for (const s of d.statements) statements[s.id] = { value, updatedAt: at };
    }
  return { version: 1, items: {}, statements };
}
