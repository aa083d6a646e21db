// Reads a V8 CPU profile (Chrome DevTools Protocol `Profiler.stop`) for the time spent by scripts
// from one URL prefix: here the extension's content script, in the page's renderer.

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  /** Microseconds between consecutive samples; timeDeltas[i] precedes samples[i]. */
  timeDeltas?: number[];
}

export interface ScriptCost {
  /** Milliseconds of samples whose stack holds a frame of the script (its callees, builtins and GC included). */
  totalMs: number;
  /** The longest uninterrupted stretch of such samples, in milliseconds: the longest task it caused. */
  longestMs: number;
  /** How many profile nodes belong to the script: 0 means the profile never saw it. */
  frames: number;
}

/** Cost of the scripts whose URL starts with `urlPrefix`. */
export function scriptCost(profile: CpuProfile, urlPrefix: string): ScriptCost {
  const parent = new Map<number, number>();
  const byId = new Map<number, CpuProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const own = new Map<number, boolean>();
  const isOwn = (id: number): boolean => {
    const known = own.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const result = node.callFrame.url.startsWith(urlPrefix) || (up !== undefined && isOwn(up));
    own.set(id, result);
    return result;
  };
  const frames = profile.nodes.filter((n) => n.callFrame.url.startsWith(urlPrefix)).length;

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalUs = 0;
  let longestUs = 0;
  let runUs = 0;
  for (let i = 0; i < samples.length; i++) {
    // As DevTools does: a sample lasts until the next one.
    const durationUs = i + 1 < deltas.length ? deltas[i + 1] : 0;
    const node = byId.get(samples[i])!;
    const gc = node.callFrame.functionName === '(garbage collector)';
    if (isOwn(samples[i]) || (gc && runUs > 0)) {
      totalUs += durationUs;
      runUs += durationUs;
      longestUs = Math.max(longestUs, runUs);
    } else {
      runUs = 0;
    }
  }
  return { totalMs: totalUs / 1000, longestMs: longestUs / 1000, frames };
}
