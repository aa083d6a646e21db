// Turns a DOM subtree into the text the matcher scans, with a map back to the Text nodes it came from.
// Resumable, so a large page is walked in slices between which the content script yields.
//
// The text is the nodes' data as it is, joined: white space, NBSP and soft hyphens are left for the matcher,
// which reads them as a reader does (lib/text). Rewriting them here cost three times a bare walk of the page.
// A node of white space alone (markup indentation) adds its first character and no record.
//
// A block that holds only inline elements (most paragraphs, list items and cells) is read whole through
// textContent, which the browser joins natively, and its Text nodes are looked up only where a name is found.
import { BLOCK_BREAK } from '../match/scanner';
import {
  SKIPPED_BY_ATTRIBUTE,
  TAG_BLOCK,
  TAG_SHADOW_HOST,
  TAG_SKIPPED,
  TAG_TEXT_BLOCK,
  isSkippedElement,
  tagFlags,
} from './elements';
import type { TextChunk } from './text-chunk';

export { BLOCK_BREAK };

export interface WalkOptions {
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
  /** The frame holds one node, not a run of siblings (the walk's root). */
  alone?: boolean;
  /** Set on a shadow root's frame: its host, whose light children are walked next. */
  host?: Element;
  hostBlock?: boolean;
}

/** A block read whole has at most this many elements inside; a larger one is walked. */
const LEAF_ELEMENTS = 64;

/** Text nodes longer than this are fed in pieces of about LONG_PIECE characters. */
const LONG_TEXT = 16_000;
const LONG_PIECE = 8_000;
const BLANK = /^\s*$/;

export class TextWalker {
  private readonly stack: Frame[] = [];
  private readonly options: WalkOptions;
  private breakPending = false;
  /** The white space of a blank Text node passed over since the last text: it goes before the next text. */
  private spacePending = '';
  /** A Text node reached when the previous slice was full. */
  private carried: Text | null = null;
  /** The rest of a very long Text node, fed in pieces. */
  private piece: { node: Text; from: number } | null = null;
  private parts: string[] = [];
  private length = 0;
  private chunk: TextChunk = { text: '', nodes: [], starts: [], offsets: [] };
  /** Hidden elements and editors under the root (and under each shadow root met). */
  private readonly skippedByAttribute = new Set<Element>();

  constructor(root: Node, options: WalkOptions = {}) {
    this.options = options;
    this.collectSkipped(root);
    if (root.nodeType === 3) {
      this.carried = root as Text;
    } else if (root.nodeType === 1) {
      // A frame of the root alone: its siblings are not part of the walk.
      this.stack.push({ next: root, block: false, alone: true });
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
    this.breakPending = false;
    this.spacePending = '';
    this.chunk = { text: '', nodes: [], starts: [], offsets: [] };
    let visited = 0;
    if (this.carried) {
      const t = this.carried;
      this.carried = null;
      this.emitText(t, limits);
    }
    if (this.piece && !this.emitPieces(limits)) return this.finish();
    const stack = this.stack;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const node = frame.next;
      if (node === null) {
        stack.pop();
        if (frame.host) stack.push({ next: frame.host.firstChild, block: frame.hostBlock ?? false });
        if (frame.block) this.breakPending = true;
        continue;
      }
      if (++visited > limits.maxNodes && (this.breakPending || this.length === 0)) break;
      const type = node.nodeType;
      // A full slice ends before the next text: a Text node, or any element (it may be a block read whole).
      if ((type === 3 || type === 1) && this.breakPending && this.length >= limits.maxChars) break;
      frame.next = frame.alone ? null : node.nextSibling;
      if (type === 3) {
        if (!this.emitText(node as Text, limits)) break;
      } else if (type === 1) {
        const el = node as Element;
        const flags = tagFlags(el.localName);
        if (this.skipped(el, flags)) this.breakPending = true;
        else this.enter(el, flags);
      }
    }
    return this.finish();
  }

  private finish(): TextChunk {
    this.chunk.text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
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
    if (root.nodeType === 1 && isSkippedElement(root as Element))
      this.skippedByAttribute.add(root as Element);
    if (typeof (root as ParentNode).querySelectorAll !== 'function') return;
    for (const el of (root as ParentNode).querySelectorAll(SKIPPED_BY_ATTRIBUTE))
      this.skippedByAttribute.add(el);
  }

  private skipped(el: Element, flags: number): boolean {
    return (
      (flags & TAG_SKIPPED) !== 0 || (this.skippedByAttribute.size > 0 && this.skippedByAttribute.has(el))
    );
  }

  private enter(el: Element, flags: number): void {
    const block = (flags & TAG_BLOCK) !== 0;
    if (block) this.breakPending = true;
    const shadow = flags & TAG_SHADOW_HOST ? el.shadowRoot : null;
    // Paragraph-like blocks, or blocks with no element inside, may be read whole; checking every container
    // of a deeply nested page would cost more than it saves.
    if (
      block &&
      !shadow &&
      (flags & TAG_TEXT_BLOCK || el.firstElementChild === null) &&
      this.isLeaf(el, 0) >= 0
    ) {
      const text = el.textContent ?? '';
      if (text.length <= LONG_TEXT) {
        this.emit(el, text, 0);
        this.breakPending = true;
        return;
      }
    }
    if (shadow) {
      this.collectSkipped(shadow);
      this.options.onShadowRoot?.(shadow);
      this.breakPending = true;
      this.stack.push({ next: shadow.firstChild, block: true, host: el, hostBlock: block });
    } else {
      this.stack.push({ next: el.firstChild, block });
    }
  }

  /**
   * Whether every element inside `el` is inline reading text (no block, nothing skipped, no shadow root):
   * the count of elements met so far, or -1 when not (or when there are too many to be worth it).
   */
  private isLeaf(el: Element, count: number): number {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (++count > LEAF_ELEMENTS) return -1;
      const flags = tagFlags(child.localName);
      if (flags & (TAG_BLOCK | TAG_SKIPPED) || this.skippedByAttribute.has(child)) return -1;
      if (flags & TAG_SHADOW_HOST && child.shadowRoot) return -1;
      if (child.firstElementChild) {
        count = this.isLeaf(child, count);
        if (count < 0) return -1;
      }
    }
    return count;
  }

  /** Emit `data`, the part of node.data (or of a block's text) that starts at `from`. */
  private emit(node: Text | Element, data: string, from: number): void {
    if (!data) return;
    // Source indentation between elements ("\n        "), three nodes in four on news pages: its first
    // character separates words as well as all of it does, and it needs no record, since no name starts or
    // ends in it.
    if (data.charCodeAt(0) <= 32 && BLANK.test(data)) {
      // A pending block break wins over it (see below), as a separator at the chunk's start would be noise.
      if (this.length > 0 && !this.spacePending) this.spacePending = data.charAt(0);
      return;
    }
    if (this.breakPending && this.length > 0) {
      this.parts.push(BLOCK_BREAK);
      this.length += 1;
    } else if (this.spacePending) {
      this.parts.push(this.spacePending);
      this.length += 1;
    }
    this.breakPending = false;
    this.spacePending = '';
    const chunk = this.chunk;
    chunk.nodes.push(node);
    chunk.starts.push(this.length);
    chunk.offsets.push(from);
    this.parts.push(data);
    this.length += data.length;
  }
}

/** The whole text of `root` in one chunk. */
export function walkText(root: Node, options?: WalkOptions): TextChunk {
  return new TextWalker(root, options).next();
}
