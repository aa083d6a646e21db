// The page matcher: finds the pack's names in a text, leftmost-longest, with case, joiner and
// same-surname rules.
//
// A scan does not split the text into words. One table lookup per character finds the places where some
// form may start (the letter that begins a first word, as written, and its second letter); there a hash
// of the word's first and last letters and its length rules most words out without making their key; the
// few that pass walk the token trie over a window of words read on demand. So a scan costs about one tight
// loop over the text, and does not grow with the number of forms.
import type { CompiledForms, FormKind, MatcherPack, PackedVariant } from '../model';
import { KEY_CHANGING_RANGES, lowerUnit } from '../text/char-classes';
import { TokenWindow } from '../text/token-window';
import { lastWord, readWordAt } from '../text/tokenize';
import { nextMarkedStart, wordStartAround } from '../text/word-bounds';
import { keyOf, wordKey } from '../text/word-keys';
import { NO_JOIN, gapKey } from '../text/normalize';
import {
  COMPILED_FORMS_VERSION,
  EDGE,
  compileForms,
  firstWordHash,
  hashOf,
  pairHash,
  unpackVariant,
  type FormVariant,
} from './compile';
import { acceptsCase, inCapsRun } from './case-rules';
import { bloomHas, pairKey, shardOf, singleKey, type PageIndex, type PageShard } from './shards';
import { isOtherPersonsSurname } from './surname-rules';

/** Inserted between blocks of a page's text (paragraphs, list items, cells): no name crosses it. */
export const BLOCK_BREAK = '\u2029';

export interface Match {
  /** UTF-16 offsets into the scanned text, exactly covering the name as written. */
  start: number;
  end: number;
  /** Index into `pack.entities`. */
  entity: number;
  kind: FormKind;
}

/** Page-level state carried from one scan to the next, in reading order. */
export interface PageContext {
  /**
   * Normalised surname → the entity it refers to on this page, or `OTHER_PERSON` when the page named
   * someone else with it ("Mehriban Aliyeva"): later bare mentions follow that.
   */
  surnames: Map<string, number>;
  /** Entities named plainly on the page so far (lib/match/ambiguity.ts). */
  named: Set<number>;
}

const OTHER_PERSON = -1;

export interface Matcher {
  scan(text: string, ctx?: PageContext): Match[];
  /** How many distinct forms were compiled (for diagnostics). */
  readonly formCount: number;
}

export function createPageContext(): PageContext {
  return { surnames: new Map(), named: new Set() };
}

interface PersonNames {
  /** Normalised first names of the person's full forms ("ilham", "ильхама"). */
  given: Set<string>;
  /** Keys of its bare surnames and of the last words of its full forms. */
  surnames: Set<string>;
}

/** Words before a candidate that the rules look back at ("Mehriban Aliyeva", "President Mehriban Aliyeva"). */
const WORDS_BEFORE = 2;
/** What a character may begin (the scanner's first filter; 0: nothing): a first word, whatever follows. */
const INITIAL = 1;
/** The first letter of first words of two letters or more: the word's second letter must agree too. */
const PAIRED = 2;
/** A mark or an invisible character: the word around it may read as a name once it is left out. */
const INSIDE = 3;
const NO_PERSON: PersonNames = { given: new Set(), surnames: new Set() };

export interface MatcherOptions {
  /** Examine every word, not only those the first filter lets through (tests check that it loses nothing). */
  everyWord?: boolean;
}

/** rootOf's answer for a first-word key whose shard is not read: the scan then tells `unread` where. */
const UNREAD = -1;

/** What a scan looks up: the filters, and the compiled trie (whole, the shards read so far, or a growing one). */
export interface Tables {
  firstWordHashes: number[];
  starts: CompiledForms['starts'];
  formCount: number;
  rootOf: (key: string) => number | undefined;
  /**
   * A first-word key rootOf said UNREAD for, with the gap and key of the word after it (null: no word
   * joins it): a form may start here only as that key alone or with that second word.
   */
  unread?: (key: string, gap: string | null, next: string | null) => void;
  childOf: (node: number, gap: string, key: string) => number | undefined;
  branches: (node: number) => boolean;
  packedAt: (node: number) => PackedVariant[] | undefined;
  personEntry: (entity: number) => CompiledForms['persons'][number] | undefined;
}

