// A chunk of a page's text as the walker made it, and the way back from offsets in that text to the DOM:
// the Text nodes and offsets a match covers (the content script makes its ranges from them).

/** Text of a run of blocks: inline runs concatenated, BLOCK_BREAK between blocks. */
export interface TextChunk {
  text: string;
  /**
   * What contributed, in document order: Text nodes (a very long one once per piece), and blocks read
   * whole, whose every Text node is reading text.
   */
  nodes: (Text | Element)[];
  /** Offset in `text` where each node's contribution starts. */
  starts: number[];
  /** Offset in the node's data where its contribution starts (0 but for the later pieces of a long node). */
  offsets: number[];
  /** The Text nodes of the blocks read whole, found when first needed. */
  leaves?: Map<Element, LeafText>;
}

/** A DOM range as plain data: the content script turns it into a Range. */
export interface DomSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** Every Text node the span covers, first to last. */
  nodes: Text[];
}

/** Index of the last record whose contribution starts at or before `offset`. */
function nodeAt(chunk: TextChunk, offset: number): number {
  let lo = 0;
  let hi = chunk.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunk.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A block read whole: its Text nodes and where each starts in the block's text. */
interface LeafText {
  nodes: Text[];
  starts: number[];
}

function leafText(chunk: TextChunk, el: Element): LeafText {
  const leaves = (chunk.leaves ??= new Map<Element, LeafText>());
  let leaf = leaves.get(el);
  if (!leaf) {
    leaf = { nodes: [], starts: [] };
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    let at = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      leaf.nodes.push(n as Text);
      leaf.starts.push(at);
      at += (n as Text).length;
    }
    leaves.set(el, leaf);
  }
  return leaf;
}

/** The Text node and offset of the `local`-th character of a record (`end`: the position after it). */
function position(
  chunk: TextChunk,
  record: Text | Element,
  local: number,
  end: boolean,
): { node: Text; offset: number; index: number; leaf?: LeafText } {
  if (record.nodeType === 3) return { node: record as Text, offset: local, index: 0 };
  const leaf = leafText(chunk, record as Element);
  let i = 0;
  // The node holding the character (for an end: the one holding the character before).
  const target = end ? local - 1 : local;
  while (i + 1 < leaf.starts.length && leaf.starts[i + 1] <= target) i++;
  return { node: leaf.nodes[i], offset: local - leaf.starts[i], index: i, leaf };
}

/** The DOM span of the chunk's text [start, end); `end > start`, both within one block. */
export function spanOf(chunk: TextChunk, start: number, end: number): DomSpan {
  const first = nodeAt(chunk, start);
  const last = end - 1 < (chunk.starts[first + 1] ?? Infinity) ? first : nodeAt(chunk, end - 1);
  const a = position(chunk, chunk.nodes[first], start - chunk.starts[first] + chunk.offsets[first], false);
  const b = position(chunk, chunk.nodes[last], end - chunk.starts[last] + chunk.offsets[last], true);
  let nodes: Text[];
  if (a.leaf) nodes = a.leaf.nodes.slice(a.index, b.index + 1);
  else if (first === last) nodes = [a.node];
  else {
    // A long node fed in pieces appears once per piece.
    nodes = (chunk.nodes.slice(first, last + 1) as Text[]).filter((n, i, all) => i === 0 || n !== all[i - 1]);
  }
  return { startNode: a.node, startOffset: a.offset, endNode: b.node, endOffset: b.offset, nodes };
}

/** Every Text node that contributed to the chunk, in order (a rescan replaces their marks). */
export function textNodesOf(chunk: TextChunk): Text[] {
  const out: Text[] = [];
  for (const record of chunk.nodes) {
    if (record.nodeType === 3) {
      if (out[out.length - 1] !== record) out.push(record as Text);
    } else out.push(...leafText(chunk, record as Element).nodes);
  }
  return out;
}
