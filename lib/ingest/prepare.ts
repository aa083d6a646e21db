// From what the reader gives (pasted text, a file's text, an extracted page) to an Article and its
// sentences, or a Refusal that says what is wrong. Nothing here touches the index.
import { CorpusParseError, UNKNOWN_SOURCE, parseArticleText, splitSentences, type Reading } from '../corpus';
import type { Article, Sentence } from '../model';
import { httpUrl } from '../validate/url';
import { MAX_ARTICLE_CHARS, type Refusal } from './limits';

/** One article as the library page or the popup sends it to the background. */
export interface IngestInput {
  /** Names the input in messages: a file name, a page address, "pasted text". */
  label: string;
  text: string;
  title?: string;
  url?: string;
  source?: string;
  author?: string;
  /** ISO yyyy-mm-dd. */
  date?: string;
  /** How to read it when the reader has said: a language, or names only. By default, as identified. */
  reading?: Reading;
}

interface PreparedArticle {
  article: Article;
  sentences: Sentence[];
}

export type Prepared = { ok: true; value: PreparedArticle } | { ok: false; refusal: Refusal };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function prepareArticle(input: IngestInput): Prepared {
  const refuse = (reason: string, language?: string): Prepared => ({
    ok: false,
    refusal: { label: input.label, reason, ...(language ? { language } : {}) },
  });
  if (input.text.length > MAX_ARTICLE_CHARS) {
    return refuse(
      `the text is ${input.text.length.toLocaleString('en')} characters; an article may have up to ${MAX_ARTICLE_CHARS.toLocaleString('en')}`,
    );
  }
  try {
    const meta: Partial<Article> = { origin: 'user' };
    if (input.title?.trim()) meta.title = input.title.trim();
    // Only an http(s) address becomes a link: javascript:, data: or file: addresses are dropped.
    const url = input.url ? httpUrl(input.url) : null;
    if (url) meta.url = url;
    if (input.source?.trim()) meta.source = input.source.trim();
    if (input.author?.trim()) meta.author = input.author.trim();
    if (input.date && ISO_DATE.test(input.date)) meta.date = input.date;
    const article = parseArticleText(input.text, meta, input.reading);
    // A page's address names its source when the text does not.
    if (article.source === UNKNOWN_SOURCE && article.url)
      article.source = hostOf(article.url) ?? article.source;
    return { ok: true, value: { article, sentences: splitSentences(article) } };
  } catch (error) {
    if (error instanceof CorpusParseError) return refuse(error.reason, error.language);
    throw error;
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
