// Turning what the reader gives the library into batches for the background, with progress.
import { INGEST_BATCH_SIZE, refuseFileUpFront, type Refusal } from '../../lib/ingest/limits';
import type { IngestInput } from '../../lib/ingest/prepare';
import type { AddArticlesResult } from '../../lib/protocol/library';
import { inputFromHtml } from './html-input';

export interface AddOutcome {
  added: AddArticlesResult['added'];
  refused: Refusal[];
  newEntities: number;
  /** Inputs not sent because the reader cancelled (what was added before stays). */
  cancelled?: number;
}

/** Reads chosen or dropped files: too large, empty or unknown kinds are refused before being read. */
export async function inputsFromFiles(
  files: readonly File[],
): Promise<{ inputs: IngestInput[]; refused: Refusal[] }> {
  const inputs: IngestInput[] = [];
  const refused: Refusal[] = [];
  for (const file of files) {
    const upFront = refuseFileUpFront(file.name, file.size);
    if (upFront) {
      refused.push({ label: file.name, reason: upFront });
      continue;
    }
    const text = await file.text();
    if (/\.x?html?$/i.test(file.name)) {
      if (text.includes('\u0000')) {
        refused.push({ label: file.name, reason: 'looks like a binary file, not an HTML page' });
        continue;
      }
      const input = inputFromHtml(text, file.name);
      if (input) inputs.push(input);
      else refused.push({ label: file.name, reason: 'no article found in this page' });
    } else {
      inputs.push({ label: file.name, text });
    }
  }
  return { inputs, refused };
}

/** Sends the inputs in batches, reporting how many are done after each; the background does the work. */
export async function addInBatches(
  inputs: readonly IngestInput[],
  send: (batch: IngestInput[], more: boolean) => Promise<AddArticlesResult>,
  onProgress: (done: number, total: number) => void,
  batchSize = INGEST_BATCH_SIZE,
  signal?: AbortSignal,
): Promise<AddOutcome> {
  const outcome: AddOutcome = { added: [], refused: [], newEntities: 0 };
  onProgress(0, inputs.length);
  for (let i = 0; i < inputs.length; i += batchSize) {
    if (signal?.aborted) {
      outcome.cancelled = inputs.length - i;
      break;
    }
    const batch = inputs.slice(i, i + batchSize);
    try {
      const result = await send(batch, i + batchSize < inputs.length);
      outcome.added.push(...result.added);
      outcome.refused.push(...result.refused);
      outcome.newEntities += result.newEntities;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      outcome.refused.push(...batch.map((b) => ({ label: b.label, reason })));
    }
    onProgress(Math.min(i + batchSize, inputs.length), inputs.length);
  }
  return outcome;
}
