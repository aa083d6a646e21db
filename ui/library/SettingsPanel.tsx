// The reader's settings (saved as they change; every open page follows them), and the library's file:
// export, import, wipe.
import { useEffect, useState } from 'preact/hooks';
import { ENTITY_TYPES } from '../../lib/model';
import type { Settings } from '../../lib/settings';
import type { LibraryBackend } from './backend';
import { FileTooLarge } from './file-transfer';
import { FileButton, RadioGroup } from './controls';
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
      const file = await backend.exportLibrary((done, total) =>
        setNotice({ kind: 'ok', text: t.settings.exporting(done, total) }),
      );
      const url = URL.createObjectURL(file.blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = file.fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setNotice({ kind: 'ok', text: t.settings.exported(file.articles, file.entities) });
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
      const change = await backend
        .importLibrary(file, (done, total) =>
          setNotice({ kind: 'ok', text: t.settings.importing(done, total) }),
        )
        .catch((error: unknown) => {
          throw error instanceof FileTooLarge ? new Error(t.settings.tooLarge(error.message)) : error;
        });
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
        <RadioGroup
          legend={t.settings.mentions}
          name="mentions"
          value={settings.mentions}
          options={[
            { value: 'all', label: t.settings.every },
            { value: 'first', label: t.settings.first },
          ]}
          onChange={(mentions) => save({ mentions })}
        />
        <RadioGroup
          legend={t.settings.style}
          name="style"
          value={settings.style}
          options={[
            { value: 'underline', label: <span class="sample underline">{t.settings.underline}</span> },
            { value: 'background', label: <span class="sample background">{t.settings.background}</span> },
          ]}
          onChange={(style) => save({ style })}
        />
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
          <FileButton
            label={t.settings.importLabel}
            accept=".json,application/json"
            disabled={busy}
            onFiles={([file]) => void importFile(file)}
          >
            {t.settings.import}
          </FileButton>
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
