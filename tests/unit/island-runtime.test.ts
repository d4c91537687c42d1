import { describe, expect, it } from 'vitest';
import { hoistIslandRuntime } from '~/lib/island-runtime';

const RUNTIME =
  '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style><script>(()=>{early})()</script><script>(()=>{define})()</script>';
const island = (n: number) => `<astro-island uid="${n}"><p>${n}</p><!--astro:end--></astro-island>`;

describe('hoistIslandRuntime', () => {
  it('moves the runtime written beside a later island to before the first island and its directive script', () => {
    const html = `<main><script>(()=>{visible})()</script>${island(1)}${island(2)}${RUNTIME}${island(3)}</main>`;
    expect(hoistIslandRuntime(html)).toBe(
      `<main>${RUNTIME}<script>(()=>{visible})()</script>${island(1)}${island(2)}${island(3)}</main>`,
    );
  });

  it('leaves a page alone when the runtime already comes first, or there is no island', () => {
    const first = `<main>${RUNTIME}${island(1)}${island(2)}</main>`;
    expect(hoistIslandRuntime(first)).toBe(first);
    expect(hoistIslandRuntime('<main><p>Reading only</p></main>')).toBe('<main><p>Reading only</p></main>');
  });

  it('stops at anything but a bare script right before the island', () => {
    const html = `<script>(()=>{head})()</script><main><p>Text</p>${island(1)}${RUNTIME}${island(2)}</main>`;
    expect(hoistIslandRuntime(html)).toBe(
      `<script>(()=>{head})()</script><main><p>Text</p>${RUNTIME}${island(1)}${island(2)}</main>`,
    );
  });
});
