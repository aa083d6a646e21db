// The popover's host: a shadow root appended to <html> on first use, a Preact card inside it, kept
// next to its name by Floating UI. Cards come from the background (getEntityCard, through deps).
// Built as a module of its own and loaded at the first gesture (lazy-popover.ts, scripts/lazy-popover.ts):
// it imports no extension API, so that it needs nothing from the content script but its arguments.
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { h, render } from 'preact';
import { CONTEXT_LENS_HOST_TAG } from '../../lib/dom/elements';
import { readableText } from '../../lib/text/normalize';
import type { EntityId, EntityType, Lang } from '../../lib/model';
import type { EntityCard, Passage } from '../../lib/view-model';
import { EntityPopover, type CardState } from '../../ui/popover/EntityPopover';
import { POPOVER_CSS } from '../../ui/popover/styles';
import { pageTheme } from '../../ui/theme/page-theme';
import { liveRange, type Mark } from './marks';

export type OpenedBy = 'click' | 'hover' | 'keyboard';

export interface PopoverDeps {
  doc: Document;
  pageLang: () => Lang;
  uiLang: Lang;
  onActiveChange(mark: Mark | null): void;
  onOpenArticle: (passage: Passage, event: MouseEvent) => void;
  onShowAll: (id: EntityId, event: MouseEvent) => void;
  /** The card of an entity in a language (the background's getEntityCard). */
  fetchCard: (id: EntityId, lang: Lang) => Promise<EntityCard | null>;
}

interface OpenState {
  mark: Mark;
  /** Entities shown, the first one named on the page, then chips followed. */
  trail: { id: EntityId; state: CardState }[];
  openedBy: OpenedBy;
  returnFocus: HTMLElement | null;
}

export class Popover {
  private host: HTMLElement | null = null;
  private layer: HTMLDivElement | null = null;
  private open: OpenState | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private readonly cards = new Map<string, Promise<EntityCard | null>>();
  private readonly deps: PopoverDeps;

