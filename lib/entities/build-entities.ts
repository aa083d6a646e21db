// The entities of a corpus: the gazetteer's, plus the names discovered in the text that it does not know.
import type { Article, Entity, EntityId, Sentence } from '../model';
import { GAZETTEER, type GazetteerEntry } from '../knowledge/gazetteer';
import { orgEnglishOf } from '../knowledge/well-known';
import { CASES, type RussianMorphology } from '../morph/morphology';
import { declinePhrase } from '../morph/decline-phrase';
import { romanize } from '../morph/romanize';
import { otherRomanizations } from '../morph/romanize-systems';
import { discoverInSentence, type Candidate } from './discover';
import { organisationNames } from './org-names';
import { FormSet, gazetteerForms, personForms } from './forms';

import { isOrgHead } from './discover/cues';
import { isPlaceHead } from './discover/places';
import { tolerant } from './discover/tolerant-morph';
import { prefixMemo } from './prefix-memo';
import { TYPE_LABEL } from '../i18n';

/** A name as its words, lower case, ё→е: what two writings of one name share. */
export function nameKey(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');
}

function entityFromGazetteer(entry: GazetteerEntry, morph: RussianMorphology): Entity {
  return {
    id: entry.id,
    type: entry.type,
    name: { en: entry.name.en, ru: entry.name.ru },
    description: entry.description,
    forms: gazetteerForms(entry, morph),
    links: entry.links,
    origin: 'gazetteer',
    ...(entry.quiet ? { quiet: true as const } : {}),
  };
}

/**
 * The gazetteer's entities and those discovered in the sentences. `curated` entries (a pack's
 * entities.json, in the gazetteer's format) come first and replace a gazetteer entry of the same id.
 */
export function buildEntities(
  articles: Article[],
  sentences: Sentence[],
  morph: RussianMorphology,
  curated: readonly GazetteerEntry[] = [],
): Entity[] {
  const curatedIds = new Set(curated.map((entry) => entry.id));
  const known = [...curated, ...GAZETTEER.filter((entry) => !curatedIds.has(entry.id))].map((entry) =>
    entityFromGazetteer(entry, morph),
  );
  const discovered = discoverEntities(sentences, known, morph);
  void articles; // every sentence carries its article; the articles are part of the contract for later use
  return [...known, ...discovered];
}

const keysOfEntity = new WeakMap<Entity, string[]>();

/** The name keys of an entity's forms, worked out once per entity object. */
function formKeys(entity: Entity): string[] {
  let keys = keysOfEntity.get(entity);
  if (!keys) keysOfEntity.set(entity, (keys = entity.forms.map((f) => nameKey(f.text))));
  return keys;
}

/** The known entities' name keys, their first words and their surnames' keys. */
const knownNamesOf = prefixMemo(
  () => ({ knownKeys: new Set<string>(), firstWords: new Set<string>(), knownSurnames: new Set<string>() }),
  (names, entity: Entity) => {
    for (const key of formKeys(entity)) {
      names.knownKeys.add(key);
      names.firstWords.add(key.split(' ')[0]);
    }
    for (const f of entity.forms) if (f.kind === 'surname') names.knownSurnames.add(nameKey(f.text));
  },
);

interface Group {
  candidates: Candidate[];
}

/**
 * Entities discovered in the sentences that none of `known` already names. A candidate is known when its
 * words are one of a known entity's forms, or when it lies inside a known name in the same sentence
 * (STEM in "аналитического центра STEM").
 */
