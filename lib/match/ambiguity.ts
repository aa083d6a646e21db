// Which of a text's matches the page supports. A name written so that it may mean something else — a
// short acronym (UN, РК, SCO), a one-word short name (Каспий, Caspian) — is painted only where the page
// says it is that entity: its full name earlier on the page or anywhere in the same block (an expansion,
// «ОТГ (Организация тюркских государств)»), or another entity of the corpus named plainly in the same
// block, close by. A one-word place is not painted inside a longer proper name: «Астана Опера», "Baku
// Energy Week", «Казахстан темир жолы» in quotes, "Northern Kazakhstan".
import type { EntityType } from '../model';
import { isNotGivenName } from './not-given-names';
import { BLOCK_BREAK, type Match, type PageContext } from './scanner';

/** How far (UTF-16 units) another entity's plain mention supports an ambiguous one in the same block. */
const NEARBY = 400;
/** Acronyms of at most this many letters are read as ambiguous. */
const SHORT_ACRONYM = 3;

const OPENING_QUOTE = /[«"“„]$/u;
const CLOSING_QUOTE = /^[»"”“]/u;
const WORD_AFTER = /^[ \u00A0]([\p{Lu}][\p{L}]+)/u;
const WORD_BEFORE = /([\p{L}]+)[ \u00A0]$/u;
/** What ends a sentence or a block before a word: that word is capitalised for being first. */
const SENTENCE_END_BEFORE = /[.!?…:;\u2029\n]["»”)]?\s*$/u;

/** Whether the form as matched may mean something other than its entity. */
function needsSupport(match: Match, surface: string): boolean {
  if (match.kind === 'acronym') return surface.replace(/[^\p{L}\p{N}]/gu, '').length <= SHORT_ACRONYM;
  return match.kind === 'short' && !/\s/.test(surface);
}

/**
 * The matches of `text` (in order, as the scanner gives them) that the page supports; `ctx.named` keeps
 * the entities named plainly so far, across the page's texts, and is updated.
 */
export function supportedMatches(
  text: string,
  matches: readonly Match[],
  typeOf: (entity: number) => EntityType | undefined,
  ctx: PageContext,
): Match[] {
  const plain = matches.map((m) => !needsSupport(m, text.slice(m.start, m.end)));
  const inName = matches.map((m, i) => typeOf(m.entity) === 'place' && insideLongerName(text, m, matches, i));
  const blockOf = blocks(text);
  const kept: Match[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (inName[i]) continue;
    if (plain[i]) {
      ctx.named.add(m.entity);
      kept.push(m);
      continue;
    }
    const block = blockOf(m.start);
    const supported =
      ctx.named.has(m.entity) ||
      matches.some(
        (o, j) =>
          plain[j] &&
          !inName[j] &&
          blockOf(o.start) === block &&
          (o.entity === m.entity || Math.min(Math.abs(o.start - m.end), Math.abs(m.start - o.end)) <= NEARBY),
      );
    if (supported) kept.push(m);
  }
  return kept;
}

/** The index of the block (between BLOCK_BREAKs) of each offset. */
function blocks(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf(BLOCK_BREAK); i >= 0; i = text.indexOf(BLOCK_BREAK, i + 1)) breaks.push(i);
  return (offset) => {
    let n = 0;
    while (n < breaks.length && breaks[n] < offset) n++;
    return n;
  };
}

/** A proper name is written in one script: a capitalised word in another one does not carry it on. */
const CYRILLIC = /\p{Script=Cyrillic}/u;
const sameScript = (a: string, b: string) => CYRILLIC.test(a) === CYRILLIC.test(b);

function insideLongerName(text: string, m: Match, matches: readonly Match[], i: number): boolean {
  const surface = text.slice(m.start, m.end);
  if (/\s/.test(surface)) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 40);
  // «Астана Опера», «Казахстан темир жолы»: a quoted name that goes on after the place.
  if (OPENING_QUOTE.test(before) && !CLOSING_QUOTE.test(after)) return true;
  const next = WORD_AFTER.exec(after);
  if (
    next &&
    sameScript(next[1], surface) &&
    !startsMatch(matches[i + 1], m.end + 1) &&
    !isNotGivenName(next[1].toLowerCase())
  )
    return true;
  const previous = WORD_BEFORE.exec(before);
  if (
    previous &&
    /^\p{Lu}\p{Ll}/u.test(previous[1]) &&
    sameScript(previous[1], surface) &&
    !isNotGivenName(previous[1].toLowerCase()) &&
    !endsMatch(matches[i - 1], m.start - 1) &&
    !firstOfSentence(text, m.start - previous[0].length)
  )
    return true;
  return false;
}

function firstOfSentence(text: string, at: number): boolean {
  return at === 0 || SENTENCE_END_BEFORE.test(text.slice(Math.max(0, at - 4), at));
}

const startsMatch = (m: Match | undefined, at: number) => m !== undefined && m.start === at;
const endsMatch = (m: Match | undefined, at: number) => m !== undefined && m.end === at;
