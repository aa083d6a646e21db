// How the text walker treats an element, decided by tag name alone: asking the browser for computed
// styles per node would cost more than the whole scan.

/** Tag of the element that hosts the extension's own UI (the popover's shadow host). */
export const CONTEXT_LENS_HOST_TAG = 'context-lens-ui';

/** Elements whose start and end separate words: a name never runs across them. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'button',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'img',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'video',
  'audio',
  'picture',
  'canvas',
]);

/**
 * Subtrees that are not reading text: code, form controls, embedded documents, graphics. Code is skipped
 * (a variable named `Aliyev` is not a mention); `<pre>` is walked, since plain-text pages live in one.
 */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'svg',
  'math',
  'iframe',
  'frame',
  'object',
  'embed',
  'code',
  'kbd',
  'samp',
  'var',
  'head',
  'title',
  'meta',
  'link',
  'rt',
  'rp',
  CONTEXT_LENS_HOST_TAG,
]);

/**
 * The element's local name: lower case for HTML and custom elements, which is all the walker needs to
 * classify (SVG and MathML, whose names may be camelCase, are skipped whole at their root).
 */
export function tagOf(el: Element): string {
  return el.localName;
}

/** A block boundary. Custom elements (`x-card`) count as blocks: they are nearly always components. */
export function isBlockElement(el: Element): boolean {
  return isBlockTag(tagOf(el));
}

function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag) || tag.includes('-');
}

/** Elements skipped for an attribute: hidden, or an editor. Found in one native query per walk. */
export const SKIPPED_BY_ATTRIBUTE = '[hidden], [contenteditable]:not([contenteditable="false" i])';

/** Elements that may carry a shadow root (attachShadow accepts only these and custom elements). */
const SHADOW_HOST_TAGS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

function mayHostShadow(tag: string): boolean {
  return SHADOW_HOST_TAGS.has(tag) || tag.includes('-');
}

/** True when nothing inside `el` is reading text the extension may annotate. */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(tagOf(el))) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** True when `node` lies inside a skipped subtree (shadow roots crossed through their host). */
export function isInsideSkipped(node: Node, root?: Node): boolean {
  let cur: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (cur && cur !== root) {
    if (cur.nodeType === 1 && isSkippedElement(cur as Element)) return true;
    cur = cur.nodeType === 11 ? ((cur as ShadowRoot).host ?? null) : cur.parentNode;
  }
  return false;
}

/**
 * The nearest ancestor-or-self element that is a block (or `root`): the smallest subtree whose text can
 * be rescanned on its own when something inside it changes.
 */
export function nearestBlock(node: Node, root: Node): Node {
  let cur: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (cur && cur !== root) {
    if (cur.nodeType === 1 && isBlockElement(cur as Element)) return cur;
    if (cur.nodeType === 11) return cur; // a shadow root is a block of its own
    cur = cur.parentNode;
  }
  return root;
}

/** What the walker needs to know of a tag, as bits of one number (one lookup per element). */
export const TAG_SKIPPED = 1;
export const TAG_BLOCK = 2;
/** A block that usually holds a run of inline text (a paragraph, an item, a cell, a heading). */
export const TAG_TEXT_BLOCK = 4;
export const TAG_SHADOW_HOST = 8;

const TEXT_BLOCK_TAGS = new Set([
  'p',
  'li',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'blockquote',
  'summary',
  'legend',
  'address',
]);

const tagBits = new Map<string, number>();

export function tagFlags(tag: string): number {
  let bits = tagBits.get(tag);
  if (bits === undefined) {
    bits =
      (SKIP_TAGS.has(tag) ? TAG_SKIPPED : 0) |
      (isBlockTag(tag) ? TAG_BLOCK : 0) |
      (TEXT_BLOCK_TAGS.has(tag) ? TAG_TEXT_BLOCK : 0) |
      (mayHostShadow(tag) ? TAG_SHADOW_HOST : 0);
    tagBits.set(tag, bits);
  }
  return bits;
}
