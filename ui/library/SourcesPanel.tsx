// Library → Sources: the corpus packs the reader subscribes to (docs/PACKS.md). Subscribing asks for the
// pack host's permission, then shows what was verified: name, size, counts, the signer's fingerprint.
import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '../../lib/ingest/limits';
import { formatFingerprint } from '../../lib/packs/crypto';
import type { PackSummary } from '../../lib/packs/state';
import { httpUrl } from '../../lib/validate/url';
import type { LibraryBackend } from './backend';
import { useStrings } from './strings';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function SourcesPanel({ backend }: { backend: LibraryBackend }) {
  const t = useStrings();
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const when = (ms: number | string) =>
    new Date(ms).toLocaleString(t.lang === 'ru' ? 'ru-RU' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });

  const reload = () =>
    backend
      .listPacks()
      .then(setPacks)
      .catch((error: unknown) => setNotice({ kind: 'error', text: errorText(error) }));
  useEffect(() => void reload(), [backend]);

  async function subscribe(event: Event) {
    event.preventDefault();
    const address = httpUrl(url);
    if (!address) return;
    setBusy(true);
    setNotice({ kind: 'ok', text: t.sources.subscribing });
    try {
      const pack = await backend.subscribePack(address);
      if (pack) {
        setNotice({ kind: 'ok', text: t.sources.subscribed(pack.name) });
        setUrl('');
      } else setNotice({ kind: 'error', text: t.sources.denied(new URL(address).host) });
    } catch (error) {
      setNotice({ kind: 'error', text: `${t.sources.failed} ${errorText(error)}` });
    } finally {
      setBusy(false);
      await reload();
    }
  }

  async function act(task: () => Promise<unknown>) {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
      await reload();
    }
  }

  return (
    <section aria-labelledby="sources-heading" class="settings sources">
      <div class="section-head">
        <h1 id="sources-heading">{t.sources.heading}</h1>
      </div>
      <div class="card">
        <p>{t.sources.intro}</p>
        <form class="actions" onSubmit={(e) => void subscribe(e)}>
          <input
            type="url"
            required
            aria-label={t.sources.urlLabel}
            placeholder="https://example.org/pack/pack.json"
            value={url}
            onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="primary" disabled={busy || !httpUrl(url)}>
            {t.sources.subscribe}
          </button>
        </form>
        {notice ? (
          <p class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </p>
        ) : null}
      </div>
      {packs === null ? (
        <p class="empty">{t.loading}</p>
      ) : packs.length === 0 ? (
        <p class="empty">{t.sources.none}</p>
      ) : (
        <>
          <ul class="packs" aria-label={t.sources.heading}>
            {packs.map((pack) => (
              <li class="card pack" key={pack.id} aria-label={pack.name}>
                <h2>{pack.name}</h2>
                {pack.description ? <p>{pack.description}</p> : null}
                <p class="meta">
                  {t.sources.details({
                    version: pack.version,
                    size: formatBytes(pack.bytes),
                    articles: pack.articles,
                    entities: pack.entities,
                  })}
                </p>
                <p class="meta">
                  {t.sources.fingerprint}: <code>{formatFingerprint(pack.fingerprint)}</code>
                </p>
                <p class="meta">
                  <a href={pack.url} rel="noreferrer">
                    {pack.url}
                  </a>{' '}
                  · {t.sources.checked(when(pack.checkedAt))} · {t.sources.expires(when(pack.expires))}
                </p>
                {pack.lastError ? (
                  <p class="notice error" role="alert">
                    {t.sources.lastError} {pack.lastError.message}
                  </p>
                ) : null}
                <div class="actions">
                  <label>
                    <input
                      type="checkbox"
                      checked={pack.enabled}
                      disabled={busy}
                      onChange={(e) =>
                        void act(() =>
                          backend.setPackEnabled(pack.id, (e.target as HTMLInputElement).checked),
                        )
                      }
                    />
                    {t.sources.enabled}
                  </label>
                  <button
                    type="button"
                    class="danger"
                    disabled={busy}
                    onClick={() => {
                      if (confirm(t.sources.unsubscribeConfirm(pack.name)))
                        void act(() => backend.unsubscribePack(pack.id));
                    }}
                  >
                    {t.sources.unsubscribe}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" disabled={busy} onClick={() => void act(() => backend.checkPacks())}>
              {t.sources.checkNow}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
