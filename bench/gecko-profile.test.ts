import { expect, test } from 'vitest';
import { extensionCpuByWindow, type GeckoProfile, type GeckoThread } from './gecko-profile';

const EXT = 'scan (moz-extension://1234/content-scripts/content.js:1:20)';
const PAGE = 'onload (http://127.0.0.1:8000/page.html:3:1)';

/**
 * A thread with three frames (0: the page's handler, 1: the extension's scan, 2: a native callee) and
 * stacks 0 = page, 1 = ext, 2 = ext → native callee, 3 = page → native callee.
 */
function thread(
  processName: string,
  samples: [stack: number | null, time: number, cpuNs: number][],
): GeckoThread {
  return {
    name: 'GeckoMain',
    processName,
    stringTable: [PAGE, EXT, 'RegExp.prototype.exec'],
    frameTable: { schema: { location: 0 }, data: [[0], [1], [2]] },
    stackTable: {
      schema: { frame: 0, prefix: 1 },
      data: [
        [0, null],
        [1, null],
        [2, 1],
        [2, 0],
      ],
    },
    samples: { schema: { stack: 0, time: 1, threadCPUDelta: 2 }, data: samples },
  };
}

function profile(children: GeckoThread[]): GeckoProfile {
  return {
    meta: { startTime: 1_000, sampleUnits: { threadCPUDelta: 'ns' } },
    threads: [thread('Parent Process', [[1, 10, 5e6]])],
    processes: children.map((t) => ({
      meta: { startTime: 2_000, sampleUnits: { threadCPUDelta: 'ns' } },
      threads: [t],
    })),
  };
}

test("counts the CPU of samples with the extension's frame on the stack, callees included, per window", () => {
  const page = thread('Web Content', [
    [1, 10, 1e6], // ext, window a (2,010)
    [2, 20, 2e6], // ext → callee, window a
    [3, 30, 4e6], // the page's own callee: not ours
    [0, 40, 8e6], // the page
    [null, 50, 16e6], // idle
    [1, 1_010, 0.5e6], // ext, window b (3,010)
    [1, 5_000, 32e6], // ext, in no window
  ]);
  const cpu = extensionCpuByWindow(profile([page]), [
    { label: 'a', from: 2_000, to: 2_500 },
    { label: 'b', from: 3_000, to: 3_500 },
  ]);
  expect(cpu.get('a')).toBeCloseTo(3, 6);
  expect(cpu.get('b')).toBeCloseTo(0.5, 6);
});

test("the parent process and the extension process (its background page) are not a page's cost", () => {
  const background = thread('WebExtensions', [[1, 10, 9e6]]);
  const cpu = extensionCpuByWindow(profile([background]), [{ label: 'all', from: 0, to: 1e9 }]);
  expect(cpu.get('all')).toBe(0);
});
