// Sentence splitting for Russian and English news text. The popover quotes these sentences, so a
// boundary must be a real one: initials, abbreviations, dates, decimals and quoted speech followed by
// its attribution ("…", - сказала она.) never cut a sentence.

import type { Article, Sentence } from '../model';
import { findDateline } from './dateline';

/** Abbreviations (lower case, final dot removed) after which a sentence never ends. */
const NEVER_FINAL = new Set([
  // Russian
  'т.е',
  'т.к',
  'т.н',
  'т.ч',
  'т.о',
  'и.о',
  'в.т.ч',
  'им',
  'ул',
  'просп',
  'пер',
  'пл',
  'д',
  'корп',
  'кв',
  'г',
  'пос',
  'с',
  'обл',
  'р-н',
  'проф',
  'акад',
  'доц',
  'ген',
  'см',
  'ср',
  'напр',
  'рис',
  'табл',
  'гл',
  'ст',
  'п',
  'пп',
  'ч',
  'англ',
  'рус',
  'каз',
  'азерб',
  'лат',
  'тел',
  'стр',
  'вкл',
  'зам',
  'нач',
  'ред',
  'тов',
  'гос',
  'св',
  'ок',
  'прим',
  // English
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'maj',
  'adm',
  'rev',
  'hon',
  'pres',
  'sr',
  'no',
  'nos',
  'vs',
  'e.g',
  'i.e',
  'cf',
  'fig',
  'approx',
  'dept',
  'est',
  'vol',
  'pp',
  'ed',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
]);

/** Abbreviations that may end a sentence: a boundary only when a capitalised word follows. */
const MAY_BE_FINAL = new Set([
  'др',
  'пр',
  'тыс',
  'млн',
  'млрд',
  'трлн',
  'руб',
  'долл',
  'коп',
  'гг',
  'вв',
  'т.д',
  'т.п',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'plc',
  'llc',
  'мин',
  'сек',
  'км',
  'кг',
  'т',
]);

const OPENING_QUOTES = '«"“„‘\'';
const CLOSING_QUOTES = '»"”’\'';
/** A run of terminal punctuation, closing quotes or brackets, then space. */
const CANDIDATE = /([.!?…]+)([»"”’')\]]*)(\s+)/gu;
const WORD_BEFORE = /[\p{L}\d][\p{L}\d.-]*$/u;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

/** The first character that says how the next sentence starts, past opening quotes and brackets. */
function nextSignificant(text: string, from: number): string {
  let i = from;
  while (i < text.length && (OPENING_QUOTES.includes(text[i]) || text[i] === '(' || text[i] === '[')) i++;
  return text[i] ?? '';
}

function isBoundary(
  text: string,
  sentenceStart: number,
  punctAt: number,
  punct: string,
  nextAt: number,
): boolean {
  const next = nextSignificant(text, nextAt);
  if (!next) return false;
  const nextIsCapital = isLetter(next) && isUpper(next);
  const nextIsDigit = /\d/.test(next);
  if (!nextIsCapital && !nextIsDigit) return false;

  const sofar = text.slice(sentenceStart, punctAt);
  // "1." or "II." opening a list item is not a sentence of its own.
  if ((sofar.match(/\p{L}/gu)?.length ?? 0) < 2) return false;

  if (punct === '.') {
    const word = WORD_BEFORE.exec(sofar)?.[0] ?? '';
    if (word.length === 1 && isLetter(word) && isUpper(word)) return false; // an initial: "К. Токаева"
    const key = word.toLowerCase();
    if (NEVER_FINAL.has(key)) return false;
    if (MAY_BE_FINAL.has(key)) return nextIsCapital;
    if (/^(\p{Lu}\.)+\p{Lu}$/u.test(word)) return false; // "U.S. President"
  }
  return true;
}

/** Count of a quote character pair's imbalance, to spot a quote opened in one sentence and closed in another. */
function unbalancedOpening(sentence: string): boolean {
  const first = sentence[0];
  if (!OPENING_QUOTES.includes(first)) return false;
  if (first === '"' || first === "'") return (sentence.split(first).length - 1) % 2 === 1;
  const close = first === '«' ? '»' : first === '„' ? '“' : first === '“' ? '”' : '’';
  return !sentence.includes(close, 1);
}

function unbalancedClosing(sentence: string): boolean {
  const last = sentence[sentence.length - 1];
  if (!CLOSING_QUOTES.includes(last) || !/[.!?…]/.test(sentence[sentence.length - 2] ?? '')) return false;
  if (last === '"' || last === "'") return (sentence.split(last).length - 1) % 2 === 1;
  const open = last === '»' ? '«' : last === '”' ? '“' : last === '“' ? '„' : '‘';
  return !sentence.includes(open);
}

/**
 * [start, end) ranges of the sentences of one paragraph. Each range is trimmed, and drops a quote mark
 * that only opens or closes a quotation continuing in a neighbouring sentence.
 */
export function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const skipUntil = findDateline(text)?.length ?? 0;
  let start = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const punctAt = m.index;
    if (punctAt < skipUntil) continue;
    const end = punctAt + m[1].length + m[2].length;
    const nextAt = end + m[3].length;
    if (nextAt >= text.length) break;
    if (isBoundary(text, start, punctAt, m[1], nextAt)) {
      ranges.push([start, end]);
      start = nextAt;
    }
  }
  ranges.push([start, text.length]);

  const result: [number, number][] = [];
  for (let [s, e] of ranges) {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e - s > 1 && unbalancedOpening(text.slice(s, e))) s++;
    if (e - s > 1 && unbalancedClosing(text.slice(s, e))) e--;
    while (s < e && /\s/.test(text[s])) s++;
    if (e > s) result.push([s, e]);
  }
  return result;
}

/** The sentences of a piece of text, as strings. */
export function splitText(text: string): string[] {
  return sentenceRanges(text).map(([s, e]) => text.slice(s, e));
}

/** Every sentence of an article's body; `index` counts over the article, `paragraph` is the paragraph's index. */
export function splitSentences(article: Article): Sentence[] {
  const sentences: Sentence[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    for (const text of splitText(paragraph)) {
      sentences.push({ articleId: article.id, index: sentences.length, paragraph: p, text });
    }
  });
  return sentences;
}
