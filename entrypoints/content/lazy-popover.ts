// The popover as the content script holds it before the reader's first gesture on a name: the same
// surface as Popover, which is loaded (a module of its own: scripts/lazy-popover.ts) the first time a
// card is asked for. Until it is there, the card asked for last waits as `pending` and counts as open, so
// that a click elsewhere or Escape in the meantime cancels it as it would close a card.
import type { Mark } from './marks';
import type { OpenedBy, Popover, PopoverDeps } from './popover';

/** The module's place in the built extension (scripts/lazy-popover.ts writes it there). */
export const POPOVER_MODULE = 'content-scripts/popover.js';

export type PopoverModule = { Popover: new (deps: PopoverDeps) => Popover };

export class LazyPopover {
  private real: Popover | null = null;
  private loading: Promise<void> | null = null;
  private pending: { mark: Mark; openedBy: OpenedBy } | null = null;
  private disposed = false;

  constructor(
    private readonly deps: PopoverDeps,
    private readonly load: () => Promise<PopoverModule>,
  ) {}

  get isOpen(): boolean {
    return this.real ? this.real.isOpen : this.pending !== null;
  }

  get openedBy(): OpenedBy | null {
    return this.real ? this.real.openedBy : (this.pending?.openedBy ?? null);
  }

  get mark(): Mark | null {
    return this.real ? this.real.mark : (this.pending?.mark ?? null);
  }

  owns(event: Event): boolean {
    return this.real?.owns(event) ?? false;
  }

  show(mark: Mark, openedBy: OpenedBy): void {
    if (this.real) return this.real.show(mark, openedBy);
    if (this.disposed) return;
    // Hover then click on the same name while loading: the click's way of opening wins.
    const upgraded = this.pending?.mark === mark && openedBy === 'hover' ? this.pending.openedBy : openedBy;
    this.pending = { mark, openedBy: upgraded };
    this.loading ??= this.load().then(
      ({ Popover }) => {
        if (this.disposed) return;
        this.real = new Popover(this.deps);
        const waiting = this.pending;
        this.pending = null;
        if (waiting) this.real.show(waiting.mark, waiting.openedBy);
      },
      (error: unknown) => {
        // Loaded again at the next gesture (an extension reloaded under the page, for one).
        this.loading = null;
        this.pending = null;
        console.warn('Context Lens: the popover could not be loaded', error);
      },
    );
  }

  close(returnFocus: boolean): void {
    if (this.real) this.real.close(returnFocus);
    else this.pending = null;
  }

  dispose(): void {
    this.disposed = true;
    this.pending = null;
    this.real?.dispose();
  }
}
