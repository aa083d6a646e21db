import 'fake-indexeddb/auto';
import { backgroundOver, freshDbEach, installedLibrary } from '../../test/support/background-library';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildEntityCard } from '../../lib/views/card';
import type { ContextLensDb } from '../../platform/db';
import type { CorpusService } from './corpus-service';
import { createLibraryHandlers } from './library-handlers';
import { loadRussianMorphology } from '../../scripts/node-morph';
import { storedCard } from './stats-store';

const article = (minister: string) =>
  [
    'Аграрный форум в Астане',
    '',
    `Министр сельского хозяйства ${minister} встретился с делегацией фермеров из Костаная.`,
    '',
    'Президент Касым-Жомарт Токаев поручил министру поддержать экспорт зерна.',
  ].join('\n');

const currentDb = freshDbEach('stats-store-test');
let db: ContextLensDb;
beforeEach(() => {
  db = currentDb();
});

async function libraryWith(text: string): Promise<CorpusService> {
  const { corpus, library } = await installedLibrary(db);
  await library.addArticles({ items: [{ label: 'a.txt', text }] });
  return corpus;
}

describe('a woken worker’s first card', () => {
  it('is read from the statistics stored for the library, and is the card the whole index gives', async () => {
    const corpus = await libraryWith(article('Марат Ахметов'));
    await corpus.persistStats();
    const full = await corpus.index();

    const woken = backgroundOver(db).corpus;
    for (const lang of ['en', 'ru'] as const) {
      const stored = await storedCard(db, 'tokayev', lang);
      expect(stored).not.toBeNull();
      expect(stored).toEqual(buildEntityCard(full, 'tokayev', lang));
      expect(stored!.passages.map((p) => p.articleTitle)).toContain('Аграрный форум в Астане');
    }
    expect(await woken.card('tokayev', 'en')).toEqual(buildEntityCard(full, 'tokayev', 'en'));
  }, 60_000);

  it('is not read from statistics of a library that changed since', async () => {
    const corpus = await libraryWith(article('Марат Ахметов'));
    await corpus.persistStats();
    const library = createLibraryHandlers({ corpus, db, morph: loadRussianMorphology });
    await library.addArticles({ items: [{ label: 'b.txt', text: article('Ерлан Карин') }] });
    expect(await storedCard(db, 'tokayev', 'en')).toBeNull();

    // The woken worker then answers from the index it loads: the newer article is quoted.
    const woken = backgroundOver(db).corpus;
    const card = await woken.card('tokayev', 'en');
    expect(card?.mentionCount).toBe(buildEntityCard(await corpus.index(), 'tokayev', 'en')?.mentionCount);
    await woken.persistStats();
    expect(await storedCard(db, 'tokayev', 'en')).toEqual(card);
  }, 60_000);
});