  constructor(deps: PopoverDeps) {
    this.deps = deps;
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  get openedBy(): OpenedBy | null {
    return this.open?.openedBy ?? null;
  }

  get mark(): Mark | null {
    return this.open?.mark ?? null;
  }

  /** True when the event happened inside the popover. */
  owns(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  show(mark: Mark, openedBy: OpenedBy): void {
    const { doc } = this.deps;
    if (this.open?.mark === mark && this.open.trail.length === 1) {
      // Hover then click on the same name: keep the card, take focus now.
      if (openedBy !== 'hover' && this.open.openedBy === 'hover') {
        this.open.openedBy = openedBy;
        this.paint();
      }
      return;
    }
    const returnFocus =
      this.open?.returnFocus ?? (openedBy === 'hover' ? null : (doc.activeElement as HTMLElement | null));
    this.teardownPosition();
    this.open = { mark, trail: [], openedBy, returnFocus };
    this.deps.onActiveChange(mark);
    this.ensureHost();
    this.push(mark.id, mark.type, readableText(mark.surface));
    this.track(mark);
  }

  close(returnFocus: boolean): void {
    if (!this.open) return;
    const { returnFocus: target } = this.open;
    this.open = null;
    this.teardownPosition();
    if (this.layer) render(null, this.layer);
    this.deps.onActiveChange(null);
    if (returnFocus && target && target.isConnected) target.focus({ preventScroll: true });
  }

  /** Remove the host from the page (script unloaded). */
  dispose(): void {
    this.close(false);
    this.host?.remove();
    this.host = null;
    this.layer = null;
  }

  private push(id: EntityId, type: EntityType, label: string): void {
    const open = this.open!;
    const entry = { id, state: { status: 'loading', label, type } as CardState };
    open.trail.push(entry);
    this.paint();
    const lang = this.deps.pageLang();
    this.card(id, lang).then(
      (card) => {
        entry.state = card ? { status: 'ready', card } : { status: 'missing', label, type };
        if (this.open === open) this.paint();
      },
      () => {
        entry.state = { status: 'error', label, type };
        if (this.open === open) this.paint();
      },
    );
  }

  private card(id: EntityId, lang: Lang): Promise<EntityCard | null> {
    const key = `${lang}:${id}`;
    let p = this.cards.get(key);
    if (!p) {
      p = this.deps.fetchCard(id, lang);
      this.cards.set(key, p);
      p.catch(() => this.cards.delete(key));
    }
    return p;
  }

  private paint(): void {
    const open = this.open;
    if (!open || !this.layer) return;
    const top = open.trail[open.trail.length - 1];
    render(
      h(EntityPopover, {
        state: top.state,
        pageLang: this.deps.pageLang(),
        uiLang: this.deps.uiLang,
        theme: pageTheme(this.deps.doc, open.mark.nodes[0]?.parentElement),
        takeFocus: open.openedBy !== 'hover' || open.trail.length > 1,
        canGoBack: open.trail.length > 1,
        onBack: () => {
          open.trail.pop();
          this.paint();
        },
        onClose: () => this.close(true),
        onOpenEntity: (id: EntityId) => {
          const related =
            top.state.status === 'ready' ? top.state.card.related.find((r) => r.id === id) : undefined;
          if (open.openedBy === 'hover') open.openedBy = 'click';
          this.push(id, related?.type ?? 'person', related?.name.en ?? id);
        },
        onOpenArticle: this.deps.onOpenArticle,
        onShowAll: this.deps.onShowAll,
      }),
      this.layer,
    );
  }

  private ensureHost(): void {
    const { doc } = this.deps;
    if (!this.host) {
      const host = doc.createElement(CONTEXT_LENS_HOST_TAG);
      host.setAttribute('popover', 'manual');
      host.style.cssText =
        'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;';
      // Closed: the page's scripts cannot reach the card (its names, passages and links) through the host.
      const shadow = host.attachShadow({ mode: 'closed' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(POPOVER_CSS);
      shadow.adoptedStyleSheets = [sheet];
      const layer = doc.createElement('div');
      layer.className = 'cl-layer';
      shadow.appendChild(layer);
      // The page's own handlers do not see what happens inside the card.
      for (const type of [
        'click',
        'mousedown',
        'mouseup',
        'pointerdown',
        'pointerup',
        'keydown',
        'keyup',
        'keypress',
        'focusin',
        'focusout',
      ]) {
        host.addEventListener(type, (e) => e.stopPropagation());
      }
      this.host = host;
      this.layer = layer;
    }
    // In fullscreen only the fullscreen element's subtree is drawn; under a modal <dialog> everything outside
    // it is inert. The host goes inside, and into the top layer (a manual popover) above either.
    const parent =
      modalDialogOf(this.open?.mark.nodes[0]?.parentElement) ?? doc.fullscreenElement ?? doc.documentElement;
    if (this.host.parentNode !== parent) parent.appendChild(this.host);
    raiseToTopLayer(this.host);
  }

  /** Keep the card beside its name as the page scrolls and resizes; flip and shift to stay on screen. */
  private track(mark: Mark): void {
    const card = (): HTMLElement | null => this.layer?.querySelector('.cl-card') ?? null;
    const floating = card();
    if (!floating) return;
    const range = liveRange(mark);
    const reference: VirtualElement = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: mark.nodes[0]?.parentElement ?? undefined,
    };
    const update = () => {
      const el = card();
      // A page that re-renders the name leaves the card where it was rather than at the corner.
      if (!el || !mark.nodes[0].isConnected) return;
      void computePosition(reference, el, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight, elements }) {
              elements.floating.style.maxHeight = `${Math.max(120, Math.min(460, availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        el.style.left = `${Math.round(x)}px`;
        el.style.top = `${Math.round(y)}px`;
      });
    };
    this.stopAutoUpdate = autoUpdate(reference, floating, update, { animationFrame: false });
  }

  private teardownPosition(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
  }
}

/** The open modal <dialog> that holds `el`, if any. */
function modalDialogOf(el: Element | null | undefined): HTMLDialogElement | null {
  const dialog = el?.closest('dialog');
  return dialog && dialog.matches(':modal') ? dialog : null;
}

/** Shows `host` as the topmost top-layer element (above a modal dialog or fullscreen element shown before). */
function raiseToTopLayer(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  try {
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  } catch {
    // Not connected yet, or the browser refuses (an older engine): the host's z-index still applies.
  }
}
