import { localDayOf } from '@/lib/calendar';

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

/** "2026-03-14": a date stamp for file names, in local time. */
export function fileDateStamp(date: Date = new Date()): string {
  return localDayOf(date);
}

/** Read a picked file as text (UTF-8), rejecting files over `maxBytes` before reading them. */
export async function readTextFile(file: File, maxBytes: number): Promise<string> {
  if (file.size > maxBytes) throw new RangeError(`File too large: ${file.size} bytes (max ${maxBytes}).`);
  return file.text();
}
