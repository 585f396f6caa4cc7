import Papa from 'papaparse';
import type { Language } from '../schema/platform';
import { fold } from '../identity/fold';
import { localClock } from '../calendar';
import { effectiveLabels, type ExportRow } from './rows';

/**
 * The CSV's columns, in order. Stable: names and order are part of Riposte's public contract
 * (spreadsheets and scripts read them); add new columns at the end, never rename or reorder.
 *
 *  1 interaction_id   log row id
 *  2 at_utc           action time, ISO 8601 UTC (2026-03-02T08:20:00.000Z)
 *  3 date_local       action time in the export's time zone, "YYYY-MM-DD HH:mm:ss" (Excel reads it as a date)
 *  4 brand_id
 *  5 platform         facebook | linkedin | instagram | x
 *  6 action           seen | flagged | inserted | replied | copied | escalated | resolved | ignored | reopened | corrected
 *                     (inserted: a draft put in the site's reply box, not posted; replied: the brand's answer
 *                     read on the page, or marked answered by the community manager)
 *  7 comment_id       the site's comment id
 *  8 comment_status   the comment's status now: new | drafted | replied | escalated | resolved | ignored
 *  9 author_name
 * 10 author_handle
 * 11 author_key       Riposte's id for the person (platform:handle)
 * 12 post_url
 * 13 permalink        link to the comment itself
 * 14 comment_text
 * 15 labels           the comment's labels, separated by " | "
 * 16 sentiment        negative | neutral | positive
 * 17 template_id      template the draft was built from
 * 18 reply_text       the draft inserted or copied, or the brand's reply read on the page
 * 19 department       escalation department id
 * 20 note             escalation or action note
 */
export const CSV_COLUMNS = [
  'interaction_id',
  'at_utc',
  'date_local',
  'brand_id',
  'platform',
  'action',
  'comment_id',
  'comment_status',
  'author_name',
  'author_handle',
  'author_key',
  'post_url',
  'permalink',
  'comment_text',
  'labels',
  'sentiment',
  'template_id',
  'reply_text',
  'department',
  'note',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const LABEL_SEPARATOR = ' | ';
const BOM = '\uFEFF';
const ENCODE_SLICE = 5_000;
/** RFC 4180 line break. */
const NEWLINE = '\r\n';
/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): they get a leading `'`.
 * Our own pattern rather than papaparse's default, whose `.*$` misses a formula followed by a
 * line break ("=HYPERLINK(…)\nsuite") because `.` stops at newlines.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvOptions {
  /** Picks the default delimiter: `;` for French (Excel FR splits on it), `,` otherwise. */
  language?: Language;
  delimiter?: ';' | ',';
  /** IANA zone for `date_local`; default UTC. The UI passes the browser's zone. */
  timeZone?: string;
  /** UTF-8 byte-order mark, so Excel reads accents and emoji right. Default true. */
  bom?: boolean;
}

interface Encoder {
  header: string;
  encode(rows: readonly ExportRow[]): string;
}

function encoder(options: CsvOptions): Encoder {
  const delimiter = options.delimiter ?? ((options.language ?? 'fr') === 'fr' ? ';' : ',');
  const clock = localClock(options.timeZone ?? 'UTC');
  const config = { delimiter, newline: NEWLINE, quotes: false, escapeFormulae: FORMULA_START, header: false };
  const cells = (row: ExportRow): string[] => {
    const ms = Date.parse(row.at);
    return [
      row.id,
      row.at,
      clock.dateTime(ms),
      row.brandId,
      row.platform,
      row.kind,
      row.commentId,
      row.commentStatus ?? '',
      row.authorName ?? '',
      row.authorHandle ?? '',
      row.authorKey,
      row.postUrl,
      row.permalink ?? '',
      row.commentText ?? '',
      effectiveLabels(row).join(LABEL_SEPARATOR),
      row.commentSentiment ?? row.sentiment ?? '',
      row.templateId ?? '',
      row.finalText ?? '',
      row.department ?? '',
      row.note ?? '',
    ];
  };
  return {
    header: (options.bom ?? true ? BOM : '') + Papa.unparse([[...CSV_COLUMNS]], config),
    encode: (rows) => Papa.unparse(rows.map(cells), config),
  };
}

/**
 * The whole CSV file as text: BOM, header line, one line per row, RFC 4180 quoting (by papaparse),
 * CRLF line breaks, formula cells neutralised. For large exports use `interactionsToCsvChunks`.
 */
export function interactionsToCsv(rows: readonly ExportRow[], options: CsvOptions = {}): string {
  const { header, encode } = encoder(options);
  // Encoded in slices: the cell arrays of one slice are garbage before the next is built, which
  // keeps the peak memory of a 100,000-row export to the output text plus one slice.
  const parts = [header];
  for (let i = 0; i < rows.length; i += ENCODE_SLICE) parts.push(encode(rows.slice(i, i + ENCODE_SLICE)));
  return parts.join(NEWLINE);
}

export interface CsvStreamOptions extends CsvOptions {
  /** Rows per chunk; the generator yields to the event loop after each. Default 2,000. */
  chunkRows?: number;
}

/**
 * Let the page paint and handle input between chunks: `scheduler.yield()` where the browser has it
 * (Chromium 129+; no 4 ms timer clamping), else a zero timeout.
 */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same file as `interactionsToCsv`, as string chunks, for exports too big to build in one
 * go without freezing the page (100,000 rows): rows are encoded `chunkRows` at a time, with a
 * pause for the event loop after each chunk. Accepts a plain or an async iterable (rows read from
 * the database page by page). Concatenating the chunks gives exactly `interactionsToCsv`'s text.
 */
export async function* interactionsToCsvChunks(
  rows: Iterable<ExportRow> | AsyncIterable<ExportRow>,
  options: CsvStreamOptions = {},
): AsyncGenerator<string, void, undefined> {
  const size = options.chunkRows ?? 2_000;
  if (!(Number.isInteger(size) && size > 0)) throw new RangeError(`chunkRows must be a positive integer, got ${size}`);
  const { header, encode } = encoder(options);
  yield header;
  let batch: ExportRow[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield NEWLINE + encode(batch);
      batch = [];
      await yieldToEventLoop();
    }
  }
  if (batch.length) yield NEWLINE + encode(batch);
}

/** Suggested file name: riposte-<brand>-<from>-<to>.csv, safe on every OS. */
export function csvFileName(parts: { brandName?: string; from?: string; to?: string }): string {
  const slug = (s: string) =>
    fold(s.normalize('NFKC'))
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const bits = ['riposte', parts.brandName && slug(parts.brandName), parts.from?.slice(0, 10), parts.to?.slice(0, 10)];
  return `${bits.filter(Boolean).join('-')}.csv`;
}
