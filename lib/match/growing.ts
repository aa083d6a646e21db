// The matcher of a library's known entities, kept while the library grows: each batch's new entities are
// added to its trie instead of all entities being compiled again, and a batch's candidates are tried in it
// and taken out again. It finds exactly what compileMatcher(buildMatcherPack(entities)) finds.
import { patternsOf } from '../corpus-index/pack';
import type { Entity } from '../model';
import { EDGE, FormTrie, packVariant } from './compile';
import { matcherOver, type Matcher } from './scanner';

export class GrowingMatcher {
  private readonly trie = new FormTrie();
  private readonly list: Entity[] = [];
  private current: Matcher | null = null;

  constructor(entities: readonly Entity[] = []) {
    this.add(entities);
  }

  /** The entities, in the order of the matches' `entity` index. */
  get entities(): readonly Entity[] {
    return this.list;
  }

  add(entities: readonly Entity[]): void {
    for (const entity of entities) {
      const index = this.list.length;
      this.list.push(entity);
      for (const [text, kind] of patternsOf(entity))
        this.trie.add(text, index, kind, entity.type === 'person');
    }
    if (entities.length > 0) this.current = null;
  }

  /** The matcher of the entities so far. */
  matcher(): Matcher {
    this.current ??= this.over();
    return this.current;
  }

  /** `work` given the matcher of the entities so far and `extra`; afterwards the extra are taken out. */
  with<T>(extra: readonly Entity[], work: (matcher: Matcher, entities: readonly Entity[]) => T): T {
    if (extra.length === 0) return work(this.matcher(), this.list);
    const count = this.list.length;
    try {
      return this.trie.trial(
        () => this.add(extra),
        () => work(this.over(), this.list),
      );
    } finally {
      this.list.length = count;
      this.current = null;
    }
  }

  private over(): Matcher {
    const trie = this.trie;
    return matcherOver({
      firstWordHashes: [...trie.hashes],
      starts: trie.starts.result(),
      formCount: trie.formCount,
      rootOf: (key) => trie.roots.get(key),
      childOf: (node, gap, key) => trie.edges.get(node + EDGE + gap + EDGE + key),
      branches: (node) => trie.branching.has(node),
      packedAt: (node) => trie.variants.get(node)?.map(packVariant),
      personEntry: (entity) => trie.person(entity),
    });
  }
}
