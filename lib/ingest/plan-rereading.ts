// Reading one of the reader's articles again in the language they say it is in (or for names only):
// what it alone contributed goes, and it is read afresh, as if added now.
import { splitSentences, type Reading } from '../corpus';
import type { Article, Entity, EntityId, Mention } from '../model';
import type { RussianMorphology } from '../morph/morphology';
import { planReading, type Addition } from './plan-addition';
import { planRemoval } from './plan-removal';

export interface Rereading extends Omit<Addition, 'articles' | 'refused'> {
  article: Article;
  /** The reader's entities only this article named before: removed (some may be found again). */
  removedEntityIds: EntityId[];
}

/**
 * `known` is every entity of the index; `userEntities` and `mentionsOfThem` the reader's entities and
 * every stored mention of them (as planRemoval takes them).
 */
export function planRereading(
  stored: Article,
  reading: Reading,
  known: readonly Entity[],
  userEntities: readonly Pick<Entity, 'id'>[],
  mentionsOfThem: readonly Pick<Mention, 'entityId' | 'articleId'>[],
  morph: RussianMorphology | null,
): Rereading {
  const removal = planRemoval([stored.id], userEntities, mentionsOfThem);
  const gone = new Set(removal.entityIds);
  const { namesOnly: _, ...rest } = stored;
  const article: Article =
    reading === 'names-only' ? { ...rest, namesOnly: true } : { ...rest, lang: reading };
  const plan = planReading(
    [article],
    splitSentences(article),
    known.filter((e) => !gone.has(e.id)),
    morph,
  );
  return {
    article,
    sentences: plan.sentences,
    entities: plan.entities,
    mentions: plan.mentions,
    removedEntityIds: removal.entityIds,
  };
}
