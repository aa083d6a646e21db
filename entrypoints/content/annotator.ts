// Finds the pack's names in the page's text and keeps the highlights right as the page changes:
// a full scan at start, then rescans of only the blocks that mutations touched, all in short slices.
import { spanOf, textNodesOf } from '../../lib/dom/text-chunk';
import { TextWalker } from '../../lib/dom/text-walker';
import {
  CONTEXT_LENS_HOST_TAG,
  isBlockElement,
  isInsideSkipped,
  nearestBlock,
  tagOf,
} from '../../lib/dom/elements';
import {
  createPageContext,
  createShardedMatcher,
  type Match,
  type PageContext,
  type ShardedMatcher,
} from '../../lib/match/scanner';
import type { PageIndex, PageShard } from '../../lib/match/shards';
import { supportedMatches } from '../../lib/match/ambiguity';
import { HighlightStyles } from './highlight-styles';
import { MarkRegistry, type Mark } from './marks';
import { SLICE_MS, yieldToMain } from './yield';

/** Mutations are collected for this long before the affected blocks are rescanned. */
const MUTATION_BATCH_MS = 60;
const SLICE_LIMITS = { maxChars: 4000, maxNodes: 1500 };
/** How long the start waits for the page to go idle at most: the first names are painted within ~100 ms. */
const IDLE_TIMEOUT_MS = 50;

export interface AnnotatorOptions {
  /** Called after each batch of work, so views that show page state (the popup summary) stay current. */
  onChange?: () => void;
  /** Reads shards of the pack (those storage has: a shard of a newer publication may be among them). */
  loadShards: (shards: number[]) => Promise<PageShard[]>;
}

export class Annotator {
  readonly marks = new MarkRegistry();
  readonly styles: HighlightStyles;
  private readonly doc: Document;
  private matcher: ShardedMatcher | null = null;
  /** Whether the first scan has waited for the page to go idle. */
  private startedOnce = false;
  private pack: PageIndex | null = null;
  /** A library of one shard: read while the start waits for the page to go idle. */
  private prefetch: Promise<PageShard[]> | null = null;
  private readonly loadShards: (shards: number[]) => Promise<PageShard[]>;
  private pageContext: PageContext = createPageContext();
  private readonly observer: MutationObserver;
  private readonly observed = new WeakSet<Node>();
  /** The document and shadow roots whose adoptedStyleSheets hold the highlight styles. */
  private styledTrees = new WeakSet<Node>();
  /** Open shadow roots met while walking (hit-testing looks into them); pruned when their host leaves. */
  private openRoots: ShadowRoot[] = [];
  private dirty = new Set<Node>();
  private sawRemovals = false;
  private batchTimer: ReturnType<typeof setTimeout> | null = null;
  private fullPending = false;
  private running = false;
  /** Bumped by a full rescan or stop: slices of older work see it and give up. */
  private generation = 0;
  private stopped = false;
  private readonly onChange?: () => void;
  private idleWaiters: (() => void)[] = [];

