import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { seedIndexPlugin } from './scripts/vite-seed-index.ts';
import { azDictionaryFiles, withLibraryOptionsPage } from './scripts/library-assets';
import { popoverModuleFile, withPopoverModule } from './scripts/lazy-popover';

export default defineConfig({
  // Imports are explicit everywhere: a reader of a file sees where each name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    // Both stores show the name and description in the browser's language: public/_locales/*/messages.json.
    name: '__MSG_name__',
    description: '__MSG_description__',
    default_locale: 'en',
    // alarms: a subscribed pack is checked for updates at its expiry (docs/PACKS.md).
    // unlimitedStorage: a large library's shards are more than storage.local's 10 MB (docs/PRIVACY.md).
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    // Asked for one origin at a time, when the reader subscribes to a pack there (docs/PRIVACY.md).
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (the ESR of 2025) is the first Firefox with the CSS Custom Highlight API (CSS.highlights,
            // ::highlight()) and with data_collection_permissions; Firefox for Android reads that key from
            // 142. Everything else the code uses is older or feature-detected (README, "Firefox").
            gecko: {
              id: 'context-lens@context-lens.org',
              strict_min_version: '140.0',
              // The extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...azDictionaryFiles(), popoverModuleFile());
    },
    'build:manifestGenerated': (wxt, manifest) => {
      withLibraryOptionsPage(manifest);
      withPopoverModule(manifest, wxt.config.manifestVersion);
    },
  },
  vite: () => ({
    plugins: [preact(), seedIndexPlugin()],
    // CONTEXT_LENS_PROFILE=1 keeps function names readable in CPU profiles (bench/hotspots.ts).
    build: process.env.CONTEXT_LENS_PROFILE ? { minify: false } : {},
  }),
});
