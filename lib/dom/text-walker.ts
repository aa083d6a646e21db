// Turns a DOM subtree into the text the matcher scans, with a map back to the Text nodes it came from.
// Resumable, so a large page is walked in slices between which the content script yields.
import { BLOCK_BREAK } from '../match';
import { SKIPPED_BY_ATTRIBUTE, isBlockTag, isSkippedElement, isSkippedTag, mayHostShadow, tagOf } from './elements';

export { BLOCK_BREAK };

/**
 * Text of a run of blocks. Inline runs are concatenated, BLOCK_BREAK stands between blocks, every run
 * of white space (line breaks, NBSP…) reads as one space, and soft hyphens and zero-width characters are
 * dropped, so "Tok\u00ADayev" and "Ilham\n   Aliyev" read as names.
 */
export interface TextChunk {
  text: string;
  /** The Text nodes that contributed, in document order. */
  nodes: Text[];
  /** Offset in `text` where each node's contribution starts. */
  starts: number[];
  /**
   * For a node whose normalised text is shorter than its data: shift points [k0, d0, k1, d1, …], meaning
   * the node's k-th character in `text` (k ≥ kᵢ, the last such i) is node.data[k + dᵢ]. Absent when
   * every character keeps its offset.
   */
  maps: (number[] | undefined)[];
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

export interface WalkOptions {
  /** Extra elements to leave out (besides the built-in rules). */
  skip?: (el: Element) => boolean;
  /** Called for each open shadow root met, so the caller can observe it and style its highlights. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

export interface SliceLimits {
  /** Stop at the first block boundary after this many characters. */
  maxChars: number;
  /** …or after visiting this many nodes (pages with a large DOM and little text). */
  maxNodes: number;
}

interface Frame {
  next: Node | null;
  block: boolean;
  /** Set on a shadow root's frame: its host, whose light children are walked next. */
  host?: Element;
  hostBlock?: boolean;
}

/** Text nodes longer than this are fed in pieces of about LONG_PIECE characters. */
const LONG_TEXT = 16_000;
const LONG_PIECE = 8_000;
const NEEDS_NORMALISING = /[\t\n\r\f\v\u00a0\u00ad\u2007\u200b\u202f\u2060\ufeff]| {2}/;
const SPACES = ' \\t\\n\\r\\f\\v\\u00a0\\u2007\\u202f';
const DROPPED = '\\u00ad\\u200b\\u2060\\ufeff';
/** Space and invisible characters at the start of a node that follows a space. */
const LEADING = new RegExp(`[${SPACES}${DROPPED}]+`, 'y');
/** What normalisation rewrites: two plain spaces or more, or any run with another space or invisible character. */
const RUNS = new RegExp(` *[${SPACES.slice(1)}${DROPPED}][${SPACES}${DROPPED}]*| {2,}[${SPACES}${DROPPED}]*`, 'g');
const SPACE_IN_RUN = new RegExp(`[${SPACES}]`);

export class TextWalker {
  private readonly stack: Frame[] = [];
  private readonly options: WalkOptions;
  private breakPending = false;
  /** A Text node reached when the previous slice was full. */
  private carried: Text | null = null;
  /** The rest of a very long Text node, fed in pieces. */
  private piece: { node: Text; from: number } | null = null;
  private parts: string[] = [];
  private length = 0;
  private lastWasSpace = true;
  private chunk: TextChunk = { text: '', nodes: [], starts: [], maps: [] };
  /** Hidden elements and editors under the root (and under each shadow root met). */
  private readonly skippedByAttribute = new Set<Element>();

  constructor(root: Node, options: WalkOptions = {}) {
    this.options = options;
    this.collectSkipped(root);
    if (root.nodeType === 3) {
      this.carried = root as Text;
    } else if (root.nodeType === 1) {
      const el = root as Element;
      if (!this.skipped(el, tagOf(el))) this.enter(el, tagOf(el));
    } else if (root.nodeType === 9 || root.nodeType === 11) {
      this.stack.push({ next: root.firstChild, block: true });
    }
  }

