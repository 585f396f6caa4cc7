/**
 * Injected into an extension page (bundled by esbuild as an IIFE): the interaction log in the
 * browser's real IndexedDB, timed inside the page with performance.now().
 */
import './jitless';
import { openRiposteDb, type RiposteDB } from '@/lib/db/database';
import { logInteractions } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { buildReport, periodBounds } from '@/lib/reports/index';
import { BENCH_BRAND_ID, syntheticComments, syntheticInteractionInputs, syntheticInteractionRows } from '../synthetic-log';

const DAY = 86_400_000;
let dbCounter = 0;

async function freshDb(): Promise<RiposteDB> {
  const name = `riposte-bench-${Date.now()}-${dbCounter++}`;
  return openRiposteDb(name, { onInvalidRow: () => undefined });
}

async function dropDb(db: RiposteDB): Promise<void> {
  db.close();
  await db.delete();
}

/** Plain IndexedDB: one readwrite transaction putting `rows` into a fresh store. */
async function rawPut(rows: readonly object[]): Promise<number> {
  const name = `riposte-bench-raw-${Date.now()}-${dbCounter++}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('rows', 'readwrite');
    const store = tx.objectStore('rows');
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - start;
  db.close();
  await new Promise((resolve) => {
    const del = indexedDB.deleteDatabase(name);
    del.onsuccess = del.onerror = del.onblocked = resolve;
  });
  return ms;
}

export interface WriteRun {
  /** ms for `logInteractions` of all the interactions in one call. */
  log: number;
  /** ms for the same rows put by plain IndexedDB in one transaction. */
  raw: number;
  /** ms for `recordSeen` of the comments they act on (set-up, reported for information). */
  seen: number;
}

/** One run: a fresh database, `comments` recorded as seen, then `count` actions logged in one go. */
async function writeRun(count: number, commentCount: number, texts: string[], rawFirst: boolean): Promise<WriteRun> {
  const comments = syntheticComments(commentCount, texts);
  const startMs = Date.parse('2026-02-02T08:00:00Z');
  const inputs = syntheticInteractionInputs(comments, count, { startMs: startMs + 60_000, stepMs: 30_000, texts });
  const rows = syntheticInteractionRows(comments, inputs);
  const db = await freshDb();
  try {
    let raw = rawFirst ? await rawPut(rows) : 0;
    let start = performance.now();
    await recordSeen(db, BENCH_BRAND_ID, comments, new Date(startMs));
    const seen = performance.now() - start;
    start = performance.now();
    await logInteractions(db, inputs);
    const log = performance.now() - start;
    if (!rawFirst) raw = await rawPut(rows);
    const stored = await db.interactions.count();
    if (stored !== count + commentCount) throw new Error(`expected ${count + commentCount} log rows, found ${stored}`);
    return { log, raw, seen };
  } finally {
    await dropDb(db);
  }
}

export interface ReportRuns {
  /** ms per `buildReport` (monthly) over the database. */
  report: number[];
  /** ms per bare read of the same index range (`toArray`), the floor of any report. */
  read: number[];
  /** Log rows the report period covers. */
  rows: number;
  /** ms to load the rows (set-up). */
  loadMs: number;
}

/**
 * A database holding `count` log rows over two months (bulk-loaded), then monthly reports on the
 * second month, which reads the previous month too: every row is in the query.
 */
async function reportRuns(count: number, commentCount: number, texts: string[], warmup: number, runs: number): Promise<ReportRuns> {
  const comments = syntheticComments(commentCount, texts);
  const startMs = Date.parse('2026-01-01T00:00:00Z');
  const stepMs = Math.floor((58 * DAY) / count);
  const inputs = syntheticInteractionInputs(comments, count, { startMs: startMs + 60_000, stepMs, texts });
  const rows = syntheticInteractionRows(comments, inputs);
  const db = await freshDb();
  try {
    const loadStart = performance.now();
    await recordSeen(db, BENCH_BRAND_ID, comments, new Date(startMs));
    await db.interactions.bulkPut(rows);
    const loadMs = performance.now() - loadStart;
    const options = { brandId: BENCH_BRAND_ID, period: 'month' as const, start: '2026-02-01', now: '2026-03-01T09:00:00.000Z', language: 'fr' as const, timeZone: 'Europe/Paris' };
    const bounds = periodBounds(options);
    const result: ReportRuns = { report: [], read: [], rows: 0, loadMs };
    for (let i = 0; i < warmup + runs; i++) {
      let start = performance.now();
      const report = await buildReport(db, options);
      const reportMs = performance.now() - start;
      start = performance.now();
      const read = await db.interactions.where('[brandId+at]').between([BENCH_BRAND_ID, bounds.previousStart], [BENCH_BRAND_ID, bounds.readUntil], true, true).toArray();
      const readMs = performance.now() - start;
      result.rows = read.length;
      if (!report) throw new Error('no report');
      if (i < warmup) continue;
      result.report.push(reportMs);
      result.read.push(readMs);
    }
    return result;
  } finally {
    await dropDb(db);
  }
}

const api = { writeRun, reportRuns };
export type DbBenchApi = typeof api;
(globalThis as unknown as { __riposteDbBench: DbBenchApi }).__riposteDbBench = api;
