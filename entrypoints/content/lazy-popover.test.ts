import { describe, expect, it } from 'vitest';
import { LazyPopover, type PopoverModule } from './lazy-popover';
import type { Mark } from './marks';
import type { OpenedBy, PopoverDeps } from './popover';

const mark = (id: string) => ({ id }) as unknown as Mark;

/** A module whose Popover records what it was asked, loaded when `resolve` is called. */
function deferredModule() {
  const shown: [string, OpenedBy][] = [];
  class FakePopover {
    open: { mark: Mark; openedBy: OpenedBy } | null = null;
    get isOpen() {
      return this.open !== null;
    }
    get openedBy() {
      return this.open?.openedBy ?? null;
    }
    get mark() {
      return this.open?.mark ?? null;
    }
    owns() {
      return false;
    }
    show(m: Mark, openedBy: OpenedBy) {
      shown.push([m.id, openedBy]);
      this.open = { mark: m, openedBy };
    }
    close() {
      this.open = null;
    }
    dispose() {}
  }
  let loads = 0;
  let resolve!: () => void;
  const loaded = new Promise<PopoverModule>((r) => {
    resolve = () => r({ Popover: FakePopover } as unknown as PopoverModule);
  });
  const load = () => {
    loads++;
    return loaded;
  };
  return { shown, load, resolve, loads: () => loads };
}

const deps = {} as PopoverDeps;

describe('LazyPopover', () => {
  it('loads the card module once, at the first gesture, and opens the card asked for last', async () => {
    const m = deferredModule();
    const popover = new LazyPopover(deps, m.load);
    expect(m.loads()).toBe(0);
    popover.show(mark('a'), 'hover');
    popover.show(mark('b'), 'click');
    expect(popover.isOpen).toBe(true);
    expect(popover.mark?.id).toBe('b');
    m.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(m.loads()).toBe(1);
    expect(m.shown).toEqual([['b', 'click']]);
    popover.show(mark('c'), 'keyboard');
    expect(m.shown.at(-1)).toEqual(['c', 'keyboard']);
    expect(m.loads()).toBe(1);
  });

  it('a card closed while its module loads never opens', async () => {
    const m = deferredModule();
    const popover = new LazyPopover(deps, m.load);
    popover.show(mark('a'), 'click');
    popover.close(false);
    expect(popover.isOpen).toBe(false);
    m.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(m.shown).toEqual([]);
  });

  it('a click on the name a hover is opening keeps the click', async () => {
    const m = deferredModule();
    const popover = new LazyPopover(deps, m.load);
    const a = mark('a');
    popover.show(a, 'click');
    popover.show(a, 'hover');
    m.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(m.shown).toEqual([['a', 'click']]);
  });
});
