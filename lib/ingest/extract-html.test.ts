import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-html';
import { prepareArticle } from './prepare';

const PAGE = `<!doctype html><html><head><title>Aktau port doubles grain exports | Caspian News</title>
<meta property="og:site_name" content="Caspian News"><meta property="article:published_time" content="2026-01-30T09:00:00Z">
<script>window.evil = 1</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Aktau port doubles grain exports</h1>
<p class="byline">By Anna Petrova</p>
<p>The port of Aktau will double its grain exports this year, the Ministry of Agriculture said on Tuesday, after President Tokayev met the board of Caspian Grain Holdings in Astana.</p>
<p>Exports along the Middle Corridor grew by a third in 2025, and the new terminal is expected to open next year, according to the company's chief executive John Harrington.</p>
<p onclick="steal()">Harrington said that the company would also invest in storage and in rail links to the Chinese border.<img src="https://tracker.example/pixel.gif"></p>
</article><footer>© Caspian News. Share: Telegram, Facebook</footer></body></html>`;

/** What the extension's sanitiser gives: the markup parsed in a document of its own. */
function inert(html: string): ParentNode {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
}

describe('extractArticle', () => {
  it('reads the article of a page as titled paragraphs, leaving navigation, scripts and footer out', () => {
    const { document } = parseHTML(PAGE);
    const sanitized: string[] = [];
    const input = extractArticle(
      document,
      (html) => (sanitized.push(html), inert(html.replace(/<img[^>]*>/g, ''))),
      {
        label: 'https://caspian.example/grain',
        url: 'https://caspian.example/grain',
      },
    );
    expect(sanitized).toHaveLength(1);
    expect(input).not.toBeNull();
    expect(input!.title).toMatch(/Aktau port doubles grain exports/);
    expect(input!.source).toBe('Caspian News');
    expect(input!.text).toMatch(/Middle Corridor grew by a third/);
    expect(input!.text).not.toMatch(/Home|Sport|Share: Telegram|evil/);
    const prepared = prepareArticle(input!);
    expect(prepared.ok && prepared.value.article.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(prepared.ok && prepared.value.article.lang).toBe('en');
  });

  it('gives nothing for a page without an article', () => {
    const { document } = parseHTML(
      '<html><head><title>Login</title></head><body><form><input name="user"></form></body></html>',
    );
    expect(extractArticle(document, inert, { label: 'login' })).toBeNull();
  });
});
