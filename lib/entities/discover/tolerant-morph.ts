// Discovery reads every word of a reader's article; a word the morphology cannot read (az throws on some
// hyphenated words) has no parse, so one odd word never loses the whole article.
import type { RussianMorphology, WordParse } from '../../morph/morphology';

const NONE: WordParse[] = [];
const wrapped = new WeakMap<RussianMorphology, RussianMorphology>();

export function tolerant(morph: RussianMorphology): RussianMorphology {
  let safe = wrapped.get(morph);
  if (!safe) {
    const unreadable = new Set<string>();
    safe = {
      parse(word) {
        if (unreadable.has(word)) return NONE;
        try {
          return morph.parse(word);
        } catch {
          unreadable.add(word);
          return NONE;
        }
      },
      inflect: (parse, grammemes) => morph.inflect(parse, grammemes),
      declineName: (part, name, gender, c) => morph.declineName(part, name, gender, c),
    };
    wrapped.set(morph, safe);
  }
  return safe;
}
