// Scores matcher output against a devset page: recall of required mentions, and false highlights.
import type { Match } from '../../lib/match/scanner';
import type { DevsetPage } from './parse';

export interface Highlight extends Pick<Match, 'start' | 'end'> {
  /** The entity id the matcher assigned. */
  id: string;
}

export interface PageScore {
  required: number;
  found: number;
  /** Required mentions not highlighted exactly, as "surface (key)". */
  missed: string[];
  /** Highlights outside every marked span, with a wrong span, or naming a wrong entity. */
  falseHighlights: string[];
}

const POSSESSIVE_RE = /^['\u2019]s\b/;

/**
 * `sameEntity(key, id)` says whether the project's entity `id` is the devset's `key` (keys are
 * descriptive; the project chooses its own ids).
 */
export function scorePage(
  page: DevsetPage,
  highlights: Highlight[],
  sameEntity: (key: string, id: string) => boolean,
): PageScore {
  const fits = (h: Highlight, start: number, end: number, key: string) =>
    h.start === start &&
    sameEntity(key, h.id) &&
    (h.end === end || (h.end > end && POSSESSIVE_RE.test(page.text.slice(end, h.end))));
  const accepts = (h: Highlight, span: DevsetPage['spans'][number]) =>
    fits(h, span.start, span.end, span.key) || span.alternatives.some((a) => fits(h, a.start, a.end, a.key));

  const score: PageScore = { required: 0, found: 0, missed: [], falseHighlights: [] };
  for (const span of page.spans) {
    if (!span.required) continue;
    score.required++;
    if (highlights.some((h) => accepts(h, span))) score.found++;
    else score.missed.push(`${page.text.slice(span.start, span.end)} (${span.key})`);
  }
  for (const h of highlights) {
    if (!page.spans.some((span) => accepts(h, span))) {
      score.falseHighlights.push(`"${page.text.slice(h.start, h.end)}" as ${h.id} at ${h.start}`);
    }
  }
  return score;
}
