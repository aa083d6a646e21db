// What the library discovers in one factRu document, as spans of the document's own text: the document is
// added alone to a library that holds the seeds (planAddition, as the background does), and every mention
// of the addition, of known and new entities alike, is mapped back from its sentence to the text.
import type { EntityType, Sentence } from '../../lib/model';
import type { RussianMorphology } from '../../lib/morph/morphology';
import { planAddition, type LibraryState } from '../../lib/ingest/plan-addition';
import type { NerType, Span } from './devset';

const NER_OF: Partial<Record<EntityType, NerType>> = { person: 'PER', place: 'LOC', organization: 'ORG' };

/** Invisible characters the article parser removes. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** The text with every run of white space as one space and invisible characters left out, and where each
 * character of it came from. */
function normalised(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (INVISIBLE.test(c)) continue;
    if (/\s/.test(c)) {
      if (out.endsWith(' ') || out === '') continue;
      out += ' ';
    } else out += c;
    origin.push(i);
  }
  return { text: out, origin };
}

export interface Prediction {
  spans: Span[];
  /** Sentences (or the headline) that could not be found in the document's text. */
  unaligned: string[];
}

/** Where in `text` each piece (a sentence, the headline) lies, read in order: offset of its first character. */
export function alignPieces(text: string, pieces: readonly string[]): { offsets: (number[] | null)[] } {
  const doc = normalised(text);
  let cursor = 0;
  const offsets = pieces.map((piece) => {
    const own = normalised(piece);
    let at = doc.text.indexOf(own.text, cursor);
    if (at < 0) at = doc.text.indexOf(own.text);
    if (at < 0 || own.text.length === 0) return null;
    cursor = at + own.text.length;
    // Offset in `text` of each character of `piece`.
    const map: number[] = new Array<number>(piece.length + 1);
    let k = 0;
    for (let i = 0; i < piece.length; i++) {
      while (k < own.origin.length && own.origin[k] < i) k++;
      map[i] = k < own.origin.length ? doc.origin[at + k] : doc.origin[at + own.text.length - 1] + 1;
    }
    map[piece.length] = doc.origin[at + own.text.length - 1] + 1;
    return map;
  });
  return { offsets };
}

export function predictDocument(
  name: string,
  text: string,
  state: LibraryState,
  morph: RussianMorphology,
): Prediction {
  const addition = planAddition([{ label: name, text }], state, morph);
  const types = new Map<string, EntityType>();
  for (const e of [...state.entities, ...addition.entities]) types.set(e.id, e.type);
  const sentences: Sentence[] = addition.sentences;
  const { offsets } = alignPieces(
    text,
    sentences.map((s) => s.text),
  );
  const bySentence = new Map<number, number[] | null>();
  sentences.forEach((s, i) => bySentence.set(s.index, offsets[i]));
  const unaligned = sentences.filter((_, i) => offsets[i] === null).map((s) => s.text);
  const spans: Span[] = [];
  for (const m of addition.mentions) {
    const type = NER_OF[types.get(m.entityId) ?? 'event'];
    const map = bySentence.get(m.sentence);
    if (!type || !map) continue;
    // The end maps through the last character, so a name never runs over the space after it.
    spans.push({ start: map[m.start], end: map[m.end - 1] + 1, type });
  }
  return { spans, unaligned };
}
