// The ::highlight(ctx-…) rules, delivered through adoptedStyleSheets so the page's DOM is not touched.
// A page may reassign document.adoptedStyleSheets at any time; `ensure` puts ours back.
import { ENTITY_TYPES } from '../../lib/model';
import type { Settings } from '../../lib/settings';
import { ENTITY_COLORS } from '../../ui/theme/entity-colors';

/** Every CSS.highlights entry of the extension is named with it. */
export const HIGHLIGHT_PREFIX = 'ctx-';
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}active`;
export const highlightName = (type: string) => `${HIGHLIGHT_PREFIX}${type}`;

function cssText(style: Settings['style']): string {
  const rules = ENTITY_TYPES.map((type) => {
    const color = ENTITY_COLORS[type];
    return style === 'background'
      ? `::highlight(${highlightName(type)}) { background-color: color-mix(in srgb, ${color} 22%, transparent); }`
      : `::highlight(${highlightName(type)}) { text-decoration: underline 2px ${color}; text-decoration-skip-ink: none; }`;
  });
  rules.push(
    `::highlight(${ACTIVE_HIGHLIGHT}) { background-color: color-mix(in srgb, #7c8db5 30%, transparent); }`,
  );
  return rules.join('\n');
}

type StyleScope = Document | ShadowRoot;

export class HighlightStyles {
  private sheetCache: CSSStyleSheet | null = null;
  private style: Settings['style'];
  private readonly scopes = new Set<StyleScope>();

  constructor(style: Settings['style']) {
    this.style = style;
  }

  /** Made on first use: a page with no names never pays for it. */
  private get sheet(): CSSStyleSheet {
    if (!this.sheetCache) {
      this.sheetCache = new CSSStyleSheet();
      this.sheetCache.replaceSync(cssText(this.style));
    }
    return this.sheetCache;
  }

  setStyle(style: Settings['style']): void {
    if (style === this.style) return;
    this.style = style;
    this.sheetCache?.replaceSync(cssText(style));
  }

  /** Adopt the sheet in `scope` (and remember it); cheap when it is already there. */
  ensure(scope: StyleScope): void {
    this.scopes.add(scope);
    try {
      const sheets = scope.adoptedStyleSheets;
      if (!sheets.includes(this.sheet)) scope.adoptedStyleSheets = [...sheets, this.sheet];
    } catch {
      // A browser that does not let an extension's sheet into the page (Firefox's Xray wrappers):
      // the names are still found, only not painted.
    }
  }

  /** Re-adopt wherever the page has dropped the sheet; forget shadow roots whose host left the page. */
  ensureAll(): void {
    for (const scope of this.scopes) {
      if ('host' in scope && !scope.host.isConnected) this.scopes.delete(scope);
      else this.ensure(scope);
    }
  }

  remove(): void {
    const sheet = this.sheetCache;
    if (sheet)
      for (const scope of this.scopes)
        scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
    this.scopes.clear();
  }
}
