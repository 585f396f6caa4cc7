/**
 * The CSV export: log rows streamed from the database (exportRows) through the CSV encoder in
 * chunks (interactionsToCsvChunks) into a file or a Blob, so a large export never blocks the page
 * nor piles up in memory.
 */
import type { RiposteDB } from '@/lib/db/database';
import { blobSink, exportRows, interactionsToCsvChunks, parseExportFilter, pipeToSink, type ExportFilter, type TextSink } from '@/lib/export';
import type { Language } from '@/lib/schema/platform';

export interface CsvExportRequest {
  /** "YYYY-MM-DD" local dates from the date inputs; `to` is inclusive (the whole day). */
  fromDate: string;
  toDate: string;
  brandId?: string;
  platforms: string[];
  labels: string[];
  statuses: string[];
}

function localDayStart(date: string, plusDays = 0): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** The lib's filter from the form (empty lists mean "all"). Throws on an impossible range. */
export function filterFromRequest(request: CsvExportRequest): ExportFilter {
  const from = localDayStart(request.fromDate);
  const to = localDayStart(request.toDate, 1);
  if (from && to && from >= to) throw new RangeError('The start date is after the end date.');
  return parseExportFilter({
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(request.brandId ? { brandId: request.brandId } : {}),
    ...(request.platforms.length ? { platforms: request.platforms } : {}),
    ...(request.labels.length ? { labels: request.labels } : {}),
    ...(request.statuses.length ? { statuses: request.statuses } : {}),
  });
}

export interface CsvExportOptions {
  delimiter: ';' | ',';
  language: Language;
  timeZone?: string;
}

export const CSV_MIME = 'text/csv;charset=utf-8';

/**
 * Stream the matching rows, as CSV, into `sink`, counting them on the way: rows are read from the
 * database a page at a time and each encoded chunk is handed to the sink at once, so memory stays
 * flat whatever the log's size. Rejects (the sink aborted, never closed) if reading or writing fails.
 */
export async function writeCsvExport(db: RiposteDB, filter: ExportFilter, options: CsvExportOptions, sink: TextSink): Promise<{ rows: number }> {
  let rows = 0;
  async function* counted() {
    for await (const row of exportRows(db, filter)) {
      rows += 1;
      yield row;
    }
  }
  await pipeToSink(interactionsToCsvChunks(counted(), { ...options, bom: true }), sink);
  return { rows };
}

export interface CsvExportResult {
  blob: Blob;
  rows: number;
}

/** The export as a Blob built from Blob parts (`blobSink`), for browsers that cannot write a file as it comes. */
export async function buildCsvExport(db: RiposteDB, filter: ExportFilter, options: CsvExportOptions): Promise<CsvExportResult> {
  const sink = blobSink(CSV_MIME);
  const { rows } = await writeCsvExport(db, filter, options, sink);
  return { blob: sink.blob(), rows };
}
