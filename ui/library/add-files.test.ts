import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../lib/ingest/limits';
import type { IngestInput } from '../../lib/ingest/prepare';
import type { AddArticlesResult } from '../../lib/protocol/library';
import { addInBatches, inputsFromFiles } from './add-files';

describe('inputsFromFiles', () => {
  it('reads text files and refuses, unread, the empty, the too large and the unknown kinds', async () => {
    const huge = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'dump.txt', { type: 'text/plain' });
    const { inputs, refused } = await inputsFromFiles([
      new File(['Токаев прибыл в Баку.'], 'note.txt', { type: 'text/plain' }),
      new File([], 'empty.txt'),
      huge,
      new File(['%PDF-1.7'], 'paper.pdf', { type: 'application/pdf' }),
    ]);
    expect(inputs).toEqual([{ label: 'note.txt', text: 'Токаев прибыл в Баку.' }]);
    expect(refused.map((r) => [r.label, r.reason])).toEqual([
      ['empty.txt', 'the file is empty'],
      ['dump.txt', expect.stringMatching(/^the file is 5\.0 MB; the library takes articles up to 5\.0 MB$/)],
      ['paper.pdf', 'only .txt and .html files can be added'],
    ]);
  });
});

describe('addInBatches', () => {
  const inputs: IngestInput[] = Array.from({ length: 7 }, (_, i) => ({
    label: `a${i}.txt`,
    text: `text ${i}`,
  }));

  it('sends batches in order, reports progress after each, and adds up the outcome', async () => {
    const sent: string[][] = [];
    const progress: [number, number][] = [];
    const outcome = await addInBatches(
      inputs,
      async (batch): Promise<AddArticlesResult> => {
        sent.push(batch.map((b) => b.label));
        return {
          added: batch.slice(1).map((b) => ({ id: `user-${b.label}`, title: b.label })),
          refused: [{ label: batch[0].label, reason: 'already in the library' }],
          newEntities: 1,
        };
      },
      (done, total) => progress.push([done, total]),
      3,
    );
    expect(sent).toEqual([['a0.txt', 'a1.txt', 'a2.txt'], ['a3.txt', 'a4.txt', 'a5.txt'], ['a6.txt']]);
    expect(progress).toEqual([
      [0, 7],
      [3, 7],
      [6, 7],
      [7, 7],
    ]);
    expect(outcome.added).toHaveLength(4);
    expect(outcome.refused.map((r) => r.label)).toEqual(['a0.txt', 'a3.txt', 'a6.txt']);
    expect(outcome.newEntities).toBe(3);
  });

  it('keeps going when a batch fails, and names every article of that batch with the reason', async () => {
    const outcome = await addInBatches(
      inputs,
      async (batch) => {
        if (batch[0].label === 'a3.txt') throw new Error('The extension was updated; reload this page.');
        return { added: batch.map((b) => ({ id: b.label, title: b.label })), refused: [], newEntities: 0 };
      },
      () => undefined,
      3,
    );
    expect(outcome.added).toHaveLength(4);
    expect(outcome.refused).toEqual(
      ['a3.txt', 'a4.txt', 'a5.txt'].map((label) => ({
        label,
        reason: 'The extension was updated; reload this page.',
      })),
    );
  });

  it('stops when the reader cancels, keeping what was added, and says that more batches follow but the last', async () => {
    const controller = new AbortController();
    const more: boolean[] = [];
    const outcome = await addInBatches(
      inputs,
      async (batch, follows) => {
        more.push(follows);
        if (more.length === 2) controller.abort();
        return { added: batch.map((b) => ({ id: b.label, title: b.label })), refused: [], newEntities: 0 };
      },
      () => undefined,
      3,
      controller.signal,
    );
    expect(more).toEqual([true, true]);
    expect(outcome.added.map((a) => a.id)).toEqual([
      'a0.txt',
      'a1.txt',
      'a2.txt',
      'a3.txt',
      'a4.txt',
      'a5.txt',
    ]);
    expect(outcome.cancelled).toBe(1);
    const all: boolean[] = [];
    await addInBatches(
      inputs,
      async (_batch, follows) => (all.push(follows), { added: [], refused: [], newEntities: 0 }),
      () => undefined,
      3,
    );
    expect(all).toEqual([true, true, false]);
  });
});
