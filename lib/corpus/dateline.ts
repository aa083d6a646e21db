// News datelines that open a first paragraph: "Вена. 5 декабря. KAZAKHSTAN TODAY - …",
// "Астана, 5 декабря. /Kazinform/ - …", "ASTANA (Reuters) — …", "BAKU, Azerbaijan — …".

export interface Dateline {
  /** Length of the dateline prefix, separator and following spaces included. */
  length: number;
  place: string;
  /** The outlet named in the dateline, in display case ("Kazakhstan Today"), if any. */
  outlet: string | null;
}

const PLACE = String.raw`(?<place>\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?)(?:,\s+\p{Lu}\p{Ll}+)?`;
const DAY = String.raw`(?:[.,]\s+(?<date>\d{1,2}\s+\p{Ll}+\.?(?:\s+\d{4})?|\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:,?\s+\d{4})?))?`;
const OUTLET = String.raw`(?:[.,]?\s*(?<outlet>/[^/\n]{2,40}/|\([^)\n]{2,40}\)|\p{Lu}[\p{Lu}\d.-]*(?:\s+[\p{Lu}\d][\p{Lu}\d.-]*)*))?`;
const DATELINE = new RegExp(`^${PLACE}${DAY}${OUTLET}\\s*[-–—]\\s+(?=\\S)`, 'u');

function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** "KAZAKHSTAN TODAY" → "Kazakhstan Today"; short acronyms (AP, AFP, ТАСС) stay as they are. */
function outletDisplayName(raw: string): string {
  const name = raw.replace(/^[/(]|[/)]$/g, '').trim();
  return name
    .split(/\s+/)
    .map((w) => (isAllCaps(w) && w.length > 4 ? w[0] + w.slice(1).toLowerCase() : w))
    .join(' ');
}

/** A dateline is a paragraph's first words: the pattern never reads further (it backtracks on a long word). */
const DATELINE_HEAD_CHARS = 200;

export function findDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph.slice(0, DATELINE_HEAD_CHARS));
  if (!m?.groups) return null;
  const { place, date, outlet } = m.groups;
  // Without a date or an outlet, only an all-caps place ("ASTANA —") marks a dateline:
  // "Казахстан - важный партнёр" is a sentence.
  if (!date && !outlet && !isAllCaps(place.split(/[ -]/)[0])) return null;
  return { length: m[0].length, place, outlet: outlet ? outletDisplayName(outlet) : null };
}
