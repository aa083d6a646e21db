// The library file in parts (format 2, lib/library-file.ts). Export: the page asks for the file's lines a
// part at a time. Import: the page sends the header, then parts of lines; each part is checked and staged
// in the `meta` table, and the commit writes everything staged to the library in one transaction, so an
// import is all or nothing however many messages carried it. Staged parts of an import that never
// committed (the page closed, the worker stopped) are dropped by the next import.
import type { Entity, StoredArticle } from '../../lib/model';
import type { RussianMorphology } from '../../lib/morph/morphology';
import { ImportRefused } from '../../lib/library-export';
import {
  ImportCheck,
  articleLine,
  entityLine,
  headerLine,
  parseHeader,
  parseRecordLine,
  type ArticleRecord,
  type FileHeader,
} from '../../lib/library-file';
import type { LibraryChange, LibraryProtocol } from '../../lib/protocol/library';
import type { HandlersOf } from '../../lib/protocol/message';
import { unsafeFormReason } from '../../lib/validate/forms';
import type { ContextLensDb } from '../../platform/db';
import { loadSettings, saveSettings } from '../../platform/settings';
import type { CorpusService } from './corpus-service';
import { bumpGeneration } from '../../platform/stats-rows';

type FileHandlers = Pick<
  HandlersOf<LibraryProtocol>,
  | 'exportLibraryPart'
  | 'importLibraryBegin'
  | 'importLibraryPart'
  | 'importLibraryCommit'
  | 'importLibraryAbort'
>;

interface Deps {
  corpus: CorpusService;
  db: ContextLensDb;
  morph: () => Promise<RussianMorphology | null>;
  now: () => number;
}

const STAGED = 'import:';

interface Staged {
  entities: Entity[];
  articles: ArticleRecord[];
}

