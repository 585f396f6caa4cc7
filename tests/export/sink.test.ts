import { describe, expect, it, vi } from 'vitest';
import { ExportWriteError, blobSink, interactionsToCsv, interactionsToCsvChunks, pipeToSink, type ExportRow, type TextSink } from '@/lib/export';

function exportRow(n: number, text: string): ExportRow {
  return {
    id: `i${n}`,
    brandId: 'b1',
    commentId: `c${n}`,
    platform: n % 2 ? 'x' : 'facebook',
    postUrl: 'https://www.facebook.com/riposte.demo/posts/1',
    authorKey: 'facebook:lea.martin',
    kind: 'replied',
    at: new Date(Date.parse('2026-03-29T00:00:00.000Z') + n * 1_234_567).toISOString(),
    commentText: text,
    authorName: 'Léa Martin',
    commentStatus: 'replied',
    commentLabels: ['complaint', 'question'],
    commentSentiment: 'negative',
    finalText: `Bonjour ; ${text}`,
  };
}

const TEXTS = ['=1+1\nsuite', 'Emoji 😡 et 👩‍👩‍👧', 'dit "oui"; puis, non', '-1 étoile', '\uFEFFbom au milieu', 'é'.repeat(500)];
const ROWS = Array.from({ length: 257 }, (_, n) => exportRow(n, TEXTS[n % TEXTS.length] as string));

/** A sink standing for a file being written: keeps what reaches it, in order. */
function recordingSink(failOnWrite?: number) {
  const written: string[] = [];
  const sink = {
    write: vi.fn(async (chunk: string) => {
      if (written.length + 1 === failOnWrite) throw new Error('QuotaExceededError: disk full');
      written.push(chunk);
    }),
    close: vi.fn(async () => undefined),
    abort: vi.fn(async () => undefined),
  } satisfies TextSink;
  return { sink, written };
}

const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('streamed CSV export', () => {
  it.each([
    { language: 'fr', chunkRows: 1, partUnits: 1 },
    { language: 'fr', chunkRows: 10, partUnits: 5_000 },
    { language: 'en', chunkRows: 2_000, partUnits: 2_000_000 },
  ] as const)('a Blob built from parts holds exactly the one-shot file ($language, $chunkRows-row chunks)', async ({ language, chunkRows, partUnits }) => {
    const options = { language, timeZone: 'Europe/Paris' };
    const sink = blobSink('text/csv;charset=utf-8', partUnits);
    await pipeToSink(interactionsToCsvChunks(ROWS, { ...options, chunkRows }), sink);
    const blob = sink.blob();
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const oneShot = interactionsToCsv(ROWS, options);
    const expected = new TextEncoder().encode(oneShot);
    const got = await bytes(blob);
    expect(got.length).toBe(expected.length);
    expect(Buffer.compare(got, expected)).toBe(0);
    // The BOM once, at the very start.
    expect([...(await bytes(blob)).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await blob.text()).lastIndexOf('\uFEFF', 0)).toBe(0);
  });

  it('writes the same text to a file sink, chunk by chunk, then closes it', async () => {
    const { sink, written } = recordingSink();
    await pipeToSink(interactionsToCsvChunks(ROWS, { language: 'fr', chunkRows: 50 }), sink);
    expect(written.length).toBe(1 + Math.ceil(ROWS.length / 50));
    expect(written.join('')).toBe(interactionsToCsv(ROWS, { language: 'fr' }));
    expect(sink.close).toHaveBeenCalledOnce();
    expect(sink.abort).not.toHaveBeenCalled();
  });

  it('a write failing half-way aborts the file, never closes it, and says the file is incomplete', async () => {
    const { sink, written } = recordingSink(3);
    const run = pipeToSink(interactionsToCsvChunks(ROWS, { chunkRows: 50 }), sink);
    await expect(run).rejects.toThrow(ExportWriteError);
    await expect(run).rejects.toThrow(/could not be written to the end: QuotaExceededError: disk full/);
    expect(written).toHaveLength(2);
    expect(sink.abort).toHaveBeenCalledOnce();
    expect(sink.close).not.toHaveBeenCalled();
  });

  it('a failing close (the file cannot be put in place) is a write failure too', async () => {
    const { sink } = recordingSink();
    sink.close.mockRejectedValueOnce(new Error('NotAllowedError'));
    await expect(pipeToSink(['a', 'b'], sink)).rejects.toThrow(ExportWriteError);
    expect(sink.abort).toHaveBeenCalledOnce();
  });

  it('a failure reading the rows aborts the file and is reported as itself', async () => {
    const { sink } = recordingSink();
    async function* rows() {
      yield exportRow(1, 'a');
      throw new Error('The database was closed.');
    }
    const run = pipeToSink(interactionsToCsvChunks(rows(), { chunkRows: 1 }), sink);
    await expect(run).rejects.toThrow('The database was closed.');
    await expect(run).rejects.not.toThrow(ExportWriteError);
    expect(sink.abort).toHaveBeenCalledOnce();
    expect(sink.close).not.toHaveBeenCalled();
  });

  it('a Blob sink gives no file before it is closed, nor after an abort', async () => {
    const sink = blobSink('text/csv');
    sink.write('a');
    expect(() => sink.blob()).toThrow(/not complete/);
    sink.abort();
    expect(() => sink.blob()).toThrow(/not complete/);
  });
});
