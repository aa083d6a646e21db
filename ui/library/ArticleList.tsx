// The reader's shelf: every article of the corpus, of their own and of the packs they subscribe to, newest
// first.
import { useMemo, useState } from 'preact/hooks';
import type { ArticleId, ArticleHead } from '../../lib/model';
import type { Shelf } from '../../lib/view-model';
import { formatDate } from '../../lib/i18n';
import { articleLanguage } from './article-language';
import { Link, type Navigate } from './shared';
import { VirtualList } from './VirtualList';
import { useStrings } from './strings';

type Filter = 'all' | 'seed' | 'user' | 'pack';

/** An article row's usual height: a title and a line of details. */
const ARTICLE_ROW_PX = 74;

const filterOf = (a: ArticleHead): Filter => (a.pack ? 'pack' : a.origin);

export function ArticleList({
  shelf,
  navigate,
  onRemove,
}: {
  shelf: Shelf;
  navigate: Navigate;
  onRemove: (ids: ArticleId[]) => Promise<void>;
}) {
  const t = useStrings();
  const [filter, setFilter] = useState<Filter>('all');
  const [busy, setBusy] = useState<ArticleId | null>(null);

  async function remove(article: ArticleHead) {
    if (!confirm(t.articles.removeConfirm(article.title))) return;
    setBusy(article.id);
    try {
      await onRemove([article.id]);
    } finally {
      setBusy(null);
    }
  }
  const sorted = useMemo(
    () =>
      [...shelf.articles].sort(
        (a, b) =>
          (b.addedAt ?? -1) - (a.addedAt ?? -1) ||
          (b.date ?? '').localeCompare(a.date ?? '') ||
          a.title.localeCompare(b.title),
      ),
    [shelf],
  );
  const shown = useMemo(
    () => sorted.filter((a) => filter === 'all' || filterOf(a) === filter),
    [sorted, filter],
  );
  const counts = { all: shelf.articles.length, seed: 0, user: 0, pack: 0 };
  for (const a of shelf.articles) counts[filterOf(a)]++;
  const filters: [Filter, string][] = [
    ['all', `${t.articles.all} ${counts.all}`],
    ['seed', `${t.articles.corpus} ${counts.seed}`],
    ['user', `${t.articles.yours} ${counts.user}`],
  ];
  if (counts.pack) filters.push(['pack', `${t.articles.packs} ${counts.pack}`]);

  return (
    <section aria-labelledby="articles-heading">
      <div class="section-head">
        <h1 id="articles-heading">{t.articles.heading}</h1>
        <div class="segmented" role="group" aria-label={t.articles.heading}>
          {filters.map(([value, label]) => (
            <button type="button" aria-pressed={filter === value} onClick={() => setFilter(value)}>
              {label}
            </button>
          ))}
        </div>
      </div>
      {shown.length === 0 ? (
        <p class="empty">
          {filter === 'user' ? (
            <>
              {t.articles.noneYours}{' '}
              <Link to={{ page: 'add' }} navigate={navigate}>
                {t.articles.addFirst}
              </Link>
            </>
          ) : (
            t.articles.none
          )}
        </p>
      ) : (
        <VirtualList
          items={shown}
          estimate={ARTICLE_ROW_PX}
          keyOf={(article) => article.id}
          class="article-list"
          rowClass="article-row"
          render={(article: ArticleHead) => (
            <>
              <div class="article-main">
                <Link
                  to={{ page: 'article', id: article.id, sentence: null }}
                  navigate={navigate}
                  class="article-title"
                >
                  {article.title}
                </Link>
                <div class="meta">
                  <span>{article.source}</span>
                  <span>{formatDate(article.date, t.lang, 'short')}</span>
                  <span>{t.count.entity(article.entityCount)}</span>
                  <span class={article.namesOnly ? 'lang names-only' : 'lang'}>
                    {articleLanguage(article, t)}
                  </span>
                  <span class={`origin origin-${filterOf(article)}`}>
                    {article.pack
                      ? (shelf.packNames.get(article.pack) ?? article.pack)
                      : article.origin === 'user'
                        ? t.origin.user
                        : t.origin.seed}
                  </span>
                </div>
              </div>
              {article.origin === 'user' ? (
                <button
                  type="button"
                  class="quiet danger"
                  disabled={busy === article.id}
                  aria-label={t.articles.removeLabel(article.title)}
                  onClick={() => void remove(article)}
                >
                  {t.articles.remove}
                </button>
              ) : null}
            </>
          )}
        />
      )}
    </section>
  );
}
