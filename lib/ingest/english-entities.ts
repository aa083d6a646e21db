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
  /** Named after Mr, Ms, Dr…: a single word is then a person's surname. */
  honorific: boolean;
  /** An organisation read from its head word or a cue: it may hold a known name ("New Zealand …"). */
  whole?: boolean;
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

/** Lowercase words inside names: "Osama bin Laden", "Omar al-Bashir", "Ludwig van Beethoven". */
const NAME_PARTICLE =
  /^(?:of|the|and|for|de|da|di|du|del|della|der|den|la|le|al|el|bin|ibn|bint|abu|von|van|ter)(?:-\p{Lu}[\p{L}\p{M}]*)?$/u;

function isNameLike(text: string): boolean {
  const words = text.split(' ');
  return (
    text.length >= 3 &&
    words.length <= 6 &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLE.test(w))
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

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: string[];
}

const HONORIFIC = /^(mr|mrs|ms|miss|mx|dr|sir|dame)$/i;
/** "Russian Tuva": a people's adjective before what is a place alone (not "Indian Ocean"). */
function isNationality(part: readonly Term[]): boolean {
  return (
    nlp(part[0].text).has('#Demonym') &&
    nlp(
      part
        .slice(1)
        .map((t) => t.text)
        .join(' '),
    ).has('#Place')
  );
}

const isLower = (word: string) => /^\p{Ll}/u.test(word);

/**
 * The name a compromise match holds, as written: split where a comma or a bracket parts it ("Cupertino,
 * California" is two places), without the common words compromise takes in at either end ("region of
 * western Sudan", "Obama administration"), a title or an honorific before a person ("Mr. Clinton"), or a
 * nationality before a place ("Russian Tuva").
 */
function namesOfMatch(type: EntityType, terms: readonly Term[]): Found[] {
  const parts: Term[][] = [[]];
  for (const term of terms) {
    parts.at(-1)!.push(term);
    if (/[,;()[\]]/.test(term.post)) parts.push([]);
  }
  const out: Found[] = [];
  for (const part of parts) {
    let honorific = false;
    while (part.length > 1) {
      const first = part[0];
      if (type === 'person' && HONORIFIC.test(first.text)) honorific = true;
      else if (!(isLower(first.text) && first.post !== '-') && !(type === 'place' && isNationality(part)))
        break;
      part.shift();
    }
    let cutAtEnd = false;
    while (part.length > 1 && isLower(part.at(-1)!.text)) {
      part.pop();
      cutAtEnd = true;
    }
    // "Obama administration": what the organisation is called is not written here.
    if (part.length === 0 || (cutAtEnd && type === 'organization')) continue;
    const text = part
      .map((t, i) => (i > 0 ? t.pre : '') + t.text + (i < part.length - 1 ? t.post : ''))
      .join('');
    out.push({ type, text, honorific });
  }
  return out;
}

/** Words that make the capitalised run they end or head an organisation's name. */
const ORG_HEAD =
  /^(Department|Ministry|Court|Cent(?:er|re)|University|College|Institute|Institution|Agency|Commission|Committee|Council|Bank|Times|Post|Mail|Journal|Herald|Tribune|Gazette|Telegraph|News|Party|Association|Foundation|Corporation|Company|Group|Union|Organi[sz]ation|Office|Service|Authority|Board|Fund|Network|Airlines|Airways|Inc|Ltd|Corp|Press|Parliament|Assembly|Senate|Congress|Police|Army|Navy|Society|Federation|Alliance|Coalition|Movement|Trust|Bureau|Academy|School|Hospital|Museum|Club|Industries|Holdings|Technologies|Systems|Motors|Laboratory|Laboratories|Secretariat|Forum|Programme|Exchange|Reserve)$/;
/** Words that end a place's name, though an organisation's head word may come before them ("Times Square"). */
const PLACE_HEAD =
  /^(Square|Street|Avenue|Road|River|Lake|Islands?|Sea|Ocean|Bay|Valley|Beach|Park|Bridge|Airport|Station|Peninsula|Mountains?|Desert|Strait|Gulf|Canal|Hill|Coast)$/;
