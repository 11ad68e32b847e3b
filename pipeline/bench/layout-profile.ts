/**
 * Where a PDF's pagination time goes, from a CPU profile of the print tab taken
 * by Chromium's own profiler (CDP `Profiler`) while layout.js runs Paged.js.
 * The bench prints it for the long report (issue 16 asks for "the profile that
 * shows it" wherever a target is missed).
 *
 * A sample counts once in a group when any frame of its stack belongs to the
 * group (inclusive time), so nested calls are not counted twice.
 */

/** The parts of a CDP `Profiler.Profile` we read. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  samples: number[];
  /** Microseconds since the previous sample. */
  timeDeltas: number[];
}

export interface LayoutProfile {
  /** Sampled time of the whole layout call, idle excluded. */
  busyMs: number;
  /** Paged.js placing footnotes: its Footnotes handler (findVisibleFootnotes, moveFootnote and what they call). */
  footnotesMs: number;
  /** Layouts forced by reading geometry (getBoundingClientRect, getClientRects), wherever called. */
  forcedLayoutMs: number;
  /** Duizhao's own layout.js (widows/orphans, page references, the report), Paged.js hooks excluded. */
  layoutScriptMs: number;
}

const footnoteFunctions = new Set(['findVisibleFootnotes', 'moveFootnote']);
const geometryFunctions = new Set(['getBoundingClientRect', 'getClientRects']);
const idleFunctions = new Set(['(idle)', '(program)']);

export function summariseLayoutProfile(profile: Readonly<CpuProfile>): LayoutProfile {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const summary: LayoutProfile = { busyMs: 0, footnotesMs: 0, forcedLayoutMs: 0, layoutScriptMs: 0 };
  profile.samples.forEach((leafId, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const leaf = byId.get(leafId);
    if (!leaf || idleFunctions.has(leaf.callFrame.functionName)) return;
    summary.busyMs += ms;
    if (geometryFunctions.has(leaf.callFrame.functionName)) summary.forcedLayoutMs += ms;
    let inFootnotes = false;
    let innermostScript: string | undefined;
    for (let id: number | undefined = leafId; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      if (footnoteFunctions.has(frame.functionName) && frame.url.endsWith('paged.polyfill.js')) inFootnotes = true;
      if (innermostScript === undefined && frame.url !== '') innermostScript = frame.url;
    }
    // Time in layout.js's own code (and the browser calls it makes), not in Paged.js code it called.
    const inLayoutScript = innermostScript?.endsWith('/layout.js') ?? false;
    if (inFootnotes) summary.footnotesMs += ms;
    if (inLayoutScript) summary.layoutScriptMs += ms;
  });
  return summary;
}