export function discoverEntities(
  sentences: Sentence[],
  known: Entity[],
  unsafeMorph: RussianMorphology,
): Entity[] {
  const morph = tolerant(unsafeMorph);
  const { knownKeys, firstWords, knownSurnames } = knownNamesOf(known);

  const groups = new Map<string, Group>();
  const things = new Set<string>();
  for (const sentence of sentences) {
    const covered = coveredSpans(sentence.text, knownKeys, firstWords);
    for (const candidate of discoverInSentence(sentence, morph)) {
      if (candidate.kind === 'thing') {
        things.add(stemKey(candidate.lemma));
        continue;
      }
      // A known name inside a quoted one («Справедливая Россия»), an organisation's («Банк России») or a
      // place's («Западной Европы») is part of that name; any other overlap with a known name means the candidate is that name, or a
      // piece of it.
      const holds = (a: number, b: number) =>
        (candidate.kind === 'quoted' || (candidate.kind === 'name' && candidate.type !== 'person')) &&
        candidate.start <= a &&
        b <= candidate.end &&
        b - a < candidate.end - candidate.start;
      if (covered.some(([a, b]) => candidate.start < b && candidate.end > a && !holds(a, b))) continue;
      if (knownKeys.has(nameKey(candidate.surface)) || knownKeys.has(nameKey(candidate.lemma))) continue;
      if (candidate.person && knownSurnames.has(nameKey(candidate.person.last)) && !candidate.person.first)
        continue;
      const key = groupKey(candidate);
      const group = groups.get(key) ?? { candidates: [] };
      group.candidates.push(candidate);
      groups.set(key, group);
    }
  }

  // A name that the articles also give as a work or a product («Союза» beside «корабль «Союз»») is none.
  for (const [key, group] of groups) {
    const c = group.candidates[0];
    if (c.type !== 'person' && (c.kind === 'quoted' || !/\s/.test(c.lemma)) && things.has(stemKey(c.lemma)))
      groups.delete(key);
  }
  mergeInitials(groups, morph);
  const out: Entity[] = [];
  const ids = new Set<EntityId>(known.map((e) => e.id));
  for (const group of groups.values()) {
    const entity = entityFromGroup(group, morph, ids);
    if (entity) out.push(entity);
  }
  return out;
}

/** The first word without a case ending of up to 3 letters: «Союза», «Союзом» and «Союз» share it. */
function stemKey(text: string): string {
  const first = nameKey(text).split(' ')[0] ?? '';
  return first.length > 5 ? first.slice(0, -2) : first.slice(0, Math.max(3, first.length - 1));
}

function groupKey(c: Candidate): string {
  if (c.person) return `person:${nameKey(c.person.last)}:${nameKey(c.person.first ?? '')}`;
  return `name:${nameKey(c.lemma)}`;
}

/** The initials before a surname: «А. » of «А. Петров», «А. В. » of «А. В. Петров». */
const INITIALS = /^((?:\p{Lu}\.\s?){1,2})\s*\p{Lu}/u;

/**
 * "К. Токаева" and a bare "Токаева" join "Касым-Жомарт Токаев" when exactly one person named in full
 * declines to that surname (with that initial); a one-word place or organisation that is such a
 * surname («Кан», az's Cannes, after «Наото Кан») is that person too.
 */
function mergeInitials(groups: Map<string, Group>, morph: RussianMorphology): void {
  // Each person named in full, with the surname in every case (declined once).
  // A person named by initials («А. Петров») owns a bare surname as well, its first name being the initial.
  const people = [...groups.entries()]
    .map(([key, g]) => {
      const named = g.candidates.find((c) => c.person?.first) ?? g.candidates.find((c) => c.person);
      const first = named?.person?.first ?? (named && INITIALS.exec(named.surface)?.[1]);
      if (!named?.person || !first) return null;
      const { person } = named;
      const last = person.last.split(' ').pop()!;
      const written = new Set([last, ...CASES.map((c) => morph.declineName('last', last, person.gender, c))]);
      return { key, first, written };
    })
    .filter((p) => p !== null);
  const ownersOf = (written: string, initial: string | null) =>
    people.filter((p) => (!initial || p.first.startsWith(initial)) && p.written.has(written));
  for (const [key, group] of groups) {
    const first = group.candidates[0];
    const initialOnly = group.candidates.every((c) => c.person && !c.person.first);
    const oneWord =
      !first.person && first.kind === 'name' && !/\s/.test(first.surface) && first.type !== 'person';
    if (!initialOnly && !oneWord) continue;
    const owners = new Set<string>();
    for (const c of group.candidates) {
      const parts = c.surface.split(/\.\s*/);
      const written = parts[parts.length - 1];
      const initial = parts.length > 1 ? parts[0] : null;
      const found = ownersOf(written, initial).filter((p) => p.key !== key);
      if (found.length === 1) owners.add(found[0].key);
      else owners.add('');
    }
    if (owners.size === 1 && !owners.has('')) {
      groups
        .get([...owners][0])!
        .candidates.push(...group.candidates.map((c) => ({ ...c, type: 'person' as const })));
      groups.delete(key);
    }
  }
}

