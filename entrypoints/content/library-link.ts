// Links from the popover into the extension's library page (the same URLs the popup uses).
import { browser } from 'wxt/browser';
import type { EntityId } from '../../lib/model';
import type { Passage } from '../../lib/view-model';

function libraryUrl(params: Record<string, string>): string {
  return `${browser.runtime.getURL('/')}library.html?${new URLSearchParams(params)}`;
}

export function openPassage(passage: Passage): void {
  window.open(libraryUrl({ article: passage.articleId, sentence: String(passage.sentenceIndex) }), '_blank', 'noopener');
}

export function openEntityPage(id: EntityId): void {
  window.open(libraryUrl({ entity: id }), '_blank', 'noopener');
}
