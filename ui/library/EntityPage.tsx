// Everything the library knows about one entity: names and forms, description, every mention in context
// grouped by article, a timeline of mentions by article date, and related entities.
import { useMemo } from 'preact/hooks';
import type { EntityId, Lang } from '../../lib/model';
import type { LibraryIndex, Passage } from '../../lib/view-model';
import { createIndexView } from '../../lib/views/index-view';
import { mentionTimeline } from './article-text';
import { formatDate } from '../../lib/i18n';
import { Link, Names, TypeBadge, type Navigate } from './shared';
import { useStrings } from './strings';
import { VirtualList } from './VirtualList';

/** An article's group of passages before it is measured: its title, details and one passage. */
const MENTION_GROUP_PX = 190;

const other = (lang: Lang): Lang => (lang === 'en' ? 'ru' : 'en');

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

export function EntityPage({
  library,
  id,
  navigate,
}: {
  library: LibraryIndex;
  id: EntityId;
  navigate: Navigate;
}) {
  const t = useStrings();
  const { index } = library;
  const view = createIndexView(index);
  const entity = view.entities.get(id);
  const stats = view.stats.get(id);
  const data = useMemo(() => {
    if (!entity) return null;
    const passages = view.allPassages(id);
    const groups = new Map<string, Passage[]>();
    for (const p of passages) groups.set(p.articleId, [...(groups.get(p.articleId) ?? []), p]);
    const articles = [...groups.entries()].sort(([a], [b]) =>
      (view.articles.get(b)?.date ?? '').localeCompare(view.articles.get(a)?.date ?? ''),
    );
    const timeline = mentionTimeline(
      view.mentions(id),
      (articleId) => view.articles.get(articleId)?.date ?? null,
    );
    const forms: Record<Lang, string[]> = { ru: [], en: [] };
    for (const f of entity.forms) if (!forms[f.lang].includes(f.text)) forms[f.lang].push(f.text);
    const undated = view.mentions(id).filter((m) => !view.articles.get(m.articleId)?.date).length;
    return { articles, timeline, forms, undated };
  }, [index, id]);

  if (!entity || !data) {
    return (
      <p class="empty">
        {t.entity.gone}{' '}
        <Link to={{ page: 'entities' }} navigate={navigate}>
          {t.entity.allEntities}
        </Link>
      </p>
    );
  }
  const max = Math.max(1, ...data.timeline.map((t) => t.count));

  return (
    <article class="entity-page">
      <Link to={{ page: 'entities' }} navigate={navigate} class="back">
        {t.entity.back}
      </Link>
      <header class="entity-head">
        <h1>
          <Names name={entity.name} />
        </h1>
        <TypeBadge type={entity.type} />
        {entity.origin === 'user' ? <span class="origin origin-user">{t.entity.fromYours}</span> : null}
      </header>
      <p class="description" lang={t.lang}>
        {entity.description[t.lang]}
      </p>
      {entity.description[other(t.lang)] ? (
        <p class="description secondary" lang={other(t.lang)}>
          {entity.description[other(t.lang)]}
        </p>
      ) : null}
      <p class="numbers">{t.entity.mentionsIn(stats?.mentionCount ?? 0, stats?.articleCount ?? 0)}</p>

      <div class="entity-grid">
        <div class="entity-main">
          <h2>{t.entity.mentions}</h2>
          {data.articles.length === 0 ? <p class="empty">{t.entity.noMentions}</p> : null}
          <VirtualList
            as="div"
            items={data.articles}
            estimate={MENTION_GROUP_PX}
            keyOf={([articleId]) => articleId}
            render={([articleId, passages]) => {
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
                    <span>{formatDate(article.date, t.lang, 'short')}</span>
                    <span>{t.count.sentence(passages.length)}</span>
                  </p>
                  <ul class="passages">
                    {passages.map((p) => (
                      <li lang={article.lang}>
                        <Link
                          to={{ page: 'article', id: articleId, sentence: p.sentenceIndex }}
                          navigate={navigate}
                          class="passage"
                        >
                          <Marked passage={p} />
                        </Link>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            }}
          />
        </div>
        <aside class="entity-side">
          {data.timeline.length > 0 || data.undated > 0 ? (
            <section>
              <h2>{t.entity.timeline}</h2>
              <ol class="timeline" aria-label={t.entity.timelineLabel}>
                {data.timeline.map((point) => (
                  <li>
                    <span class="when">{formatDate(point.date, t.lang, 'short')}</span>
                    <span
                      class="bar"
                      style={{ width: `${Math.max(6, (point.count / max) * 100)}%` }}
                      aria-hidden="true"
                    />
                    <span class="count">{point.count}</span>
                  </li>
                ))}
              </ol>
              {data.undated > 0 ? <p class="timeline-note">{t.entity.undated(data.undated)}</p> : null}
            </section>
          ) : null}
          {stats && stats.related.length > 0 ? (
            <section>
              <h2>{t.entity.related}</h2>
              <ul class="related">
                {stats.related.map((r) => {
                  const relatedEntity = view.entities.get(r.entityId);
                  if (!relatedEntity) return null;
                  return (
                    <li>
                      <Link
                        to={{ page: 'entity', id: relatedEntity.id }}
                        navigate={navigate}
                        class={`chip type-${relatedEntity.type}`}
                      >
                        <span class="dot" aria-hidden="true" />
                        {t.lang === 'ru'
                          ? (relatedEntity.name.ru ?? relatedEntity.name.en)
                          : relatedEntity.name.en}
                        <span class="count" title={t.entity.shared}>
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
            <h2>{t.entity.forms}</h2>
            {(['en', 'ru'] as Lang[]).map((lang) =>
              data.forms[lang].length > 0 ? (
                <div class="forms">
                  <h3>{lang === 'en' ? t.entity.english : t.entity.russian}</h3>
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
