import { describe, expect, it } from 'vitest';
import { summariseLayoutProfile, type CpuProfile } from '../pipeline/bench/layout-profile.ts';

const paginate = 'https://print.duizhao.invalid/print/paginate.js';
const measureJs = 'https://print.duizhao.invalid/print/paginate-measure.js';
const pagesJs = 'https://print.duizhao.invalid/print/paginate-pages.js';

/** A profile of a layout: paginate.js measuring, planning and cutting, with layouts forced on the way, and idle time. */
function profile(): CpuProfile {
  const frame = (functionName: string, url = '') => ({ functionName, url });
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 7, 8] },
      { id: 2, callFrame: frame('duizhaoLayout', paginate), children: [3, 5, 11] },
      { id: 3, callFrame: frame('measure', measureJs), children: [4, 9] },
      { id: 4, callFrame: frame('getBoundingClientRect') },
      { id: 9, callFrame: frame('lineBoxes', measureJs), children: [10] },
      { id: 10, callFrame: frame('getClientRects') },
      { id: 5, callFrame: frame('plan', pagesJs), children: [6] },
      { id: 6, callFrame: frame('breakBefore', pagesJs), children: [12] },
      { id: 12, callFrame: frame('lineStart', pagesJs), children: [13] },
      { id: 13, callFrame: frame('getClientRects') },
      { id: 11, callFrame: frame('cut', pagesJs) },
      { id: 7, callFrame: frame('(idle)') },
      { id: 8, callFrame: frame('(program)') },
    ],
    samples: [4, 10, 9, 13, 6, 11, 2, 7, 8],
    timeDeltas: [1000, 2000, 500, 3000, 250, 4000, 125, 100_000, 50_000],
  };
}

describe('layout profile (bench)', () => {
  it('counts each sample once, in the innermost phase on its stack, and forced layouts wherever called', () => {
    expect(summariseLayoutProfile(profile())).toEqual({
      busyMs: 10.875, // idle and (program) excluded
      phasesMs: {
        measure: 3.5, // 1 + 2 (lineBoxes, a helper, counts in measure) + 0.5
        plan: 3.25, // lineStart's layout under breakBefore (3) + breakBefore itself (0.25), not twice for plan above it
        build: 4,
        finish: 0,
      },
      forcedLayoutMs: 6, // 1 + 2 + 3
    });
  });

  it('counts nothing in a phase for a function of the same name outside the paginator', () => {
    const p = profile();
    p.nodes.find((n) => n.id === 11)!.callFrame.url = 'https://print.duizhao.invalid/other.js';
    expect(summariseLayoutProfile(p).phasesMs.build).toBe(0);
  });
});
