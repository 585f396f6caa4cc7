import Papa from 'papaparse';
import type { ProfileSnapshot } from '../schema/audience';
import type { Language } from '../schema/platform';

/** Columns of the snapshot export, stable and documented: one line per account and day. */
export const SNAPSHOT_CSV_COLUMNS = ['day', 'at', 'platform', 'handle', 'name', 'relation', 'competitor', 'followers', 'following', 'posts', 'verified', 'url'] as const;

const BOM = '\uFEFF';
/** Same neutralisation as the log export (lib/export/csv.ts): cells a spreadsheet would run get a leading `'`. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Snapshots as a CSV file: UTF-8 BOM, `;` for French (Excel FR), `,` otherwise, RFC 4180 quoting,
 * formula-looking cells neutralised (a page name is whatever its owner typed), oldest day first.
 */
export function snapshotsToCsv(snapshots: readonly ProfileSnapshot[], options: { language?: Language; bom?: boolean } = {}): string {
  const delimiter = (options.language ?? 'fr') === 'fr' ? ';' : ',';
  const sorted = [...snapshots].sort((a, b) => (a.day === b.day ? `${a.platform}:${a.handle}`.localeCompare(`${b.platform}:${b.handle}`) : a.day < b.day ? -1 : 1));
  const rows = sorted.map((s) => [
    s.day,
    s.at,
    s.platform,
    s.handle,
    s.name,
    s.relation,
    s.competitor ?? '',
    s.followers ?? '',
    s.following ?? '',
    s.posts ?? '',
    s.verified ? 'true' : 'false',
    s.url,
  ]);
  const text = Papa.unparse([[...SNAPSHOT_CSV_COLUMNS], ...rows], { delimiter, newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START, header: false });
  return (options.bom ?? true ? BOM : '') + text;
}
