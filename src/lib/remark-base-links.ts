/**
 * Markdown links are not rewritten for Astro's `base`. Authors write root paths
 * (`/frameworks/cus/`); this remark plugin prefixes them with the deploy sub-path so
 * the same content works at / and at /playbook/.
 */
interface Node {
  type: string;
  url?: string;
  children?: Node[];
}

/** `/x/` under base `/playbook/` becomes `/playbook/x/`; other links are left alone. */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || url === prefix || url.startsWith(prefix + '/')) return url;
  return prefix + url;
}

export function remarkBaseLinks({ base = '/' }: { base?: string } = {}) {
  const visit = (node: Node) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url) node.url = withBase(node.url, base);
    node.children?.forEach(visit);
  };
  return (tree: Node) => visit(tree);
}
