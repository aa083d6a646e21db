// Russian → Latin: BGN/PCGN, plus the spellings the world's press commonly uses instead
// (Tokayev/Tokaev, Shafiyev/Shafiev, Ilkham/Ilham, Zhomart/Jomart, Aleksandr/Alexandr).
import { usualSpelling } from './usual-spelling';

const VOWELS = 'аеёиоуыэюя';
const SIGNS = 'ъь';

/** Letters with one spelling. */
export const PLAIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ы: 'y',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ъ: '',
  ь: '',
};

/** At most this many spellings per word, and per phrase. */
const LIMIT = 12;

/** Every spelling of one word as a list of alternatives per position; the first of each is BGN/PCGN. */
function choices(word: string): string[][] {
  const lower = word.toLowerCase();
  const out: string[][] = [];
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i];
    const prev = i > 0 ? lower[i - 1] : '';
    const next = lower[i + 1] ?? '';
    const afterVowel = i === 0 || VOWELS.includes(prev) || SIGNS.includes(prev) || prev === 'й';
    if (c === 'е') out.push(afterVowel ? ['ye', 'e'] : ['e']);
    else if (c === 'ё') out.push(afterVowel ? ['yo', 'ye', 'e'] : ['yo', 'e']);
    else if (c === 'и' && next === 'й' && i === lower.length - 2) {
      out.push(['iy', 'y', 'i', 'ii']); // Dmitriy, Dmitry, Dmitri, Dmitrii
      i++;
    } else if (c === 'ы' && next === 'й' && i === lower.length - 2) {
      out.push(['yy', 'y']);
      i++;
    } else if (c === 'й') out.push(['y']);
    else if (c === 'х') out.push(['kh', 'h']);
    else if (c === 'ж') out.push(['zh', 'j']);
    else if (c === 'к' && next === 'с') {
      out.push(['ks', 'x']);
      i++;
    } else if (c === 'ь' && next !== '' && VOWELS.includes(next)) out.push(['', 'y']);
    else if (c in PLAIN) out.push([PLAIN[c]]);
    else out.push([c]);
  }
  return out;
}

function product(lists: string[][], join: string): string[] {
  let acc = [''];
  for (const list of lists) {
    const next: string[] = [];
    for (const head of acc)
      for (const tail of list)
        if (next.length < LIMIT) next.push(head === '' && join !== '' ? tail : head + join + tail);
    acc = next;
  }
  return acc;
}

function romanizeWord(word: string): string[] {
  if (!/[а-яё]/i.test(word)) return [word];
  const spellings = product(choices(word), '');
  const capital = word.charAt(0) !== word.charAt(0).toLowerCase();
  const allCaps = word.length > 1 && word === word.toUpperCase();
  return [...new Set(spellings)].map((s) =>
    allCaps ? s.toUpperCase() : capital ? s.charAt(0).toUpperCase() + s.slice(1) : s,
  );
}

/**
 * Latin spellings of a Russian name, BGN/PCGN first (without its ' and " for the soft and hard signs,
 * which the press drops), then the common variants. Hyphenated parts keep their capitals. A name in a
 * Kazakh or Azerbaijani spelling is romanised from its usual Russian one (Нұрғалиева → Nurgaliyeva).
 */
export function romanize(name: string): string[] {
  const ru = usualSpelling(name) ?? name;
  const words = ru.split(/(\s+|-)/);
  const perWord = words.map((w) => (/^(\s+|-)$/.test(w) ? [w] : romanizeWord(w)));
  // Vary one word at a time so that every variant of every word shows up within the limit.
  const primary = perWord.map((list) => list[0]).join('');
  const out = new Set<string>([primary]);
  for (let i = 0; i < perWord.length; i++) {
    for (const variant of perWord[i].slice(1)) {
      out.add(perWord.map((list, j) => (j === i ? variant : list[0])).join(''));
    }
  }
  // And every word in its simplest spelling at once (Tokaev, Aliev).
  out.add(perWord.map((list) => list[list.length - 1]).join(''));
  return [...out];
}
