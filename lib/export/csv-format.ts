import Papa from 'papaparse';
import type { Language } from '../schema/platform';

/**
 * Riposte's CSV conventions, for every file it exports (the interaction log, audience snapshots):
 * UTF-8 with a byte-order mark (so Excel reads accents and emoji right), `;` between cells for
 * French (Excel FR splits on it) and `,` otherwise, RFC 4180 quoting by papaparse, CRLF line breaks,
 * and formula-looking cells neutralised.
 *
 * A file's columns are declared once, as a record of column name → cell (`CsvColumns`): the
 * record's key order is the file's column order, so the header and the cells cannot drift apart.
 */

export const BOM = '\uFEFF';
/** RFC 4180 line break. */
export const CSV_NEWLINE = '\r\n';
/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): they get a leading `'`.
 * Our own pattern rather than papaparse's default, whose `.*$` misses a formula followed by a
 * line break ("=HYPERLINK(…)\nsuite") because `.` stops at newlines.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvDelimiter = ';' | ',';

export interface CsvFormatOptions {
  /** Picks the default delimiter: `;` for French (Excel FR splits on it), `,` otherwise. Default French. */
  language?: Language;
  delimiter?: CsvDelimiter;
  /** UTF-8 byte-order mark. Default true. */
  bom?: boolean;
}

/** The delimiter for these options: the explicit one, else by language. */
export function csvDelimiter(options: CsvFormatOptions): CsvDelimiter {
  return options.delimiter ?? ((options.language ?? 'fr') === 'fr' ? ';' : ',');
}

/** What a cell may hold; papaparse writes numbers as they are. */
export type CsvCell = string | number;

/** A file's columns, in order: column name → the cell of one row (`context` is shared by every row). */
export type CsvColumns<Row, Context = undefined> = Record<string, (row: Row, context: Context) => CsvCell>;

export interface CsvWriter<Row, Context> {
  /** The header line, with the BOM when asked for. */
  header: string;
  /** Rows as CSV lines joined by CRLF (no leading or trailing line break). */
  encode(rows: readonly Row[], context: Context): string;
}

/** A writer for `columns` in this format. */
export function csvWriter<Row, Context>(columns: CsvColumns<Row, Context>, options: CsvFormatOptions): CsvWriter<Row, Context> {
  const config = { delimiter: csvDelimiter(options), newline: CSV_NEWLINE, quotes: false, escapeFormulae: FORMULA_START, header: false };
  const names = Object.keys(columns);
  const cells = Object.values(columns);
  return {
    header: (options.bom ?? true ? BOM : '') + Papa.unparse([names], config),
    encode: (rows, context) => Papa.unparse(rows.map((row) => cells.map((cell) => cell(row, context))), config),
  };
}
