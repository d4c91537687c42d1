/**
 * Astro writes its island runtime (the islands' <style>, the first directive's script and
 * the script defining <astro-island>) beside the island whose server render finished
 * first. Islands in MDX render in parallel, so with Preact that is often not the first
 * island in the page. The islands above it are then complete before <astro-island> is
 * defined and wait for DOMContentLoaded (after every module script) before their
 * directive runs, so `client:early` misses input made meanwhile; and the <style> sits
 * after elements it styles, which HTML forbids for a <style> in <body>.
 */
const RUNTIME =
  /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style><script>[\s\S]*?<\/script><script>[\s\S]*?<\/script>/;

/** The page with Astro's island runtime moved to just before its first island (unchanged if already there). */
export function hoistIslandRuntime(html: string): string {
  const runtime = RUNTIME.exec(html);
  const first = html.indexOf('<astro-island');
  if (!runtime || first < 0 || first > runtime.index) return html;
  // Before the directive scripts Astro wrote for that island too: the <style> must open its parent.
  let at = first;
  for (;;) {
    const open = html.lastIndexOf('<script>', at);
    // Only a bare <script> whose own end tag ends right here (never a <script> further up).
    if (open < 0 || html.indexOf('</script>', open) + '</script>'.length !== at) break;
    at = open;
  }
  const rest = html.slice(0, runtime.index) + html.slice(runtime.index + runtime[0].length);
  return rest.slice(0, at) + runtime[0] + rest.slice(at);
}
