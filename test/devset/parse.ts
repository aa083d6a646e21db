// Parser of the devset markup (see README.md here): the page text the matcher sees, and the marked spans.
import { BLOCK_BREAK } from '../../lib/match/scanner';

interface ExpectedSpan {
  start: number;
  end: number;
  /** The devset's entity key ("tokayev", "middle-corridor"). */
  key: string;
  /** [[…]]: must be highlighted; {{…}}: may be. */
  required: boolean;
  /** A less common spelling (|lt). */
  variant: boolean;
  /** Overlapping spans that are also right when highlighted instead (|alt=SUB:key2). */
  alternatives: { start: number; end: number; key: string }[];
}

export interface DevsetPage {
  name: string;
  lang: 'ru' | 'en';
  /** Headline and paragraphs, separated by BLOCK_BREAK, markup removed. */
  text: string;
  spans: ExpectedSpan[];
}

const MARK_RE = /\[\[([^\]]+)\]\]|\{\{([^}]+)\}\}/g;

export function parseDevsetPage(name: string, source: string): DevsetPage {
  const [head, ...bodyParts] = source.split(/^---$/m);
  if (bodyParts.length === 0) throw new Error(`${name}: no '---' line after the header`);
  const title = /^title:\s*(.*)$/m.exec(head)?.[1];
  const lang = /^lang:\s*(ru|en)\s*$/m.exec(head)?.[1] as 'ru' | 'en' | undefined;
  if (title === undefined || !lang) throw new Error(`${name}: header needs title: and lang:`);
  const paragraphs = bodyParts
    .join('---')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const marked = [title.trim(), ...paragraphs].join(BLOCK_BREAK);

  let text = '';
  const spans: ExpectedSpan[] = [];
  let last = 0;
  const alternatives: [ExpectedSpan, string][] = [];
  for (const m of marked.matchAll(MARK_RE)) {
    text += marked.slice(last, m.index);
    last = m.index + m[0].length;
    const required = m[1] !== undefined;
    const [surface, key, ...options] = (m[1] ?? m[2]).split('|');
    if (!surface || !key) throw new Error(`${name}: bad mark ${m[0]}`);
    const start = text.length;
    text += surface;
    const span: ExpectedSpan = { start, end: text.length, key, required, variant: false, alternatives: [] };
    for (const option of options) {
      if (option === 'lt') span.variant = true;
      else if (option.startsWith('alt=')) alternatives.push([span, option.slice(4)]);
      else throw new Error(`${name}: unknown option ${option} in ${m[0]}`);
    }
    spans.push(span);
  }
  text += marked.slice(last);
  for (const [span, option] of alternatives) {
    const alternative = locateAlternative(text, span.start, span.end, option);
    if (alternative) span.alternatives.push(alternative);
  }
  return { name, lang, text, spans };
}

/** `SUB:key` names a span of the unmarked text overlapping the mark's span [start, end). */
function locateAlternative(unmarked: string, start: number, end: number, option: string) {
  const colon = option.lastIndexOf(':');
  const sub = option.slice(0, colon);
  const key = option.slice(colon + 1);
  const candidates: number[] = [];
  for (let from = Math.max(0, start - sub.length + 1); from < end; from++) candidates.push(from);
  candidates.sort((a, b) => Math.abs(a - start) - Math.abs(b - start));
  const from = candidates.find((c) => unmarked.startsWith(sub, c));
  // The devset also uses alt= as a general allowance ("Caspian" where "Caspian Sea" would do too).
  return from === undefined ? null : { start: from, end: from + sub.length, key };
}
