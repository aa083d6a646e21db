// The other names the press gives an organisation first read in Russian: its acronym («ВОЗ», WHO), its
// name in English in both word orders ("Ministry of Energy", "Energy Ministry") and a ministry's usual
// short name («Минэнерго», «Минфин»). An English name is made only when every word of the Russian one is
// in the glossary (lib/knowledge/org-glossary.json): a guessed translation would paint what it never meant.
import glossary from '../knowledge/org-glossary.json';
import type { RussianMorphology } from '../morph/morphology';

export interface OrgNames {
  /** English names, the usual one first. */
  english: string[];
  acronyms: { text: string; lang: 'ru' | 'en' }[];
  /** Usual Russian short names («Минфин»). */
  short: string[];
}

const HEADS: Partial<Record<string, string>> = glossary.heads;
const ADJECTIVES: Partial<Record<string, string>> = glossary.adjectives;
const NOUNS: Partial<Record<string, string>> = glossary.nouns;
const PHRASES: Partial<Record<string, string>> = glossary.phrases;
const MINISTRY_SHORT: Partial<Record<string, string>> = glossary.ministryShort;
const COMPOUNDS: Partial<Record<string, string>> = glossary.compounds;

/** Words left out of an acronym: prepositions and conjunctions, in both languages. */
const LINK_WORDS = new Set(['по', 'и', 'при', 'в', 'на', 'для', 'of', 'and', 'on', 'for', 'the']);
const MIN_ACRONYM = 3;
const MAX_ACRONYM = 6;

const fold = (word: string) => word.toLowerCase().replace(/ё/g, 'е');

/** The Russian words' first reading as a dictionary word (lemma), folded. */
function lemmaOf(word: string, morph: RussianMorphology): string {
  const parses = morph.parse(word).filter((p) => p.known);
  return fold(parses[0]?.lemma ?? word);
}

/** "Center|Centre" → both spellings. */
const spellings = (value: string) => value.split('|');

/** Every combination of the words' spellings, joined by spaces (few: most words have one). */
function combinations(parts: readonly string[][]): string[] {
  let out = [''];
  for (const part of parts) out = out.flatMap((head) => part.map((p) => (head ? `${head} ${p}` : p)));
  return out;
}

/** A genitive or dative group («сельского хозяйства», «внешним связям») in English, or null. */
function groupInEnglish(words: readonly string[], morph: RussianMorphology): string[][] | null {
  const phrase = PHRASES[words.map(fold).join(' ')];
  if (phrase) return [spellings(phrase)];
  const out: string[][] = [];
  for (const word of words) {
    const lemma = lemmaOf(word, morph);
    const english = ADJECTIVES[lemma] ?? NOUNS[lemma];
    if (!english) return null;
    out.push(spellings(english));
  }
  return out;
}

function initials(words: readonly string[]): string {
  return words
    .filter((w) => !LINK_WORDS.has(fold(w)))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

const acronymOf = (words: readonly string[]) => {
  const acronym = initials(words);
  return acronym.length >= MIN_ACRONYM && acronym.length <= MAX_ACRONYM ? acronym : null;
};

/**
 * The names of the organisation `name` (its Russian name in the nominative: «Всемирная организация
 * здравоохранения», «Комитет по внешним связям») that the press also uses.
 */
export function organisationNames(name: string, morph: RussianMorphology): OrgNames {
  const words = name.trim().split(/\s+/);
  const out: OrgNames = { english: [], acronyms: [], short: [] };
  const ru = acronymOf(words);
  if (ru && words.length >= MIN_ACRONYM) out.acronyms.push({ text: ru, lang: 'ru' });

  const headAt = words.findIndex((w) => HEADS[lemmaOf(w, morph)] !== undefined);
  if (headAt < 0) return out;
  const head = spellings(HEADS[lemmaOf(words[headAt], morph)]!);
  const before = words.slice(0, headAt).map((w) => ADJECTIVES[lemmaOf(w, morph)]);
  if (!before.every((w) => w !== undefined)) return out;
  const adjectives = before.map(spellings);

  // After the head: genitive groups joined by «и», or «по» and a dative group.
  const rest = words.slice(headAt + 1);
  const on = rest[0] === 'по';
  const groups: string[][] = [];
  let current: string[] = [];
  for (const word of on ? rest.slice(1) : rest) {
    if (word === 'и') {
      groups.push(current);
      current = [];
    } else current.push(word);
  }
  if (current.length > 0) groups.push(current);
  const translated = groups.map((g) => groupInEnglish(g, morph));
  if (translated.some((g) => g === null || g.length === 0)) return out;
  const complement = combinations(translated.flatMap((g, k) => (k > 0 ? [['and'], ...g!] : g!))).filter(
    Boolean,
  );

  const lead = combinations([...adjectives, head]);
  if (complement.length === 0) out.english.push(...lead);
  else if (on) for (const l of lead) for (const c of complement) out.english.push(`${l} on ${c}`);
  else
    for (const c of complement) {
      // "World Health Organization", "Energy Ministry", "Foreign Ministry"; and "Ministry of Energy".
      const before = groups.length === 1 ? COMPOUNDS[groups[0].map(fold).join(' ')] : undefined;
      for (const compound of combinations([...adjectives, [before ?? c], head])) out.english.push(compound);
      for (const l of lead) out.english.push(`${l} of ${c}`);
    }
  const usual = HEAD_FIRST.test(head[0]) ? sortOfFirst(out.english) : out.english;
  out.english = [...new Set(usual)];
  const en = out.english[0] ? acronymOf(out.english[0].split(' ')) : null;
  if (en && en !== ru) out.acronyms.push({ text: en, lang: 'en' });

  if (fold(words[headAt]) === 'министерство' && headAt === 0 && groups.length >= 1 && !on) {
    const complementRu = rest.join(' ');
    const short = MINISTRY_SHORT[fold(complementRu)] ?? (rest.length === 1 ? `Мин${fold(rest[0])}` : null);
    if (short) out.short.push(short);
  }
  return out;
}

/** Heads the press names with "of" first ("Ministry of Energy", "Bank of …"), the compound second. */
const HEAD_FIRST = /^(Ministry|Department|Bank|Academy|University|Institute|Chamber|Court|Union)$/;
const sortOfFirst = (names: string[]) => [
  ...names.filter((n) => n.includes(' of ')),
  ...names.filter((n) => !n.includes(' of ')),
];
