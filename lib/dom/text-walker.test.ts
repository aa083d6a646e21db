import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { BLOCK_BREAK, TextWalker, walkText } from './text-walker';
import { spanOf, type DomSpan, type TextChunk } from './text-chunk';
import { CONTEXT_LENS_HOST_TAG } from './elements';
import { compileMatcher } from '../match/scanner';

function body(html: string): HTMLElement {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
}

/** What a Range over the span would read. */
function spanText(span: DomSpan): string {
  const nodes: Text[] = [];
  // Collect the text nodes between start and end in document order.
  let collecting = false;
  const visit = (n: Node) => {
    if (n === span.startNode) collecting = true;
    if (collecting && n.nodeType === 3) nodes.push(n as Text);
    if (n === span.endNode) collecting = false;
    const shadow = n.nodeType === 1 ? (n as Element).shadowRoot : null;
    if (shadow) visit(shadow);
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(span.startNode.ownerDocument.documentElement);
  return nodes
    .map((t) => {
      const from = t === span.startNode ? span.startOffset : 0;
      const to = t === span.endNode ? span.endOffset : t.data.length;
      return t.data.slice(from, to);
    })
    .join('');
}

const matcher = compileMatcher({
  version: 1,
  entities: [
    { id: 'tokayev', type: 'person' },
    { id: 'aliyev', type: 'person' },
  ],
  patterns: [
    ['Kassym-Jomart Tokayev', 0, 'full'],
    ['Токаева', 0, 'surname'],
    ['Ilham Aliyev', 1, 'full'],
  ],
});

/** The spans of the names the matcher finds in the chunk. */
function found(chunk: TextChunk): DomSpan[] {
  return matcher.scan(chunk.text).map((m) => spanOf(chunk, m.start, m.end));
}

function find(chunk: TextChunk, name: string): DomSpan {
  const at = chunk.text.indexOf(name);
  expect(at, `"${name}" in ${JSON.stringify(chunk.text)}`).toBeGreaterThanOrEqual(0);
  return spanOf(chunk, at, at + name.length);
}

describe('walkText', () => {
  it('joins inline runs so a name split across elements reads whole, and maps it back', () => {
    const chunk = walkText(
      body('<p>President <a href="#">Kassym-Jomart Tokayev</a> met Ilham <b>Aliyev</b>.</p>'),
    );
    expect(chunk.text).toBe('President Kassym-Jomart Tokayev met Ilham Aliyev.');
    expect(spanText(find(chunk, 'Kassym-Jomart Tokayev'))).toBe('Kassym-Jomart Tokayev');
    const aliyev = find(chunk, 'Ilham Aliyev');
    expect(spanText(aliyev)).toBe('Ilham Aliyev');
    expect(aliyev.nodes).toEqual([aliyev.startNode, aliyev.endNode]);
    expect(aliyev.startNode).not.toBe(aliyev.endNode);
    expect(aliyev.endNode.parentElement?.localName).toBe('b');
  });

  it('separates blocks, list items, cells and line breaks with BLOCK_BREAK', () => {
    const chunk = walkText(
      body(
        '<h1>Tokayev</h1><p>Ilham<br>Aliyev</p><ul><li>Middle</li><li>Corridor</li></ul><table><tr><td>OTS</td><td>CICA</td></tr></table>',
      ),
    );
    expect(chunk.text.split(BLOCK_BREAK)).toEqual([
      'Tokayev',
      'Ilham',
      'Aliyev',
      'Middle',
      'Corridor',
      'OTS',
      'CICA',
    ]);
  });

  it('leaves out scripts, styles, form controls, editors, hidden elements, code and its own UI', () => {
    const chunk = walkText(
      body(
        `<p>Токаев</p><script>var Aliyev = 1</script><style>.Aliyev{}</style><noscript>Aliyev</noscript>
         <textarea>Aliyev</textarea><input value="Aliyev"><select><option>Aliyev</option></select>
         <div contenteditable="true"><p>Aliyev</p></div><div contenteditable="false">СВМДА</div>
         <div hidden>Aliyev</div><template><p>Aliyev</p></template><svg><text>Aliyev</text></svg>
         <code>Aliyev</code><${CONTEXT_LENS_HOST_TAG}>Aliyev</${CONTEXT_LENS_HOST_TAG}><p>ОТГ</p>`,
      ),
    );
    expect(chunk.text).not.toContain('Aliyev');
    expect(chunk.text.split(BLOCK_BREAK).filter((s) => s.trim())).toEqual(['Токаев', 'СВМДА', 'ОТГ']);
  });

  it('keeps the text as written (NBSP, line breaks, soft hyphens), for the matcher to read as a reader does', () => {
    const chunk = walkText(
      body('<p>Kassym-Jomart\u00a0Tokayev and Ilham\n      Aliyev met in Tok\u00adyo; Ток\u00adаева</p>'),
    );
    expect(chunk.text).toBe(
      'Kassym-Jomart\u00a0Tokayev and Ilham\n      Aliyev met in Tok\u00adyo; Ток\u00adаева',
    );
    const names = found(chunk);
    expect(names.map(spanText)).toEqual([
      'Kassym-Jomart\u00a0Tokayev',
      'Ilham\n      Aliyev',
      'Ток\u00adаева',
    ]);
  });

  it('reads a name whose words are split by white space across elements', () => {
    const chunk = walkText(body('<p>Ilham \n<b> Aliyev </b>\n said</p>'));
    const [aliyev] = found(chunk);
    expect(spanText(aliyev)).toBe('Ilham \n Aliyev');
    expect(aliyev.nodes.length).toBe(2);
  });

  it('reads markup indentation between elements as one separator, with no record of its own', () => {
    const root = body(
      '<div>\n  <span>Ilham</span>\n  <span>Aliyev</span>\n  <div>\n    <span>Tokayev</span>\n  </div>\n</div>',
    );
    const chunk = walkText(root);
    expect(chunk.text).toBe(`Ilham\nAliyev${BLOCK_BREAK}Tokayev`);
    expect(chunk.nodes.map((n) => n.textContent)).toEqual(['Ilham', 'Aliyev', 'Tokayev']);
    const [aliyev] = found(chunk);
    expect(spanText(aliyev)).toBe('Ilham\n  Aliyev');
    expect([aliyev.startNode.data, aliyev.endNode.data]).toEqual(['Ilham', 'Aliyev']);
  });

  it('walks open shadow roots as blocks of their own and reports them', () => {
    const root = body('<div id="host"><span>light</span></div><p>after</p>');
    const host = root.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Middle <i>Corridor</i></p><slot></slot>';
    const seen: ShadowRoot[] = [];
    const chunk = walkText(root, { onShadowRoot: (r) => seen.push(r) });
    expect(seen).toEqual([shadow]);
    expect(chunk.text.split(BLOCK_BREAK)).toEqual(['Middle Corridor', 'light', 'after']);
    expect(spanText(find(chunk, 'Middle Corridor'))).toBe('Middle Corridor');
  });

  it('walks one element (a rescan of the block a mutation touched) without its siblings', () => {
    const root = body('<p id="a">Ilham <b>Aliyev</b></p><p id="b">Middle <br>Corridor</p><p>after</p>');
    expect(walkText(root.querySelector('#a')!).text).toBe('Ilham Aliyev');
    expect(walkText(root.querySelector('#b')!).text.split(BLOCK_BREAK)).toEqual(['Middle ', 'Corridor']);
    const [aliyev] = found(walkText(root.querySelector('#a')!));
    expect(spanText(aliyev)).toBe('Ilham Aliyev');
  });

  it('returns no words for an empty page', () => {
    expect(walkText(body('')).text).toBe('');
    expect(walkText(body('<div>  \n </div><p></p>')).text.trim()).toBe('');
  });
});

describe('offsets', () => {
  it('keeps the text as written (a node of white space alone reads as one character, or none at the edges) and maps every other character back', () => {
    const alphabet = ['a', 'Б', ' ', ' ', '\n', '\t', '\u00a0', '\u00ad', '\u200b', 'x'];
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    for (let trial = 0; trial < 200; trial++) {
      const pieces = Array.from({ length: 1 + rnd(4) }, () =>
        Array.from({ length: 1 + rnd(12) }, () => alphabet[rnd(alphabet.length)]).join(''),
      );
      const root = body(`<p>${pieces.map((p, i) => (i % 2 ? `<b>${p}</b>` : p)).join('')}</p>`);
      const chunk = walkText(root);
      // The same text, but that a node of white space alone reads as its first character (none at the edges).
      const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
      expect(squash(chunk.text)).toBe(squash(pieces.join('')));
      for (let k = 0; k < chunk.text.length; k++) {
        if (/\s/.test(chunk.text[k])) continue;
        const span = spanOf(chunk, k, k + 1);
        expect(span.startNode.data.slice(span.startOffset, span.endOffset)).toBe(chunk.text[k]);
      }
    }
  });
});

describe('TextWalker slices', () => {
  it('cuts a large page at block boundaries only, losing and duplicating nothing', () => {
    const paragraphs = Array.from(
      { length: 500 },
      (_, i) => `<p>Paragraph ${i} names Ilham <b>Aliyev</b> once.</p>`,
    );
    const root = body(`<div>${paragraphs.join('')}</div>`);
    const walker = new TextWalker(root);
    const slices: string[] = [];
    while (!walker.done) slices.push(walker.next({ maxChars: 1000, maxNodes: 400 }).text);
    expect(slices.length).toBeGreaterThan(10);
    const blocks = slices.flatMap((s) => s.split(BLOCK_BREAK)).filter(Boolean);
    expect(blocks).toEqual(Array.from({ length: 500 }, (_, i) => `Paragraph ${i} names Ilham Aliyev once.`));
  });

  it('feeds a plain-text page of one huge Text node in bounded slices that map back exactly', () => {
    const lines = Array.from({ length: 4000 }, (_, i) => `Line ${i}: Ilham  Aliyev met Tok\u00adayev.`);
    const root = body(`<pre>${lines.join('\n')}</pre>`);
    const walker = new TextWalker(root);
    let found = 0;
    let longest = 0;
    while (!walker.done) {
      const chunk = walker.next({ maxChars: 4000, maxNodes: 1500 });
      longest = Math.max(longest, chunk.text.length);
      for (
        let at = chunk.text.indexOf('Ilham  Aliyev');
        at >= 0;
        at = chunk.text.indexOf('Ilham  Aliyev', at + 1)
      ) {
        expect(spanText(spanOf(chunk, at, at + 13))).toBe('Ilham  Aliyev');
        found++;
      }
      for (
        let at = chunk.text.indexOf('Tok\u00adayev');
        at >= 0;
        at = chunk.text.indexOf('Tok\u00adayev', at + 1)
      ) {
        expect(spanText(spanOf(chunk, at, at + 8))).toBe('Tok\u00adayev');
      }
    }
    expect(found).toBe(4000);
    expect(longest).toBeLessThan(20_000);
  });
});
