import { localDayOf } from '@/lib/calendar';
import type { TextSink } from '@/lib/export';

/**
 * Save a Blob as a file: an object URL behind a temporary `<a download>`. The URL is revoked on the
 * next task, once the browser has started the download.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface SaveFilePickerOptions {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}
type SaveFilePicker = (options: SaveFilePickerOptions) => Promise<FileSystemFileHandle>;

/**
 * Ask where to save a file and open it for writing as a sink: each chunk goes to disk as it is
 * written, `close` puts the file in place and `abort` discards it (the browser writes to a
 * temporary file until then). Null when the browser has no such picker; `'cancelled'` when the
 * user closes it. `name` is the file name the user chose. Call it from the click handler: the picker needs a recent user gesture.
 */
export async function pickFileSink(
  suggestedName: string,
  type: { description: string; mime: string; extension: string },
): Promise<(TextSink & { name: string }) | 'cancelled' | null> {
  const picker = (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  if (typeof picker !== 'function') return null;
  let handle: FileSystemFileHandle;
  try {
    handle = await picker({ suggestedName, types: [{ description: type.description, accept: { [type.mime]: [type.extension] } }] });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    throw error;
  }
  const writable = await handle.createWritable();
  return {
    name: handle.name,
    write: (chunk) => writable.write(chunk),
    close: () => writable.close(),
    abort: (reason) => writable.abort(reason),
  };
}

/** "2026-03-14": a date stamp for file names, in local time. */
export function fileDateStamp(date: Date = new Date()): string {
  return localDayOf(date);
}

/** Read a picked file as text (UTF-8), rejecting files over `maxBytes` before reading them. */
export async function readTextFile(file: File, maxBytes: number): Promise<string> {
  if (file.size > maxBytes) throw new RangeError(`File too large: ${file.size} bytes (max ${maxBytes}).`);
  return file.text();
}
