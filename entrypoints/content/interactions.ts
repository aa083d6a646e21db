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

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1) return false;
  return el.isContentEditable || /^(input|textarea|select)$/i.test(el.tagName);
}

function insideLink(mark: Mark): boolean {
  return Boolean(mark.nodes[0]?.parentElement?.closest('a[href]'));
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
      if (popover.owns(e)) return;
      if (e.button !== 0 || e.defaultPrevented) return;
      const selection = doc.getSelection();
      const mark = selection && !selection.isCollapsed ? null : hit(e.clientX, e.clientY);
      // A name inside a link stays a link: the click follows it (hover still opens the card).
      if (mark && !insideLink(mark)) popover.show(mark, 'click');
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
      if (deps.hoverDelayMs() <= 0 || e.pointerType === 'touch') return;
      pointer = { x: e.clientX, y: e.clientY, overCard: popover.owns(e) };
      sampleTimer ??= setTimeout(sample, HOVER_SAMPLE_MS);
    },
    { capture: true, passive: true },
  );
  deps.listen('mouseout', (e) => {
    if (e.relatedTarget !== null) return; // still inside the window
    pointer = null;
    candidate = null;
    clear(openTimer);
    openTimer = null;
  });

  deps.listen(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && popover.isOpen) {
        e.preventDefault();
        e.stopPropagation();
        popover.close(true);
        return;
      }
      // Alt+Shift+N / Alt+Shift+P: next / previous name on the page.
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      if (e.code !== 'KeyN' && e.code !== 'KeyP') return;
      if (isEditable(e.target) && !popover.owns(e)) return;
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
