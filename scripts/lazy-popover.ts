// The popover (Preact, Floating UI, the card) is a module of its own, loaded by the content script at
// the reader's first gesture on a name (entrypoints/content/lazy-popover.ts): a frame that is only read
// never parses it. WXT inlines a content script's dynamic imports, so the module is bundled here with
// esbuild as an ES module and listed in web_accessible_resources, which `import()` of an extension URL
// needs (in Chrome and Firefox alike, the module runs in the content script's isolated world).
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { POPOVER_MODULE } from '../entrypoints/content/lazy-popover';

const ENTRY = fileURLToPath(new URL('../entrypoints/content/popover.ts', import.meta.url));

/** The bundled module, as a generated public file of the build. */
export function popoverModuleFile(): { contents: string; relativeDest: string } {
  const result = buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // CONTEXT_LENS_PROFILE=1 keeps function names readable in CPU profiles (bench/hotspots.ts).
    minify: !process.env.CONTEXT_LENS_PROFILE,
    legalComments: 'none',
    write: false,
  });
  return { contents: result.outputFiles[0].text, relativeDest: POPOVER_MODULE };
}

/** The manifest entry that lets pages' content scripts import the module (MV3 objects, MV2 strings). */
export function withPopoverModule(manifest: Record<string, unknown>, manifestVersion: 2 | 3): void {
  const list = (manifest.web_accessible_resources ?? []) as unknown[];
  list.push(
    manifestVersion === 3
      ? {
          resources: [POPOVER_MODULE],
          matches: ['http://*/*', 'https://*/*'],
          // A new address each browser session: a page cannot probe a fixed URL to learn the extension is there.
          use_dynamic_url: true,
        }
      : POPOVER_MODULE,
  );
  manifest.web_accessible_resources = list;
}
