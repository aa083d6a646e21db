// One article, read with its entities highlighted as the extension highlights them on the web, opened
// at the sentence a popover quoted.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Reading } from '../../lib/corpus/parse-article';
import type { ArticleId } from '../../lib/model';
import { entityCounts, readingParagraphs } from './article-text';
import type { LibraryIndex } from '../../lib/view-model';
import { formatDate } from '../../lib/i18n';
import { articleLanguage, identifiedLanguage } from './article-language';
import { Link, type Navigate } from './shared';
import { useStrings } from './strings';

export function ArticleView({
  library,
  id,
  sentence,
  navigate,
  onSetReading,
}: {
  library: LibraryIndex;
  id: ArticleId;
  sentence: number | null;
  navigate: Navigate;
  /** Reads the article again as the reader says (the background re-discovers its entities). */
  onSetReading?: (id: ArticleId, reading: Reading) => Promise<void>;
}) {
  const t = useStrings();
  const [rereading, setRereading] = useState<'busy' | 'done' | null>(null);
  useEffect(() => setRereading(null), [id]);
  const { index } = library;
  const article = index.articles.find((a) => a.id === id);
  const entities = useMemo(() => new Map(index.entities.map((e) => [e.id, e])), [index]);
  const { paragraphs, counts } = useMemo(() => {
    const mentions = index.mentions.filter((m) => m.articleId === id);
    return {
      paragraphs: readingParagraphs(
        index.sentences.filter((s) => s.articleId === id),
        mentions,
      ),
      counts: entityCounts(mentions),
    };
  }, [index, id]);
  const target = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    target.current?.scrollIntoView({ block: 'center' });
    if (!target.current) window.scrollTo(0, 0);
  }, [id, sentence]);

  if (!article) {
    return (
      <p class="empty">
        {t.reader.gone}{' '}
        <Link to={{ page: 'articles' }} navigate={navigate}>
          {t.reader.allArticles}
        </Link>
      </p>
    );
  }

  return (
    <article class="reader" lang={article.lang}>
      <Link to={{ page: 'articles' }} navigate={navigate} class="back">
        {t.reader.back}
      </Link>
      <h1 class="reader-title">{article.title}</h1>
      <p class="meta">
        <span>{article.source}</span>
        <span>{formatDate(article.date, t.lang, 'short')}</span>
        {article.author ? <span>{article.author}</span> : null}
        {article.url ? (
          <a href={article.url} target="_blank" rel="noreferrer noopener">
            {t.reader.original}
          </a>
        ) : null}
        <span class={`origin origin-${article.origin}`}>
          {article.origin === 'user' ? t.origin.user : t.origin.seed}
        </span>
        {article.origin === 'user' && onSetReading ? (
          <label class="reading">
            {t.language.label}{' '}
            <select
              value={article.namesOnly ? 'names-only' : article.lang}
              disabled={rereading === 'busy'}
              onChange={(e) => {
                const reading = (e.target as HTMLSelectElement).value as Reading;
                setRereading('busy');
                onSetReading(article.id, reading).then(
                  () => setRereading('done'),
                  () => setRereading(null),
                );
              }}
            >
              <option value="ru">{t.language.ru}</option>
              <option value="en">{t.language.en}</option>
              <option value="names-only">{t.language.other}</option>
            </select>
          </label>
        ) : (
          <span class="lang">{articleLanguage(article, t)}</span>
        )}
        {rereading ? (
          <span role="status">{rereading === 'busy' ? t.language.rereading : t.language.reread}</span>
        ) : null}
      </p>
      {article.namesOnly ? (
        <p class="names-only-note">{t.language.namesOnlyNote(identifiedLanguage(article, t))}</p>
      ) : null}
      {counts.length > 0 ? (
        <nav class="chips" aria-label={t.reader.entitiesHere}>
          {counts.map(([entityId, count]) => {
            const entity = entities.get(entityId);
            if (!entity) return null;
            return (
              <Link
                key={entityId}
                to={{ page: 'entity', id: entityId }}
                navigate={navigate}
                class={`chip type-${entity.type}`}
              >
                <span class="dot" aria-hidden="true" />
                {article.lang === 'ru' ? (entity.name.ru ?? entity.name.en) : entity.name.en}
                <span class="count">{count}</span>
              </Link>
            );
          })}
        </nav>
      ) : null}
      <div class="reader-body">
        {paragraphs.map((sentences) => (
          <p>
            {sentences.map((s) => (
              <>
                <span
                  id={`s-${s.index}`}
                  class={s.index === sentence ? 'sentence target' : 'sentence'}
                  ref={s.index === sentence ? target : undefined}
                  aria-current={s.index === sentence ? 'true' : undefined}
                >
                  {s.parts.map((part) => {
                    const entity = part.entity ? entities.get(part.entity) : undefined;
                    if (!entity) return part.text;
                    return (
                      <Link
                        to={{ page: 'entity', id: entity.id }}
                        navigate={navigate}
                        class={`mention type-${entity.type}`}
                        title={entity.name.en}
                      >
                        {part.text}
                      </Link>
                    );
                  })}
                </span>{' '}
              </>
            ))}
          </p>
        ))}
      </div>
    </article>
  );
}
