// The background's answers to the library page: add and remove the reader's articles, export, import and
// wipe their library. The pure planning is lib/ingest's; here it is written to IndexedDB in one
// transaction per operation, then the corpus service republishes the matcher pack so that every open
// page sees the new names without a reload.
import { mentionsInEarlierArticles, planAddition, planRemoval, planRereading } from '../../lib/ingest';
import type { Article, ArticleId, StoredArticle } from '../../lib/model';
import type { RussianMorphology } from '../../lib/morph/morphology';
import { ImportRefused, parseLibraryExport, type LibraryExport } from '../../lib/library-export';
import { unsafeFormReason } from '../../lib/validate/forms';
import type { LibraryChange, LibraryProtocol } from '../../lib/protocol/library';
import type { HandlersOf } from '../../lib/protocol/message';
import type { ContextLensDb } from '../../platform/db';
import { loadSettings, saveSettings } from '../../platform/settings';
import type { CorpusService } from './corpus-service';
import { createLibraryFileHandlers } from './library-file-handlers';
import { bumpGeneration } from '../../platform/stats-rows';

export interface LibraryDeps {
  corpus: CorpusService;
  db: ContextLensDb;
  /** The Russian morphology; null when it cannot be loaded (Russian articles then get known names only). */
  morph: () => Promise<RussianMorphology | null>;
  now?: () => number;
}

export type LibraryHandlers = HandlersOf<LibraryProtocol>;

