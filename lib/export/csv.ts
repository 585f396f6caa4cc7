import { localClock, type LocalClock } from '../calendar';
import { fold } from '../identity/fold';
import { csvWriter, CSV_NEWLINE as NEWLINE, type CsvColumns, type CsvFormatOptions } from './csv-format';
import { effectiveLabels, LABEL_SEPARATOR, type ExportRow } from './rows';
import { readableColumns } from './readable';

interface RowContext {
  /** `date_local` of an ISO UTC time. */
  localDateTime: (iso: string) => string;
}

/**
 * The CSV's columns, in order, each with its cell. Stable: names and order are part of Riposte's
 * public contract (spreadsheets and scripts read them); add new columns at the end, never rename
 * or reorder.
 */
const COLUMNS = {
  /** Log row id. */
  interaction_id: (row) => row.id,
  /** Action time, ISO 8601 UTC (2026-03-02T08:20:00.000Z). */
  at_utc: (row) => row.at,
  /** Action time in the export's time zone, "YYYY-MM-DD HH:mm:ss" (Excel reads it as a date). */
  date_local: (row, { localDateTime }) => localDateTime(row.at),
  brand_id: (row) => row.brandId,
  /** facebook | linkedin | instagram | x */
  platform: (row) => row.platform,
  /**
   * seen | flagged | inserted | replied | copied | escalated | resolved | ignored | reopened | corrected | noted
   * (inserted: a draft put in the site's reply box, not posted; replied: the brand's answer read on
   * the page, or marked answered by the community manager; noted: a private note, in `note`).
   */
  action: (row) => row.kind,
  /** The site's comment id. */
  comment_id: (row) => row.commentId,
  /** The comment's status now: new | drafted | replied | escalated | resolved | ignored. */
  comment_status: (row) => row.commentStatus ?? '',
  author_name: (row) => row.authorName ?? '',
  author_handle: (row) => row.authorHandle ?? '',
  /** Riposte's id for the person (platform:handle). */
  author_key: (row) => row.authorKey,
  post_url: (row) => row.postUrl,
  /** Link to the comment itself. */
  permalink: (row) => row.permalink ?? '',
  comment_text: (row) => row.commentText ?? '',
  /** The comment's labels, separated by " | ". */
  labels: (row) => effectiveLabels(row).join(LABEL_SEPARATOR),
  /** negative | neutral | positive */
  sentiment: (row) => row.commentSentiment ?? row.sentiment ?? '',
  /** Template the draft was built from. */
  template_id: (row) => row.templateId ?? '',
  /** The draft inserted or copied, or the brand's reply read on the page. */
  reply_text: (row) => row.finalText ?? '',
  /** Escalation department id. */
  department: (row) => row.department ?? '',
  /** Escalation note, or the private note of a `noted` row. */
  note: (row) => row.note ?? '',
} satisfies CsvColumns<ExportRow, RowContext>;

export type CsvColumn = keyof typeof COLUMNS;
/** The column names, in file order. */
export const CSV_COLUMNS = Object.keys(COLUMNS) as readonly CsvColumn[];

export { LABEL_SEPARATOR };

export interface CsvOptions extends CsvFormatOptions {
  /** IANA zone for `date_local`; default UTC. The UI passes the browser's zone. */
  timeZone?: string;
  /**
   * Headers and coded values in words of `language` ("Réseau", "Brouillon inséré") for people;
   * default false: the stable technical names and codes, for tools.
   */
  readable?: boolean;
}

interface Encoder {
  header: string;
  encode(rows: readonly ExportRow[]): string;
}

/**
 * `clock.dateTime(Date.parse(iso))`, cheaper: the clock holds one offset per UTC hour, so where that
 * offset is a whole number of hours, the local time is the hour's local "YYYY-MM-DD HH" (worked
 * out once per hour) followed by the ISO text's own ":mm:ss". Half- and quarter-hour zones, and
 * any time not in `toISOString` form, take the clock's general path.
 */
export function localDateTimes(clock: LocalClock): (iso: string) => string {
  const hours = new Map<string, string | null>();
  return (iso) => {
    if (iso.length !== 24 || iso.charCodeAt(23) !== 90 /* Z */) return clock.dateTime(Date.parse(iso));
    const hour = iso.slice(0, 13);
    let local = hours.get(hour);
    if (local === undefined) {
      const start = Date.parse(`${hour}:00:00.000Z`);
      local = Number.isFinite(start) && clock.offsetAt(start) % HOUR === 0 ? clock.dateTime(start).slice(0, 13) : null;
      hours.set(hour, local);
    }
    return local === null ? clock.dateTime(Date.parse(iso)) : local + iso.slice(13, 19);
  };
}
const HOUR = 3_600_000;

function encoder(options: CsvOptions): Encoder {
  const context: RowContext = { localDateTime: localDateTimes(localClock(options.timeZone ?? 'UTC')) };
  const columns: CsvColumns<ExportRow, RowContext> = options.readable ? readableColumns(COLUMNS, options.language ?? 'fr') : COLUMNS;
  const writer = csvWriter(columns, options);
  return { header: writer.header, encode: (rows) => writer.encode(rows, context) };
}

/**
 * The whole CSV file as text: BOM, header line, one line per row, RFC 4180 quoting (only where needed),
 * CRLF line breaks, formula cells neutralised (lib/export/csv-format.ts). For large exports use `interactionsToCsvChunks`.
 */
export function interactionsToCsv(rows: readonly ExportRow[], options: CsvOptions = {}): string {
  const { header, encode } = encoder(options);
  // The writer builds the text cell by cell, with no per-row arrays, so one call holds no more
  // than the output text.
  return rows.length === 0 ? header : header + NEWLINE + encode(rows);
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
