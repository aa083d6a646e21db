// Whether a page reads light or dark, so the popover matches it.
export type Theme = 'light' | 'dark';

/** [r, g, b, alpha] of a CSS rgb()/rgba() colour string as getComputedStyle returns it. */
export function parseRgb(css: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(css);
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The theme of the page around `near`: the first opaque background among its ancestors decides; a page
 * that paints no background at all is light unless it declares a dark colour scheme.
 */
export function pageTheme(doc: Document, near?: Element | null): Theme {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (let el: Element | null = near ?? doc.body; el; el = el.parentElement) {
    const rgb = parseRgb(view.getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb) < 0.3 ? 'dark' : 'light';
  }
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme || '';
  if (
    scheme.includes('dark') &&
    (!scheme.includes('light') || view.matchMedia('(prefers-color-scheme: dark)').matches)
  )
    return 'dark';
  return 'light';
}
