// Headlines: recognising one among the first lines, and deriving one when the page had none.

import { findDateline } from './dateline';
import { splitText } from './sentences';

const MAX_HEADLINE = 130;
const MAX_DERIVED = 110;

/** ", сообщили в МИД РК", " - сказал он": attribution closes a lead sentence, never a headline. */
const ATTRIBUTION = new RegExp(
  String.raw`(?:,\s*|\s+[-–—]\s+)(?:сообщил[аи]?|сообщает|сообщается|заявил[аи]?|передает|передаёт|пишет|` +
    String.raw`отметил[аи]?|сказал[аи]?|said|says|reported|reports|according to)(?![\p{L}\d]).*$`,
  'iu',
);

/** Whether a first line reads as a headline rather than the lead paragraph. */
export function looksLikeHeadline(line: string): boolean {
  if (line.length > MAX_HEADLINE || line.split(/\s+/).length > 22) return false;
  if (findDateline(line) || /[:,;]$/.test(line) || ATTRIBUTION.test(line)) return false;
  // A headline is one sentence.
  return splitText(line).length === 1;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A short headline from the first sentence of the body, without its dateline or attribution. */
export function deriveTitle(firstParagraph: string): string {
  const dateline = findDateline(firstParagraph);
  const body = dateline ? firstParagraph.slice(dateline.length) : firstParagraph;
  let title = (splitText(body)[0] ?? body)
    .replace(ATTRIBUTION, '')
    .replace(/[\s.!…;:,]+$/u, '')
    .trim();
  if (title.length > MAX_DERIVED) title = title.replace(/\s*\([^)]*\)/g, '');
  if (title.length > MAX_DERIVED) {
    const cut = title.slice(0, MAX_DERIVED);
    const clause = cut.lastIndexOf(', ');
    const space = cut.lastIndexOf(' ');
    const at = clause > MAX_DERIVED / 2 ? clause : space > 0 ? space : MAX_DERIVED;
    title = `${cut.slice(0, at).replace(/[\s,;:-]+$/u, '')}…`;
  }
  return capitalise(title);
}
