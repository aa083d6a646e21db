// The reader's gestures on the page: click a name, hover over it, step through names with the keyboard.
import type { Annotator } from './annotator';
import { markAt } from './hit-test';
import { liveRange, type Mark } from './marks';
import type { LazyPopover as Popover } from './lazy-popover';

/** How long a hover-opened card stays after the pointer leaves both the name and the card. */
const HOVER_CLOSE_MS = 400;
/** Hit-testing on pointer moves runs at most this often. */
const HOVER_SAMPLE_MS = 50;

export interface InteractionDeps {
  doc: Document;
  annotator: () => Annotator | null;
  popover: Popover;
  hoverDelayMs: () => number;
  /** Registers a listener that is removed when the content script is invalidated. */
  listen<K extends keyof WindowEventMap>(
    type: K,
    handler: (e: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
}

/**
 * Whether the key went to something the reader types in: an input, a text area, an editor, also inside a
 * page's (open) shadow root, where a window listener sees only the host as the target.
 */
function isTyping(e: Event): boolean {
  for (const target of e.composedPath()) {
    const el = target as HTMLElement;
    if (el.nodeType !== 1) continue;
    if (el.isContentEditable || /^(input|textarea|select)$/i.test(el.localName)) return true;
    if (el.getAttribute('role') === 'textbox' || el.getAttribute('role') === 'combobox') return true;
  }
  return false;
}

/** Elements whose click is the page's: a name inside one stays part of it (hover still opens the card). */
const CLICKABLE =
  'a[href], button, label, summary, select, [role="button"], [role="link"], [role="tab"], [onclick]';

function insideClickable(mark: Mark): boolean {
  const parent = mark.nodes[0]?.parentElement;
  if (!parent) return false;
  if (parent.closest(CLICKABLE)) return true;
  // A card the page made clickable with a script says so with its pointer; text under it would show the I-beam.
  const view = parent.ownerDocument.defaultView;
  return view !== null && view.getComputedStyle(parent).cursor === 'pointer';
}

export function revealMark(doc: Document, popover: Popover, mark: Mark): void {
  const rect = liveRange(mark).getBoundingClientRect();
  const view = doc.defaultView!;
  if (rect.top < 0 || rect.bottom > view.innerHeight || rect.left < 0 || rect.right > view.innerWidth) {
    mark.nodes[0]?.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  }
  popover.show(mark, 'keyboard');
}

export function installInteractions(deps: InteractionDeps): void {
  const { doc, popover } = deps;
  const hit = (x: number, y: number): Mark | null => {
    const annotator = deps.annotator();
    if (!annotator) return null;
    // A page may have reassigned adoptedStyleSheets since: put the highlight styles back.
    annotator.styles.ensureAll();
    return markAt(doc, annotator.marks, x, y, annotator.shadowRoots);
  };

  deps.listen(
    'click',
    (e) => {
      // Only the reader opens cards: a page's script may dispatch clicks at a name's rectangle.
      if (!e.isTrusted || popover.owns(e)) return;
      if (e.button !== 0 || e.defaultPrevented) return;
      const selection = doc.getSelection();
      const mark = selection && !selection.isCollapsed ? null : hit(e.clientX, e.clientY);
      // A name inside a link or a button stays part of it: the click is the page's (hover still opens the card).
      if (mark && !insideClickable(mark)) popover.show(mark, 'click');
      else if (popover.isOpen) popover.close(false);
    },
    { capture: true },
  );

  // Hover: sample the pointer, open after the delay, cancel when it leaves.
  let pointer: { x: number; y: number; overCard: boolean } | null = null;
  let sampleTimer: ReturnType<typeof setTimeout> | null = null;
  let openTimer: ReturnType<typeof setTimeout> | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | null = null;
  let candidate: Mark | null = null;
  const clear = (t: ReturnType<typeof setTimeout> | null) => t !== null && clearTimeout(t);

  const sample = () => {
    sampleTimer = null;
    if (!pointer) return;
    const mark = pointer.overCard ? null : hit(pointer.x, pointer.y);
    if (mark !== candidate) {
      candidate = mark;
      clear(openTimer);
      openTimer = null;
      if (mark && popover.mark !== mark) {
        openTimer = setTimeout(() => {
          openTimer = null;
          if (candidate === mark && (!popover.isOpen || popover.openedBy === 'hover'))
            popover.show(mark, 'hover');
        }, deps.hoverDelayMs());
      }
    }
    const keep = pointer.overCard || (mark !== null && mark === popover.mark);
    if (keep) {
      clear(closeTimer);
      closeTimer = null;
    } else if (popover.isOpen && popover.openedBy === 'hover' && closeTimer === null) {
      closeTimer = setTimeout(() => {
        closeTimer = null;
        if (popover.openedBy === 'hover') popover.close(false);
      }, HOVER_CLOSE_MS);
    }
  };

  deps.listen(
    'pointermove',
    (e) => {
      if (!e.isTrusted || deps.hoverDelayMs() <= 0 || e.pointerType === 'touch') return;
      pointer = { x: e.clientX, y: e.clientY, overCard: popover.owns(e) };
      sampleTimer ??= setTimeout(sample, HOVER_SAMPLE_MS);
    },
    { capture: true, passive: true },
  );
  deps.listen('mouseout', (e) => {
    if (!e.isTrusted || e.relatedTarget !== null) return; // still inside the window
    pointer = null;
    candidate = null;
    clear(openTimer);
    openTimer = null;
  });

  deps.listen(
    'keydown',
    (e) => {
      // Keys typed into the page's fields are the page's, Escape included; inside the card they are ours.
      if (!e.isTrusted || (isTyping(e) && !popover.owns(e))) return;
      if (e.key === 'Escape' && popover.isOpen) {
        e.preventDefault();
        e.stopPropagation();
        popover.close(true);
        return;
      }
      // Alt+Shift+N / Alt+Shift+P: next / previous name on the page.
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      if (e.code !== 'KeyN' && e.code !== 'KeyP') return;
      const annotator = deps.annotator();
      const marks = annotator?.marksInOrder() ?? [];
      if (marks.length === 0) return;
      e.preventDefault();
      e.stopPropagation();
      const step = e.code === 'KeyN' ? 1 : -1;
      const current = popover.mark;
      let index = current ? marks.indexOf(current) : -1;
      if (index < 0) {
        // Start from the first name in view.
        const firstVisible = marks.findIndex((m) => liveRange(m).getBoundingClientRect().bottom > 0);
        index =
          step > 0
            ? (firstVisible < 0 ? 0 : firstVisible) - 1
            : firstVisible < 0
              ? marks.length
              : firstVisible;
      }
      let next = index;
      for (let i = 0; i < marks.length; i++) {
        next = (next + step + marks.length) % marks.length;
        if (!current || marks[next].id !== current.id) break;
      }
      revealMark(doc, popover, marks[next]);
    },
    { capture: true },
  );
}
