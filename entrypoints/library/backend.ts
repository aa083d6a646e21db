// The library page's backend: messages to the background, which owns the index; live reads of the
// database; the settings in storage.
import { exportFileName } from '../../lib/library-export';
import type { ContextLensDb } from '../../platform/db';
import { backgroundMessaging } from '../../platform/extension-messages';
import { readLibraryIndex, readShelf, watchQuery } from '../../platform/library-index';
import { loadSettings, onSettingsChanged, saveSettings } from '../../platform/settings';
import type { LibraryBackend } from '../../ui/library/backend';

export function libraryBackend(db: ContextLensDb): LibraryBackend {
  return {
    watchIndex: (next, fail) => watchQuery(() => readLibraryIndex(db), next, fail),
    watchShelf: (next, fail) => watchQuery(() => readShelf(db), next, fail),
    status: () => backgroundMessaging.sendMessage('getStatus', undefined),
    addArticles: (items) => backgroundMessaging.sendMessage('addArticles', { items }),
    removeArticles: (ids) => backgroundMessaging.sendMessage('removeArticles', { ids }),
    setArticleReading: (id, reading) => backgroundMessaging.sendMessage('setArticleReading', { id, reading }),
    async exportLibrary() {
      const data = await backgroundMessaging.sendMessage('exportLibrary', undefined);
      return {
        fileName: exportFileName(),
        json: JSON.stringify(data, null, 1),
        articles: data.articles.length,
        entities: data.entities.length,
      };
    },
    importLibrary: (text) => backgroundMessaging.sendMessage('importLibrary', { text }),
    wipeLibrary: () => backgroundMessaging.sendMessage('wipeLibrary', undefined),
    loadSettings,
    saveSettings,
    onSettingsChanged,
  };
}
