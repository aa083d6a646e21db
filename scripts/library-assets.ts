// Build hooks of the library page: ship az's dictionaries (the background loads the morphology from them
// to read the reader's Russian articles), and make library.html the extension's options page too.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

interface PublicFile {
  absoluteSrc: string;
  relativeDest: string;
}

/** Every file of node_modules/az/dicts, copied to dicts/ in the built extension. */
export function azDictionaryFiles(): PublicFile[] {
  const dir = join(dirname(require.resolve('az/package.json')), 'dicts');
  return readdirSync(dir).map((name) => ({ absoluteSrc: join(dir, name), relativeDest: `dicts/${name}` }));
}

/** The manifest's options page: the library, opened in a tab. */
export function withLibraryOptionsPage(manifest: Record<string, unknown>): void {
  manifest.options_ui = { page: 'library.html', open_in_tab: true };
}