const newSession = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function createLibraryFileHandlers({ corpus, db, morph, now }: Deps): FileHandlers {
  let exporting: { session: string; entityIds: string[]; articleIds: string[]; header: string } | null = null;
  const imports = new Map<string, { check: ImportCheck; parts: number; lines: number }>();

  const importOf = (session: string) => {
    const state = imports.get(session);
    if (!state)
      throw new ImportRefused(
        'The import was interrupted (the extension restarted or another import began); nothing was imported. Import the file again.',
      );
    return state;
  };
  const dropStaged = (prefix: string) => db.meta.where('key').startsWith(prefix).delete();

  return {
    async exportLibraryPart({ session, from, count }) {
      if (!session || exporting?.session !== session) {
        if (session) throw new Error('The export was interrupted (the extension restarted). Export again.');
        const { entityIds, articleIds } = await db.transaction('r', [db.articles, db.entities], async () => ({
          entityIds: await db.entities.where('origin').equals('user').primaryKeys(),
          articleIds: await db.articles.where('origin').equals('user').primaryKeys(),
        }));
        const header = headerLine(
          await loadSettings(),
          { articles: articleIds.length, entities: entityIds.length },
          new Date(now()),
        );
        exporting = { session: newSession(), entityIds, articleIds, header };
      }
      const { entityIds, articleIds, header } = exporting;
      const total = 1 + entityIds.length + articleIds.length;
      const end = Math.min(total, from + count);
      const lines: string[] = [];
      if (from === 0) lines.push(header);
      const entityFrom = Math.max(0, from - 1);
      const entityTo = Math.max(entityFrom, Math.min(entityIds.length, end - 1));
      if (entityTo > entityFrom) {
        const entities = await db.entities.bulkGet(entityIds.slice(entityFrom, entityTo));
        for (const e of entities) if (e) lines.push(entityLine(e));
      }
      const articleFrom = Math.max(0, from - 1 - entityIds.length);
      const articleTo = Math.max(articleFrom, end - 1 - entityIds.length);
      if (articleTo > articleFrom) {
        const ids = articleIds.slice(articleFrom, articleTo);
        const [articles, sentences, mentions] = await db.transaction(
          'r',
          [db.articles, db.sentences, db.mentions],
          () =>
            Promise.all([
              db.articles.bulkGet(ids),
              db.sentences.where('articleId').anyOf(ids).toArray(),
              db.mentions.where('articleId').anyOf(ids).toArray(),
            ]),
        );
        const group = <T extends { articleId: string }>(rows: T[]) => {
          const by = new Map<string, T[]>();
          for (const r of rows) by.set(r.articleId, [...(by.get(r.articleId) ?? []), r]);
          return by;
        };
        const sentencesOf = group(sentences);
        const mentionsOf = group(mentions);
        for (const a of articles) {
          // An article removed since the export began is left out; the import then finds the file short.
          if (!a) continue;
          const own = (sentencesOf.get(a.id) ?? []).sort((x, y) => x.index - y.index);
          lines.push(articleLine(a, own, mentionsOf.get(a.id) ?? []));
        }
      }
      return {
        session: exporting.session,
        total,
        lines,
        articles: articleIds.length,
        entities: entityIds.length,
      };
    },

    async importLibraryBegin({ header }) {
      const parsed: FileHeader = parseHeader(header);
      // One import at a time: an earlier one that never committed is dropped with what it staged.
      imports.clear();
      await dropStaged(STAGED);
      const session = newSession();
      imports.set(session, { check: new ImportCheck(parsed), parts: 0, lines: 1 });
      return { session };
    },

    async importLibraryPart({ session, lines }) {
      const state = importOf(session);
      const russianMorph = await morph().catch(() => null);
      const staged: Staged = { entities: [], articles: [] };
      try {
        for (const line of lines) {
          state.lines++;
          const record = parseRecordLine(line, state.lines);
          state.check.add(record);
          if ('entity' in record) {
            // A form that is a common word would be painted on every site: the file is refused, saying which.
            for (const form of record.entity.forms) {
              const reason = unsafeFormReason(form, russianMorph);
              if (reason)
                throw new ImportRefused(
                  `This file is refused: for “${record.entity.name.en}”, ${reason}. Nothing was imported.`,
                );
            }
            staged.entities.push(record.entity);
          } else staged.articles.push(record);
        }
        await db.meta.put({
          key: `${STAGED}${session}:${String(state.parts++).padStart(8, '0')}`,
          value: staged,
        });
      } catch (error) {
        imports.delete(session);
        await dropStaged(`${STAGED}${session}:`).catch(() => {});
        throw error;
      }
      return { received: state.lines };
    },

    async importLibraryCommit({ session }) {
      const state = importOf(session);
      imports.delete(session);
      const prefix = `${STAGED}${session}:`;
      let change: LibraryChange;
      const previousSettings = await loadSettings();
      try {
        state.check.finish();
        // All or nothing, settings included: the new settings are written first and put back if the
        // library cannot be written (storage full, a write refused midway).
        await saveSettings(state.check.header.settings);
        change = await writeStaged(prefix);
      } catch (error) {
        await saveSettings(previousSettings).catch(() => {});
        await dropStaged(prefix).catch(() => {});
        throw error;
      }
      await dropStaged(prefix);
      await corpus.refresh();
      return change;
    },

    async importLibraryAbort({ session }) {
      imports.delete(session);
      await dropStaged(`${STAGED}${session}:`);
    },
  };

  function writeStaged(prefix: string): Promise<LibraryChange> {
    return db.transaction('rw', [db.articles, db.sentences, db.entities, db.mentions, db.meta], async () => {
      await bumpGeneration(db);
      const keys = await db.meta.where('key').startsWith(prefix).primaryKeys();
      let articles = 0;
      let entities = 0;
      for (const key of keys) {
        const { value } = (await db.meta.get(key))!;
        const part = value as Staged;
        if (part.entities.length > 0) {
          // An entity the bundled knowledge now has under the same id stays the bundled one.
          const taken = new Set(
            (await db.entities.bulkGet(part.entities.map((e) => e.id)))
              .filter((e) => e && e.origin !== 'user')
              .map((e) => e!.id),
          );
          const kept = part.entities.filter((e) => !taken.has(e.id));
          await db.entities.bulkPut(kept);
          entities += kept.length;
        }
        if (part.articles.length > 0) {
          const ids = part.articles.map((r) => r.article.id);
          await db.sentences.where('articleId').anyOf(ids).delete();
          await db.mentions.where('articleId').anyOf(ids).delete();
          await db.articles.bulkPut(part.articles.map((r): StoredArticle => r.article));
          await db.sentences.bulkPut(part.articles.flatMap((r) => r.sentences));
          await db.mentions.bulkAdd(part.articles.flatMap((r) => r.mentions));
          articles += part.articles.length;
        }
      }
      return { articles, entities };
    });
  }
}
