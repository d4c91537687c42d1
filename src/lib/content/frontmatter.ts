/**
 * The one reader of a page file's frontmatter outside Astro's content layer: the
 * sidebar (built at config time, before collections exist), the benchmark's page
 * generator and the tests use it, so they all read a page the same way.
 */
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A Markdown/MDX file's YAML frontmatter (an empty object when it has none) and the body after it. */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text };
  const data = parse(match[1]!) as unknown;
  if (data !== null && (typeof data !== 'object' || Array.isArray(data)))
    throw new Error('The frontmatter is not a set of fields (name: value).');
  return { data: (data ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}
