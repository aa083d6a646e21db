// Everything the library knows about one entity: names and forms, description, every mention in context
// grouped by article, a timeline of mentions by article date, and related entities.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleId, Lang } from '../../lib/model';
import type { EntityOutline, OutlineGroup, Passage } from '../../lib/view-model';
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

/** The passages of an entity's articles: the outline's, and those read since. */
interface PassageStore {
  outline: EntityOutline;
  passages: Map<ArticleId, Passage[]>;
}

/**
 * Passages of the groups the list renders: the outline brings those of the first articles; a group
 * rendered without its passages asks for them, and the asks of one render are read in one batch.
 */
function usePassages(
  outline: EntityOutline,
  load: (articleIds: ArticleId[]) => Promise<Map<ArticleId, Passage[]>>,
) {
  const [store, setStore] = useState<PassageStore>(() => ({ outline, passages: outline.passages }));
  const passages = store.outline === outline ? store.passages : outline.passages;
  const batch = useRef<{ outline: EntityOutline; asked: Set<ArticleId>; pending: ArticleId[] } | null>(null);
  const ask = (articleId: ArticleId) => {
    if (batch.current?.outline !== outline) batch.current = { outline, asked: new Set(), pending: [] };
    const { asked, pending } = batch.current;
    if (asked.has(articleId)) return;
    asked.add(articleId);
    pending.push(articleId);
    if (pending.length > 1) return;
    queueMicrotask(() => {
      const ids = pending.splice(0);
      load(ids).then(
        (more) =>
          setStore((now) => ({
            outline,
            passages: new Map([...(now.outline === outline ? now.passages : outline.passages), ...more]),
          })),
        // Unread (the library changed meanwhile): the next outline asks again.
        () => undefined,
      );
    });
  };
  return { passages, ask };
}

function MentionGroup({
  group: { article, sentences },
  passages,
  ask,
  navigate,
}: {
  group: OutlineGroup;
  passages: Passage[] | undefined;
  ask: (articleId: ArticleId) => void;
  navigate: Navigate;
}) {
  const t = useStrings();
  useEffect(() => {
    if (!passages) ask(article.id);
  });
  return (
    <section class="mention-group" aria-busy={passages ? undefined : 'true'}>
      <h3>
        <Link to={{ page: 'article', id: article.id, sentence: null }} navigate={navigate}>
          {article.title}
        </Link>
      </h3>
      <p class="meta">
        <span>{article.source}</span>
        <span>{formatDate(article.date, t.lang, 'short')}</span>
        <span>{t.count.sentence(sentences.length)}</span>
      </p>
      <ul class="passages">
        {passages
          ? passages.map((p) => (
              <li lang={article.lang}>
                <Link
                  to={{ page: 'article', id: article.id, sentence: p.sentenceIndex }}
                  navigate={navigate}
                  class="passage"
                >
                  <Marked passage={p} />
                </Link>
              </li>
            ))
          : sentences.map(() => <li class="passage-pending" aria-hidden="true" />)}
      </ul>
    </section>
  );
}

export function EntityPage({
  outline,
  loadPassages,
  navigate,
}: {
  outline: EntityOutline;
  loadPassages: (articleIds: ArticleId[]) => Promise<Map<ArticleId, Passage[]>>;
  navigate: Navigate;
}) {
  const t = useStrings();
  const { entity, stats } = outline;
  const { passages, ask } = usePassages(outline, loadPassages);
  const data = useMemo(() => {
    if (!entity) return null;
    const dates = new Map(outline.groups.map((g) => [g.article.id, g.article.date]));
    const timeline = mentionTimeline(outline.mentions, (articleId) => dates.get(articleId) ?? null);
    const forms: Record<Lang, string[]> = { ru: [], en: [] };
    for (const f of entity.forms) if (!forms[f.lang].includes(f.text)) forms[f.lang].push(f.text);
    const undated = outline.mentions.filter((m) => !dates.get(m.articleId)).length;
    return { timeline, forms, undated };
  }, [outline]);

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
  const shared = new Map(stats?.related.map((r) => [r.entityId, r.sharedSentences]));

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
          {outline.groups.length === 0 ? <p class="empty">{t.entity.noMentions}</p> : null}
          <VirtualList
            as="div"
            items={outline.groups}
            estimate={MENTION_GROUP_PX}
            keyOf={(group) => group.article.id}
            render={(group) => (
              <MentionGroup
                group={group}
                passages={passages.get(group.article.id)}
                ask={ask}
                navigate={navigate}
              />
            )}
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
          {outline.related.length > 0 ? (
            <section>
              <h2>{t.entity.related}</h2>
              <ul class="related">
                {outline.related.map((relatedEntity) => (
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
                        {shared.get(relatedEntity.id)}
                      </span>
                    </Link>
                  </li>
                ))}
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
