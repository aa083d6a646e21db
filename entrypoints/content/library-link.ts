// Links from the popover into the extension's library page. A web page may not navigate to an extension
// page (Chromium shows an error page), so the background opens the tab.
import type { EntityId } from '../../lib/model';
import type { Passage } from '../../lib/view-model';
import { pageMessaging } from '../../platform/messages';

/** Clicks closer together than this are one request (a double click opens one tab). */
const ONE_CLICK_MS = 600;
let lastOpened = -Infinity;

/**
 * Whether `event` is the reader's own click and the first of a burst: a page's script cannot reach the
 * card's closed shadow root, and even a synthetic click that got there would open nothing.
 */
function readerClicked(event: MouseEvent): boolean {
  if (!event.isTrusted) return false;
  const now = performance.now();
  if (now - lastOpened < ONE_CLICK_MS) return false;
  lastOpened = now;
  return true;
}

export function openPassage(passage: Passage, event: MouseEvent): void {
  if (!readerClicked(event)) return;
  void pageMessaging.sendMessage('openLibrary', {
    article: passage.articleId,
    sentence: passage.sentenceIndex,
  });
}

export function openEntityPage(id: EntityId, event: MouseEvent): void {
  if (!readerClicked(event)) return;
  void pageMessaging.sendMessage('openLibrary', { entity: id });
}
