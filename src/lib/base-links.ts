/**
 * Markdown links are not rewritten for Astro's `base`. Authors write root paths
 * (`/frameworks/cus/`); this Markdown plugin prefixes them with the deploy sub-path so
 * the same content works at / and at /playbook/. It is a plugin for Sätteri, Astro's
 * native Markdown processor: a remark plugin would switch the whole build to the
 * unified pipeline, which made compiling 1,000 chapters four times slower.
 */
import type { MdastPluginDefinition } from 'satteri';

/** `/x/` under base `/playbook/` becomes `/playbook/x/`; other links are left alone. */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || url === prefix || url.startsWith(prefix + '/')) return url;
  return prefix + url;
}

/** Sätteri plugin: every link and link definition gets the deploy sub-path. */
export function baseLinksPlugin(base = '/'): MdastPluginDefinition {
  return {
    name: 'playbook-base-links',
    link(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    definition(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  };
}
