/**
 * Where a PDF's pagination time goes, from a CPU profile of the print tab taken
 * by Chromium's own profiler (CDP `Profiler`) while the paginator runs
 * (paginate-measure.js, paginate-pages.js, paginate.js). The bench
 * prints it for every PDF (issue 16 asks for "the profile that shows it"
 * wherever a target is missed).
 *
 * A sample counts in the phase of the innermost paginate.js phase function on
 * its stack (so a helper counts where it was called from), and in the forced
 * layouts when its leaf reads geometry; nothing is counted twice in one group.
 */

/** The parts of a CDP `Profiler.Profile` we read. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  samples: number[];
  /** Microseconds since the previous sample. */
  timeDeltas: number[];
}

/** The paginator's phases, by the functions of paginate.js that carry them out. */
export const layoutPhases = {
  /** Laying the flow out once and reading its lines and blocks; measuring the footnotes. */
  measure: ['measure', 'pageGeometry'],
  /** Which breaks are forced, avoided or allowed, and where the pages break. */
  plan: ['breakBefore', 'plan'],
  /** Cutting the flow into page boxes, and checking them (Chromium lays the pages out). */
  build: ['cut', 'pageBox', 'overflowingPages'],
  /** Typesetting faults, running heads, page references and the report. */
  finish: ['faults', 'runningHeads', 'report'],
} as const;

export type LayoutPhase = keyof typeof layoutPhases;

export interface LayoutProfile {
  /** Sampled time of the whole layout call, idle excluded. */
  busyMs: number;
  /** Time per phase (the rest of the busy time is the layout call's own code and Chromium's work outside it). */
  phasesMs: Record<LayoutPhase, number>;
  /** Layouts forced by reading geometry (getBoundingClientRect, getClientRects, …), wherever called. */
  forcedLayoutMs: number;
}

const geometryFunctions = new Set(['getBoundingClientRect', 'getClientRects', 'scrollHeight', 'offsetHeight']);
const idleFunctions = new Set(['(idle)', '(program)']);
const phaseOf = new Map<string, LayoutPhase>(
  (Object.entries(layoutPhases) as Array<[LayoutPhase, readonly string[]]>).flatMap(([phase, names]) => names.map((name) => [name, phase] as const)),
);

export function summariseLayoutProfile(profile: Readonly<CpuProfile>): LayoutProfile {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const summary: LayoutProfile = { busyMs: 0, phasesMs: { measure: 0, plan: 0, build: 0, finish: 0 }, forcedLayoutMs: 0 };
  profile.samples.forEach((leafId, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const leaf = byId.get(leafId);
    if (!leaf || idleFunctions.has(leaf.callFrame.functionName)) return;
    summary.busyMs += ms;
    if (geometryFunctions.has(leaf.callFrame.functionName)) summary.forcedLayoutMs += ms;
    for (let id: number | undefined = leafId; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      const phase = /\/paginate(-[a-z]+)?\.js$/.test(frame.url) ? phaseOf.get(frame.functionName) : undefined;
      if (phase) {
        summary.phasesMs[phase] += ms;
        break;
      }
    }
  });
  return summary;
}
