import { describe, expect, it } from 'vitest';
import { summariseLayoutProfile, type CpuProfile } from '../pipeline/bench/layout-profile.ts';

const paged = 'https://print.duizhao.invalid/pagedjs/paged.polyfill.js';
const layoutJs = 'https://print.duizhao.invalid/print/layout.js';

/** A profile of a layout: Paged.js placing a footnote, layout.js's widows/orphans handler, idle time. */
function profile(): CpuProfile {
  const frame = (functionName: string, url = '') => ({ functionName, url });
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 7, 8] },
      { id: 2, callFrame: frame('renderTo', paged), children: [3, 5] },
      { id: 3, callFrame: frame('findVisibleFootnotes', paged), children: [4, 9] },
      { id: 4, callFrame: frame('getBoundingClientRect') },
      { id: 9, callFrame: frame('moveFootnote', paged), children: [10] },
      { id: 10, callFrame: frame('getBoundingClientRect') },
      { id: 5, callFrame: frame('onOverflow', layoutJs), children: [6] },
      { id: 6, callFrame: frame('getClientRects') },
      { id: 7, callFrame: frame('(idle)') },
      { id: 8, callFrame: frame('(program)') },
    ],
    samples: [4, 10, 9, 6, 5, 2, 7, 8],
    timeDeltas: [1000, 2000, 500, 3000, 250, 4000, 100_000, 50_000],
  };
}

describe('layout profile (bench)', () => {
  it('counts footnote placement inclusively and once, forced layouts wherever called, and layout.js by its own frames', () => {
    expect(summariseLayoutProfile(profile())).toEqual({
      busyMs: 10.75, // idle and (program) excluded
      footnotesMs: 3.5, // 1 + 2 (moveFootnote under findVisibleFootnotes, counted once) + 0.5
      forcedLayoutMs: 6, // 1 + 2 + 3
      layoutScriptMs: 3.25, // getClientRects called by onOverflow, and onOverflow itself
    });
  });

  it('does not count Paged.js code as layout.js time when layout.js is further up the stack', () => {
    const p = profile();
    // duizhaoLayout (layout.js) → renderTo (Paged.js) → findVisibleFootnotes → …
    p.nodes.push({ id: 11, callFrame: { functionName: 'duizhaoLayout', url: layoutJs }, children: [2] });
    p.nodes[0].children = [11, 7, 8];
    expect(summariseLayoutProfile(p).layoutScriptMs).toBe(3.25);
  });
});