/** A matcher for the pack: from its compiled forms when it carries them, else compiled here. */
export function compileMatcher(pack: MatcherPack, options: MatcherOptions = {}): Matcher {
  const compiled = pack.compiled?.version === COMPILED_FORMS_VERSION ? pack.compiled : compileForms(pack);
  // Tables for every character or word come first; the rest is made the first time a scan needs it, since
  // most pages meet few names (and many frames none).
  let roots: Map<string, number> | null = null;
  let edges: Map<string, number> | null = null;
  let hasChildren: Uint8Array | null = null;
  let packed: (PackedVariant[] | undefined)[] | null = null;
  // A page meets a few persons: they are looked up in the list; past that (a corpus, a huge page) a Map of
  // all of them is cheaper than a search of the list per person.
  let personEntries: Map<number, CompiledForms['persons'][number]> | null = null;
  let personSearches = 0;
  return matcherOver(
    {
      firstWordHashes: compiled.firstWordHashes,
      starts: compiled.starts,
      formCount: compiled.formCount,
      rootOf: (key) => (roots ??= new Map(compiled.roots)).get(key),
      childOf: (node, gap, key) => (edges ??= new Map(compiled.edges)).get(node + EDGE + gap + EDGE + key),
      branches: (node) => {
        if (!hasChildren) {
          hasChildren = new Uint8Array(compiled.nodeCount);
          for (const n of compiled.branching) hasChildren[n] = 1;
        }
        return hasChildren[node] === 1;
      },
      packedAt: (node) => {
        if (!packed) {
          packed = [];
          for (const [n, list] of compiled.variants) packed[n] = list;
        }
        return packed[node];
      },
      personEntry: (entity) => {
        if (!personEntries && ++personSearches > 32)
          personEntries = new Map(compiled.persons.map((entry) => [entry[0], entry]));
        return personEntries ? personEntries.get(entity) : compiled.persons.find(([e]) => e === entity);
      },
    },
    options,
  );
}

/** A matcher over a pack's shards, given the pack's index: it finds names only where it has their shard. */
export interface ShardedMatcher extends Matcher {
  /**
   * The shards of candidate words that the scans since the last `missing.clear()` met and did not have:
   * the caller reads them, adds them, and scans that text again.
   */
  readonly missing: Set<number>;
  /**
   * Whether a candidate word the scans since `missing.clear()` met without its shard is a first-word key
   * of the shards added since: if not (the Bloom filter's false positives), those scans' matches stand.
   */
  missedAny(): boolean;
  add(shard: PageShard): void;
  has(shard: number): boolean;
  /** Entity `i` of the pack (known once a shard naming it is added). */
  entity(i: number): MatcherPack['entities'][number] | undefined;
  /** The entities of the shards added. */
  entities(): MatcherPack['entities'];
}

