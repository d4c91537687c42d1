import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '~/lib/content/frontmatter';

describe('frontmatter', () => {
  test('fields and body are split at the closing line', () => {
    const { data, body } = splitFrontmatter('---\ntitle: Hello\naliases:\n  - hi\n---\n\n## First\n---\nrule');
    expect(data).toEqual({ title: 'Hello', aliases: ['hi'] });
    expect(body).toBe('\n## First\n---\nrule');
  });

  test('Windows line endings are read the same', () => {
    expect(splitFrontmatter('---\r\ntitle: Hello\r\n---\r\nBody').data).toEqual({ title: 'Hello' });
  });

  test('a file without frontmatter has no fields and is all body', () => {
    expect(splitFrontmatter('# Just text\n')).toEqual({ data: {}, body: '# Just text\n' });
  });

  test('empty frontmatter is no fields', () => {
    expect(splitFrontmatter('---\n\n---\nBody').data).toEqual({});
  });

  test('frontmatter that is not a set of fields is refused', () => {
    expect(() => splitFrontmatter('---\n- a\n- b\n---\n')).toThrow(/not a set of fields/);
  });
});
