// The library file between the page and the background, a part at a time (docs/FORMAT.md): the export
// is gathered as the lines of a Blob (never one string, never one message), the import reads the file as
// a stream and sends its lines in parts. A format-1 file (one JSON object) still imports in one message.
import { MAX_IMPORT_BYTES, formatBytes } from '../../lib/ingest/limits';
import { linesOf, linesVersionOf } from '../../lib/library-file';
import type { ExportPart, LibraryChange } from '../../lib/protocol/library';

/** The messages the transfer uses (the library backend sends them to the background). */
export interface FileMessages {
  exportPart(part: { session?: string; from: number; count: number }): Promise<ExportPart>;
  importBegin(header: string): Promise<{ session: string }>;
  importPart(session: string, lines: string[]): Promise<{ received: number }>;
  importCommit(session: string): Promise<LibraryChange>;
  importAbort(session: string): Promise<void>;
  /** A format-1 file, whole. */
  importWhole(text: string): Promise<LibraryChange>;
}

export type Progress = (done: number, total: number) => void;

/** How much one message carries: lines of the file, and characters. */
export interface PartSize {
  lines: number;
  chars: number;
}
const DEFAULT_PART: PartSize = { lines: 200, chars: 4_000_000 };

export async function exportLibraryFile(
  messages: FileMessages,
  progress: Progress = () => {},
  size: PartSize = DEFAULT_PART,
): Promise<{ blob: Blob; articles: number; entities: number }> {
  const pieces: string[] = [];
  let part = await messages.exportPart({ from: 0, count: size.lines });
  for (let from = 0; ;) {
    for (const line of part.lines) pieces.push(line, '\n');
    from += size.lines;
    progress(Math.min(from, part.total), part.total);
    if (from >= part.total) break;
    part = await messages.exportPart({ session: part.session, from, count: size.lines });
  }
  return {
    blob: new Blob(pieces, { type: 'application/x-ndjson' }),
    articles: part.articles,
    entities: part.entities,
  };
}

async function* textOf(file: Blob): AsyncGenerator<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

export class FileTooLarge extends Error {}

export async function importLibraryFile(
  file: Blob,
  messages: FileMessages,
  progress: Progress = () => {},
  size: PartSize = DEFAULT_PART,
): Promise<LibraryChange> {
  const lines = linesOf(textOf(file));
  const first = await lines.next();
  const header = first.done ? '' : first.value;
  if (linesVersionOf(header) === null) {
    await lines.return(undefined);
    // Format 1, or not a library file at all: the background says which, from the whole text.
    if (file.size > MAX_IMPORT_BYTES) throw new FileTooLarge(formatBytes(file.size));
    return messages.importWhole(await file.text());
  }
  const counts = JSON.parse(header) as { articles?: number; entities?: number };
  const total = 1 + (Number(counts.articles) || 0) + (Number(counts.entities) || 0);
  const { session } = await messages.importBegin(header);
  try {
    let batch: string[] = [];
    let chars = 0;
    let sent = 1;
    const send = async () => {
      await messages.importPart(session, batch);
      sent += batch.length;
      progress(Math.min(sent, total), total);
      batch = [];
      chars = 0;
    };
    for await (const line of lines) {
      if (batch.length > 0 && (batch.length >= size.lines || chars + line.length > size.chars)) await send();
      batch.push(line);
      chars += line.length;
    }
    if (batch.length > 0) await send();
    return await messages.importCommit(session);
  } catch (error) {
    await messages.importAbort(session).catch(() => {});
    throw error;
  }
}
