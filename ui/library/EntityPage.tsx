// Everything the library knows about one entity: names and forms, description, every mention in context
// grouped by article, a timeline of mentions by article date, and related entities.
import { useMemo } from 'preact/hooks';
import type { EntityId, Lang } from '../../lib/model';
import type { Passage } from '../../lib/view-model';
import { createIndexView } from '../../lib/views/index-view';
import { mentionTimeline } from './article-text';
import type { LibraryIndex } from './library-index';
import { Link, Names, TypeBadge, formatDate, plural, type Navigate } from './shared';

function Marked({ passage }: { passage: Passage }) {
  const out = [];
  let at = 0;
  for (const [s, e] of passage.marks) {
    if (s < at) continue;
    out.push(passage.text.slice(at, s), <mark>{passage.text.slice(s, e)}</mark>);
    at = e;
  }
  out.push(passage.text.slice(at));
  return <>{out}</>;
}

export function EntityPage({ library, id, navigate }: { library: LibraryIndex; id: EntityId; navigate: Navigate }) {
  const { index } = library;
  const view = createIndexView(index);
  const entity = view.entities.get(id);
  const stats = view.stats.get(id);
  const data = useMemo(() => {
    if (!entity) return null;
    const passages = view.allPassages(id);
    const groups = new Map<string, Passage[]>();
    for (const p of passages) groups.set(p.articleId, [...(groups.get(p.articleId) ?? []), p]);
    const articles = [...groups.entries()].sort(([a], [b]) => (view.articles.get(b)?.date ?? '').localeCompare(view.articles.get(a)?.date ?? ''));
    const timeline = mentionTimeline(view.mentions(id), (articleId) => view.articles.get(articleId)?.date ?? null);
    const forms: Record<Lang, string[]> = { ru: [], en: [] };
    for (const f of entity.forms) if (!forms[f.lang].includes(f.text)) forms[f.lang].push(f.text);
    const undated = view.mentions(id).filter((m) => !view.articles.get(m.articleId)?.date).length;
    return { articles, timeline, forms, undated };
  }, [index, id]);

  if (!entity || !data) {
    return (
      <p class="empty">
        This entity is no longer in the index. <Link to={{ page: 'entities' }} navigate={navigate}>All entities</Link>
      </p>
    );
  }
  const max = Math.max(1, ...data.timeline.map((t) => t.count));

  return (
    <article class="entity-page">
      <Link to={{ page: 'entities' }} navigate={navigate} class="back">
        ← Entities
      </Link>
      <header class="entity-head">
        <h1>
          <Names name={entity.name} />
        </h1>
        <TypeBadge type={entity.type} />
        {entity.origin === 'user' ? <span class="origin origin-user">From your articles</span> : null}
      </header>
      <p class="description">{entity.description.en}</p>
      {entity.description.ru ? (
        <p class="description secondary" lang="ru">
          {entity.description.ru}
        </p>
      ) : null}
      <p class="numbers">
        {plural(stats?.mentionCount ?? 0, 'mention')} in {plural(stats?.articleCount ?? 0, 'article')}
      </p>

      <div class="entity-grid">
        <div class="entity-main">
          <h2>Mentions</h2>
          {data.articles.length === 0 ? <p class="empty">No article names it yet.</p> : null}
          {data.articles.map(([articleId, passages]) => {
            const article = view.articles.get(articleId)!;
            return (
              <section class="mention-group">
                <h3>
                  <Link to={{ page: 'article', id: articleId, sentence: null }} navigate={navigate}>
                    {article.title}
                  </Link>
                </h3>
                <p class="meta">
                  <span>{article.source}</span>
                  <span>{formatDate(article.date)}</span>
                  <span>{plural(passages.length, 'sentence')}</span>
                </p>
                <ul class="passages">
                  {passages.map((p) => (
                    <li lang={article.lang}>
                      <Link to={{ page: 'article', id: articleId, sentence: p.sentenceIndex }} navigate={navigate} class="passage">
                        <Marked passage={p} />
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
        <aside class="entity-side">
          {data.timeline.length > 0 || data.undated > 0 ? (
            <section>
              <h2>Timeline</h2>
              <ol class="timeline" aria-label="Mentions by article date">
                {data.timeline.map((t) => (
                  <li>
                    <span class="when">{formatDate(t.date)}</span>
                    <span class="bar" style={{ width: `${Math.max(6, (t.count / max) * 100)}%` }} aria-hidden="true" />
                    <span class="count">{t.count}</span>
                  </li>
                ))}
              </ol>
              {data.undated > 0 ? <p class="timeline-note">and {plural(data.undated, 'mention')} in undated articles</p> : null}
            </section>
          ) : null}
          {stats && stats.related.length > 0 ? (
            <section>
              <h2>Related</h2>
              <ul class="related">
                {stats.related.map((r) => {
                  const other = view.entities.get(r.entityId);
                  if (!other) return null;
                  return (
                    <li>
                      <Link to={{ page: 'entity', id: other.id }} navigate={navigate} class={`chip type-${other.type}`}>
                        <span class="dot" aria-hidden="true" />
                        {other.name.en}
                        <span class="count" title="sentences naming both">
                          {r.sharedSentences}
                        </span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}
          <section>
            <h2>Names and forms</h2>
            {(['en', 'ru'] as Lang[]).map((lang) =>
              data.forms[lang].length > 0 ? (
                <div class="forms">
                  <h3>{lang === 'en' ? 'English' : 'Russian'}</h3>
                  <p lang={lang}>{data.forms[lang].join(' · ')}</p>
                </div>
              ) : null,
            )}
          </section>
        </aside>
      </div>
    </article>
  );
}
