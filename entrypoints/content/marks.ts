// Every highlighted mention on the page, indexed by the Text nodes it covers (for hit-testing and for
// dropping what a mutation invalidated), painted into one CSS Highlight per entity type.
import type { EntityId, EntityType } from '../../lib/model';
import { ACTIVE_HIGHLIGHT, highlightName } from './highlight-styles';

export interface Mark {
  /**
   * Static, not live: a page with thousands of live Ranges pays for them on every DOM mutation. The
   * blocks a mutation touches are rescanned anyway. `liveRange` gives a Range for geometry.
   */
  range: StaticRange;
  entity: number;
  id: EntityId;
  type: EntityType;
  /** Known only from the reader's own articles (painted where settings.ownEntities allows). */
  own: boolean;
  /** The Text nodes the range covers, first to last. */
  nodes: Text[];
  /** The name as the page's text has it (line breaks, soft hyphens: see readableText). */
  surface: string;
}

export class MarkRegistry {
  private readonly marks = new Set<Mark>();
  /** Made on first use (a click, a rescan): a page load that only paints never pays for it. */
  private nodeIndex: Map<Text, Mark[]> | null = null;
  private readonly highlights = new Map<EntityType, Highlight>();
  private readonly active = new Highlight();
  private visible: (mark: Mark) => boolean = () => true;

  constructor() {
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  get size(): number {
    return this.marks.size;
  }

  all(): IterableIterator<Mark> {
    return this.marks.values();
  }

  add(mark: Mark): void {
    this.marks.add(mark);
    if (this.nodeIndex) index(this.nodeIndex, mark);
    if (this.visible(mark)) this.highlightFor(mark.type).add(mark.range);
  }

  private get byNode(): Map<Text, Mark[]> {
    if (!this.nodeIndex) {
      this.nodeIndex = new Map();
      for (const mark of this.marks) index(this.nodeIndex, mark);
    }
    return this.nodeIndex;
  }

  delete(mark: Mark): void {
    if (!this.marks.delete(mark)) return;
    const byNode = this.nodeIndex;
    if (byNode) {
      for (const node of mark.nodes) {
        const list = byNode.get(node);
        if (!list) continue;
        const rest = list.filter((m) => m !== mark);
        if (rest.length) byNode.set(node, rest);
        else byNode.delete(node);
      }
    }
    this.highlights.get(mark.type)?.delete(mark.range);
    this.active.delete(mark.range);
  }

  /** Marks covering `node`, painted ones only. */
  at(node: Text): Mark[] {
    return (this.byNode.get(node) ?? []).filter((m) => this.visible(m));
  }

  /** Drop the marks that cover any of `nodes` (about to be rescanned). */
  dropCovering(nodes: Iterable<Text>): void {
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (list) for (const mark of [...list]) this.delete(mark);
    }
  }

  /** Drop the marks whose text has left the document or been emptied. */
  dropDetached(): void {
    for (const mark of [...this.marks]) {
      if (
        mark.nodes.some((n) => !n.isConnected) ||
        mark.range.endOffset > (mark.range.endContainer as Text).length
      )
        this.delete(mark);
    }
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
    this.active.clear();
    this.marks.clear();
    this.nodeIndex = null;
  }

  /** Which marks are painted (entity types, first mention only); repaints everything. */
  setVisibility(visible: (mark: Mark) => boolean): void {
    this.visible = visible;
    this.repaint();
  }

  isVisible(mark: Mark): boolean {
    return this.visible(mark);
  }

  repaint(): void {
    for (const h of this.highlights.values()) h.clear();
    for (const mark of this.marks) if (this.visible(mark)) this.highlightFor(mark.type).add(mark.range);
  }

  setActive(mark: Mark | null): void {
    this.active.clear();
    if (mark) this.active.add(mark.range);
  }

  /** Painted marks in document order. */
  inOrder(): Mark[] {
    return [...this.marks].filter((m) => this.visible(m)).sort(documentOrder);
  }

  /** Remove every highlight from the page (extension paused, site turned off, script unloaded). */
  dispose(): void {
    this.clear();
    for (const type of this.highlights.keys()) {
      if (CSS.highlights.get(highlightName(type)) === this.highlights.get(type))
        CSS.highlights.delete(highlightName(type));
    }
    this.highlights.clear();
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) === this.active) CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }

  private highlightFor(type: EntityType): Highlight {
    let h = this.highlights.get(type);
    if (!h) {
      h = new Highlight();
      this.highlights.set(type, h);
      CSS.highlights.set(highlightName(type), h);
    }
    return h;
  }
}

function index(byNode: Map<Text, Mark[]>, mark: Mark): void {
  for (const node of mark.nodes) {
    const list = byNode.get(node);
    if (list) list.push(mark);
    else byNode.set(node, [mark]);
  }
}

/** Document order of two marks; marks in different trees (a shadow root) compare by their hosts. */
export function documentOrder(a: Mark, b: Mark): number {
  const na = a.nodes[0];
  const nb = b.nodes[0];
  if (na === nb) return a.range.startOffset - b.range.startOffset;
  const pos = na.compareDocumentPosition(nb);
  if (!(pos & Node.DOCUMENT_POSITION_DISCONNECTED)) return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  const ha = outermost(na);
  const hb = outermost(nb);
  if (ha === hb) return 0;
  return ha.compareDocumentPosition(hb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The node in the main document that contains `node` (the host of its outermost shadow root). */
function outermost(node: Node): Node {
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    node = root.host;
    root = node.getRootNode();
  }
  return node;
}

/** A live Range over the mark, for geometry (client rects, positioning). */
export function liveRange(mark: Mark): Range {
  const { startContainer, startOffset, endContainer, endOffset } = mark.range;
  const range = mark.nodes[0].ownerDocument.createRange();
  // The text may have changed since the scan (a rescan is on its way): clamp rather than throw.
  range.setStart(startContainer, Math.min(startOffset, (startContainer as Text).length));
  range.setEnd(endContainer, Math.min(endOffset, (endContainer as Text).length));
  return range;
}
