// Named entities of English articles, found with compromise and tuned with what the index already knows:
// the known entities' English names go into compromise's lexicon (so "Kassym-Jomart Tokayev" is read as one
// person), and a candidate the known names already cover is not a new entity.
import nlp from 'compromise';
import { nameKey } from '../entities/build-entities';
import { FormSet } from '../entities/forms';
import { prefixMemo } from '../entities/prefix-memo';

import { isTitle } from '../match/not-given-names';
import type { Matcher } from '../match/scanner';
import type { Entity, EntityId, EntityType, Sentence } from '../model';
import { TYPE_LABEL } from '../i18n';

const LEXICON_TAG: Partial<Record<EntityType, string>> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
};

/** compromise's lexicon from the known entities' English full names. */
function lexiconOf(known: readonly Entity[]): Record<string, string> {
  const lexicon: Record<string, string> = {};
  for (const entity of known) {
    const tag = LEXICON_TAG[entity.type];
    if (!tag) continue;
    for (const form of entity.forms)
      if (form.lang === 'en' && form.kind === 'full') lexicon[form.text.toLowerCase()] = tag;
  }
  return lexicon;
}

interface Found {
  type: EntityType;
  text: string;
}

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?$/u;
const isTitleWord = (word: string) =>
  word
    .split('-')
    .every((part) => isTitle(part.toLowerCase()) || /^(chief|executive|prime|officer|ceo)$/i.test(part));

/** "Smith's", "Baku.", "Chancellor Friedrich Merz" → "Smith", "Baku", "Friedrich Merz". */
function cleanName(text: string): string {
  const words = text
    .replace(/[’']s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ');
  // Titles compromise reads as part of a person's name (President, Prime Minister, Chief Executive).
  while (words.length > 2 && isTitleWord(words[0])) words.shift();
  return words.join(' ');
}

function isNameLike(text: string): boolean {
  const words = text.split(' ');
  return (
    text.length >= 3 &&
    words.length <= 6 &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(of|the|and|for|de|al|von|van)$/.test(w))
  );
}

/**
 * The lexicon entries a text contains. compromise reads the whole lexicon it is given on every call, and
 * the known names grow with the library (30,000 of them): each sentence gets the few it names.
 */
class LexiconIndex {
  private readonly byFirstWord = new Map<string, [string, string][]>();

  constructor(lexicon: Record<string, string> = {}) {
    this.add(lexicon);
  }

  /** Entries added later win over earlier ones of the same key, as in one lexicon. */
  add(lexicon: Record<string, string>): void {
    for (const [key, tag] of Object.entries(lexicon)) {
      const first = words(key)[0];
      if (!first) continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push([key, tag]);
      this.byFirstWord.set(first, list);
    }
  }

  within(text: string, out: Record<string, string> = {}): Record<string, string> {
    const lower = text.toLowerCase();
    for (const word of new Set(words(lower)))
      for (const [key, tag] of this.byFirstWord.get(word) ?? []) if (lower.includes(key)) out[key] = tag;
    return out;
  }
}

/** The known entities' lexicon and name keys, kept from one batch to the next. */
const knownNamesOf = prefixMemo(
  () => ({ lexicon: new LexiconIndex(), keys: new Set<string>() }),
  (names, entity: Entity) => {
    names.lexicon.add(lexiconOf([entity]));
    for (const form of entity.forms) names.keys.add(nameKey(form.text));
  },
);

/** The lexicon's words that compromise reads as a person's, a place's or an organisation's name. */
let lexiconNames: Set<string> | null = null;
function inLexiconAsName(word: string): boolean {
  if (!lexiconNames) {
    const { lexicon, tagSet } = (
      nlp.model() as {
        one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> };
      }
    ).one;
    const nameLike = (tag: string) =>
      [tag, ...(tagSet[tag]?.parents ?? [])].some((t) =>
        ['Person', 'Place', 'Organization', 'ProperNoun'].includes(t),
      );
    lexiconNames = new Set(
      Object.entries(lexicon)
        .filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).some(nameLike))
        .map(([key]) => key),
    );
  }
  return lexiconNames.has(word);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * Whether compromise may find a new name in the sentence: a name is written in capitalised words (or
 * begins with a digit and a capital, "3M"), so a sentence whose capitalised words are all inside known
 * names, but for its first word, names nobody new unless that word is a name compromise knows. compromise
 * costs about as much as everything else an addition does: most sentences of a news article are skipped.
 */
function mayNameSomeoneNew(text: string, known: readonly { start: number; end: number }[]): boolean {
  let first = true;
  for (const m of text.matchAll(WORD)) {
    const isFirst = first;
    first = false;
    const at = m.index;
    if (known.some((k) => at >= k.start && at < k.end)) continue;
    if (!/^(\p{Lu}|\p{Lt}|\p{N}+\p{Lu})/u.test(m[0])) continue;
    if (!isFirst || inLexiconAsName(m[0].toLowerCase())) return true;
  }
  return false;
}

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * People compromise does not know the first name of, named where the press names a person: after a title
 * ("Prime Minister Narendra Modi", "Secretary-General Kubanychbek Omuraliev") or before one in apposition
 * ("Olzhas Bektenov, the prime minister"): two or three capitalised words.
 */
