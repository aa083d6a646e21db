// The walker and the matcher together, on page-like markup: what a reader sees highlighted.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { compileMatcher, createPageContext } from '../match/scanner';
import type { MatcherPack } from '../model';
import { spanOf } from './text-chunk';
import { walkText } from './text-walker';

const pack: MatcherPack = {
  version: 1,
  entities: [
    { id: 'tokayev', type: 'person' },
    { id: 'aliyev', type: 'person' },
    { id: 'ots', type: 'organization' },
  ],
  patterns: [
    ['Kassym-Jomart Tokayev', 0, 'full'],
    ['Tokayev', 0, 'surname'],
    ['Токаева', 0, 'surname'],
    ['Ilham Aliyev', 1, 'full'],
    ['Aliyev', 1, 'surname'],
    ['OTS', 2, 'acronym'],
  ],
};

/** The highlighted names of a page, as the text of the DOM spans they map back to. */
function highlighted(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const chunk = walkText(document.body);
  return compileMatcher(pack)
    .scan(chunk.text, createPageContext())
    .map((m) => {
      const span = spanOf(chunk, m.start, m.end);
      return span.nodes
        .map((t) =>
          t.data.slice(
            t === span.startNode ? span.startOffset : 0,
            t === span.endNode ? span.endOffset : t.data.length,
          ),
        )
        .join('');
    });
}

describe('names on a page', () => {
  it('are found across inline elements, NBSP and soft hyphens, exactly as written', () => {
    expect(
      highlighted('<p>President <a href="#">Kassym-Jomart Tokayev</a> met Ilham <b>Aliyev</b>.</p>'),
    ).toEqual(['Kassym-Jomart Tokayev', 'Ilham Aliyev']);
    expect(highlighted('<p>Kassym-Jomart\u00a0Tokayev and Tok\u00adayev</p>')).toEqual([
      'Kassym-Jomart\u00a0Tokayev',
      'Tok\u00adayev',
    ]);
  });

  it('never run across a block boundary', () => {
    expect(highlighted('<ul><li>Ilham</li><li>Aliyev</li></ul>')).toEqual(['Aliyev']);
    expect(highlighted('<p>Kassym-Jomart<br>Tokayev</p>')).toEqual(['Tokayev']);
  });

  it('are not found in editors, form fields or scripts', () => {
    expect(
      highlighted(
        '<textarea>Tokayev</textarea><div contenteditable>OTS</div><script>Aliyev()</script><p>Токаева</p>',
      ),
    ).toEqual(['Токаева']);
  });
});