/** Lowercase words that say the capitalised name after them is an organisation's: "rescue group Project Jonah". */
const ORG_CUE =
  /^(company|firm|group|startup|agency|charity|organi[sz]ation|newspaper|broadcaster|airline|carrier|bank|retailer|maker|manufacturer|supplier|operator|insurer|lender|regulator|watchdog|publisher|outlet|network|developer|studio|party|conglomerate|giant|contractor|consultancy|nonprofit|non-profit)$/;
const CONNECTOR = /^(of|for|and|the|on|de)$/;
/** Titles that stand before a person's name and so end an organisation's ("Bank of England Governor …"). */
const PERSON_TITLE =
  /^(Chief|President|Premier|Chancellor|Minister|Governor|Mayor|Senator|Ambassador|Envoy|Mr|Mrs|Ms|Dr|Sir|Dame|Chairman|Chairwoman|Spokesman|Spokeswoman|Spokesperson|CEO|King|Queen|Prince|Princess|Sheikh|Emir|Sultan|Professor|Prof)$/;
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|\S/gu;

/**
 * Organisations the sentence names in a run of capitalised words, which compromise cuts or reads as people
 * and places: the run holds an organisation's head word ("New Zealand Department of Conservation", "New York
 * Times", "Center for Health and Human Rights"), or a word such as "company" or "group" comes before it.
 * Words of a run are joined by spaces and by "of", "for" (then "and", "the") as names of institutions are.
 */
function organisationRuns(text: string): string[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const capital = (k: number) =>
    k < tokens.length && /^\p{Lu}/u.test(tokens[k].word) && !PERSON_TITLE.test(tokens[k].word);
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!capital(k) || (k > 0 && capital(k - 1))) continue;
    let end = k;
    let joined = false;
    for (let n = k + 1; n < tokens.length; n++) {
      const gap = text.slice(tokens[n - 1].end, tokens[n].start);
      if (gap !== ' ') break;
      if (capital(n)) end = n;
      else if (CONNECTOR.test(tokens[n].word)) {
        const next = n + (tokens[n + 1]?.word === 'the' ? 2 : 1);
        if (!capital(next) || text.slice(tokens[n].end, tokens[next].start).trim()) break;
        // "Center for Health and Human Rights", "Globe and Mail"; not "Apple and Google".
        const joins = /^(of|for)$/.test(tokens[n].word) || joined || ORG_HEAD.test(tokens[next].word);
        if (!joins) break;
        joined = true;
        n = next;
        end = next;
      } else break;
    }
    let start = k;
    if (tokens[start].word === 'The') start++;
    // "John Harrington of Caspian Grain Holdings": what comes before "of" holds no head word, so it is
    // not the organisation's name ("Bank of England" is).
    for (let n = start; n <= end; n++) {
      if (ORG_HEAD.test(tokens[n].word)) break;
      if (/^(of|for)$/.test(tokens[n].word)) start = n + (tokens[n + 1]?.word === 'the' ? 2 : 1);
    }
    if (start > end) continue;
    const words = tokens.slice(start, end + 1).map((t) => t.word);
    const before = tokens
      .slice(Math.max(0, k - 2), k)
      .map((t) => t.word.toLowerCase())
      .join(' ');
    const name = text.slice(tokens[start].start, tokens[end].end);
    const cued =
      (k > 0 && ORG_CUE.test(tokens[k - 1].word)) ||
      ORG_PHRASE_BEFORE.test(before) ||
      (headsAPerson(tokens.slice(end + 1, end + 5).map((t) => t.word)) && !isPlaceOrPeople(name)) ||
      (tokens[end + 1]?.word === ',' &&
        describedAsOrganisation(tokens.slice(end + 2, end + 9).map((t) => t.word)));
    const headed =
      words.length >= 2 && words.some((w) => ORG_HEAD.test(w)) && !PLACE_HEAD.test(words.at(-1)!);
    if (headed || cued) out.push(name);
    k = end;
  }
  return out;
}

/** Words before a name that say it is a company's: "shares of", "a stake in", "analysts at". */
const ORG_PHRASE_BEFORE =
  /(?:^| )(?:shares of|shares in|stake in|analysts at|economists at|spokes(?:man|woman|person) for|chief executive of|founder of|staff at|employees of)$/;

