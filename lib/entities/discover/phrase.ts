// The nominative of a multiword name as written in some case («Центральной Азии» → «Центральная Азия»).
import { declinePhrase } from '../../morph/decline-phrase';
import { capitalise } from '../../morph/letter-case';
import { hasGrammeme, type RussianMorphology, type WordParse } from '../../morph/morphology';

/**
 * The nominative of a written name: try each reading of the last word as the head, put the adjectives
 * (and, when asked, participles) before it in agreement, and keep the one whose declension gives back
 * what was written.
 */
export function lemmaOfPhrase(words: string[], morph: RussianMorphology, participles = false): string | null {
  const headWord = words[words.length - 1];
  const proper = (p: WordParse) => (hasGrammeme(p, 'Geox') || hasGrammeme(p, 'Orgn') ? 0 : 1);
  const heads = morph
    .parse(headWord)
    .filter((p) => p.pos === 'NOUN')
    .sort((a, b) => proper(a) - proper(b) || Number(b.known) - Number(a.known));
  const tried = new Set<string>();
  for (const head of heads) {
    const gender = (['masc', 'femn', 'neut'] as const).find((g) => hasGrammeme(head, g));
    const adjectives = words.slice(0, -1).map((word) => {
      const parses = morph.parse(word);
      const adjective =
        parses.find((p) => p.pos === 'ADJF') ??
        (participles ? parses.find((p) => p.pos === 'PRTF') : undefined);
      if (!adjective) return null;
      const nominative = morph.inflect(adjective, ['nomn', 'sing', ...(gender ? [gender] : [])]);
      return nominative ? capitalise(nominative) : null;
    });
    if (adjectives.some((a) => a === null)) continue;
    const lemma = [...adjectives, capitalise(head.lemma)].join(' ').replace(/ё/g, 'е');
    if (tried.has(lemma)) continue;
    tried.add(lemma);
    const written = words.join(' ').replace(/ё/g, 'е');
    if (declinePhrase(lemma, morph).some((form) => form.replace(/ё/g, 'е') === written)) return lemma;
  }
  return null;
}