function titledPeople(text: string): string[] {
  const tokens = [...text.matchAll(/[\p{L}\p{M}-]+|[^\s\p{L}]/gu)].map((m) => m[0]);
  const out: string[] = [];
  const nameFrom = (k: number) => {
    let n = k;
    while (n < tokens.length && n < k + 3 && CAPITALISED.test(tokens[n]) && !isTitleWord(tokens[n])) n++;
    return n - k >= 2 ? tokens.slice(k, n) : null;
  };
  for (let k = 1; k < tokens.length; k++) {
    if (!isTitleWord(tokens[k - 1]) || !/^\p{Lu}/u.test(tokens[k - 1]) || isTitleWord(tokens[k])) continue;
    const name = nameFrom(k);
    if (name) out.push(name.join(' '));
  }
  for (let k = 0; k < tokens.length; k++) {
    const name = nameFrom(k);
    if (!name || (k > 0 && CAPITALISED.test(tokens[k - 1]))) continue;
    const after = tokens.slice(k + name.length, k + name.length + 4);
    if (
      after[0] === ',' &&
      after[1]?.toLowerCase() === 'the' &&
      after.slice(2).some((w) => isTitle(w.toLowerCase()))
    )
      out.push(name.join(' '));
  }
  return out;
}

function candidatesIn(text: string, lexicon: Record<string, string>): Found[] {
  const doc = nlp(text, lexicon);
  const out: Found[] = [];
  const take = (type: EntityType, list: string[]) => {
    for (const raw of list) {
      const name = cleanName(raw);
      if (isNameLike(name)) out.push({ type, text: name });
    }
  };
  take('person', [...(doc.people().out('array') as string[]), ...titledPeople(text)]);
  take('organization', doc.organizations().out('array') as string[]);
  take('place', doc.places().out('array') as string[]);
  return out;
}

/**
 * New entities named in English sentences. `known` is matched first (with `knownMatcher`, the page matcher
 * over the known entities): a candidate overlapping a known name is that entity, not a new one. A person
 * needs a first name and a surname; their bare surname then joins them.
 */
export function discoverEnglishEntities(
  sentences: readonly Sentence[],
  known: readonly Entity[],
  knownMatcher: Matcher,
  takenIds: Set<EntityId>,
  /** Entities found in the same batch, after `known` (the matcher has both). */
  alsoKnown: readonly Entity[] = [],
): Entity[] {
  const { lexicon, keys } = knownNamesOf(known);
  const lexiconAlso = new LexiconIndex(lexiconOf(alsoKnown));
  const keysAlso = new Set(alsoKnown.flatMap((e) => e.forms.map((f) => nameKey(f.text))));
  const knownKeys = { has: (key: string) => keys.has(key) || keysAlso.has(key) };

  const groups = new Map<string, { type: EntityType; names: string[] }>();
  for (const sentence of sentences) {
    const matches = knownMatcher.scan(sentence.text);
    if (!mayNameSomeoneNew(sentence.text, matches)) continue;
    const covered = matches.map((m) => sentence.text.slice(m.start, m.end));
    const names = lexiconAlso.within(sentence.text, lexicon.within(sentence.text));
    for (const found of candidatesIn(sentence.text, names)) {
      const key = nameKey(found.text);
      if (!key || knownKeys.has(key)) continue;
      if (covered.some((c) => nameKey(c).includes(key) || key.includes(nameKey(c)))) continue;
      const group = groups.get(key) ?? { type: found.type, names: [] };
      group.names.push(found.text);
      groups.set(key, group);
    }
  }

  const people = [...groups.entries()].filter(([key, g]) => g.type === 'person' && key.includes(' '));
  const surnames = new Set(people.map(([key]) => key.split(' ').at(-1)!));
  const out: Entity[] = [];
  for (const [key, group] of groups) {
    const single = !key.includes(' ');
    // A bare "Smith" is the Smith named in full in the same articles (compromise may call it a place or an
    // organisation), or nobody the library can tell.
    if (single && (group.type === 'person' || surnames.has(key))) continue;
    const name = group.names[0];
    const forms = new FormSet();
    forms.add(name, 'full', 'en');
    if (group.type === 'person') {
      const last = name.split(' ').at(-1)!;
      const namesake = people.filter(([k]) => k.endsWith(` ${nameKey(last)}`));
      if (namesake.length === 1) forms.add(last, 'surname', 'en');
    }
    const list = forms.toArray();
    if (list.length === 0) continue;
    out.push({
      id: uniqueId(slug(name), takenIds),
      type: group.type,
      name: { en: name, ru: null },
      description: {
        en: `${TYPE_LABEL.en[group.type]} named in your articles; not in the curated knowledge.`,
        ru: `${TYPE_LABEL.ru[group.type]} из ваших статей; нет в курируемом справочнике.`,
      },
      forms: list,
      links: [],
      origin: 'user',
    });
  }
  return out;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'entity'
  );
}

function uniqueId(base: string, ids: Set<EntityId>): EntityId {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}