  get done(): boolean {
    return this.stack.length === 0 && this.carried === null && this.piece === null;
  }

  /** The next slice: whole blocks, ending at a block boundary (unless one inline run exceeds the limits). */
  next(limits: SliceLimits = { maxChars: Infinity, maxNodes: Infinity }): TextChunk {
    this.parts = [];
    this.length = 0;
    this.lastWasSpace = true;
    this.breakPending = false;
    this.chunk = { text: '', nodes: [], starts: [], maps: [] };
    let visited = 0;
    if (this.carried) {
      const t = this.carried;
      this.carried = null;
      this.emitText(t, limits);
    }
    if (this.piece && !this.emitPieces(limits)) return this.finish();
    while (this.stack.length > 0) {
      const frame = this.stack[this.stack.length - 1];
      const node = frame.next;
      if (node === null) {
        this.stack.pop();
        if (frame.host) this.stack.push({ next: frame.host.firstChild, block: frame.hostBlock ?? false });
        if (frame.block) this.breakPending = true;
        continue;
      }
      if (++visited > limits.maxNodes && (this.breakPending || this.length === 0)) break;
      if (node.nodeType === 3) {
        if (this.breakPending && this.length >= limits.maxChars) break;
        frame.next = node.nextSibling;
        if (!this.emitText(node as Text, limits)) break;
      } else {
        frame.next = node.nextSibling;
        if (node.nodeType === 1) {
          const el = node as Element;
          const tag = tagOf(el);
          if (this.skipped(el, tag)) this.breakPending = true;
          else this.enter(el, tag);
        }
      }
    }
    return this.finish();
  }

  private finish(): TextChunk {
    this.chunk.text = this.parts.join('');
    return this.chunk;
  }

  /** Emit a Text node; false when a very long one filled the slice and the rest waits for the next. */
  private emitText(node: Text, limits: SliceLimits): boolean {
    const data = node.data;
    if (data.length <= LONG_TEXT) {
      this.emit(node, data, 0);
      return true;
    }
    this.piece = { node, from: 0 };
    return this.emitPieces(limits);
  }

  /**
   * A plain-text page can be one Text node of a megabyte: feed it in pieces cut at a line end (or a
   * space), so that no slice runs long. A name cut by a piece boundary is the price, and it is rare.
   */
  private emitPieces(limits: SliceLimits): boolean {
    while (this.piece) {
      const { node, from } = this.piece;
      const data = node.data;
      let to = Math.min(data.length, from + LONG_PIECE);
      if (to < data.length) {
        const line = data.lastIndexOf('\n', to);
        const space = data.lastIndexOf(' ', to);
        to = line > from + LONG_PIECE / 2 ? line + 1 : space > from ? space + 1 : to;
      }
      this.emit(node, data.slice(from, to), from);
      this.piece = to < data.length ? { node, from: to } : null;
      if (this.piece && this.length >= limits.maxChars) return false;
    }
    return true;
  }

  private collectSkipped(root: Node): void {
    if (root.nodeType === 1 && isSkippedElement(root as Element)) this.skippedByAttribute.add(root as Element);
    const query = (root as ParentNode).querySelectorAll;
    if (typeof query !== 'function') return;
    for (const el of (root as ParentNode).querySelectorAll(SKIPPED_BY_ATTRIBUTE)) this.skippedByAttribute.add(el);
  }

  private skipped(el: Element, tag: string): boolean {
    return isSkippedTag(tag) || this.skippedByAttribute.has(el) || (this.options.skip?.(el) ?? false);
  }

  private enter(el: Element, tag: string): void {
    const block = isBlockTag(tag);
    if (block) this.breakPending = true;
    const shadow = mayHostShadow(tag) ? el.shadowRoot : null;
    if (shadow) {
      this.collectSkipped(shadow);
      this.options.onShadowRoot?.(shadow);
      this.breakPending = true;
      this.stack.push({ next: shadow.firstChild, block: true, host: el, hostBlock: block });
    } else {
      this.stack.push({ next: el.firstChild, block });
    }
  }

