// CPU profile and trace of one page, recorded together through the page's DevTools Protocol session.
import type { CDPSession } from 'playwright-core';
import { rendererTasks, type CpuProfile, type Task } from './profile';

export interface PageRecording {
  profile: CpuProfile;
  /** The tasks of the page's renderer main thread. */
  tasks: Task[];
}

/** Starts sampling (every 100 µs) and tracing task boundaries; call the returned function to stop. */
export async function recordPage(cdp: CDPSession): Promise<() => Promise<PageRecording>> {
  const events: Parameters<typeof rendererTasks>[0] = [];
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
