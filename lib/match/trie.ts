// Compiles a MatcherPack into a token trie. Edges after the first token carry the canonical gap
// ("Kassym-Jomart" and "Kassym Jomart" share an edge), so that a scan is a plain walk.
import type { FormKind, MatcherPack } from '../model';
import { tokenize } from '../text/tokenize';
import { NO_JOIN, cleanWord, gapKey, isUpper } from '../text/normalize';

export interface FormVariant {
  entity: number;
  kind: FormKind;
  /** Per token of the form, the positions of its letters that must be upper case in the text. */
  upper: number[][];
  /** For a bare surname: its key in PageContext.surnames. */
  surnameKey: string;
  /** For a person's full name: the surname key it settles on the page (its last word). */
  bindsSurname: string | null;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  variants: FormVariant[] | null;
}

export interface CompiledTrie {
  root: TrieNode;
  /** Per entity index: the normalised first names of its full forms (person entities only). */
  givenNames: Set<string>[];
  formCount: number;
}

const EDGE = '\u0001';

export function compileTrie(pack: MatcherPack): CompiledTrie {
  const root: TrieNode = { next: new Map(), variants: null };
  const givenNames = pack.entities.map(() => new Set<string>());
  const seen = new Set<string>();
  let formCount = 0;
  for (const [form, entity, kind] of pack.patterns) {
    if (seen.has(`${entity}|${kind}|${form}`)) continue;
    seen.add(`${entity}|${kind}|${form}`);
    const toks = tokenize(form);
    if (toks.count === 0 || !pack.entities[entity]) continue;
    const edges: string[] = [];
    const upper: number[][] = [];
    let joinable = true;
    for (let k = 0; k < toks.count; k++) {
      if (k > 0) {
        const gap = gapKey(form.slice(toks.ends[k - 1], toks.starts[k]));
        if (gap === NO_JOIN) joinable = false;
        edges.push(gap + EDGE + toks.keys[k]);
      } else {
        edges.push(toks.keys[0]);
      }
      upper.push(upperPositions(cleanWord(form.slice(toks.starts[k], toks.ends[k])), kind));
    }
    if (!joinable) continue;
    let node = root;
    for (const edge of edges) {
      node.next ??= new Map();
      let child = node.next.get(edge);
      if (!child) {
        child = { next: null, variants: null };
        node.next.set(edge, child);
      }
      node = child;
    }
    const isPerson = pack.entities[entity].type === 'person';
    const last = toks.keys[toks.count - 1];
    const variant: FormVariant = {
      entity,
      kind,
      upper,
      surnameKey: kind === 'surname' ? toks.keys.join(' ') : '',
      bindsSurname: isPerson && kind === 'full' && toks.count > 1 ? last : null,
    };
    (node.variants ??= []).push(variant);
    formCount++;
    if (isPerson && kind === 'full') {
      for (let k = 0; k < toks.count - 1; k++) givenNames[entity].add(toks.keys[k]);
    }
  }
  return { root, givenNames, formCount };
}

/**
 * A capital in the form must be a capital in the text (Title case or ALL CAPS both satisfy it); a
 * lowercase letter may be either. Acronyms and mixed-case words ("OTS", "КазНУ") constrain every capital
 * letter, names only their first.
 */
function upperPositions(word: string, kind: FormKind): number[] {
  const positions: number[] = [];
  for (let p = 0; p < word.length; p++) {
    if (isUpper(word[p])) {
      positions.push(p);
      if (kind !== 'acronym' && p === 0 && !hasInnerCapital(word)) break;
    }
  }
  return positions;
}

function hasInnerCapital(word: string): boolean {
  for (let p = 1; p < word.length; p++) if (isUpper(word[p])) return true;
  return false;
}
