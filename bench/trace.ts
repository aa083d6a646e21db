// CPU profile and trace of one page, recorded together through the page's DevTools Protocol session.
import type { CDPSession } from 'playwright-core';
import { rendererTasks, type CpuProfile, type Task, type TraceEvent } from './profile';

export interface PageRecording {
  profile: CpuProfile;
  /** The tasks of the page's renderer main thread. */
  tasks: Task[];
}

/** Starts sampling (every 100 µs) and tracing task boundaries; call the returned function to stop. */
export async function recordPage(cdp: CDPSession): Promise<() => Promise<PageRecording>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] },
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return { profile, tasks: rendererTasks(events, profile) };
  };
}

/**
 * Runs `work` (one `page.evaluate`, one task of the page's main thread) while tracing, and returns its result
 * with the time the thread was descheduled in that task: the task's wall time less its thread time. A busy
 * host takes the core away at any moment; subtracting that from a `performance.now()` interval measured in
 * the task gives its CPU time, as the extension's own figures are.
 */
export async function withDescheduledTime<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; descheduledMs: number }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', '__metadata'] } });
  const result = await work();
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  return { result, descheduledMs: descheduledInLongestTask(events) };
}

/** Wall time less thread time, in ms, of the longest task on a renderer main thread (the evaluated work). */
export function descheduledInLongestTask(events: TraceEvent[]): number {
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  let longest: TraceEvent | null = null;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    if (!longest || (e.dur ?? 0) > (longest.dur ?? 0)) longest = e;
  }
  if (!longest || longest.dur === undefined || longest.tdur === undefined) return 0;
  return Math.max(0, longest.dur - longest.tdur) / 1000;
}
