// Reads a V8 CPU profile (Chrome DevTools Protocol `Profiler.stop`) for the time spent by scripts
// from one URL prefix: here the extension's content script, in the page's renderer.

interface CpuProfileNode {
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
  /**
   * The script's longest work inside one task, in ms. With `tasks` (from a trace): its samples summed per
   * task of the renderer's main thread, a sample counting no further than its task's end and a task's sum no
   * more than the thread's CPU time in it. Without: its longest uninterrupted stretch of samples (which
   * merges tasks that follow each other with no sample in between).
   */
  longestMs: number;
  /** How many profile nodes belong to the script: 0 means the profile never saw it. */
  frames: number;
  /** Share of the script's sample time that falls inside a traced task (1 without tasks). */
  inTasks: number;
}

/** A task of a thread, from a trace's RunTask events: start and duration in the profile's microseconds. */
export interface Task {
  ts: number;
  dur: number;
  /** The thread's CPU time in the task, in µs (the trace's `tdur`): its wall time less any time descheduled. */
  cpu?: number;
}

/**
 * How long each sample of `profile` lasts, in µs, and which of the `tasks` (sorted by start) it falls in
 * (-1: none, or no tasks given). As DevTools does, a sample lasts until the next one; inside a task, no
 * further than the task's end: when the sampler is starved (a busy host), the next sample can come tens of
 * ms after the task ended, and that gap is not the task's.
 */
export function sampleDurations(profile: CpuProfile, tasks?: Task[]): { us: Float64Array; task: Int32Array } {
  const deltas = profile.timeDeltas ?? [];
  const count = profile.samples?.length ?? 0;
  const us = new Float64Array(count);
  const task = new Int32Array(count).fill(-1);
  let at = profile.startTime;
  let cursor = 0;
  for (let i = 0; i < count; i++) {
    at += deltas[i] ?? 0;
    us[i] = i + 1 < deltas.length ? deltas[i + 1] : 0;
    if (!tasks) continue;
    while (cursor < tasks.length && tasks[cursor].ts + tasks[cursor].dur < at) cursor++;
    const t = tasks[cursor];
    if (t && t.ts <= at) {
      task[i] = cursor;
      us[i] = Math.min(us[i], t.ts + t.dur - at);
    }
  }
  return { us, task };
}

/** Cost of the scripts whose URL starts with `urlPrefix`. */
export function scriptCost(profile: CpuProfile, urlPrefix: string, tasks?: Task[]): ScriptCost {
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
  const sortedTasks = tasks ? [...tasks].sort((a, b) => a.ts - b.ts) : null;
  const timed = sampleDurations(profile, sortedTasks ?? undefined);
  const perTask = new Map<number, number>();
  let totalUs = 0;
  let longestUs = 0;
  let runUs = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i])!;
    const gc = node.callFrame.functionName === '(garbage collector)';
    if (isOwn(samples[i]) || (gc && runUs > 0)) {
      const us = timed.us[i];
      const task = timed.task[i];
      if (task >= 0) perTask.set(task, (perTask.get(task) ?? 0) + us);
      totalUs += us;
      runUs += us;
      longestUs = Math.max(longestUs, runUs);
    } else {
      runUs = 0;
    }
  }
  let inTasks = 1;
  if (sortedTasks) {
    const insideUs = [...perTask.values()].reduce((a, b) => a + b, 0);
    inTasks = totalUs > 0 ? insideUs / totalUs : 1;
    // Sample spacing is wall time: a thread descheduled mid-task (a busy host) inflates the sample it was in.
    // The script's share of a task cannot exceed the CPU time the thread spent in it.
    let clippedUs = 0;
    for (const [i, us] of perTask) {
      const cpu = sortedTasks[i].cpu;
      const kept = cpu === undefined ? us : Math.min(us, cpu);
      perTask.set(i, kept);
      clippedUs += us - kept;
    }
    totalUs -= clippedUs;
    longestUs = Math.max(0, ...perTask.values());
  }
  return { totalMs: totalUs / 1000, longestMs: longestUs / 1000, frames, inTasks };
}

/** A task of the scheduler: its name in the 'toplevel' category, and with DevTools' timeline categories. */
const TASK_EVENTS = new Set(['RunTask']);

/** An event of a Chrome trace, as far as the bench reads it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration of a complete event, in µs. */
  tdur?: number;
  args?: { name?: string };
}

/**
 * The tasks of the renderer main thread that ran the profiled page: among the trace's CrRendererMain threads,
 * the one whose tasks cover the profile's samples best.
 */
export function rendererTasks(events: TraceEvent[], profile: CpuProfile): Task[] {
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const sampleTimes: number[] = [];
  let at = profile.startTime;
  for (const d of profile.timeDeltas ?? []) sampleTimes.push((at += d));
  let best: Task[] = [];
  let bestCover = -1;
  for (const main of mains) {
    const tasks = events
      .filter((e) => TASK_EVENTS.has(e.name) && e.ph === 'X' && e.pid === main.pid && e.tid === main.tid)
      .map((e) => ({ ts: e.ts, dur: e.dur ?? 0, cpu: e.tdur }))
      .sort((a, b) => a.ts - b.ts);
    let cover = 0;
    let t = 0;
    for (const time of sampleTimes) {
      while (t < tasks.length && tasks[t].ts + tasks[t].dur < time) t++;
      if (t < tasks.length && tasks[t].ts <= time) cover++;
    }
    if (cover > bestCover) {
      bestCover = cover;
      best = tasks;
    }
  }
  return best;
}
