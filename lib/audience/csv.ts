import { csvWriter, type CsvColumns, type CsvFormatOptions } from '../export/csv-format';
import type { ProfileSnapshot } from '../schema/audience';

/** The snapshot export's columns, in order, each with its cell: one line per account and day. */
const COLUMNS = {
  day: (s) => s.day,
  at: (s) => s.at,
  platform: (s) => s.platform,
  handle: (s) => s.handle,
  name: (s) => s.name,
  relation: (s) => s.relation,
  competitor: (s) => s.competitor ?? '',
  followers: (s) => s.followers ?? '',
  following: (s) => s.following ?? '',
  posts: (s) => s.posts ?? '',
  verified: (s) => (s.verified ? 'true' : 'false'),
  url: (s) => s.url,
} satisfies CsvColumns<ProfileSnapshot>;

/** The column names, in file order (stable and documented). */
export const SNAPSHOT_CSV_COLUMNS = Object.keys(COLUMNS) as readonly (keyof typeof COLUMNS)[];

/**
 * Snapshots as a CSV file in Riposte's CSV format (lib/export/csv-format.ts: BOM, `;` for French,
 * RFC 4180, formula-looking cells neutralised, since a page name is whatever its owner typed),
 * oldest day first.
 */
export function snapshotsToCsv(snapshots: readonly ProfileSnapshot[], options: Pick<CsvFormatOptions, 'language' | 'bom'> = {}): string {
  const sorted = [...snapshots].sort((a, b) => (a.day === b.day ? `${a.platform}:${a.handle}`.localeCompare(`${b.platform}:${b.handle}`) : a.day < b.day ? -1 : 1));
  const writer = csvWriter(COLUMNS, options);
  return sorted.length === 0 ? writer.header : `${writer.header}\r\n${writer.encode(sorted, undefined)}`;
}
