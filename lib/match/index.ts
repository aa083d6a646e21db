// The page matcher: one pass over the word tokens of a text, walking a token trie built from every
// surface form of the pack (leftmost-longest), with case, joiner and same-surname rules.
// Cost per scan is linear in the text and does not grow with the number of forms.
import type { FormKind, MatcherPack } from '../model';
import { tokenize } from '../text/tokenize';
import { NO_JOIN, gapKey } from '../text/normalize';
import { compileTrie, type FormVariant, type TrieNode } from './trie';
import { acceptsCase } from './case-rules';
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

const EDGE = '\u0001';

export function compileMatcher(pack: MatcherPack): Matcher {
  const trie = compileTrie(pack);
  const { root, givenNames } = trie;

  function scan(text: string, ctx: PageContext = createPageContext()): Match[] {
    const t = tokenize(text);
    const out: Match[] = [];
    let i = 0;
    /** Last token of the previous match: a name right before a surname is not a first name. */
    let lastMatched = -1;
    while (i < t.count) {
      let node: TrieNode | undefined = root.next?.get(t.keys[i]);
      if (!node) {
        i++;
        continue;
      }
      let best: FormVariant | null = null;
      let bestEnd = i;
      let j = i;
      for (;;) {
        if (node.variants) {
          const v = choose(node.variants, i);
          if (v) {
            best = v;
            bestEnd = j;
          }
        }
        if (!node.next || j + 1 >= t.count) break;
        const gap = gapKey(text.slice(t.ends[j], t.starts[j + 1]));
        if (gap === NO_JOIN) break;
        const child: TrieNode | undefined = node.next.get(gap + EDGE + t.keys[j + 1]);
        if (!child) break;
        node = child;
        j++;
      }
      if (best) {
        out.push({ start: t.starts[i], end: t.ends[bestEnd], entity: best.entity, kind: best.kind });
        if (best.bindsSurname) ctx.surnames.set(best.bindsSurname, best.entity);
        lastMatched = bestEnd;
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return out;

    /** The variant of a form that the text starting at token `first` satisfies, or null. */
    function choose(variants: FormVariant[], first: number): FormVariant | null {
      let surname: FormVariant | null = null;
      for (const v of variants) {
        if (!acceptsCase(text, t, first, v)) continue;
        if (v.kind !== 'surname') return v;
        // A bare surname: what the page said about it before decides, then the word before it.
        const bound = ctx.surnames.get(v.surnameKey);
        if (bound === OTHER_PERSON) return null;
        if (bound === v.entity) return v;
        surname ??= v;
      }
      if (surname && first - 1 !== lastMatched && isOtherPersonsSurname(text, t, first, givenNames[surname.entity])) {
        ctx.surnames.set(surname.surnameKey, OTHER_PERSON);
        return null;
      }
      return surname;
    }
  }

  return { scan, formCount: trie.formCount };
}
