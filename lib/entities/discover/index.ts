// Named entities found in Russian text: people, acronyms, quoted names, Latin-script names, capitalised
// places and organisations, organisations led by lowercase words; each lemmatised to its nominative.
import { NOT_NAMES, PLACE_ACRONYMS } from '../../knowledge/well-known';
import type { EntityType, Sentence } from '../../model';
import type { RussianMorphology } from '../../morph/morphology';
import type { Candidate, Found } from './candidate';
import { isOrgCue, isPersonCue, isPlaceCue, isProductCue, isWorkCue, typeByHeadWord } from './cues';
import { latinAt } from './latin';
import { personAt, surnameAt } from './person';
import { adjectiveOrganisationAt, organisationAt, properNameAt } from './places';
import { isAllCaps, isCap, isCyrillic, isLatin, wordsOf } from './words';

export type { Candidate } from './candidate';

const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
const QUOTED_RE = /[«"“„]([^«»"“”„]{2,80})[»"”“]/g;

export function discoverInSentence(sentence: Sentence, morph: RussianMorphology): Candidate[] {
  const text = sentence.text;
  const words = wordsOf(text);
  const out: Candidate[] = [];
  const taken: [number, number][] = [];
  const isTaken = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const push = (found: Found) => {
    const start = words[found.from].start;
    const end = words[found.to].end;
    out.push({ ...found.candidate, articleId: sentence.articleId, sentence: sentence.index, start, end });
    taken.push([start, end]);
  };

  // Quoted names: «Центральная Азия – 2040», "Бакинский клуб политологов". Speech is long: not a name;
  // a title after «альбом», «фильм», «корабль» is a work or a thing, not an organisation.
  for (const m of text.matchAll(QUOTED_RE)) {
    const inner = m[1].trim();
    const n = inner.split(/\s+/).length;
    if (!isCap(inner) || n > 6 || /[.!?]$/.test(inner)) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const before = text.slice(0, m.index).trim().split(/\s+/).pop() ?? '';
    const headType = typeByHeadWord(before) ?? typeByHeadWord(inner);
    const cue = before.toLowerCase();
    if (!headType && (isWorkCue(cue) || isProductCue(cue))) {
      taken.push([start, start + m[1].length]);
      continue;
    }
    const type: EntityType = headType ?? (isPlaceCue(cue) ? 'place' : 'organization');
    out.push({
      kind: 'quoted',
      type,
      surface: inner,
      lemma: inner,
      articleId: sentence.articleId,
      sentence: sentence.index,
      start,
      end: start + m[1].length,
    });
    taken.push([start, start + m[1].length]);
  }

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (isTaken(w.start, w.end)) continue;
    // Acronyms: ОТГ, СВМДА, STEM, США; not Roman numerals nor legal forms.
    if (isAllCaps(w.text) && w.text.length <= 6 && /^\p{L}+$/u.test(w.text)) {
      if (ROMAN_NUMERAL.test(w.text) || NOT_NAMES.has(w.text)) continue;
      const before = i > 0 ? words[i - 1].text : '';
      const type: EntityType = PLACE_ACRONYMS.has(w.text) || isPlaceCue(before) ? 'place' : 'organization';
      push({ candidate: { kind: 'acronym', type, surface: w.text, lemma: w.text }, from: i, to: i });
      continue;
    }
    if (isLatin(w.text)) {
      const latin = latinAt(words, i, text);
      if (latin) {
        if (latin.candidate.lemma) push(latin);
        i = latin.to;
      }
      continue;
    }
    if (!isCyrillic(w.text)) continue;
    if (!isCap(w.text)) {
      const org =
        i > 0 && isOrgContext(words[i - 1].text) ? adjectiveOrganisationAt(words, i, text, morph) : null;
      if (org) {
        push(org);
        i = org.to;
      }
      continue;
    }
    const found =
      personAt(words, i, text, morph) ??
      adjectiveOrganisationAt(words, i, text, morph) ??
      organisationAt(words, i, text, morph) ??
      properNameAt(words, i, text, morph) ??
      surnameAt(words, i, text, morph);
    if (found) {
      // «Союз ТМА-7», «Союз-5»: a name with a model number is a vehicle or a product.
      const after = text.slice(words[found.to].end, words[found.to].end + 8);
      if (found.candidate.type !== 'person' && /^(?:-\d|\s+\p{Lu}{1,4}-?\d)/u.test(after)) {
        i = found.to;
        continue;
      }
      push(found);
      i = found.to;
    }
  }
  return out;
}

/** Lowercase-led organisations are taken only after a word that says one follows. */
function isOrgContext(word: string): boolean {
  return isOrgCue(word) && !isPersonCue(word);
}