  constructor(doc: Document, style: 'underline' | 'background', options: AnnotatorOptions) {
    this.doc = doc;
    this.styles = new HighlightStyles(style);
    this.onChange = options.onChange;
    this.loadShards = options.loadShards;
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /**
   * Start (or restart) annotating with the pack's index: scan the whole page, reading the shards its
   * words need, and follow its changes.
   */
  setPack(pack: PageIndex): void {
    this.pack = pack;
    this.matcher = null;
    this.prefetch = pack.shardCount === 1 ? this.loadShards([0]).catch(() => []) : null;
    this.stopped = false;
    this.observe(this.doc);
    this.requestFullScan();
  }

  /** Forget page-level state and scan everything again (client-side navigation, new pack). */
  requestFullScan(): void {
    this.generation++;
    this.fullPending = true;
    this.dirty.clear();
    void this.pump();
  }

  /** Remove every highlight and stop watching the page. */
  stop(): void {
    this.stopped = true;
    this.generation++;
    this.observer.disconnect();
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = null;
    this.dirty.clear();
    this.marks.clear();
    this.styles.remove();
    this.styledTrees = new WeakSet();
    this.openRoots = [];
    this.releaseWaiters(this.idleWaiters);
  }

  /**
   * Resolves when the work pending now is done (tests, revealEntity right after start). On a page that
   * mutates without pause there is always more: the caller waits for the current job, not for a quiet page.
   */
  idle(): Promise<void> {
    if (this.stopped || (!this.running && !this.fullPending && this.dirty.size === 0 && !this.batchTimer))
      return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The open shadow roots still in the page; roots whose host was dropped are forgotten here. */
  get shadowRoots(): ShadowRoot[] {
    if (this.openRoots.some((r) => !r.host.isConnected))
      this.openRoots = this.openRoots.filter((r) => r.host.isConnected);
    return this.openRoots;
  }

  private releaseWaiters(waiters: (() => void)[]): void {
    if (waiters === this.idleWaiters) this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  private onShadowRoot = (root: ShadowRoot): void => {
    if (!this.observed.has(root)) this.openRoots.push(root);
    this.observe(root);
  };

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    for (const r of records) {
      if (isOwnUi(r)) continue;
      if (r.type === 'characterData') {
        this.dirty.add(r.target);
        continue;
      }
      // What changed is the added nodes; a removal matters only where it may join the text around it.
      for (const added of r.addedNodes) this.dirty.add(added);
      if (r.removedNodes.length) {
        this.sawRemovals = true;
        for (const removed of r.removedNodes) {
          if (removed.nodeType === 3 || (removed.nodeType === 1 && !isBlockElement(removed as Element))) {
            this.dirty.add(r.target);
            break;
          }
        }
      }
    }
    if (this.dirty.size === 0 && !this.sawRemovals) return;
    this.batchTimer ??= setTimeout(() => {
      this.batchTimer = null;
      void this.pump();
    }, MUTATION_BATCH_MS);
  }

  /** Runs pending work one job at a time: a full scan, or the blocks dirtied since the last batch. */
  private async pump(): Promise<void> {
    if (this.running || !this.pack) return;
    this.running = true;
    try {
      if (!this.matcher && !this.startedOnce) {
        // The first scan waits until the page has loaded what it was loading.
        await whenIdle();
        if (this.stopped || !this.pack) return;
        this.startedOnce = true;
      }
      while (!this.stopped && (this.fullPending || this.dirty.size > 0 || this.sawRemovals)) {
        const waiting = this.idleWaiters;
        this.idleWaiters = [];
        this.styles.ensureAll();
        if (this.fullPending) {
          this.fullPending = false;
          this.sawRemovals = false;
          const gen = this.generation;
          this.marks.clear();
          this.pageContext = createPageContext();
          await this.scan(this.doc, gen);
        } else {
          const roots = this.takeDirtyBlocks();
          if (this.sawRemovals) {
            this.sawRemovals = false;
            this.marks.dropDetached();
            void this.shadowRoots; // prunes roots of removed hosts
          }
          const gen = this.generation;
          for (const root of roots) {
            if (gen !== this.generation) break;
            await this.scan(root, gen);
          }
        }
        this.onChange?.();
        this.releaseWaiters(waiting);
      }
    } finally {
      this.running = false;
      if (this.stopped || (!this.fullPending && this.dirty.size === 0 && !this.batchTimer))
        this.releaseWaiters(this.idleWaiters);
    }
  }

  /**
   * The smallest set of subtrees to rescan: for each changed node, the block that holds it, or, where
   * that block is the whole page (a script appending to <body>), the changed node alone.
   */
  private takeDirtyBlocks(): Node[] {
    const blocks = new Set<Node>();
    for (const node of this.dirty) {
      if (!node.isConnected) continue;
      const root = node.getRootNode();
      const scope = root === this.doc ? (this.doc.body ?? this.doc.documentElement) : root;
      if (!scope || isInsideSkipped(node, root)) continue;
      const block = nearestBlock(node, scope);
      if (block !== scope) blocks.add(block);
      else if (node !== scope && node.nodeType !== 11) blocks.add(node);
    }
    this.dirty = new Set();
    return [...blocks].filter((block) => {
      for (let up = block.parentNode; up; up = up.parentNode) if (blocks.has(up)) return false;
      return true;
    });
  }

  private async scan(root: Node, gen: number): Promise<void> {
    const walker = new TextWalker(root, { onShadowRoot: this.onShadowRoot });
    let sliceStart = performance.now();
    // A rescan replaces the marks of the nodes it walks (once: a long node comes in several chunks).
    const rescanned = root === this.doc ? null : new Set<Text>();
    while (!walker.done) {
      const chunk = walker.next(SLICE_LIMITS);
      if (rescanned) {
        const fresh = textNodesOf(chunk).filter((n) => !rescanned.has(n));
        for (const n of fresh) rescanned.add(n);
        this.marks.dropCovering(fresh);
      }
      if (chunk.text) {
        const found = await this.matchesOf(chunk.text, gen);
        if (!found) return;
        const matcher = this.matcher!;
        const matches = supportedMatches(chunk.text, found, (i) => matcher.entity(i)?.type, this.pageContext);
        for (const m of matches) {
          const entity = matcher.entity(m.entity);
          if (!entity) continue;
          const span = spanOf(chunk, m.start, m.end);
          const range = new StaticRange({
            startContainer: span.startNode,
            startOffset: span.startOffset,
            endContainer: span.endNode,
            endOffset: span.endOffset,
          });
          // Highlights are styled by the sheets of their tree: adopt ours where there are names.
          const tree = span.startNode.getRootNode();
          if (!this.styledTrees.has(tree)) {
            this.styledTrees.add(tree);
            this.styles.ensure(tree as Document | ShadowRoot);
          }
          this.marks.add({
            range,
            entity: m.entity,
            id: entity.id,
            type: entity.type,
            own: entity.own === true,
            nodes: span.nodes,
            surface: chunk.text.slice(m.start, m.end),
          });
        }
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToMain();
        if (gen !== this.generation || this.stopped) return;
        sliceStart = performance.now();
      }
    }
  }

  /**
   * The names in `text`. Made on the first text a page offers: an empty frame (an ad slot) never pays
   * for it. A scan that met candidate words of shards not read yet reads them and scans again, from the
   * page state before it, so that the matches are those of the whole pack. Null: the work was superseded.
   */
  private async matchesOf(text: string, gen: number): Promise<Match[] | null> {
    const index = this.pack!;
    let matcher = this.matcher;
    if (!matcher) {
      matcher = this.matcher = createShardedMatcher(index);
      const first = await this.prefetch;
      if (gen !== this.generation || this.stopped || this.matcher !== matcher) return null;
      for (const shard of first ?? []) if (shard.stamp === index.stamp) matcher.add(shard);
    }
    const before = new Map(this.pageContext.surnames);
    const found = matcher.scan(text, this.pageContext);
    if (matcher.missing.size === 0) return found;
    const wanted = [...matcher.missing];
    matcher.missing.clear();
    const shards = await this.loadShards(wanted).catch(() => []);
    if (gen !== this.generation || this.stopped || this.matcher !== matcher) return null;
    // A shard of another publication: the new index is on its way and will rescan the page.
    for (const shard of shards) if (shard.stamp === index.stamp) matcher.add(shard);
    // Only words the Bloom filter let through and that name nothing: the scan stands.
    if (!matcher.missedAny()) return found;
    this.pageContext.surnames = before;
    const again = matcher.scan(text, this.pageContext);
    matcher.missing.clear();
    matcher.missedAny();
    return again;
  }

  /** Painted marks in reading order. */
  marksInOrder(): Mark[] {
    return this.marks.inOrder();
  }
}

/** Resolves when the browser is idle, or after IDLE_TIMEOUT_MS at the latest. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}

/** A mutation made by the extension itself (its popover host coming and going). */
function isOwnUi(r: MutationRecord): boolean {
  const isHost = (n: Node) => n.nodeType === 1 && tagOf(n as Element) === CONTEXT_LENS_HOST_TAG;
  if (r.type === 'childList' && r.addedNodes.length + r.removedNodes.length > 0) {
    return [...r.addedNodes, ...r.removedNodes].every(isHost);
  }
  for (let n: Node | null = r.target; n; n = n.parentNode) if (isHost(n)) return true;
  return false;
}
