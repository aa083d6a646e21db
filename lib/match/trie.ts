// Compiles a MatcherPack into a token trie. Edges after the first token carry the canonical gap
// ("Kassym-Jomart" and "Kassym Jomart" share an edge), so that a scan is a plain walk.
// Nodes are numbers; all edges live in two Maps, which keeps compiling thousands of forms cheap.
import type { FormKind, MatcherPack } from '../model';
import { tokenize, wordKeys } from '../text/tokenize';
import { NO_JOIN, gapKey, isUpper } from '../text/normalize';

export interface FormVariant {
  entity: number;
  kind: FormKind;
  /** Per token of the form, the positions of its letters that must be upper case in the text. */
  upper: number[][];
  /** For a bare surname: its key in PageContext.surnames. */
  surnameKey: string;
  /** A person's full name: naming it settles what the entity's bare surnames mean on the page. */
  settlesSurnames: boolean;
}

export interface CompiledTrie {
  /** A filter on first words: firstWords[firstWordHash(key)] is 1 for every key in `roots`. */
  firstWords: Uint8Array;
  /** First word key → node. */
  roots: Map<string, number>;
  /** `${node}\u0001${gap}\u0001${word key}` → node. */
  edges: Map<string, number>;
  /** Per node: whether any edge leaves it. */
  hasChildren: boolean[];
  /** Per node: the forms ending there, or undefined. */
  variants: (FormVariant[] | undefined)[];
  /** Per entity index: the normalised first names of its full forms (person entities only). */
  givenNames: (Set<string> | undefined)[];
  /** Per entity index: the keys of its bare surnames and of the last words of its full names. */
  surnames: (Set<string> | undefined)[];
  formCount: number;
}

export const EDGE = '\u0001';

export function compileTrie(pack: MatcherPack): CompiledTrie {
  const trie: CompiledTrie = { firstWords: new Uint8Array(1 << 16), roots: new Map(), edges: new Map(), hasChildren: [false], variants: [undefined], givenNames: [], surnames: [], formCount: 0 };
  const seen = new Set<string>();
  for (const [form, entity, kind] of pack.patterns) {
    const id = `${entity}|${kind}|${form}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const toks = tokenize(form);
    if (toks.count === 0 || !pack.entities[entity]) continue;
    const keys = wordKeys(form, toks);
    const starts = Array.from(toks.starts.subarray(0, toks.count));
    const ends = Array.from(toks.ends.subarray(0, toks.count));
    let node = -1;
    for (let k = 0; k < toks.count && node !== -2; k++) {
      if (k === 0) {
        node = child(trie, trie.roots, keys[0]);
        trie.firstWords[firstWordHash(keys[0])] = 1;
      } else {
        const gap = gapKey(form.slice(ends[k - 1], starts[k]));
        if (gap === NO_JOIN) node = -2;
        else {
          trie.hasChildren[node] = true;
          node = child(trie, trie.edges, node + EDGE + gap + EDGE + keys[k]);
        }
      }
    }
    if (node < 0) continue;
    const upper: number[][] = [];
    for (let k = 0; k < toks.count; k++) upper.push(upperPositions(form.slice(starts[k], ends[k])));
    const isPerson = pack.entities[entity].type === 'person';
    (trie.variants[node] ??= []).push({
      entity,
      kind,
      upper,
      surnameKey: kind === 'surname' ? keys.join(' ') : '',
      settlesSurnames: isPerson && kind === 'full' && keys.length > 1,
    });
    trie.formCount++;
    if (isPerson && kind === 'full' && keys.length > 1) {
      const given = (trie.givenNames[entity] ??= new Set());
      for (let k = 0; k < keys.length - 1; k++) given.add(keys[k]);
      (trie.surnames[entity] ??= new Set()).add(keys[keys.length - 1]);
    }
    if (kind === 'surname') (trie.surnames[entity] ??= new Set()).add(keys.join(' '));
  }
  return trie;
}

/** A 16-bit hash of a word key from its first and last units and its length. */
export function firstWordHash(key: string): number {
  return hashOf(key.charCodeAt(0), key.charCodeAt(key.length - 1), key.length);
}

export function hashOf(first: number, last: number, length: number): number {
  return (Math.imul(first, 961) + Math.imul(last, 31) + length) & 0xffff;
}

function child(trie: CompiledTrie, map: Map<string, number>, key: string): number {
  let node = map.get(key);
  if (node === undefined) {
    node = trie.variants.length;
    trie.variants.push(undefined);
    trie.hasChildren.push(false);
    map.set(key, node);
  }
  return node;
}

/**
 * A capital in the form must be a capital in the text (Title case or ALL CAPS both satisfy it); a
 * lowercase letter may be either. So "Tokayev" constrains its first letter, "OTS" and "КазНУ" every
 * capital ("Казну" is a word, not the university).
 */
function upperPositions(word: string): number[] {
  const positions: number[] = [];
  for (let p = 0; p < word.length; p++) if (isUpper(word[p])) positions.push(p);
  return positions;
}