export function createLibraryHandlers({ corpus, db, morph, now = Date.now }: LibraryDeps): LibraryHandlers {
  async function removeArticleIds(ids: ArticleId[]): Promise<LibraryChange> {
    const change = await db.transaction(
      'rw',
      [db.articles, db.sentences, db.entities, db.mentions, db.meta],
      async () => {
        await bumpGeneration(db);
        const existing = (await db.articles.bulkGet(ids))
          .filter((a): a is StoredArticle => a?.origin === 'user')
          .map((a) => a.id);
        if (existing.length === 0) return { articles: 0, entities: 0 };
        const userEntities = await db.entities.where('origin').equals('user').toArray();
        const mentionsOfThem = await db.mentions
          .where('entityId')
          .anyOf(userEntities.map((e) => e.id))
          .toArray();
        const removal = planRemoval(existing, userEntities, mentionsOfThem);
        await db.sentences.where('articleId').anyOf(removal.articleIds).delete();
        await db.mentions.where('articleId').anyOf(removal.articleIds).delete();
        await db.articles.bulkDelete(removal.articleIds);
        await db.entities.bulkDelete(removal.entityIds);
        return { articles: removal.articleIds.length, entities: removal.entityIds.length };
      },
    );
    if (change.articles > 0) await corpus.refresh();
    return change;
  }

  return {
    ...createLibraryFileHandlers({ corpus, db, morph, now }),

    async addArticles({ items, more }) {
      const russianMorph = await morph().catch((error: unknown) => {
        console.warn('[context-lens] Russian morphology unavailable', error);
        return null;
      });
      const { index, matcher, earlier: before } = await corpus.forAddition();
      const plan = planAddition(
        items,
        { entities: index.entities, articleIds: new Set(index.articles.map((a) => a.id)), matcher },
        russianMorph,
      );
      if (plan.articles.length === 0) return { added: [], refused: plan.refused, newEntities: 0 };

      const naming = before.naming(plan.entities);
      const earlier = mentionsInEarlierArticles(naming.articles, naming.sentences, plan.entities);
      const addedAt = now();
      const articles = plan.articles.map((a): StoredArticle => ({ ...a, addedAt }));
      const mentions = [...plan.mentions, ...earlier];
      const generation = await db.transaction(
        'rw',
        [db.articles, db.sentences, db.entities, db.mentions, db.meta],
        async () => {
          const next = await bumpGeneration(db);
          await db.articles.bulkAdd(articles);
          await db.sentences.bulkPut(plan.sentences);
          await db.entities.bulkPut(plan.entities);
          await db.mentions.bulkAdd(mentions.map((m) => ({ ...m })));
          return next;
        },
      );
      await corpus.added(
        { articles, sentences: plan.sentences, entities: plan.entities, mentions },
        { more: more === true, generation },
      );
      return {
        added: plan.articles.map((a: Article) => ({ id: a.id, title: a.title })),
        refused: plan.refused,
        newEntities: plan.entities.length,
      };
    },

    async setArticleReading({ id, reading }) {
      const stored = await db.articles.get(id);
      if (stored?.origin !== 'user') return { articles: 0, entities: 0 };
      const index = await corpus.index();
      const russianMorph = await morph().catch(() => null);
      const change = await db.transaction(
        'rw',
        [db.articles, db.sentences, db.entities, db.mentions, db.meta],
        async () => {
          await bumpGeneration(db);
          const userEntities = await db.entities.where('origin').equals('user').toArray();
          const mentionsOfThem = await db.mentions
            .where('entityId')
            .anyOf(userEntities.map((e) => e.id))
            .toArray();
          const plan = planRereading(
            stored,
            reading,
            index.entities,
            userEntities,
            mentionsOfThem,
            russianMorph,
          );
          const others = index.articles.filter((a) => a.origin === 'user' && a.id !== id);
          const otherIds = new Set(others.map((a) => a.id));
          const earlier = mentionsInEarlierArticles(
            others,
            index.sentences.filter((s) => otherIds.has(s.articleId)),
            plan.entities,
          );
          await db.sentences.where('articleId').equals(id).delete();
          await db.mentions.where('articleId').equals(id).delete();
          await db.entities.bulkDelete(plan.removedEntityIds);
          // Mentions in other articles of an entity found again are written once.
          const again = new Set(plan.entities.map((e) => e.id));
          await db.mentions
            .where('entityId')
            .anyOf([...again])
            .filter((m) => m.articleId !== id)
            .delete();
          await db.articles.put({ ...plan.article, addedAt: stored.addedAt });
          await db.sentences.bulkPut(plan.sentences);
          await db.entities.bulkPut(plan.entities);
          await db.mentions.bulkAdd([...plan.mentions, ...earlier]);
          return { articles: 1, entities: plan.entities.length };
        },
      );
      await corpus.refresh();
      return change;
    },

    removeArticles({ ids }) {
      return removeArticleIds(ids);
    },

    async wipeLibrary() {
      const ids = await db.articles.where('origin').equals('user').primaryKeys();
      const change = await removeArticleIds(ids);
      // Entities of the reader that no article names any more (left by an interrupted import) go too.
      const orphans = await db.entities.where('origin').equals('user').primaryKeys();
      if (orphans.length > 0) {
        await db.entities.bulkDelete(orphans);
        await corpus.refresh();
      }
      return { articles: change.articles, entities: change.entities + orphans.length };
    },

    async importLibrary({ text }) {
      const file = parseLibraryExport(text);
      // A form that is a common word would be painted on every site: the file is refused, saying which.
      const russianMorph = await morph().catch(() => null);
      for (const entity of file.entities) {
        for (const form of entity.forms) {
          const reason = unsafeFormReason(form, russianMorph);
          if (reason)
            throw new ImportRefused(
              `This file is refused: for “${entity.name.en}”, ${reason}. Nothing was imported.`,
            );
        }
      }
      // All or nothing, settings included: the new settings are written first and put back if the library
      // cannot be written (storage full, a write refused midway).
      const previousSettings = await loadSettings();
      await saveSettings(file.settings);
      let change: { articles: number; entities: number };
      try {
        change = await writeImport(file);
      } catch (error) {
        await saveSettings(previousSettings).catch(() => {});
        throw error;
      }
      await corpus.refresh();
      return change;
    },
  };

  function writeImport(file: LibraryExport): Promise<{ articles: number; entities: number }> {
    return db.transaction('rw', [db.articles, db.sentences, db.entities, db.mentions, db.meta], async () => {
      await bumpGeneration(db);
      // An entity the bundled knowledge now has under the same id stays the bundled one.
      const taken = new Set(
        (await db.entities.bulkGet(file.entities.map((e) => e.id)))
          .filter((e) => e && e.origin !== 'user')
          .map((e) => e!.id),
      );
      const entities = file.entities.filter((e) => !taken.has(e.id));
      const ids = file.articles.map((a) => a.id);
      await db.sentences.where('articleId').anyOf(ids).delete();
      await db.mentions.where('articleId').anyOf(ids).delete();
      await db.articles.bulkPut(file.articles);
      await db.sentences.bulkPut(file.sentences);
      await db.entities.bulkPut(entities);
      await db.mentions.bulkAdd(file.mentions);
      return { articles: file.articles.length, entities: entities.length };
    });
  }
}
