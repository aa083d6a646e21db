// The site the reader sees from a frame: the top page's host (the popup's site switch is per tab).

/** What siteHost reads of a window (a Window, or a stand-in in unit tests). */
export interface FrameView {
  location: { hostname: string; ancestorOrigins?: { length: number; [i: number]: string } };
  top: unknown;
  parent: unknown;
  document: { referrer: string };
}

/**
 * The host of the top-level page. Chromium tells a frame its ancestors' origins (`location.ancestorOrigins`);
 * Firefox has no such list, so a frame reads the top page's location when it is same-origin, and otherwise
 * the referrer its parent sent, which is the top page when the parent is the top (a nested cross-origin frame
 * whose parent is not the top, or a parent that sends no referrer, falls back to the frame's own host).
 */
export function siteHost(view: FrameView): string {
  if (view.top === view || view.top === null) return view.location.hostname;
  const origins = view.location.ancestorOrigins;
  if (origins && origins.length > 0) return hostnameOf(origins[origins.length - 1]) ?? view.location.hostname;
  try {
    const top = (view.top as { location: { hostname: string } }).location.hostname;
    if (typeof top === 'string' && top) return top;
  } catch {
    // A cross-origin top: its location is not readable.
  }
  if (view.parent === view.top) return hostnameOf(view.document.referrer) ?? view.location.hostname;
  return view.location.hostname;
}

function hostnameOf(url: string): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}
