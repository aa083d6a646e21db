// Which highlighted mention lies under a point of the viewport, if any.
import { liveRange, type Mark, type MarkRegistry } from './marks';

/** The Text node under (x, y), looking into open shadow roots. */
function textNodeAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Text | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y, { shadowRoots });
    const node = pos?.offsetNode;
    return node && node.nodeType === 3 ? (node as Text) : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  const node = range?.startContainer;
  return node && node.nodeType === 3 ? (node as Text) : null;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;
}

/** The painted mark whose rendered text contains the point. */
export function markAt(
  doc: Document,
  marks: MarkRegistry,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): Mark | null {
  const candidates: Text[] = [];
  const node = textNodeAt(doc, x, y, shadowRoots);
  if (node) candidates.push(node);
  // The caret lands beside a character's midpoint, possibly in the neighbouring node: look at the
  // element under the point as well.
  const el = doc.elementFromPoint(x, y);
  if (el)
    for (let c = el.firstChild; c; c = c.nextSibling)
      if (c.nodeType === 3 && c !== node) candidates.push(c as Text);
  for (const text of candidates) {
    for (const mark of marks.at(text)) {
      for (const rect of liveRange(mark).getClientRects()) if (contains(rect, x, y)) return mark;
    }
  }
  return null;
}
