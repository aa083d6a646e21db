// Compiles the surface forms of a MatcherPack into plain data that a content script can use as it is:
// a token trie (edges after the first word carry the canonical gap, so "Kassym-Jomart" and "Kassym
// Jomart" share one), the forms ending at each node, the persons' first names and surnames, and the
// characters where some form may start (StartChars).
//
// Compiling is done once, where the pack is built (the background, the build), because it costs more than
// a whole page's scan; the result travels in the pack and the content script only turns lists into Maps.
import type { CompiledForms, FormKind, MatcherPack, PackedVariant } from '../model';
import { keyVariants, NO_JOIN, gapKey, isUpper } from '../text/normalize';
import { lowerUnit } from '../text/char-classes';
import { tokenize } from '../text/tokenize';
import { wordKeys } from '../text/word-keys';

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

export function packVariant(v: FormVariant): PackedVariant {
  const upper = v.upper.map((positions) => positions.join(',')).join('|');
  return [v.entity, v.kind, upper, v.surnameKey, v.settlesSurnames ? 1 : 0, v.letters, v.trailingDot ? 1 : 0];
}

export function unpackVariant([
  entity,
  kind,
  upper,
  surnameKey,
  settles,
  letters,
  dot,
]: PackedVariant): FormVariant {
  const words = upper.split('|').map((word) => (word ? word.split(',').map(Number) : []));
  return {
    entity,
    kind,
    upper: words,
    surnameKey,
    settlesSurnames: settles === 1,
    letters,
    trailingDot: dot === 1,
  };
}

export const COMPILED_FORMS_VERSION = 3;
export const EDGE = '\u0001';

export function compileForms(pack: MatcherPack): CompiledForms {
  const trie = new FormTrie();
  for (const [form, entity, kind] of pack.patterns) {
    if (pack.entities[entity]) trie.add(form, entity, kind, pack.entities[entity].type === 'person');
  }
  return trie.compiled();
}

/**
 * The compiled forms as they are built, form by form: compileForms's lists are made from it at the end,
 * and a matcher can read it while it grows (lib/match/growing.ts adds each batch's entities to the one
 * of the known ones instead of compiling them all again). Inside `trial`, every change is logged and
 * undone afterwards.
 */
export class FormTrie {
  readonly roots = new Map<string, number>();
  readonly edges = new Map<string, number>();
  readonly variants = new Map<number, FormVariant[]>();
  readonly branching = new Set<number>();
  readonly hashes = new Set<number>();
  readonly starts = new StartChars((undo) => this.undo?.push(undo));
  /** Per entity: the word keys of each of its forms, the form's kind, and whether it is a person. */
  private readonly byEntity = new Map<number, { person: boolean; forms: [string[], FormKind][] }>();
  nodeCount = 0;
  formCount = 0;
  private undo: (() => void)[] | null = null;

  add(form: string, entity: number, kind: FormKind, person: boolean): void {
    // The shared token buffers: everything below reads them before the next form is tokenised.
    const toks = tokenize(form);
    if (toks.count === 0) return;
    const keys = wordKeys(form, toks);
    this.formCount++;
    this.addToSet(this.hashes, firstWordHash(keys[0]));
    this.starts.add(form.slice(toks.starts[0], toks.ends[0]), keys[0]);
    // Only a person's forms are read again (its first names and surnames).
    let own = this.byEntity.get(entity);
    if (!own) {
      this.byEntity.set(entity, (own = { person, forms: [] }));
      this.undo?.push(() => this.byEntity.delete(entity));
    }
    if (person) this.pushTo(own.forms, [keys, kind]);

    let node = this.child(this.roots, keys[0]);
    for (let k = 1; k < keys.length; k++) {
      const gap = gapKey(form.slice(toks.ends[k - 1], toks.starts[k]));
      if (gap === NO_JOIN) return;
      this.addToSet(this.branching, node);
      node = this.child(this.edges, node + EDGE + gap + EDGE + keys[k]);
    }
    const upper: number[][] = [];
    for (let k = 0; k < keys.length; k++) upper.push(upperPositions(form, toks.starts[k], toks.ends[k]));
    let here = this.variants.get(node);
    if (!here) {
      this.variants.set(node, (here = []));
      const at = node;
      this.undo?.push(() => this.variants.delete(at));
    }
    if (here.some((v) => v.entity === entity && v.kind === kind && sameUpper(v.upper, upper))) return;
    this.pushTo(here, {
      entity,
      kind,
      upper,
      surnameKey: kind === 'surname' ? keys.join(' ') : '',
      settlesSurnames: kind === 'full' && keys.length > 1 && person,
      letters: keys.reduce((sum, key) => sum + key.length, 0),
      trailingDot: form.charCodeAt(toks.ends[keys.length - 1]) === 0x2e,
    });
  }

