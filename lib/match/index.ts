// The page matcher: one pass over the word tokens of a text, walking a token trie built from every
// surface form of the pack (leftmost-longest), with case, joiner and same-surname rules.
// Cost per scan is linear in the text and does not grow with the number of forms.
import type { FormKind, MatcherPack } from '../model';
import { lowerUnit, tokenize, wordKey } from '../text/tokenize';
import { NO_JOIN, gapKey } from '../text/normalize';
import { EDGE, FormTrie, firstWordHash, hashOf, type FormVariant } from './trie';
import { acceptsCase, inCapsRun } from './case-rules';
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
}

export const OTHER_PERSON = -1;

export interface Matcher {
  scan(text: string, ctx?: PageContext): Match[];
  /** How many distinct forms were compiled (for diagnostics). */
  readonly formCount: number;
}

export function createPageContext(): PageContext {
  return { surnames: new Map() };
}

export function compileMatcher(pack: MatcherPack): Matcher {
  const trie = new FormTrie(pack);
  const { firstWords, edges, hasChildren, variants } = trie;

  function scan(text: string, ctx: PageContext = createPageContext()): Match[] {
    const t = tokenize(text);
    const out: Match[] = [];
    let i = 0;
    /** Last token of the previous match: a name right before a surname is not a first name. */
    let lastMatched = -1;
    while (i < t.count) {
      // Most words start no name: a hash of their first/last letters and length rules them out
      // without making their key.
      let node: number | undefined;
      if (t.special[i]) {
        const key = wordKey(text, t, i);
        if (firstWords[firstWordHash(key)]) node = trie.root(key);
      } else {
        const s = t.starts[i];
        const e = t.ends[i];
        if (firstWords[hashOf(lowerUnit(text.charCodeAt(s)), lowerUnit(text.charCodeAt(e - 1)), e - s)]) {
          node = trie.root(wordKey(text, t, i));
        }
      }
      if (node === undefined) {
        i++;
        continue;
      }
      let best: FormVariant | null = null;
      let bestEnd = i;
      let j = i;
      for (;;) {
        const here = variants[node];
        if (here) {
          const v = choose(here, i, j);
          if (v) {
            best = v;
            bestEnd = j;
          }
        }
        if (!hasChildren[node] || j + 1 >= t.count) break;
        const gap = gapKey(text.slice(t.ends[j], t.starts[j + 1]));
        if (gap === NO_JOIN) break;
        const next = edges.get(node + EDGE + gap + EDGE + wordKey(text, t, j + 1));
        if (next === undefined) break;
        node = next;
        j++;
      }
      if (best) {
        let end = t.ends[bestEnd];
        if (best.trailingDot && text.charCodeAt(end) === 0x2e) end++;
        out.push({ start: t.starts[i], end, entity: best.entity, kind: best.kind });
        if (best.settlesSurnames) for (const key of trie.person(best.entity).surnames) ctx.surnames.set(key, best.entity);
        lastMatched = bestEnd;
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return out;

    /** The variant of a form that the text starting at token `first` satisfies, or null. */
    function choose(variants: FormVariant[], first: number, last: number): FormVariant | null {
      let surname: FormVariant | null = null;
      let bound: number | undefined;
      for (const v of variants) {
        if (!acceptsCase(text, t, first, v)) continue;
        if (v.kind === 'acronym' && v.letters <= 2 && inCapsRun(text, t, first, last)) continue;
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
      if (first - 1 !== lastMatched && isOtherPersonsSurname(text, t, first, trie.person(surname.entity).given)) {
        if (bound === undefined) ctx.surnames.set(surname.surnameKey, OTHER_PERSON);
        return null;
      }
      return surname;
    }
  }

  return { scan, formCount: trie.formCount };
}
