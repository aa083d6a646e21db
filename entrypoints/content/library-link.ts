// Links from the popover into the extension's library page. A web page may not navigate to an extension
// page (Chromium shows an error page), so the background opens the tab.
import type { EntityId } from '../../lib/model';
import type { Passage } from '../../lib/view-model';
import { pageMessaging } from '../../platform/messages';

export function openPassage(passage: Passage): void {
  void pageMessaging.sendMessage('openLibrary', {
    article: passage.articleId,
    sentence: passage.sentenceIndex,
  });
}

export function openEntityPage(id: EntityId): void {
  void pageMessaging.sendMessage('openLibrary', { entity: id });
}