  /** Runs `work` with what `change` adds, then takes it out again. */
  trial<T>(change: () => void, work: () => T): T {
    const undo: (() => void)[] = [];
    const counts = [this.nodeCount, this.formCount];
    this.undo = undo;
    try {
      change();
      this.undo = null;
      return work();
    } finally {
      this.undo = null;
      for (let k = undo.length - 1; k >= 0; k--) undo[k]();
      [this.nodeCount, this.formCount] = counts;
    }
  }

  /** A person's first names and surnames (keys), from its forms. */
  person(entity: number): CompiledForms['persons'][number] | undefined {
    const own = this.byEntity.get(entity);
    if (!own?.person) return undefined;
    const given = new Set<string>();
    const surnames = new Set<string>();
    for (const [keys, kind] of own.forms) {
      if (kind === 'surname') surnames.add(keys.join(' '));
      if (kind === 'full' && keys.length > 1) {
        for (let k = 0; k < keys.length - 1; k++) given.add(keys[k]);
        surnames.add(keys[keys.length - 1]);
      }
    }
    return [entity, [...given], [...surnames]];
  }

  compiled(): CompiledForms {
    const persons: CompiledForms['persons'] = [];
    for (const entity of this.byEntity.keys()) {
      const entry = this.person(entity);
      if (entry) persons.push(entry);
    }
    return {
      version: COMPILED_FORMS_VERSION,
      roots: [...this.roots],
      edges: [...this.edges],
      nodeCount: this.nodeCount,
      branching: [...this.branching],
      variants: [...this.variants].map(([node, list]) => [node, list.map(packVariant)]),
      persons,
      firstWordHashes: [...this.hashes],
      starts: this.starts.result(),
      formCount: this.formCount,
    };
  }

  private child(map: Map<string, number>, key: string): number {
    let node = map.get(key);
    if (node === undefined) {
      map.set(key, (node = this.nodeCount++));
      this.undo?.push(() => map.delete(key));
    }
    return node;
  }

  private addToSet<T>(set: Set<T>, value: T): void {
    if (set.has(value)) return;
    set.add(value);
    this.undo?.push(() => set.delete(value));
  }

  private pushTo<T>(list: T[], value: T): void {
    list.push(value);
    this.undo?.push(() => list.pop());
  }
}

/**
 * The characters where a form may start, for the scanner's first filter (one table lookup per character
 * of the page):
 * - a first word written with a capital starts only at such a capital (the case rules demand it); a first
 *   word written in lower case ("центр STEM", "resolution 2803") at its first letter in either case;
 *   ё/е and İ/I twins count as the letter;
 * - where the first word has two letters or more, the character goes to `paired` and the word's first two
 *   letters to `pairs` (the first as it may be written, the second in lower case): most capitals of a page
 *   begin sentences and other names ("The", "In"), which that rules out before their word is read; a
 *   one-letter first word ("K. Tokayev") puts its letter in `initials`, which start a word whatever follows.
 * Combining marks and invisible characters, which may hide inside any word, are added by the scanner.
 */
class StartChars {
  private readonly initials = new Set<string>();
  private readonly paired = new Set<string>();
  private readonly pairs = new Set<number>();

  /** `logged` receives how to undo each change (FormTrie.trial). */
  constructor(private readonly logged: (undo: () => void) => void = () => {}) {}

  add(written: string, key: string): void {
    const first = written.charAt(0);
    const capital = isUpper(first);
    const chars = keyVariants(key.charAt(0)).filter((c) => !capital || isUpper(c) || !isCased(c));
    if (key.length < 2) {
      for (const c of chars) this.put(this.initials, c);
      return;
    }
    for (const a of chars) {
      this.put(this.paired, a);
      for (const b of keyVariants(key.charAt(1)))
        this.put(this.pairs, pairHash(a.charCodeAt(0), lowerUnit(b.charCodeAt(0))));
    }
  }

  private put<T>(set: Set<T>, value: T): void {
    if (set.has(value)) return;
    set.add(value);
    this.logged(() => set.delete(value));
  }

  result(): CompiledForms['starts'] {
    const paired = [...this.paired].filter((c) => !this.initials.has(c));
    return {
      initials: [...this.initials].sort().join(''),
      paired: paired.sort().join(''),
      pairs: [...this.pairs].sort((x, y) => x - y),
    };
  }
}

function isCased(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

/** A 16-bit hash of a word's first two letters: the first as written, the second in lower case. */
export function pairHash(first: number, second: number): number {
  return (Math.imul(first, 31) + second) & 0xffff;
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
  return (
    a.length === b.length && a.every((x, k) => x.length === b[k].length && x.every((p, q) => p === b[k][q]))
  );
}
