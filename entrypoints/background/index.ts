import seedIndex from 'virtual:seed-index';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '../../platform/db';
import { CorpusService } from './corpus-service';
import { createBackgroundHandlers, registerBackgroundHandlers } from './handlers';

export default defineBackground(() => {
  const corpus = new CorpusService({ db: getDb(), seed: seedIndex, storage: browser.storage.local });
  const extensionOrigin = browser.runtime.getURL('/');
  const openTab = (url: string) => browser.tabs.create({ url });
  // Listeners are registered synchronously so that a message that wakes the worker is not lost.
  registerBackgroundHandlers(createBackgroundHandlers(corpus, openTab, extensionOrigin), {
    extensionId: browser.runtime.id,
    extensionOrigin,
  });
  browser.runtime.onInstalled.addListener(() => void corpus.install());
  browser.runtime.onStartup.addListener(() => void corpus.install());
  void corpus.ensureMatcherPack();
});