export function createShardedMatcher(index: PageIndex, options: MatcherOptions = {}): ShardedMatcher {
  const roots = new Map<string, number>();
  const edges = new Map<string, number>();
  const branching = new Set<number>();
  const packed = new Map<number, PackedVariant[]>();
  const persons = new Map<number, CompiledForms['persons'][number]>();
  const entities = new Map<number, MatcherPack['entities'][number]>();
  const loaded = new Uint8Array(index.shardCount);
  /** Where the scans met a start of some form in a shard not read: its key, and its pair or null (alone). */
  const missedStarts: [string, string | null][] = [];
  const missing = new Set<number>();
  const matcher = matcherOver(
    {
      firstWordHashes: index.firstWordHashes,
      starts: index.starts,
      formCount: index.formCount,
      rootOf: (key) => {
        if (loaded[shardOf(key, index.shardCount)] === 1) return roots.get(key);
        return bloomHas(index, key) ? UNREAD : undefined;
      },
      unread: (key, gap, next) => {
        const pair = next === null ? null : pairKey(key, gap!, next);
        if (pair !== null && bloomHas(index, pair)) missedStarts.push([key, pair]);
        else if (bloomHas(index, singleKey(key))) missedStarts.push([key, null]);
        else return;
        missing.add(shardOf(key, index.shardCount));
      },
      childOf: (node, gap, key) => edges.get(node + EDGE + gap + EDGE + key),
      branches: (node) => branching.has(node),
      packedAt: (node) => packed.get(node),
      personEntry: (entity) => persons.get(entity),
    },
    options,
  );
  return {
    scan: (text, ctx) => matcher.scan(text, ctx),
    formCount: matcher.formCount,
    missing,
    missedAny: () => {
      let any = false;
      for (const [key, pair] of missedStarts) {
        const root = roots.get(key);
        if (root === undefined) continue;
        // A pair may be a Bloom filter's false positive while the key alone is a form: both are asked.
        any ||= packed.has(root) || (pair !== null && edges.has(root + pair.slice(key.length)));
      }
      missedStarts.length = 0;
      return any;
    },
    add(shard) {
      if (loaded[shard.shard] === 1) return;
      loaded[shard.shard] = 1;
      missing.delete(shard.shard);
      for (const [key, node] of shard.roots) roots.set(key, node);
      for (const [key, node] of shard.edges) edges.set(key, node);
      for (const node of shard.branching) branching.add(node);
      for (const [node, list] of shard.variants) packed.set(node, list);
      for (const entry of shard.persons) persons.set(entry[0], entry);
      for (const [i, entity] of shard.entities) entities.set(i, entity);
    },
    has: (shard) => loaded[shard] === 1,
    entity: (i) => entities.get(i),
    entities: () => [...entities.values()],
  };
}

