// CPU profile and trace of one page, recorded together through the page's DevTools Protocol session.
import type { CDPSession } from 'playwright-core';
import { rendererTasks, type CpuProfile, type Task, type TraceEvent } from './profile';

export interface PageRecording {
  profile: CpuProfile;
  /** The tasks of the page's renderer main thread. */
  tasks: Task[];
}

/** Starts tracing `categories`; the returned function ends the trace and gives its events. */
async function startTracing(cdp: CDPSession, categories: string[]): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories },
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

/** Starts sampling (every 100 µs) and tracing task boundaries; call the returned function to stop. */
export async function recordPage(cdp: CDPSession): Promise<() => Promise<PageRecording>> {
  const endTrace = await startTracing(cdp, [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    '__metadata',
  ]);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    return { profile, tasks: rendererTasks(await endTrace(), profile) };
  };
}

/**
 * The CPU time of a `performance.now()` interval that `work` (one `page.evaluate`, one task of the page's
 * main thread) measures and returns, in ms: the interval less the time the thread was descheduled in that
 * task (its wall time less its thread time, from a trace). A busy host takes the core away at any moment;
 * the extension's own figures leave that time out too.
 */
export async function cpuMsInTask(cdp: CDPSession, work: () => Promise<number>): Promise<number> {
  const endTrace = await startTracing(cdp, ['devtools.timeline', '__metadata']);
  const wallMs = await work();
  return Math.max(0, wallMs - descheduledInLongestTask(await endTrace()));
}

/** Wall time less thread time, in ms, of the longest task on a renderer main thread (the evaluated work). */
export function descheduledInLongestTask(events: TraceEvent[]): number {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest: TraceEvent | null = null;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    if (!longest || (e.dur ?? 0) > (longest.dur ?? 0)) longest = e;
  }
  if (!longest || longest.dur === undefined || longest.tdur === undefined) return 0;
  return Math.max(0, longest.dur - longest.tdur) / 1000;
}
