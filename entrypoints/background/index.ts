import seedIndex from 'virtual:seed-index';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { hostPermissionFor } from '../../lib/packs/permission';
import { getDb } from '../../platform/db';
import { CorpusService } from './corpus-service';
import { createBackgroundHandlers, registerBackgroundHandlers } from './handlers';
import { PackService } from './pack-service';

const PACK_ALARM = 'packs';
/** Alarms fire at most once a minute in Chrome; an earlier time would be refused. */
const MIN_ALARM_DELAY_MS = 60_000;

export default defineBackground(() => {
  const db = getDb();
  // Packs are fetched from the hosts the reader subscribed to, with their permission, and from nowhere else.
  const packs: PackService = new PackService({
    db,
    fetch: (url, init) => fetch(url, { ...init, credentials: 'omit' }),
    subtle: crypto.subtle,
    mayFetch: (url) => browser.permissions.contains({ origins: [hostPermissionFor(url)] }),
    changed: () => corpus.refresh(),
    schedule: async (when) => {
      if (when === null) await browser.alarms.clear(PACK_ALARM);
      else await browser.alarms.create(PACK_ALARM, { when: Math.max(when, Date.now() + MIN_ALARM_DELAY_MS) });
    },
  });
  const corpus: CorpusService = new CorpusService({
    db,
    seed: seedIndex,
    storage: browser.storage.local,
    packs: () => packs.held(),
  });
  const extensionOrigin = browser.runtime.getURL('/');
  const openTab = (url: string) => browser.tabs.create({ url });
  // Listeners are registered synchronously so that a message that wakes the worker is not lost.
  registerBackgroundHandlers(createBackgroundHandlers(corpus, openTab, extensionOrigin, packs), {
    extensionId: browser.runtime.id,
    extensionOrigin,
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_ALARM) void packs.checkDue();
  });
  const start = async () => {
    await corpus.install();
    await packs.checkDue();
  };
  browser.runtime.onInstalled.addListener(() => void start());
  browser.runtime.onStartup.addListener(() => void start());
  void corpus.ensureMatcherPack();
});
