// Reads a profile written by Firefox's own profiler (the Gecko profiler, started with MOZ_PROFILER_STARTUP and
// written at shutdown to MOZ_PROFILER_SHUTDOWN): the CPU time that an extension's scripts took on the main
// thread of the web pages' content processes, in given windows of time.
//
// A sample counts when a frame of the extension (a moz-extension:// script) is on its stack, so the
// extension's callees (DOM calls, regular expressions, the engine's own helpers) count with it; the
// sample's CPU delta (the thread's CPU time since the previous sample) is what it adds. The extension
// process's own main thread (the background page) is not a page's cost and is left out.

/** The parts of the Gecko profile format (processed by Firefox at shutdown, version ≥ 24) read here. */
export interface GeckoProfile {
  meta: { startTime: number; sampleUnits?: { threadCPUDelta?: string } };
  threads: GeckoThread[];
  processes?: GeckoProfile[];
}

interface GeckoTable {
  schema: Record<string, number>;
  data: (number | null)[][];
}

export interface GeckoThread {
  name: string;
  processName?: string;
  processType?: string;
  stringTable: string[];
  stackTable: GeckoTable;
  frameTable: GeckoTable;
  samples: GeckoTable;
}

/** A stretch of wall-clock time (ms since the epoch, as Date.now()) with the label it is reported under. */
export interface TimeWindow {
  label: string;
  from: number;
  to: number;
}

/** Processes whose main thread runs web pages (and so the content scripts in them). */
function isPageThread(thread: GeckoThread): boolean {
  return thread.name === 'GeckoMain' && /Web Content/.test(thread.processName ?? '');
}

const NS_PER_MS = 1e6;

/**
 * The extension's CPU time in each window, ms, summed over the page processes. Windows may share no
 * sample with one another; a sample outside every window is not counted.
 */
export function extensionCpuByWindow(
  profile: GeckoProfile,
  windows: TimeWindow[],
  scriptPrefix = 'moz-extension://',
): Map<string, number> {
  const totals = new Map(windows.map((w) => [w.label, 0]));
  for (const process of [profile, ...(profile.processes ?? [])]) {
    const units = process.meta.sampleUnits?.threadCPUDelta;
    const toMs = units === 'µs' ? 1e-3 : units === 'ns' ? 1 / NS_PER_MS : 1;
    for (const thread of process.threads) {
      if (!isPageThread(thread)) continue;
      const inExtension = stacksInScripts(thread, scriptPrefix);
      const { schema, data } = thread.samples;
      for (const sample of data) {
        const stack = sample[schema.stack];
        if (stack === null || !inExtension(stack)) continue;
        const at = process.meta.startTime + (sample[schema.time] ?? 0);
        const window = windows.find((w) => at >= w.from && at <= w.to);
        if (!window) continue;
        totals.set(window.label, totals.get(window.label)! + (sample[schema.threadCPUDelta] ?? 0) * toMs);
      }
    }
  }
  return totals;
}

/** Whether a stack (by index) has a frame of a script whose address starts with the prefix. */
function stacksInScripts(thread: GeckoThread, prefix: string): (stack: number) => boolean {
  const { stackTable, frameTable, stringTable } = thread;
  const known = new Map<number, boolean>();
  const look = (stack: number): boolean => {
    const seen = known.get(stack);
    if (seen !== undefined) return seen;
    const row = stackTable.data[stack];
    const frame = frameTable.data[row[stackTable.schema.frame]!];
    const location = stringTable[frame[frameTable.schema.location]!] ?? '';
    const prefixStack = row[stackTable.schema.prefix];
    const inside = location.includes(prefix) || (prefixStack !== null && look(prefixStack));
    known.set(stack, inside);
    return inside;
  };
  return look;
}
