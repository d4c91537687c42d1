import { describe, expect, test } from 'vitest';
import { remarkBaseLinks, withBase } from '~/lib/remark-base-links';

describe('links in Markdown under a deploy sub-path', () => {
  test('root paths get the sub-path', () => {
    expect(withBase('/frameworks/cus/', '/playbook/')).toBe('/playbook/frameworks/cus/');
    expect(withBase('/frameworks/cus/#check-yourself', '/playbook')).toBe('/playbook/frameworks/cus/#check-yourself');
  });
  test('nothing changes at the root, for relative, external or already prefixed links', () => {
    expect(withBase('/frameworks/cus/', '/')).toBe('/frameworks/cus/');
    expect(withBase('../listening/', '/playbook/')).toBe('../listening/');
    expect(withBase('https://example.org/', '/playbook/')).toBe('https://example.org/');
    expect(withBase('//cdn.example.org/x', '/playbook/')).toBe('//cdn.example.org/x');
    expect(withBase('#top', '/playbook/')).toBe('#top');
    expect(withBase('/playbook/glossary/', '/playbook/')).toBe('/playbook/glossary/');
  });
  test('the plugin rewrites links and link definitions anywhere in the tree', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'link', url: '/glossary/', children: [] }] },
        { type: 'definition', url: '/start-here/' },
      ],
    };
    remarkBaseLinks({ base: '/playbook/' })(tree);
    expect(JSON.stringify(tree)).toContain('"/playbook/glossary/"');
    expect(JSON.stringify(tree)).toContain('"/playbook/start-here/"');
  });
});
