// The reader's settings (saved as they change; every open page follows them), and the library's file:
// export, import, wipe.
import { useEffect, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES, formatBytes } from '../../lib/ingest/limits';
import { ENTITY_TYPES } from '../../lib/model';
import { exportFileName } from '../../platform/export';
import type { Settings } from '../../platform/settings';
import type { LibraryBackend } from './backend';
import { useStrings } from './strings';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** "news.example.com" from whatever the reader typed: a host, or a whole address. */
function siteOf(line: string): string | null {
  const trimmed = line.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    return new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname || null;
  } catch {
    return null;
  }
}

export function SettingsPanel({ backend }: { backend: LibraryBackend }) {
  const t = useStrings();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState('');
  const [ownSites, setOwnSites] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void backend.loadSettings().then((s) => {
      setSettings(s);
      setSites(s.disabledSites.join('\n'));
      setOwnSites(s.ownEntitySites.join('\n'));
    });
    return backend.onSettingsChanged((s) => setSettings(s));
  }, [backend]);

  if (!settings) return <p class="empty">{t.loading}</p>;
  const save = (patch: Partial<Settings>) => void backend.saveSettings(patch).then(setSettings);

  async function exportNow() {
    setBusy(true);
    try {
      const data = await backend.exportLibrary();
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = exportFileName();
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setNotice({ kind: 'ok', text: t.settings.exported(data.articles.length, data.entities.length) });
    } catch (error) {
      setNotice({
        kind: 'error',
        text: `${t.settings.exportFailed} ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  }

  async function importFile(file: File) {
    setBusy(true);
    try {
      if (file.size === 0) throw new Error(t.settings.empty);
      if (file.size > MAX_IMPORT_BYTES) throw new Error(t.settings.tooLarge(formatBytes(file.size)));
      const change = await backend.importLibrary(await file.text());
      setNotice({ kind: 'ok', text: t.settings.imported(change.articles, change.entities) });
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  async function wipe() {
    if (!confirm(t.settings.wipeConfirm)) return;
    setBusy(true);
    try {
      const change = await backend.wipeLibrary();
      setNotice({ kind: 'ok', text: t.settings.removed(change.articles, change.entities) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="settings-heading" class="settings">
      <div class="section-head">
        <h1 id="settings-heading">{t.settings.heading}</h1>
      </div>

      <div class="card">
        <h2>{t.settings.highlighting}</h2>
        <label class="row">
          <input
            type="checkbox"
            checked={!settings.paused}
            onChange={(e) => save({ paused: !(e.target as HTMLInputElement).checked })}
          />
          {t.settings.onPages}
        </label>
        <fieldset>
          <legend>{t.settings.types}</legend>
          <div class="type-grid">
            {ENTITY_TYPES.map((type) => (
              <label class={`row type-${type}`}>
                <input
                  type="checkbox"
                  checked={settings.types.includes(type)}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    save({
                      types: ENTITY_TYPES.filter((t) => (t === type ? on : settings.types.includes(t))),
                    });
                  }}
                />
                <span class="dot" aria-hidden="true" />
                {t.types[type]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.settings.mentions}</legend>
          <label class="row">
            <input
              type="radio"
              name="mentions"
              checked={settings.mentions === 'all'}
              onChange={() => save({ mentions: 'all' })}
            />
            {t.settings.every}
          </label>
          <label class="row">
            <input
              type="radio"
              name="mentions"
              checked={settings.mentions === 'first'}
              onChange={() => save({ mentions: 'first' })}
            />
            {t.settings.first}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t.settings.style}</legend>
          <label class="row">
            <input
              type="radio"
              name="style"
              checked={settings.style === 'underline'}
              onChange={() => save({ style: 'underline' })}
            />
            <span class="sample underline">{t.settings.underline}</span>
          </label>
          <label class="row">
            <input
              type="radio"
              name="style"
              checked={settings.style === 'background'}
              onChange={() => save({ style: 'background' })}
            />
            <span class="sample background">{t.settings.background}</span>
          </label>
        </fieldset>
        <label>
          {t.settings.hover}{' '}
          <span class="value">
            {settings.hoverDelayMs === 0 ? t.settings.hoverNever : t.settings.ms(settings.hoverDelayMs)}
          </span>
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
          {t.settings.sites} <span class="hint">{t.settings.sitesHint}</span>
          <textarea
            rows={4}
            value={sites}
            placeholder="news.example.com"
            onInput={(e) => setSites((e.target as HTMLTextAreaElement).value)}
            onBlur={() => {
              const list = [
                ...new Set(
                  sites
                    .split('\n')
                    .map(siteOf)
                    .filter((s): s is string => s !== null),
                ),
              ];
              setSites(list.join('\n'));
              save({ disabledSites: list });
            }}
          />
        </label>
      </div>

      <div class="card">
        <fieldset>
          <legend>{t.settings.own}</legend>
          <p class="hint">{t.settings.ownHint}</p>
          {(['everywhere', 'allowed', 'nowhere'] as const).map((choice) => (
            <label class="row" key={choice}>
              <input
                type="radio"
                name="ownEntities"
                checked={settings.ownEntities === choice}
                onChange={() => save({ ownEntities: choice })}
              />
              {choice === 'everywhere'
                ? t.settings.ownEverywhere
                : choice === 'allowed'
                  ? t.settings.ownAllowed
                  : t.settings.ownNowhere}
            </label>
          ))}
          {settings.ownEntities === 'allowed' && (
            <textarea
              rows={3}
              aria-label={t.settings.ownAllowed}
              value={ownSites}
              placeholder="news.example.com"
              onInput={(e) => setOwnSites((e.target as HTMLTextAreaElement).value)}
              onBlur={() => {
                const list = [
                  ...new Set(
                    ownSites
                      .split('\n')
                      .map(siteOf)
                      .filter((s): s is string => s !== null),
                  ),
                ];
                setOwnSites(list.join('\n'));
                save({ ownEntitySites: list });
              }}
            />
          )}
        </fieldset>
      </div>

      <div class="card">
        <h2>{t.settings.library}</h2>
        <p>{t.settings.libraryText}</p>
        <div class="actions">
          <button type="button" class="primary" disabled={busy} onClick={() => void exportNow()}>
            {t.settings.export}
          </button>
          <label class="button">
            {t.settings.import}
            <input
              type="file"
              accept=".json,application/json"
              class="visually-hidden"
              aria-label={t.settings.importLabel}
              disabled={busy}
              onChange={(e) => {
                const input = e.target as HTMLInputElement;
                const file = input.files?.[0];
                input.value = '';
                if (file) void importFile(file);
              }}
            />
          </label>
          <button type="button" class="danger" disabled={busy} onClick={() => void wipe()}>
            {t.settings.wipe}
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
