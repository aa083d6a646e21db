// The reader's settings (saved as they change; every open page follows them), and the library's file:
// export, import, wipe.
import { useEffect, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES, formatBytes } from '../../lib/ingest/limits';
import { ENTITY_TYPES } from '../../lib/model';
import { exportFileName } from '../../platform/export';
import type { Settings } from '../../platform/settings';
import type { LibraryBackend } from './backend';
import { TYPE_PLURAL, plural } from './shared';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** "news.example.com" from whatever the reader typed: a host, or a whole address. */
export function siteOf(line: string): string | null {
  const trimmed = line.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    return new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname || null;
  } catch {
    return null;
  }
}

export function SettingsPanel({ backend }: { backend: LibraryBackend }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void backend.loadSettings().then((s) => {
      setSettings(s);
      setSites(s.disabledSites.join('\n'));
    });
    return backend.onSettingsChanged((s) => setSettings(s));
  }, [backend]);

  if (!settings) return <p class="empty">Loading…</p>;
  const save = (patch: Partial<Settings>) => void backend.saveSettings(patch).then(setSettings);

  async function exportNow() {
    setBusy(true);
    try {
      const data = await backend.exportLibrary();
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = exportFileName();
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setNotice({ kind: 'ok', text: `Exported ${plural(data.articles.length, 'article')} and ${plural(data.entities.length, 'entity', 'entities')}.` });
    } catch (error) {
      setNotice({ kind: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }

  async function importFile(file: File) {
    setBusy(true);
    try {
      if (file.size === 0) throw new Error('The file is empty.');
      if (file.size > MAX_IMPORT_BYTES) throw new Error(`The file is ${formatBytes(file.size)}; a library export this large is not one this extension wrote.`);
      const change = await backend.importLibrary(await file.text());
      setNotice({ kind: 'ok', text: `Imported ${plural(change.articles, 'article')} and ${plural(change.entities, 'entity', 'entities')}.` });
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  async function wipe() {
    if (!confirm('Remove every article you added, and the entities only they named? Export first to keep a copy.')) return;
    setBusy(true);
    try {
      const change = await backend.wipeLibrary();
      setNotice({ kind: 'ok', text: `Removed ${plural(change.articles, 'article')} and ${plural(change.entities, 'entity', 'entities')}.` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="settings-heading" class="settings">
      <div class="section-head">
        <h1 id="settings-heading">Settings</h1>
      </div>

      <div class="card">
        <h2>Highlighting</h2>
        <label class="row">
          <input type="checkbox" checked={!settings.paused} onChange={(e) => save({ paused: !(e.target as HTMLInputElement).checked })} />
          Highlight names on web pages
        </label>
        <fieldset>
          <legend>Entity types</legend>
          <div class="type-grid">
            {ENTITY_TYPES.map((type) => (
              <label class={`row type-${type}`}>
                <input
                  type="checkbox"
                  checked={settings.types.includes(type)}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    save({ types: ENTITY_TYPES.filter((t) => (t === type ? on : settings.types.includes(t))) });
                  }}
                />
                <span class="dot" aria-hidden="true" />
                {TYPE_PLURAL[type]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>Mentions</legend>
          <label class="row">
            <input type="radio" name="mentions" checked={settings.mentions === 'all'} onChange={() => save({ mentions: 'all' })} />
            Every mention
          </label>
          <label class="row">
            <input type="radio" name="mentions" checked={settings.mentions === 'first'} onChange={() => save({ mentions: 'first' })} />
            First mention of each entity on a page
          </label>
        </fieldset>
        <fieldset>
          <legend>Style</legend>
          <label class="row">
            <input type="radio" name="style" checked={settings.style === 'underline'} onChange={() => save({ style: 'underline' })} />
            <span class="sample underline">Underline</span>
          </label>
          <label class="row">
            <input type="radio" name="style" checked={settings.style === 'background'} onChange={() => save({ style: 'background' })} />
            <span class="sample background">Background</span>
          </label>
        </fieldset>
        <label>
          Open the card on hover after <span class="value">{settings.hoverDelayMs === 0 ? 'never (click only)' : `${settings.hoverDelayMs} ms`}</span>
          <input
            type="range"
            min={0}
            max={1500}
            step={100}
            value={settings.hoverDelayMs}
            onChange={(e) => save({ hoverDelayMs: Number((e.target as HTMLInputElement).value) })}
          />
        </label>
        <label>
          Sites where nothing is highlighted <span class="hint">(one per line)</span>
          <textarea
            rows={4}
            value={sites}
            placeholder="news.example.com"
            onInput={(e) => setSites((e.target as HTMLTextAreaElement).value)}
            onBlur={() => {
              const list = [...new Set(sites.split('\n').map(siteOf).filter((s): s is string => s !== null))];
              setSites(list.join('\n'));
              save({ disabledSites: list });
            }}
          />
        </label>
      </div>

      <div class="card">
        <h2>Your library</h2>
        <p>Export your articles, the entities found in them and these settings to one file; import it here or in another browser.</p>
        <div class="actions">
          <button type="button" class="primary" disabled={busy} onClick={exportNow}>
            Export…
          </button>
          <label class="button">
            Import…
            <input
              type="file"
              accept=".json,application/json"
              class="visually-hidden"
              aria-label="Import a library file"
              disabled={busy}
              onChange={(e) => {
                const input = e.target as HTMLInputElement;
                const file = input.files?.[0];
                input.value = '';
                if (file) void importFile(file);
              }}
            />
          </label>
          <button type="button" class="danger" disabled={busy} onClick={wipe}>
            Remove all my articles…
          </button>
        </div>
        {notice ? (
          <p class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </p>
        ) : null}
      </div>
    </section>
  );
}