  /** Emit `data`, the part of node.data that starts at `from0`. */
  private emit(node: Text, data: string, from0: number): void {
    if (!data) return;
    if (this.breakPending && this.length > 0) {
      this.parts.push(BLOCK_BREAK);
      this.length += 1;
      this.lastWasSpace = true;
    }
    this.breakPending = false;
    if (!NEEDS_NORMALISING.test(data) && !(this.lastWasSpace && data.charCodeAt(0) === 32)) {
      this.record(node, data, from0 > 0 ? [0, from0] : undefined);
      this.lastWasSpace = data.charCodeAt(data.length - 1) === 32;
      return;
    }
    // Rewrite only the runs that change, with native regular expressions: this code runs cold, once
    // per page, so a JavaScript loop over characters would cost more than the rest of the walk.
    let from = 0;
    if (this.lastWasSpace) {
      LEADING.lastIndex = 0;
      if (LEADING.test(data)) from = LEADING.lastIndex;
      if (from === data.length) return;
    }
    let out = '';
    let shifts: number[] | undefined = from > 0 ? [0, from] : undefined;
    let lastWasSpace = false;
    RUNS.lastIndex = from;
    for (let m = RUNS.exec(data); m !== null; m = RUNS.exec(data)) {
      const run = m[0];
      const end = m.index + run.length;
      const spaced = SPACE_IN_RUN.test(run);
      out += data.slice(from, m.index);
      if (spaced) {
        // The space stands for the run's first white-space character.
        const at = m.index + run.search(SPACE_IN_RUN);
        if (at !== m.index) (shifts ??= []).push(out.length, at - out.length);
        out += ' ';
        if (end !== at + 1) (shifts ??= []).push(out.length, end - out.length);
      } else {
        (shifts ??= []).push(out.length, end - out.length);
      }
      from = end;
      lastWasSpace = spaced && end === data.length;
    }
    out += data.slice(from);
    if (from < data.length) lastWasSpace = data.charCodeAt(data.length - 1) === 32;
    this.lastWasSpace = lastWasSpace;
    if (!out) return;
    if (from0 > 0) {
      // Offsets so far are within the piece: make them offsets within the node.
      shifts = shifts ? shifts.map((v, i) => (i % 2 ? v + from0 : v)) : [0, from0];
      if (shifts[0] !== 0) shifts.unshift(0, from0);
    }
    this.record(node, out, shifts);
  }

  private record(node: Text, text: string, map: number[] | undefined): void {
    this.chunk.nodes.push(node);
    this.chunk.starts.push(this.length);
    this.chunk.maps.push(map);
    this.parts.push(text);
    this.length += text.length;
  }
}

/** The whole text of `root` in one chunk. */
export function walkText(root: Node, options?: WalkOptions): TextChunk {
  return new TextWalker(root, options).next();
}

/** Index of the last node whose contribution starts at or before `offset`. */
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

/** Offset in the node's data of its `local`-th character in the chunk's text. */
function dataOffset(shifts: number[] | undefined, local: number): number {
  let delta = 0;
  if (shifts) for (let i = 0; i < shifts.length && shifts[i] <= local; i += 2) delta = shifts[i + 1];
  return local + delta;
}

/** The DOM span of the chunk's text [start, end); `end > start`, both within one block. */
export function spanOf(chunk: TextChunk, start: number, end: number): DomSpan {
  const first = nodeAt(chunk, start);
  const last = nodeAt(chunk, end - 1);
  const startLocal = start - chunk.starts[first];
  const endLocal = end - 1 - chunk.starts[last];
  return {
    startNode: chunk.nodes[first],
    startOffset: dataOffset(chunk.maps[first], startLocal),
    endNode: chunk.nodes[last],
    endOffset: dataOffset(chunk.maps[last], endLocal) + 1,
    // A long node fed in pieces appears once per piece.
    nodes: chunk.nodes.slice(first, last + 1).filter((n, i, all) => i === 0 || n !== all[i - 1]),
  };
}
