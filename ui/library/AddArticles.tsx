// Adding the reader's own articles: paste a text, or choose or drop .txt and .html files.
import { useState } from 'preact/hooks';
import type { IngestInput } from '../../lib/ingest/prepare';
import { MAX_FILE_BYTES, formatBytes, refuseTextUpFront } from '../../lib/ingest/limits';
import { addInBatches, inputsFromFiles, type AddOutcome } from './add-files';
import type { LibraryBackend } from './backend';
import { FileButton } from './controls';
import { Link, type Navigate } from './shared';
import { useStrings } from './strings';

type Progress = { done: number; total: number; startedAt: number; rate: number | null } | null;

export function AddArticles({ backend, navigate }: { backend: LibraryBackend; navigate: Navigate }) {
  const t = useStrings();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [source, setSource] = useState('');
  const [progress, setProgress] = useState<Progress>(null);
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);
  const [dragging, setDragging] = useState(false);
  /** The inputs of the last addition, by label: a refusal for another language can be added for names only. */
  const [sent, setSent] = useState<Map<string, IngestInput>>(new Map());
  const busy = progress !== null;
  const [cancel, setCancel] = useState<AbortController | null>(null);

  async function run(inputs: IngestInput[], refusedEarly: AddOutcome['refused'] = []) {
    setOutcome(null);
    setSent(new Map(inputs.map((input) => [input.label, input])));
    const controller = new AbortController();
    setCancel(controller);
    const startedAt = Date.now();
    const result = await addInBatches(
      inputs,
      (batch, more) => backend.addArticles(batch, more),
      (done, total) => {
        const seconds = (Date.now() - startedAt) / 1000;
        setProgress({ done, total, startedAt, rate: done > 0 && seconds > 0 ? done / seconds : null });
      },
      undefined,
      controller.signal,
    );
    setCancel(null);
    setProgress(null);
    result.refused.unshift(...refusedEarly);
    setOutcome(result);
    return result;
  }

  async function addPasted(event: Event) {
    event.preventDefault();
    const early = refuseTextUpFront(text);
    if (early) {
      setOutcome({ added: [], refused: [{ label: 'pasted text', reason: early }], newEntities: 0 });
      return;
    }
    const input: IngestInput = { label: 'pasted text', text };
    if (title.trim()) input.title = title.trim();
    if (source.trim()) input.source = source.trim();
    const result = await run([input]);
    // The text stays in the box when it was refused: nothing the reader typed is lost.
    if (result.added.length > 0) {
      setText('');
      setTitle('');
      setSource('');
    }
  }

  async function addFiles(files: File[]) {
    if (files.length === 0) return;
    setProgress({ done: 0, total: files.length, startedAt: Date.now(), rate: null });
    const { inputs, refused } = await inputsFromFiles(files);
    if (inputs.length === 0) {
      setProgress(null);
      setOutcome({ added: [], refused, newEntities: 0 });
      return;
    }
    await run(inputs, refused);
  }

  return (
    <section aria-labelledby="add-heading" class="add">
      <div class="section-head">
        <h1 id="add-heading">{t.add.heading}</h1>
      </div>
      <p class="lede">{t.add.lede}</p>

      {progress ? (
        <div class="progress" role="status">
          <progress max={progress.total} value={progress.done} aria-label={t.add.progressLabel} />
          <span>{t.add.progress(progress.done, progress.total)}</span>
          {progress.rate ? (
            <span class="hint">
              {t.add.rate(progress.rate, Math.ceil((progress.total - progress.done) / progress.rate))}
            </span>
          ) : null}
          {cancel && progress.total > 1 ? (
            <button type="button" class="quiet" onClick={() => cancel.abort()}>
              {t.add.cancel}
            </button>
          ) : null}
        </div>
      ) : null}

      {outcome ? (
        <div class="outcome" role="status" aria-live="polite">
          {outcome.added.length > 0 ? (
            <p class="ok">{t.add.added(outcome.added.length, outcome.newEntities)}</p>
          ) : null}
          {outcome.cancelled ? <p>{t.add.cancelled(outcome.cancelled)}</p> : null}
          {outcome.added.length > 0 && outcome.added.length <= 10 ? (
            <ul class="added">
              {outcome.added.map((a) => (
                <li>
                  <Link to={{ page: 'article', id: a.id, sentence: null }} navigate={navigate}>
                    {a.title}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {outcome.refused.length > 0 ? (
            <div class="refused" role="alert">
              <p>{t.add.notAdded}</p>
              <ul>
                {outcome.refused.slice(0, 50).map((r) => {
                  const input = r.language ? sent.get(r.label) : undefined;
                  return (
                    <li>
                      <strong>{r.label}</strong>: {r.reason}
                      {input ? (
                        <>
                          {' '}
                          <button
                            type="button"
                            class="quiet"
                            disabled={busy}
                            onClick={() => void run([{ ...input, reading: 'names-only' }])}
                          >
                            {t.language.addNamesOnly}
                          </button>
                        </>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
              {outcome.refused.length > 50 ? <p>{t.add.more(outcome.refused.length - 50)}</p> : null}
            </div>
          ) : null}
        </div>
      ) : null}
      <div class="add-grid">
        <form class="card" onSubmit={(event) => void addPasted(event)}>
          <h2>{t.add.paste}</h2>
          <label>
            {t.add.title} <span class="hint">{t.add.titleHint}</span>
            <input
              type="text"
              value={title}
              onInput={(e) => setTitle((e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            {t.add.source} <span class="hint">{t.add.optional}</span>
            <input
              type="text"
              value={source}
              onInput={(e) => setSource((e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            {t.add.text}
            <textarea
              rows={10}
              value={text}
              onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            />
          </label>
          <button type="submit" class="primary" disabled={busy || text.trim() === ''}>
            {t.add.addArticle}
          </button>
        </form>

        <div
          class={dragging ? 'card drop dragging' : 'card drop'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void addFiles([...(e.dataTransfer?.files ?? [])]);
          }}
        >
          <h2>{t.add.files}</h2>
          <p>{t.add.drop}</p>
          <FileButton
            label={t.add.choose}
            accept=".txt,.text,.md,.html,.htm,text/plain,text/html"
            multiple
            disabled={busy}
            onFiles={(files) => void addFiles(files)}
          >
            {t.add.choose}
          </FileButton>
          <p class="hint">{t.add.filesHint(formatBytes(MAX_FILE_BYTES))}</p>
        </div>
      </div>
    </section>
  );
}
