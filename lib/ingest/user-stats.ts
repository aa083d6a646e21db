// Statistics of an index that gained the reader's articles: counts, best passages and related entities
// computed again over everything, so entity cards and pages quote the reader's articles too.
import { computeStats, type RecordedMention } from '../corpus-index/stats';
import type { CorpusIndex, Entity, EntityStats, FormKind } from '../model';

/** The kind of form a stored mention was found by (mentions keep their surface, not their kind). */
function kindOf(entity: Entity | undefined, surface: string): FormKind {
  const form =
    entity?.forms.find((f) => f.text === surface) ??
    entity?.forms.find((f) => f.text.toLowerCase() === surface.toLowerCase());
  return form?.kind ?? 'full';
}

/**
 * The index with its statistics computed over everything, on first read of `stats`: publishing the matcher
 * pack or listing articles needs none, so a large library pays for them only when a card or page asks.
 */
export function withComputedStats(index: CorpusIndex): CorpusIndex {
  const out = { ...index };
  let stats: EntityStats[] | null = null;
  Object.defineProperty(out, 'stats', {
    enumerable: true,
    get(): EntityStats[] {
      stats ??= computeAll(index);
      return stats;
    },
  });
  return out;
}

function computeAll(index: CorpusIndex): EntityStats[] {
  const byId = new Map(index.entities.map((e) => [e.id, e]));
  const recorded: RecordedMention[] = index.mentions.map((mention) => ({
    mention,
    kind: kindOf(byId.get(mention.entityId), mention.surface),
  }));
  return computeStats(index.entities, index.articles, index.sentences, recorded);
}
