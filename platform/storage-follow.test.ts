import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAndFollow } from './storage-follow';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** Makes the next read take its snapshot, then lets `write` land before the snapshot is delivered. */
function writeDuringTheRead(write: () => Promise<void>): void {
  const area = fakeBrowser.storage.local;
  const read = area.get.bind(area);
  vi.spyOn(area, 'get').mockImplementationOnce(async (keys) => {
    const snapshot = await read(keys);
    await write();
    return snapshot;
  });
}

/** What a follower of `keys` ends up holding: the values read, then every change it is told of. */
async function heldAfter(keys: string[]): Promise<Map<string, unknown>> {
  const held = new Map<string, unknown>();
  const { values } = await readAndFollow(keys, (key, value) =>
    value == null ? held.delete(key) : held.set(key, value),
  );
  for (const [key, value] of Object.entries(values)) held.set(key, value);
  await new Promise((r) => setTimeout(r, 0));
  return held;
}

test('a write that lands between the read and its answer is not lost', async () => {
  writeDuringTheRead(() => fakeBrowser.storage.local.set({ pack: { version: 2 } }));
  expect((await heldAfter(['pack', 'settings'])).get('pack')).toEqual({ version: 2 });
});

test('a removal that lands between the read and its answer is not lost', async () => {
  await fakeBrowser.storage.local.set({ pack: { version: 1 } });
  writeDuringTheRead(() => fakeBrowser.storage.local.remove('pack'));
  expect((await heldAfter(['pack'])).has('pack')).toBe(false);
});

test('changes after the read reach the callback, only for the keys asked, until stopped', async () => {
  await fakeBrowser.storage.local.set({ pack: { version: 1 } });
  const seen: [string, unknown][] = [];
  const { values, stop } = await readAndFollow(['pack'], (key, value) => seen.push([key, value]));
  expect(values).toEqual({ pack: { version: 1 } });
  await fakeBrowser.storage.local.set({ pack: { version: 2 }, other: 1 });
  await fakeBrowser.storage.local.remove('pack');
  stop();
  await fakeBrowser.storage.local.set({ pack: { version: 3 } });
  expect(seen.map(([key, value]) => [key, value ?? null])).toEqual([
    ['pack', { version: 2 }],
    ['pack', null],
  ]);
});
