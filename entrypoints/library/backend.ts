// The library page's backend: messages to the background, which owns the index; live reads of the
// database; the settings in storage.
import { browser } from 'wxt/browser';
import { exportFileName } from '../../lib/library-export';
import { hostPermissionFor } from '../../lib/packs/permission';
import type { ContextLensDb } from '../../platform/db';
import { backgroundMessaging } from '../../platform/extension-messages';
import { readEntityOutline, readEntityPassages } from '../../platform/entity-page';
import {
  readArticlePart,
  readDirectory,
  readDirectoryEntities,
  readShelf,
  watchQuery,
} from '../../platform/library-index';
import { loadSettings, onSettingsChanged, saveSettings } from '../../platform/settings';
import type { LibraryBackend } from '../../ui/library/backend';
import { exportLibraryFile, importLibraryFile, type FileMessages } from '../../ui/library/file-transfer';

const fileMessages: FileMessages = {
  exportPart: (part) => backgroundMessaging.sendMessage('exportLibraryPart', part),
  importBegin: (header) => backgroundMessaging.sendMessage('importLibraryBegin', { header }),
  importPart: (session, lines) => backgroundMessaging.sendMessage('importLibraryPart', { session, lines }),
  importCommit: (session) => backgroundMessaging.sendMessage('importLibraryCommit', { session }),
  importAbort: (session) => backgroundMessaging.sendMessage('importLibraryAbort', { session }),
  importWhole: (text) => backgroundMessaging.sendMessage('importLibrary', { text }),
};

export function libraryBackend(db: ContextLensDb): LibraryBackend {
  return {
    watchArticle: (id) => (next, fail) => watchQuery(() => readArticlePart(db, id), next, fail),
    watchShelf: (next, fail) => watchQuery(() => readShelf(db), next, fail),
    watchDirectory: (next, fail) => watchQuery(() => readDirectory(db), next, fail),
    directoryEntities: () => readDirectoryEntities(db),
    watchEntity: (id) => (next, fail) => watchQuery(() => readEntityOutline(db, id), next, fail),
    entityPassages: (id, articleIds) => readEntityPassages(db, id, articleIds),
    status: () => backgroundMessaging.sendMessage('getStatus', undefined),
    addArticles: (items, more) =>
      backgroundMessaging.sendMessage('addArticles', more ? { items, more } : { items }),
    removeArticles: (ids) => backgroundMessaging.sendMessage('removeArticles', { ids }),
    setArticleReading: (id, reading) => backgroundMessaging.sendMessage('setArticleReading', { id, reading }),
    async exportLibrary(progress) {
      const file = await exportLibraryFile(fileMessages, progress);
      return { fileName: exportFileName(), ...file };
    },
    importLibrary: (file, progress) => importLibraryFile(file, fileMessages, progress),
    wipeLibrary: () => backgroundMessaging.sendMessage('wipeLibrary', undefined),
    listPacks: () => backgroundMessaging.sendMessage('listPacks', undefined),
    async subscribePack(url) {
      // Called before any other await: the browser prompts only within the reader's gesture.
      const granted = await browser.permissions.request({ origins: [hostPermissionFor(url)] });
      if (!granted) return null;
      return backgroundMessaging.sendMessage('subscribePack', { url });
    },
    checkPacks: () => backgroundMessaging.sendMessage('checkPacks', undefined),
    setPackEnabled: (id, enabled) => backgroundMessaging.sendMessage('setPackEnabled', { id, enabled }),
    unsubscribePack: (id) => backgroundMessaging.sendMessage('unsubscribePack', { id }),
    loadSettings,
    saveSettings,
    onSettingsChanged,
  };
}
