// The library file in parts (format 2): the page's transfer (ui/library/file-transfer.ts) against the
// background's handlers over fake-indexeddb, with parts small enough that even two articles take many
// messages in each direction.
import { backgroundOver, freshDbEach, installedLibrary } from '../../test/support/background-library';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { LINES_VERSION } from '../../lib/library-file';
import type { ContextLensDb } from '../../platform/db';
import { loadSettings, saveSettings } from '../../platform/settings';
import { exportLibraryFile, importLibraryFile, type FileMessages } from '../../ui/library/file-transfer';
import type { LibraryHandlers } from './library-handlers';

const ARTICLE = [
  'Аграрный форум в Астане',
  '',
  'Министр сельского хозяйства Марат Ахметов встретился с делегацией фермеров из Костаная.',
  '',
  'Президент Касым-Жомарт Токаев поручил Марату Ахметову поддержать экспорт зерна.',
].join('\n');
const ENGLISH =
  'Grain exports grow\n\nJohn Harrington of Caspian Grain Holdings said that exports through Aktau would double after President Tokayev met the board. Harrington also said that the company will invest in storage.';
const TINY = { lines: 2, chars: 600 };

const currentDb = freshDbEach('library-file-test');
let db: ContextLensDb;
let library: LibraryHandlers;
let sent: { type: string; lines: number; chars: number }[];
let messages: FileMessages;
beforeEach(async () => {
  db = currentDb();
  ({ library } = await installedLibrary(db, { now: () => Date.UTC(2026, 0, 30) }));
  sent = [];
  const log = <T>(type: string, lines: string[], answer: Promise<T>) => {
    sent.push({ type, lines: lines.length, chars: lines.reduce((c, l) => c + l.length, 0) });
    return answer;
  };
  messages = {
    exportPart: async (part) => {
      const answer = await library.exportLibraryPart(part);
      return log('export', answer.lines, Promise.resolve(answer));
    },
    importBegin: (header) => log('begin', [header], library.importLibraryBegin({ header })),
    importPart: (session, lines) => log('part', lines, library.importLibraryPart({ session, lines })),
    importCommit: (session) => library.importLibraryCommit({ session }),
    importAbort: (session) => library.importLibraryAbort({ session }),
    importWhole: (text) => library.importLibrary({ text }),
  };
  await library.addArticles({
    items: [
      { label: 'a', text: ARTICLE },
      { label: 'b', text: ENGLISH, url: 'https://news.example.com/grain' },
    ],
  });
}, 60_000);

/** Everything of the reader's in the database, in a stable order, without the mentions' own keys. */
async function snapshot() {
  const byKey = <T>(rows: T[], key: (r: T) => string) =>
    [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  const articles = await db.articles.where('origin').equals('user').toArray();
  const ids = articles.map((a) => a.id);
  const mentions = (await db.mentions.where('articleId').anyOf(ids).toArray()).map(({ id: _key, ...m }) => m);
  return {
    articles: byKey(articles, (a) => a.id),
    sentences: byKey(
      await db.sentences.where('articleId').anyOf(ids).toArray(),
      (s) => `${s.articleId}#${String(s.index).padStart(5)}`,
    ),
    entities: byKey(await db.entities.where('origin').equals('user').toArray(), (e) => e.id),
    mentions: byKey(mentions, (m) => `${m.articleId}#${m.sentence}#${m.start}#${m.entityId}`),
    settings: await loadSettings(),
  };
}

describe('the library file in parts', () => {
  it('round-trips the library losslessly through many small messages, with progress', async () => {
    await saveSettings({ style: 'background', disabledSites: ['example.org'] });
    const before = await snapshot();
    const progress: number[] = [];
    const file = await exportLibraryFile(messages, (done) => progress.push(done), TINY);
    const exportParts = sent.filter((m) => m.type === 'export');
    expect(exportParts.length).toBeGreaterThan(2);
    expect(Math.max(...exportParts.map((m) => m.lines))).toBeLessThanOrEqual(TINY.lines);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const text = await file.blob.text();
    const lines = text.trim().split('\n');
    expect(JSON.parse(lines[0])).toMatchObject({
      version: LINES_VERSION,
      articles: 2,
      entities: file.entities,
    });
    expect(lines).toHaveLength(1 + 2 + file.entities);

    await library.wipeLibrary(undefined);
    await saveSettings({ style: 'underline', disabledSites: [] });
    sent = [];
    const change = await importLibraryFile(file.blob, messages, () => {}, TINY);
    expect(change).toEqual({ articles: 2, entities: file.entities });
    const importParts = sent.filter((m) => m.type === 'part');
    expect(importParts.length).toBeGreaterThan(2);
    expect(importParts.every((m) => m.lines <= TINY.lines)).toBe(true);
    expect(await snapshot()).toEqual(before);
    // Nothing staged is left behind.
    expect(await db.meta.where('key').startsWith('import:').count()).toBe(0);
  });

  it('refuses a file damaged in its middle or cut short, writing nothing and staging nothing', async () => {
    const file = await exportLibraryFile(messages, () => {}, TINY);
    const lines = (await file.blob.text()).trim().split('\n');
    await library.wipeLibrary(undefined);
    const empty = await snapshot();
    const damaged = [...lines];
    damaged[damaged.length - 1] = damaged.at(-1)!.replace('"origin":"user"', '"origin":"seed"');
    await expect(importLibraryFile(new Blob([damaged.join('\n')]), messages, () => {}, TINY)).rejects.toThrow(
      /not one of the reader's articles/,
    );
    await expect(
      importLibraryFile(new Blob([lines.slice(0, -1).join('\n')]), messages, () => {}, TINY),
    ).rejects.toThrow(/ends early \(1 of 2 articles/);
    const twice = [...lines, lines.at(-1)!];
    twice[0] = twice[0].replace('"articles":2', '"articles":3');
    await expect(importLibraryFile(new Blob([twice.join('\n')]), messages, () => {}, TINY)).rejects.toThrow(
      /lists the article user-\w+ twice/,
    );
    const newer = [
      lines[0].replace(`"version":${LINES_VERSION}`, `"version":${LINES_VERSION + 1}`),
      ...lines.slice(1),
    ];
    await expect(importLibraryFile(new Blob([newer.join('\n')]), messages)).rejects.toThrow(/newer version/);
    expect(await snapshot()).toEqual(empty);
    expect(await db.meta.where('key').startsWith('import:').count()).toBe(0);
  });

  it('refuses to commit an import the worker lost (stopped midway), keeping the library as it was', async () => {
    const file = await exportLibraryFile(messages, () => {}, TINY);
    const [header, ...rest] = (await file.blob.text()).trim().split('\n');
    const { session } = await library.importLibraryBegin({ header });
    await library.importLibraryPart({ session, lines: rest.slice(0, 1) });
    // A new worker: the handlers' memory is gone; the staged part is still in the database.
    const woken = backgroundOver(db).library;
    await expect(woken.importLibraryCommit({ session })).rejects.toThrow(/interrupted/);
    // The next import drops what the lost one staged.
    await woken.importLibraryBegin({ header });
    expect(await db.meta.where('key').startsWith('import:').count()).toBe(0);
  });
});
