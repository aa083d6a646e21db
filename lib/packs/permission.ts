// The one host permission a pack needs: its index's origin, as a match pattern (patterns carry no port).

/** "https://cdn.example.org/news/pack.json" → "https://cdn.example.org/*". */
export function hostPermissionFor(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
