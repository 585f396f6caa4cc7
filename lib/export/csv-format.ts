import type { Language } from '../schema/platform';

/**
 * Riposte's CSV conventions, for every file it exports (the interaction log, audience snapshots):
 * UTF-8 with a byte-order mark (so Excel reads accents and emoji right), `;` between cells for
 * French (Excel FR splits on it) and `,` otherwise, RFC 4180 quoting (`csvCell`: only the cells that
 * need it), CRLF line breaks, and formula-looking cells neutralised once per cell.
 *
 * A file's columns are declared once, as a record of column name → cell (`CsvColumns`): the
 * record's key order is the file's column order, so the header and the cells cannot drift apart.
 */

export const BOM = '\uFEFF';
/** RFC 4180 line break. */
export const CSV_NEWLINE = '\r\n';
/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): they get a leading `'`.
 * Only the first character counts, so a formula followed by a line break ("=HYPERLINK(…)\nsuite")
 * is caught too (papaparse's default `.*$` missed it). `csvCell` tests the same set by char code.
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

/** What a cell may hold; numbers are written as they are (never quoted, never neutralised). */
export type CsvCell = string | number;

/** A file's columns, in order: column name → the cell of one row (`context` is shared by every row). */
export type CsvColumns<Row, Context = undefined> = Record<string, (row: Row, context: Context) => CsvCell>;

export interface CsvWriter<Row, Context> {
  /** The header line, with the BOM when asked for. */
  header: string;
  /** Rows as CSV lines joined by CRLF (no leading or trailing line break). */
  encode(rows: readonly Row[], context: Context): string;
}

/** Characters that force quotes anywhere in a cell, per delimiter: the quote, CR, LF, a BOM, the delimiter. */
const NEEDS_QUOTES: Record<CsvDelimiter, RegExp> = {
  ';': /[";\r\n\uFEFF]/,
  ',': /[",\r\n\uFEFF]/,
};
const QUOTE = /"/g;

/** True when a spreadsheet would run the text as a formula: same set as `FORMULA_START`, by char code. */
function isFormulaStart(code: number): boolean {
  // = + - @ tab CR
  return code === 61 || code === 43 || code === 45 || code === 64 || code === 9 || code === 13;
}

/**
 * One cell as RFC 4180 text. Quoted only when it needs it: it holds the delimiter, a quote, CR or
 * LF, or a BOM; it starts or ends with a space (spreadsheets trim unquoted spaces); or it was
 * neutralised (a formula-looking text gets a leading `'` and quotes, as OWASP advises). Quotes
 * inside are doubled. The output is byte for byte what papaparse's `unparse` wrote with
 * `escapeFormulae: FORMULA_START` (the tests compare the two), at a fraction of the cost.
 */
export function csvCell(value: CsvCell, delimiter: CsvDelimiter): string {
  if (typeof value !== 'string') return String(value);
  const length = value.length;
  if (length === 0) return '';
  const first = value.charCodeAt(0);
  if (isFormulaStart(first)) return `"'${value.includes('"') ? value.replace(QUOTE, '""') : value}"`;
  if (NEEDS_QUOTES[delimiter].test(value)) return `"${value.includes('"') ? value.replace(QUOTE, '""') : value}"`;
  if (first === 32 || value.charCodeAt(length - 1) === 32) return `"${value}"`;
  return value;
}

/** A writer for `columns` in this format. */
export function csvWriter<Row, Context>(columns: CsvColumns<Row, Context>, options: CsvFormatOptions): CsvWriter<Row, Context> {
  const delimiter = csvDelimiter(options);
  const names = Object.keys(columns);
  const cells = Object.values(columns);
  const count = cells.length;
  const line = (values: readonly CsvCell[]) => values.map((value) => csvCell(value, delimiter)).join(delimiter);
  return {
    header: (options.bom ?? true ? BOM : '') + line(names),
    encode(rows, context) {
      // As papaparse and a bare join do: an array of cells per row joined, then the lines joined
      // once. (Concatenating cell by cell allocates a string per `+=` and costs a third more.)
      const lines = new Array<string>(rows.length);
      const rowCells = new Array<string>(count);
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r] as Row;
        for (let c = 0; c < count; c++) rowCells[c] = csvCell((cells[c] as (row: Row, context: Context) => CsvCell)(row, context), delimiter);
        lines[r] = rowCells.join(delimiter);
      }
      return lines.join(CSV_NEWLINE);
    },
  };
}
