/**
 * Where a streamed export goes, chunk by chunk, so that no export ever holds its whole text (or a
 * list of all its chunks) in the JS heap: a file being written (the File System Access API's
 * writable stream), or a Blob assembled from Blobs (`blobSink`).
 */

/** A destination for text written in order. `close` makes it complete; `abort` discards it. */
export interface TextSink {
  write(chunk: string): Promise<void> | void;
  close(): Promise<void> | void;
  abort?(reason: unknown): Promise<void> | void;
}

/**
 * The destination failed part-way (disk full, file removed, permission withdrawn): what was
 * written is incomplete and has been discarded where the destination allows it.
 */
export class ExportWriteError extends Error {
  constructor(cause: unknown) {
    super(`The file could not be written to the end: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'ExportWriteError';
  }
}

/**
 * Writes every chunk to `sink`, then closes it. A failing write or close aborts the sink and
 * rejects with `ExportWriteError`; a failure reading the chunks aborts the sink and rejects with
 * that failure. Either way the sink is never closed, so a partial file is never passed off as
 * the export.
 */
export async function pipeToSink(chunks: AsyncIterable<string> | Iterable<string>, sink: TextSink): Promise<void> {
  let writing = false;
  try {
    for await (const chunk of chunks) {
      writing = true;
      await sink.write(chunk);
      writing = false;
    }
    writing = true;
    await sink.close();
  } catch (error) {
    try {
      await sink.abort?.(error);
    } catch {
      // The original failure is the one worth reporting.
    }
    throw writing ? new ExportWriteError(error) : error;
  }
}

/** Text is gathered up to this many UTF-16 code units before it becomes one Blob part (~4 MB). */
const BLOB_PART_UNITS = 2_000_000;

export interface BlobSink extends TextSink {
  write(chunk: string): void;
  close(): void;
  abort(reason?: unknown): void;
  /** The whole file, once closed. */
  blob(): Blob;
}

/**
 * A sink that builds a Blob out of Blobs: text is turned into a Blob part every ~4 MB and the
 * strings are dropped, so the JS heap holds at most one part's text. The parts' bytes live in the
 * browser's blob store (Node: outside the V8 heap), which is where a download reads them from.
 * The fallback where a file cannot be written as it comes (Firefox has no `showSaveFilePicker`).
 */
export function blobSink(type: string, partUnits = BLOB_PART_UNITS): BlobSink {
  const parts: Blob[] = [];
  let pending: string[] = [];
  let pendingUnits = 0;
  let result: Blob | undefined;
  const flush = () => {
    if (pending.length === 0) return;
    parts.push(new Blob(pending));
    pending = [];
    pendingUnits = 0;
  };
  return {
    write(chunk) {
      if (result) throw new Error('The export file is already closed.');
      pending.push(chunk);
      pendingUnits += chunk.length;
      if (pendingUnits >= partUnits) flush();
    },
    close() {
      flush();
      result = new Blob(parts, { type });
      parts.length = 0;
    },
    abort() {
      pending = [];
      parts.length = 0;
    },
    blob() {
      if (!result) throw new Error('The export file is not complete.');
      return result;
    },
  };
}