export function matcherOver(tables: Tables, options: MatcherOptions = {}): Matcher {
  const { rootOf, childOf, branches } = tables;
  const firstWords = new Uint8Array(1 << 16);
  for (const hash of tables.firstWordHashes) firstWords[hash] = 1;
  const variants: (FormVariant[] | undefined)[] = [];
  const persons = new Map<number, PersonNames>();
  const variantsAt = (node: number): FormVariant[] | undefined => {
    const list = tables.packedAt(node);
    if (!list) return undefined;
    return (variants[node] ??= list.map(unpackVariant));
  };
  const person = (entity: number): PersonNames => {
    let names = persons.get(entity);
    if (!names) {
      const found = tables.personEntry(entity);
      names = found ? { given: new Set(found[1]), surnames: new Set(found[2]) } : NO_PERSON;
      persons.set(entity, names);
    }
    return names;
  };
  const starts = new Uint8Array(1 << 16);
  if (options.everyWord) starts.fill(INSIDE);
  else {
    for (const [from, to] of KEY_CHANGING_RANGES) starts.fill(INSIDE, from, to + 1);
    for (let k = 0; k < tables.starts.paired.length; k++) starts[tables.starts.paired.charCodeAt(k)] = PAIRED;
    for (let k = 0; k < tables.starts.initials.length; k++)
      starts[tables.starts.initials.charCodeAt(k)] = INITIAL;
  }
  const pairs = new Uint8Array(1 << 16);
  for (const hash of tables.starts.pairs) pairs[hash] = 1;
  const t = new TokenWindow();

  function scan(text: string, ctx: PageContext = createPageContext()): Match[] {
    const out: Match[] = [];
    /** Text before this offset has been looked at. */
    let examined = 0;
    /** End of the last word of the previous match: a name right before a surname is not a first name. */
    let lastMatchEnd = -1;
    const n = text.length;
    for (
      let at = nextMarkedStart(text, 0, starts, INSIDE);
      at < n;
      at = nextMarkedStart(text, at + 1, starts, INSIDE)
    ) {
      const kind = starts[text.charCodeAt(at)];
      let start = at;
      if (kind === INSIDE) {
        start = wordStartAround(text, at);
        if (start < examined) continue;
      } else {
        if (kind === PAIRED && !pairs[pairHash(text.charCodeAt(at), lowerUnit(text.charCodeAt(at + 1)))])
          continue;
      }
      readWordAt(text, start);
      const end = lastWord.end;
      examined = end;
      at = end - 1;
      // Most candidates start no name: the hash rules them out before their key is made.
      let key: string;
      if (lastWord.special) {
        key = keyOf(text, start, end, true);
        if (!firstWords[firstWordHash(key)]) continue;
      } else {
        if (
          !firstWords[
            hashOf(lowerUnit(text.charCodeAt(start)), lowerUnit(text.charCodeAt(end - 1)), end - start)
          ]
        )
          continue;
        key = keyOf(text, start, end, false);
      }
      let node = rootOf(key);
      if (node === undefined) continue;
      const i = t.open(text, start, WORDS_BEFORE);
      if (i < 0) continue;
      if (node === UNREAD) {
        let gap: string | null = null;
        if (t.ensure(i + 1)) gap = gapKey(text.slice(t.ends[i], t.starts[i + 1]));
        if (gap === NO_JOIN) gap = null;
        tables.unread?.(key, gap, gap === null ? null : wordKey(text, t, i + 1));
        continue;
      }

      let best: FormVariant | null = null;
      let bestEnd = i;
      let j = i;
      for (;;) {
        const here = variantsAt(node);
        if (here) {
          const v = choose(here, i, j);
          if (v) {
            best = v;
            bestEnd = j;
          }
        }
        if (!branches(node) || !t.ensure(j + 1)) break;
        const gap = gapKey(text.slice(t.ends[j], t.starts[j + 1]));
        if (gap === NO_JOIN) break;
        const next = childOf(node, gap, wordKey(text, t, j + 1));
        if (next === undefined) break;
        node = next;
        j++;
      }
      if (!best) continue;
      const wordsEnd = t.ends[bestEnd];
      let matchEnd = wordsEnd;
      if (best.trailingDot && text.charCodeAt(matchEnd) === 0x2e) matchEnd++;
      out.push({ start, end: matchEnd, entity: best.entity, kind: best.kind });
      if (best.settlesSurnames)
        for (const surname of person(best.entity).surnames) ctx.surnames.set(surname, best.entity);
      lastMatchEnd = wordsEnd;
      examined = wordsEnd;
      at = wordsEnd - 1;
    }
    return out;

    /** The variant of a form that the text's words first..last satisfy, or null. */
    function choose(variants: FormVariant[], first: number, last: number): FormVariant | null {
      let surname: FormVariant | null = null;
      let bound: number | undefined;
      for (const v of variants) {
        if (!acceptsCase(text, t, first, v)) continue;
        if (v.kind === 'acronym' && v.letters <= 2) {
          t.ensure(last + 1);
          if (inCapsRun(text, t, first, last)) continue;
        }
        if (v.kind !== 'surname') return v;
        bound = ctx.surnames.get(v.surnameKey);
        if (bound === OTHER_PERSON) return null;
        if (bound === v.entity) {
          surname = v;
          break;
        }
        surname ??= v;
      }
      if (!surname) return null;
      // Someone else's first name right before the surname ("Melania Trump") always wins; that person
      // becomes what the bare surname means, unless the page already named one of ours in full.
      const afterMatch = first > 0 && t.ends[first - 1] === lastMatchEnd;
      if (!afterMatch && isOtherPersonsSurname(text, t, first, person(surname.entity).given)) {
        if (bound === undefined) ctx.surnames.set(surname.surnameKey, OTHER_PERSON);
        return null;
      }
      return surname;
    }
  }

  return { scan, formCount: tables.formCount };
}
