// Names in Latin script inside Russian text (Reuters, Google, Financial Times, NEWSru.com, Bernd
// Pischetsrieder): in Russian news they are mostly companies and media; a person when compromise knows
// the first name or a title stands before, a place when a place word does.
import nlp from 'compromise';
import { NOT_NAMES, PLACE_ACRONYMS } from '../../knowledge/well-known';
import type { EntityType } from '../../model';
import type { Found } from './candidate';
import { isOrgCue, isPersonCue, isPlaceCue, isProductCue, isWorkCue } from './cues';
import { isAllCaps, isCap, isLatin, onlySpaceBetween, type Word } from './words';

const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
const CONNECTORS = new Set([
  'of',
  'and',
  'de',
  'the',
  'for',
  'du',
  'des',
  'la',
  'le',
  'von',
  'van',
  'der',
  'del',
  'di',
  'da',
  'al',
  'el',
  'bin',
  '&',
]);

const startsName = (w: string) =>
  isLatin(w) && (isCap(w) || /^\d+[A-Za-z]/.test(w)) && !ROMAN_NUMERAL.test(w);

export function latinAt(words: Word[], i: number, text: string): Found | null {
  const w = words[i];
  // HTML5, CSS3: a technical acronym with its version is none either.
  if (!startsName(w.text) || NOT_NAMES.has(w.text.replace(/\d+$/, ''))) return null;
  let to = i;
  for (let k = i + 1; k < words.length && onlySpaceBetween(text, words[k - 1], words[k]); k++) {
    const word = words[k].text;
    if (startsName(word) || (/^[a-z]+[A-Z.]/.test(word) && isLatin(word))) to = k;
    else if (CONNECTORS.has(word.toLowerCase()) && words[k + 1] && startsName(words[k + 1].text)) continue;
    else break;
  }
  const surface = text.slice(w.start, words[to].end);
  if (surface.length < 2) return null;
  // «платформы Linux», «браузера Chrome», «девизом The Right Move»: a product or a title, no entity.
  const before = i > 0 ? words[i - 1].text : '';
  if (before && (!isCap(before) || isAllCaps(before)) && (isProductCue(before) || isWorkCue(before)))
    return { candidate: { kind: 'latin', type: 'project', surface, lemma: '' }, from: i, to };
  return {
    candidate: { kind: 'latin', type: latinType(words, i, to, text, surface), surface, lemma: surface },
    from: i,
    to,
  };
}

function latinType(words: Word[], i: number, to: number, text: string, surface: string): EntityType {
  if (PLACE_ACRONYMS.has(surface)) return 'place';
  const before = i > 0 ? words[i - 1].text : '';
  if (before && isPlaceCue(before)) return 'place';
  if (before && isOrgCue(before)) return 'organization';
  // «Бернд Пишетсридер (Bernd Pischetsrieder)»: a Latin spelling in brackets after a Cyrillic name.
  const bracketed = /\(\s*$/.test(text.slice(0, words[i].start)) && i > 0 && /^\p{Lu}/u.test(before);
  if (to > i && (bracketed || (before && isPersonCue(before)) || nlp(surface).people().found)) {
    const doc = nlp(surface);
    if (bracketed || doc.people().found) return 'person';
  }
  return 'organization';
}