/** "President Koji Sato", "Chief Executive Elon Musk": a company's title, then a capitalised name (not
 * "Agriculture Minister Aidarbek Saparov"). */
function headsAPerson(after: readonly string[]): boolean {
  if (!/^(President|Chief|CEO|Chairman|Chairwoman|Chair|Founder|Director)$/.test(after[0] ?? ''))
    return false;
  let k = 0;
  while (k < after.length && /^\p{Lu}/u.test(after[k]) && isTitleWord(after[k])) k++;
  return k > 0 && k < after.length && CAPITALISED.test(after[k]) && !isTitleWord(after[k]);
}

/** ", an artificial intelligence firm": an apposition whose head is an organisation's kind. */
function describedAsOrganisation(after: readonly string[]): boolean {
  if (!/^(a|an|the)$/i.test(after[0] ?? '')) return false;
  for (const word of after.slice(1)) {
    if (/^[,.;:]$/.test(word)) return false;
    if (ORG_CUE.test(word)) return true;
  }
  return false;
}

/** Whether compromise reads the words as a place or a people ("US", "Russian"): "US President Joe Biden". */
function isPlaceOrPeople(name: string): boolean {
  return nlp(name).has('(#Place|#Demonym|#Person)') || name.split(' ').some(isTitleWord);
}

/** Whether the name is the start of a code or a model ("Progress MS-04", "Boeing 737"), not a name. */
function beginsACode(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!/^[-‐–]?\p{N}/u.test(text.slice(at + name.length, at + name.length + 2))) return false;
  return text.includes(name);
}

function candidatesIn(text: string, lexicon: Record<string, string>): Found[] {
  const doc = nlp(text, lexicon);
  const found: Found[] = [];
  const fromMatches = (type: EntityType, view: { json(): { terms: Term[] }[] }) => {
    for (const match of view.json()) found.push(...namesOfMatch(type, match.terms));
  };
  fromMatches('person', doc.people());
  for (const name of titledPeople(text)) found.push({ type: 'person', text: name, honorific: false });
  fromMatches('organization', doc.organizations());
  fromMatches('place', doc.places());
  const organisations = organisationRuns(text);
  const out: Found[] = organisations.map((name) => ({
    type: 'organization',
    text: name,
    honorific: false,
    whole: true,
  }));
  for (const f of found) {
    const name = cleanName(f.text);
    if (!isNameLike(name) || beginsACode(text, name)) continue;
    if (organisations.some((o) => o.includes(name))) continue;
    out.push({ ...f, text: name });
  }
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

  const groups = new Map<string, { type: EntityType; names: string[]; honorific: boolean }>();
  for (const sentence of sentences) {
    const matches = knownMatcher.scan(sentence.text);
    if (!mayNameSomeoneNew(sentence.text, matches)) continue;
    const covered = matches.map((m) => sentence.text.slice(m.start, m.end));
    const names = lexiconAlso.within(sentence.text, lexicon.within(sentence.text));
    for (const found of candidatesIn(sentence.text, names)) {
      const key = nameKey(found.text);
      if (!key || knownKeys.has(key)) continue;
      if (covered.some((c) => nameKey(c).includes(key) || (!found.whole && key.includes(nameKey(c)))))
        continue;
      const group = groups.get(key) ?? { type: found.type, names: [], honorific: false };
      group.names.push(found.text);
      group.honorific ||= found.honorific;
      groups.set(key, group);
    }
  }

  const people = [...groups.entries()].filter(([key, g]) => g.type === 'person' && key.includes(' '));
  const surnames = new Set(people.map(([key]) => key.split(' ').at(-1)!));
  const out: Entity[] = [];
  for (const [key, group] of groups) {
    const single = !key.includes(' ');
    // A bare "Smith" is the Smith named in full in the same articles (compromise may call it a place or an
    // organisation), a person the press calls "Mr Smith", or nobody the library can tell.
    if (single && surnames.has(key)) continue;
    const surnameOnly = single && group.type === 'person';
    if (surnameOnly && !group.honorific) continue;
    const name = group.names[0];
    const forms = new FormSet();
    forms.add(name, surnameOnly ? 'surname' : 'full', 'en');
    if (group.type === 'person' && !surnameOnly) {
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
