/**
 * Builds the CSV export Blob: log rows streamed from the database (exportRows) through the CSV
 * encoder in chunks (interactionsToCsvChunks), so a large export never blocks the page.
 */
import type { RiposteDB } from '@/lib/db/database';
import { exportRows, interactionsToCsvChunks, parseExportFilter, type ExportFilter } from '@/lib/export';
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

export interface CsvExportResult {
  blob: Blob;
  rows: number;
}

/** Stream the matching rows into a CSV Blob, counting them on the way. */
export async function buildCsvExport(
  db: RiposteDB,
  filter: ExportFilter,
  options: { delimiter: ';' | ','; language: Language; timeZone?: string },
): Promise<CsvExportResult> {
  let rows = 0;
  async function* counted() {
    for await (const row of exportRows(db, filter)) {
      rows += 1;
      yield row;
    }
  }
  const parts: string[] = [];
  for await (const chunk of interactionsToCsvChunks(counted(), { ...options, bom: true })) parts.push(chunk);
  return { blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), rows };
}
