// What the library page asks of the background, through typed messages.
import type { IngestInput } from '../../lib/ingest/prepare';
import type { Reading } from '../../lib/corpus/parse-article';
import type { ArticleId } from '../../lib/model';
import type { LibraryExport } from '../../platform/export';
import { backgroundMessaging, type AddArticlesResult, type LibraryChange } from '../../platform/messages';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../../platform/settings';

export interface LibraryBackend {
  status(): Promise<{ entities: number; articles: number }>;
  addArticles(items: IngestInput[]): Promise<AddArticlesResult>;
  removeArticles(ids: ArticleId[]): Promise<LibraryChange>;
  setArticleReading(id: ArticleId, reading: Reading): Promise<LibraryChange>;
  exportLibrary(): Promise<LibraryExport>;
  importLibrary(text: string): Promise<LibraryChange>;
  wipeLibrary(): Promise<LibraryChange>;
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
}

export const messagingBackend: LibraryBackend = {
  status: () => backgroundMessaging.sendMessage('getStatus', undefined),
  addArticles: (items) => backgroundMessaging.sendMessage('addArticles', { items }),
  removeArticles: (ids) => backgroundMessaging.sendMessage('removeArticles', { ids }),
  setArticleReading: (id, reading) => backgroundMessaging.sendMessage('setArticleReading', { id, reading }),
  exportLibrary: () => backgroundMessaging.sendMessage('exportLibrary', undefined),
  importLibrary: (text) => backgroundMessaging.sendMessage('importLibrary', { text }),
  wipeLibrary: () => backgroundMessaging.sendMessage('wipeLibrary', undefined),
  loadSettings,
  saveSettings,
  onSettingsChanged,
};
