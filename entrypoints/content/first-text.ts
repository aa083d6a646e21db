// Waiting for a document to hold text. Most frames of a news page are ad slots and beacons that never
// do; they should cost the extension nothing beyond loading its script.

const HAS_TEXT = /\S/;

/** Whether `doc`'s body has any text that is not white space. */
export function hasText(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (HAS_TEXT.test((node as Text).data)) return true;
  return false;
}

/**
 * Resolves when `doc` holds text: at once when it does, else when a mutation brings some (a frame that a
 * script fills). Never resolves for a document that stays empty; `signal` stops the watch.
 */
export function whenDocumentHasText(doc: Document, signal: AbortSignal): Promise<void> {
  if (hasText(doc)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver((records) => {
      if (!records.some(bringsText)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(doc, { childList: true, characterData: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  });
}

function bringsText(record: MutationRecord): boolean {
  if (record.type === 'characterData') return HAS_TEXT.test((record.target as CharacterData).data);
  for (const node of record.addedNodes) {
    if (node.nodeType === 3 && HAS_TEXT.test((node as Text).data)) return true;
    if (node.nodeType === 1 && HAS_TEXT.test(node.textContent ?? '')) return true;
  }
  return false;
}
