import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { baseLinksPlugin, withBase } from '~/lib/base-links';

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
  test('the plugin rewrites links and link definitions anywhere in the document', async () => {
    const markdown =
      '- see [the glossary](/glossary/)\n\n> [start][s]\n\n[s]: /start-here/\n\n[out](https://example.org/)';
    const { html } = await markdownToHtml(markdown, { mdastPlugins: [baseLinksPlugin('/playbook/')] });
    expect(html).toContain('href="/playbook/glossary/"');
    expect(html).toContain('href="/playbook/start-here/"');
    expect(html).toContain('href="https://example.org/"');
  });
  test('at the root the plugin changes nothing', async () => {
    const { html } = await markdownToHtml('[the glossary](/glossary/)', { mdastPlugins: [baseLinksPlugin('/')] });
    expect(html).toContain('href="/glossary/"');
  });
});
