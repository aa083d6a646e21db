import { describe, expect, test } from 'vitest';
import { scriptCost, type CpuProfile } from './profile';

const EXT = 'chrome-extension://abc/';

/** A profile whose samples are (node, µs since the previous sample); node 2 is the extension's, 3 the page's. */
function profile(samples: [number, number][]): CpuProfile {
  return {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2, 3] },
      { id: 2, callFrame: { functionName: 'scan', url: `${EXT}content.js` } },
      { id: 3, callFrame: { functionName: 'render', url: 'http://127.0.0.1/app.js' } },
    ],
    startTime: 0,
    endTime: 100_000,
    samples: samples.map(([node]) => node),
    timeDeltas: samples.map(([, us]) => us),
  };
}

describe('scriptCost', () => {
  test("sums the extension's samples per task and reports the longest", () => {
    const p = profile([
      [2, 1_000],
      [2, 1_000],
      [3, 1_000],
      [2, 10_000],
      [3, 3_000],
      [1, 1_000],
    ]);
    // Samples at 1, 2, 3, 13, 16 ms; each lasts until the next. Task 1 holds two ms of the extension, task 2 three.
    const cost = scriptCost(p, EXT, [
      { ts: 0, dur: 3_500 },
      { ts: 10_000, dur: 8_000 },
    ]);
    expect(cost.totalMs).toBeCloseTo(5, 5);
    expect(cost.longestMs).toBeCloseTo(3, 5);
    expect(cost.inTasks).toBe(1);
  });

  test('a sample followed by a long gap counts no further than the end of its task', () => {
    // The sampler was starved for 40 ms after a sample 1 ms before the end of a 9 ms task.
    const p = profile([
      [2, 1_000],
      [2, 8_000],
      [1, 40_000],
      [1, 1_000],
    ]);
    const cost = scriptCost(p, EXT, [{ ts: 0, dur: 10_000 }]);
    expect(cost.longestMs).toBeCloseTo(9, 5);
    expect(cost.totalMs).toBeCloseTo(9, 5);
  });

  test("a task's share is at most the CPU time the thread spent in it (the thread was descheduled meanwhile)", () => {
    // 30 ms of wall time between two samples of a task whose thread ran 12 ms of it.
    const p = profile([
      [2, 1_000],
      [2, 30_000],
      [1, 1_000],
      [1, 1_000],
    ]);
    const cost = scriptCost(p, EXT, [{ ts: 0, dur: 32_000, cpu: 12_000 }]);
    expect(cost.longestMs).toBeCloseTo(12, 5);
    expect(cost.totalMs).toBeCloseTo(12, 5);
  });
});
