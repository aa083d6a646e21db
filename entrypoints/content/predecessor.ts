// What an earlier copy of this content script left in the page. Firefox injects the new version of an
// updated or reloaded extension into open tabs and never runs the old one's clean-up (its sandbox is gone),
// so the new copy removes the old one's card host, highlight sheet and painted ranges before it starts.
import { CONTEXT_LENS_HOST_TAG } from '../../lib/dom/elements';
import { HIGHLIGHT_PREFIX } from './highlight-styles';

export function sweepPredecessor(doc: Document): void {
  for (let el = doc.querySelector(CONTEXT_LENS_HOST_TAG); el; el = doc.querySelector(CONTEXT_LENS_HOST_TAG))
    el.remove();
  try {
    // forEach, not keys(): Firefox's Xray wrappers do not carry the registry's iterators into this script.
    const names: string[] = [];
    CSS.highlights.forEach((_, name) => names.push(name));
    for (const name of names) if (name.startsWith(HIGHLIGHT_PREFIX)) CSS.highlights.delete(name);
  } catch {
    // A registry this script cannot enumerate: the new highlights still replace the old ones by name.
  }
  try {
    const sheets = doc.adoptedStyleSheets;
    if (sheets.length === 0) return;
    const kept = sheets.filter((sheet) => !isHighlightSheet(sheet));
    if (kept.length !== sheets.length) doc.adoptedStyleSheets = kept;
  } catch {
    // A sheet the engine does not let this script read or replace: the page's sheets stay as they are.
  }
}

function isHighlightSheet(sheet: CSSStyleSheet): boolean {
  try {
    return sheet.cssRules[0]?.cssText.startsWith(`::highlight(${HIGHLIGHT_PREFIX}`) ?? false;
  } catch {
    return false;
  }
}
