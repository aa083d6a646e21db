import { expect, test } from 'vitest';
import { descheduledInLongestTask } from './trace';

const main = (pid: number, tid: number) => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name: 'CrRendererMain' },
});
const task = (pid: number, tid: number, dur: number, tdur: number) => ({
  name: 'RunTask',
  ph: 'X',
  pid,
  tid,
  ts: 0,
  dur,
  tdur,
});

test("the descheduled time is the wall time less the thread time of the renderer main thread's longest task", () => {
  const events = [
    main(1, 10),
    { name: 'thread_name', ph: 'M', pid: 1, tid: 11, ts: 0, args: { name: 'Compositor' } },
    task(1, 10, 2_000, 1_900),
    task(1, 10, 30_000, 12_000),
    task(1, 11, 90_000, 1_000), // not a main thread
  ];
  expect(descheduledInLongestTask(events)).toBeCloseTo(18, 5);
});

test('no task, or no thread time, means nothing to subtract', () => {
  expect(descheduledInLongestTask([main(1, 10)])).toBe(0);
  expect(
    descheduledInLongestTask([main(1, 10), { name: 'RunTask', ph: 'X', pid: 1, tid: 10, ts: 0, dur: 5_000 }]),
  ).toBe(0);
});