function entityFromGroup(group: Group, morph: RussianMorphology, ids: Set<EntityId>): Entity | null {
  const named = group.candidates.find((c) => c.person?.first) ?? group.candidates[0];
  // A capitalised noun with a lowercase genitive ("Центр анализа …") is a name only if the corpus repeats it.
  if (
    named.kind === 'name' &&
    /\s\p{Ll}/u.test(named.lemma) &&
    group.candidates.length < 2 &&
    !named.lemma
      .split(/\s+/)
      .filter((w) => /^\p{Ll}/u.test(w))
      .some(isOrgHead) &&
    !isOrgHead(named.lemma.split(/\s+/)[0]) &&
    !(named.type === 'place' && named.lemma.split(/\s+/).some(isPlaceHead))
  )
    return null;
  const type = mostCommon(group.candidates.map((c) => c.type));
  const ru = named.lemma;
  const orgNames =
    type === 'organization' && named.kind === 'name' && /\s/.test(ru) ? organisationNames(ru, morph) : null;
  // A well-known organisation has the name the English-language press gives it («Рейтер»: Reuters).
  const wellKnownEnglish = type === 'organization' ? orgEnglishOf(ru) : undefined;
  const en =
    named.kind === 'acronym' || named.kind === 'latin'
      ? ru
      : (wellKnownEnglish ?? orgNames?.english[0] ?? romanize(ru)[0]);
  const forms = new FormSet();
  if (named.person) {
    personForms({ ...named.person, last: named.person.last }, morph, forms);
    // «А. Петров» read without a first name: the initials stand before every case of the surname.
    const surnames = forms.toArray().filter((f) => f.kind === 'surname' && f.lang === 'ru');
    for (const initials of new Set(group.candidates.map((c) => INITIALS.exec(c.surface)?.[1])))
      if (initials) for (const s of surnames) forms.add(`${initials} ${s.text}`, 'full', 'ru');
  } else if (named.kind === 'acronym') {
    forms.add(ru, 'acronym');
  } else if (named.kind === 'quoted') {
    forms.add(ru, 'full', 'ru');
    // A quoted name read in another case than the nominative declines: «Газпрома», «Голос Америки».
    if (group.candidates.some((c) => c.surface !== ru)) forms.addAll(declinePhrase(ru, morph), 'full', 'ru');
  } else if (named.kind === 'latin') {
    forms.add(ru, 'full');
    if (type === 'person' && /\s/.test(ru)) forms.add(ru.split(/\s+/).pop()!, 'surname');
  } else {
    forms.addAll(declinePhrase(ru, morph), 'full', 'ru');
    forms.addAll(romanize(ru), 'full', 'en');
    // A place keeps its name across the press's romanisations (Qarağandı, Karaganda); an organisation's
    // name is translated, not transliterated, in other languages.
    if (type === 'place') forms.addAll(otherRomanizations(ru), 'full', 'en');
    if (orgNames) {
      forms.addAll(orgNames.english, 'full', 'en');
      for (const acronym of orgNames.acronyms) forms.add(acronym.text, 'acronym', acronym.lang);
      for (const short of orgNames.short) forms.addAll(declinePhrase(short, morph), 'short', 'ru');
    }
  }
  // Every name as written is a form, whatever its lemma came out as («Дейв Донателли», whose
  // nominative az guesses wrong); a person's first name and surname as written, too.
  if (wellKnownEnglish) forms.add(wellKnownEnglish, 'full', 'en');
  for (const c of group.candidates)
    if (!c.person) forms.add(c.surface, named.kind === 'acronym' ? 'acronym' : 'full');
    else if (c.person.first && c.kind === 'person' && !INITIALS.test(c.surface))
      forms.add(c.surface, 'full', 'ru');
  const list = forms.toArray();
  if (list.length === 0) return null;
  return {
    id: uniqueId(slug(en), ids),
    type,
    name: { en, ru },
    description: {
      en: `${TYPE_LABEL.en[type]} named in the corpus; not in the curated knowledge.`,
      ru: `${TYPE_LABEL.ru[type]} из корпуса; нет в курируемом справочнике.`,
    },
    forms: list,
    links: [],
    origin: 'discovered',
  };
}

function mostCommon<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

function slug(text: string): string {
  return (
    romanize(text)[0]
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'entity'
  );
}

function uniqueId(base: string, ids: Set<EntityId>): EntityId {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

/** Where the words of a known name occur in `text` (any case): spans no discovered name may overlap. */
function coveredSpans(text: string, knownKeys: Set<string>, firstWords: Set<string>): [number, number][] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    key: m[0].toLowerCase().replace(/ё/g, 'е'),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const spans: [number, number][] = [];
  const MAX_WORDS = 16;
  for (let i = 0; i < words.length; i++) {
    if (!firstWords.has(words[i].key)) continue;
    let key = '';
    for (let j = i; j < Math.min(words.length, i + MAX_WORDS); j++) {
      key = key ? `${key} ${words[j].key}` : words[j].key;
      if (knownKeys.has(key)) spans.push([words[i].start, words[j].end]);
    }
  }
  return spans;
}
