// The reference extension: the least an annotator of pages can do. Its content script runs where ours does
// (every frame with a URL of its own, at document_idle), makes one storage.local read, walks the body's
// text nodes reading each one's text, and paints nothing. The bench loads it in a browser of its own and
// measures it on the same pages in the same run as the extension.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../test/e2e/harness';

export const REFERENCE_DIR = join(REPO_ROOT, '.output/bench-reference');
export const FIREFOX_REFERENCE_DIR = join(REPO_ROOT, '.output/bench-reference-firefox');

const CONTENT_SCRIPT = `(async () => {
  const stored = await chrome.storage.local.get(['settings', 'matcherIndex']);
  if (!document.body) return;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
  // The result is kept, so that the walk is not work the engine could drop.
  globalThis.__referenceChars = chars + Object.keys(stored).length;
})();
`;

const CONTENT_SCRIPTS = [
  {
    matches: ['http://*/*', 'https://*/*'],
    js: ['content.js'],
    all_frames: true,
    match_about_blank: false,
    run_at: 'document_idle',
  },
];

/**
 * Writes the reference extension (manifest, an empty background, the content script); returns its folder.
 * For Firefox it is an MV2 add-on with an id of its own, as the extension's Firefox build is.
 */
export function writeReferenceExtension(
  dir = REFERENCE_DIR,
  browser: 'chromium' | 'firefox' = 'chromium',
): string {
  mkdirSync(dir, { recursive: true });
  const manifest =
    browser === 'chromium'
      ? {
          manifest_version: 3,
          name: 'Context Lens bench reference',
          version: '1.0.0',
          permissions: ['storage'],
          // A service worker only so that the harness finds the extension's id; it does nothing in pages.
          background: { service_worker: 'background.js' },
          content_scripts: CONTENT_SCRIPTS,
        }
      : {
          manifest_version: 2,
          name: 'Context Lens bench reference',
          version: '1.0.0',
          permissions: ['storage'],
          background: { scripts: ['background.js'] },
          content_scripts: CONTENT_SCRIPTS,
          browser_specific_settings: { gecko: { id: 'bench-reference@context-lens.test' } },
        };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'background.js'), '// Intentionally empty.\n');
  writeFileSync(join(dir, 'content.js'), CONTENT_SCRIPT);
  return dir;
}
