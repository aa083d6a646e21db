// Adding the reader's own articles: paste a text, or choose or drop .txt and .html files.
import { useState } from 'preact/hooks';
import type { IngestInput } from '../../lib/ingest/prepare';
import { MAX_FILE_BYTES, formatBytes, refuseTextUpFront } from '../../lib/ingest/limits';
import { addInBatches, inputsFromFiles, type AddOutcome } from './add-files';
import type { LibraryBackend } from './backend';
import { Link, plural, type Navigate } from './shared';

type Progress = { done: number; total: number } | null;

export function AddArticles({ backend, navigate }: { backend: LibraryBackend; navigate: Navigate }) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [source, setSource] = useState('');
  const [progress, setProgress] = useState<Progress>(null);
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const busy = progress !== null;

  async function run(inputs: IngestInput[], refusedEarly: AddOutcome['refused'] = []) {
    setOutcome(null);
    const result = await addInBatches(inputs, (batch) => backend.addArticles(batch), (done, total) => setProgress({ done, total }));
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
    setProgress({ done: 0, total: files.length });
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
        <h1 id="add-heading">Add articles</h1>
      </div>
      <p class="lede">
        Articles you add are read like the corpus: their people, organisations and places are found, and highlighted on every page you visit. Russian and English texts.
      </p>

      {progress ? (
        <div class="progress" role="status">
          <progress max={progress.total} value={progress.done} aria-label="Adding articles" />
          <span>
            {progress.done} of {plural(progress.total, 'article')}
          </span>
        </div>
      ) : null}

      {outcome ? (
        <div class="outcome" role="status" aria-live="polite">
          {outcome.added.length > 0 ? (
            <p class="ok">
              Added {plural(outcome.added.length, 'article')}
              {outcome.newEntities > 0 ? `, with ${plural(outcome.newEntities, 'new entity', 'new entities')}` : ''}.
            </p>
          ) : null}
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
              <p>Not added:</p>
              <ul>
                {outcome.refused.slice(0, 50).map((r) => (
                  <li>
                    <strong>{r.label}</strong>: {r.reason}
                  </li>
                ))}
              </ul>
              {outcome.refused.length > 50 ? <p>…and {outcome.refused.length - 50} more.</p> : null}
            </div>
          ) : null}
        </div>
      ) : null}
      <div class="add-grid">
        <form class="card" onSubmit={addPasted}>
          <h2>Paste a text</h2>
          <label>
            Title <span class="hint">(optional: else the first line)</span>
            <input type="text" value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
          </label>
          <label>
            Source <span class="hint">(optional)</span>
            <input type="text" value={source} onInput={(e) => setSource((e.target as HTMLInputElement).value)} />
          </label>
          <label>
            Text
            <textarea rows={10} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} aria-label="Article text" />
          </label>
          <button type="submit" class="primary" disabled={busy || text.trim() === ''}>
            Add article
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
          <h2>Add files</h2>
          <p>Drop .txt or .html files here, or</p>
          <label class="button">
            Choose files…
            <input
              type="file"
              multiple
              accept=".txt,.text,.md,.html,.htm,text/plain,text/html"
              class="visually-hidden"
              aria-label="Choose files"
              disabled={busy}
              onChange={(e) => {
                const input = e.target as HTMLInputElement;
                const files = [...(input.files ?? [])];
                input.value = '';
                void addFiles(files);
              }}
            />
          </label>
          <p class="hint">Up to {formatBytes(MAX_FILE_BYTES)} a file; as many files as you like.</p>
        </div>
      </div>

    </section>
  );
}
