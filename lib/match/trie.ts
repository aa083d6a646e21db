// Compiles a MatcherPack into a token trie. Edges after the first token carry the canonical gap
// ("Kassym-Jomart" and "Kassym Jomart" share an edge), so that a scan is a plain walk.
//
// Compiling is lazy, because the content script compiles on every page and a page meets few names:
// up front only each form's first word is read (a filter and a map from first word to forms); the
// branch of the trie under a first word is built the first time a page contains that word, and an
// entity's first names and surnames the first time a rule asks for them.
import type { FormKind, MatcherPack } from '../model';
import { lowerUnit, tokenize, wordKey, wordKeys } from '../text/tokenize';
import { NO_JOIN, gapKey } from '../text/normalize';

export interface FormVariant {
  entity: number;
  kind: FormKind;
  /** Per token of the form, the positions of its letters that must be upper case in the text. */
  upper: number[][];
  /** For a bare surname: its key in PageContext.surnames. */
  surnameKey: string;
  /** A person's full name: naming it settles what the entity's bare surnames mean on the page. */
  settlesSurnames: boolean;
  /** How many letters and digits the form has ("UN": 2). */
  letters: number;
  /** The form ends with an abbreviation's period ("U.S."): the match takes the text's period too. */
  trailingDot: boolean;
}

export interface PersonNames {
  /** Normalised first names of the person's full forms ("ilham", "ильхама"). */
  given: Set<string>;
  /** Keys of its bare surnames and of the last words of its full forms. */
  surnames: Set<string>;
}

export const EDGE = '\u0001';

export class FormTrie {
  /** firstWords[hashOf(first, last, length)] is 1 when some form starts with such a word. */
  readonly firstWords = new Uint8Array(1 << 16);
  /** `${node}\u0001${gap}\u0001${word key}` → node. */
  readonly edges = new Map<string, number>();
  /** Per node: whether any edge leaves it. */
  readonly hasChildren: boolean[] = [false];
  /** Per node: the forms ending there. */
  readonly variants: (FormVariant[] | undefined)[] = [undefined];
  readonly formCount: number;

  private readonly roots = new Map<string, number>();
  /** First word key → indices into pack.patterns, until the branch is built. */
  private readonly pending = new Map<string, number[]>();
  private readonly byEntity: number[][];
  private readonly persons: (PersonNames | undefined)[] = [];

  constructor(private readonly pack: MatcherPack) {
    this.byEntity = pack.entities.map(() => []);
    let formCount = 0;
    pack.patterns.forEach(([form, entity], index) => {
      if (!pack.entities[entity]) return;
      // The shared buffers are safe here: no scan runs while the constructor does.
      const toks = tokenize(form, false, 1);
      if (toks.count === 0) return;
      const key = wordKey(form, toks, 0);
      this.firstWords[firstWordHash(key)] = 1;
      const group = this.pending.get(key);
      if (group) group.push(index);
      else this.pending.set(key, [index]);
      this.byEntity[entity].push(index);
      formCount++;
    });
    this.formCount = formCount;
  }

  /** The node of a first word, or undefined when no form starts with it. */
  root(key: string): number | undefined {
    const node = this.roots.get(key);
    if (node !== undefined) return node;
    const group = this.pending.get(key);
    if (!group) return undefined;
    this.pending.delete(key);
    for (const index of group) this.insert(index);
    return this.roots.get(key);
  }

  /** First names and surnames of a person entity, from all its forms. */
  person(entity: number): PersonNames {
    let names = this.persons[entity];
    if (!names) {
      names = { given: new Set(), surnames: new Set() };
      for (const index of this.byEntity[entity] ?? []) {
        const [form, , kind] = this.pack.patterns[index];
        const keys = wordKeys(form, tokenize(form, true));
        if (kind === 'surname') names.surnames.add(keys.join(' '));
        if (kind === 'full' && keys.length > 1) {
          for (let k = 0; k < keys.length - 1; k++) names.given.add(keys[k]);
          names.surnames.add(keys[keys.length - 1]);
        }
      }
      this.persons[entity] = names;
    }
    return names;
  }

  private insert(index: number): void {
    const [form, entity, kind] = this.pack.patterns[index];
    const toks = tokenize(form, true);
    const keys = wordKeys(form, toks);
    let node = this.child(this.roots, keys[0]);
    for (let k = 1; k < keys.length; k++) {
      const gap = gapKey(form.slice(toks.ends[k - 1], toks.starts[k]));
      if (gap === NO_JOIN) return;
      this.hasChildren[node] = true;
      node = this.child(this.edges, node + EDGE + gap + EDGE + keys[k]);
    }
    const upper: number[][] = [];
    for (let k = 0; k < keys.length; k++) upper.push(upperPositions(form, toks.starts[k], toks.ends[k]));
    const here = (this.variants[node] ??= []);
    if (here.some((v) => v.entity === entity && v.kind === kind && sameUpper(v.upper, upper))) return;
    here.push({
      entity,
      kind,
      upper,
      surnameKey: kind === 'surname' ? keys.join(' ') : '',
      settlesSurnames: kind === 'full' && keys.length > 1 && this.pack.entities[entity].type === 'person',
      letters: keys.reduce((sum, key) => sum + key.length, 0),
      trailingDot: form.charCodeAt(toks.ends[keys.length - 1]) === 0x2e,
    });
  }

  private child(map: Map<string, number>, key: string): number {
    let node = map.get(key);
    if (node === undefined) {
      node = this.variants.length;
      this.variants.push(undefined);
      this.hasChildren.push(false);
      map.set(key, node);
    }
    return node;
  }
}

/** A 16-bit hash of a word key from its first and last units and its length. */
export function firstWordHash(key: string): number {
  return hashOf(key.charCodeAt(0), key.charCodeAt(key.length - 1), key.length);
}

export function hashOf(first: number, last: number, length: number): number {
  return (Math.imul(first, 961) + Math.imul(last, 31) + length) & 0xffff;
}

/**
 * A capital in the form must be a capital in the text (Title case or ALL CAPS both satisfy it); a
 * lowercase letter may be either. So "Tokayev" constrains its first letter, "OTS" and "КазНУ" every
 * capital ("Казну" is a word, not the university).
 */
function upperPositions(form: string, start: number, end: number): number[] {
  const positions: number[] = [];
  for (let p = start; p < end; p++) {
    const c = form.charCodeAt(p);
    if (lowerUnit(c) !== c) positions.push(p - start);
  }
  return positions;
}

function sameUpper(a: number[][], b: number[][]): boolean {
  return a.length === b.length && a.every((x, k) => x.length === b[k].length && x.every((p, q) => p === b[k][q]));
}
