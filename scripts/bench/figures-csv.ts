/**
 * 6. CSV export of 100,000 log rows: `interactionsToCsv` (one string) and `interactionsToCsvChunks`
 * (the streamed export the options page uses), against a bare `join` of the same cells with no
 * quoting; time and memory. Then a year and more of log, 1,000,000 rows made as they are read,
 * streamed into a file and into a Blob built from parts (the options page's two paths), against
 * keeping every chunk until one Blob: the JS heap's peak.
 */
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interactionsToCsv, interactionsToCsvChunks } from '../../lib/export/csv';
import type { ExportRow } from '../../lib/export/rows';
import { blobSink, pipeToSink, type TextSink } from '../../lib/export/sink';
import type { BenchContext } from './context';
import { heapPeak, measureMemory, type MemoryUse } from './memory';
import { judge, type Figure } from './report';
import { collectPaired, ratioSample, summarise, consume } from './stats';
import { syntheticComments, syntheticExportRowStream, syntheticExportRows, syntheticInteractionInputs, syntheticInteractionRows } from './synthetic-log';

const ROWS = 100_000;
const YEAR_ROWS = 1_000_000;
const LOG_OPTIONS = { startMs: Date.parse('2026-01-01T08:00:00Z'), stepMs: 45_000, templateIds: ['t-1', 't-2', 't-3'] };

/** The same 20 cells as the export, joined with no quoting or neutralising at all. */
function bareJoin(rows: readonly ExportRow[]): string {
  const lines = rows.map((r) =>
    [r.id, r.at, r.at, r.brandId, r.platform, r.kind, r.commentId, r.commentStatus, r.authorName, r.authorHandle, r.authorKey, r.postUrl, r.permalink, r.commentText, (r.commentLabels ?? []).join(' | '), r.commentSentiment, r.templateId, r.finalText, r.department, r.note].join(';'),
  );
  return lines.join('\r\n');
}

async function streamed(rows: readonly ExportRow[]): Promise<number> {
  let length = 0;
  for await (const chunk of interactionsToCsvChunks(rows, { language: 'fr', timeZone: 'Europe/Paris' })) length += chunk.length;
  return length;
}

export function exportRowsFor(count: number, texts: readonly string[]): ExportRow[] {
  const comments = syntheticComments(Math.ceil(count / 5), texts);
  const inputs = syntheticInteractionInputs(comments, count, { ...LOG_OPTIONS, texts });
  return syntheticExportRows(comments, syntheticInteractionRows(comments, inputs));
}

type YearPath = 'file' | 'blobParts' | 'chunkList';

interface YearRun {
  ms: number;
  heapPeakMb: number;
  heapRawMb: number;
  peakRssMb: number;
  bytes: number;
}

/**
 * The 1,000,000-row export along one path: `file` writes each chunk to a file as it comes (what
 * `createWritable` does in Chromium), `blobParts` is `blobSink` (the Firefox path), `chunkList`
 * keeps every chunk until one Blob (the options page before). Rows are made as they are read, as
 * the database pages them.
 */
async function yearExport(path: YearPath, texts: readonly string[]): Promise<YearRun> {
  const comments = syntheticComments(YEAR_ROWS / 5, texts);
  const file = join(tmpdir(), `riposte-bench-export-${process.pid}.csv`);
  const heap = heapPeak();
  let bytes = 0;
  const memory = await measureMemory(async () => {
    const chunks = interactionsToCsvChunks(syntheticExportRowStream(comments, YEAR_ROWS, { ...LOG_OPTIONS, texts }), { language: 'fr', timeZone: 'Europe/Paris' });
    if (path === 'chunkList') {
      const parts: string[] = [];
      for await (const chunk of chunks) {
        parts.push(chunk);
        heap.sample();
      }
      const blob = new Blob(parts, { type: 'text/csv;charset=utf-8' });
      heap.sample();
      bytes = blob.size;
      return;
    }
    let sink: TextSink;
    let done: () => number;
    if (path === 'blobParts') {
      const blobs = blobSink('text/csv;charset=utf-8');
      sink = blobs;
      done = () => blobs.blob().size;
    } else {
      const handle = await open(file, 'w');
      let written = 0;
      sink = {
        write: async (chunk) => {
          written += (await handle.write(chunk)).bytesWritten;
        },
        close: () => handle.close(),
        abort: () => handle.close(),
      };
      done = () => written;
    }
    await pipeToSink(
      (async function* sampled() {
        for await (const chunk of chunks) {
          heap.sample();
          yield chunk;
        }
      })(),
      sink,
    );
    heap.sample();
    bytes = done();
  });
  await rm(file, { force: true });
  return { ms: memory.ms, heapPeakMb: heap.liveMb(), heapRawMb: heap.rawMb(), peakRssMb: memory.peakRssMb, bytes };
}

/** 1,000,000 rows: the JS heap's peak along each path, one run each (about 10 s apiece). */
export async function yearFigures(ctx: BenchContext): Promise<Figure[]> {
  const runs: Partial<Record<YearPath, YearRun>> = {};
  for (const path of ['file', 'blobParts', 'chunkList'] as const) {
    ctx.log(`CSV: ${YEAR_ROWS.toLocaleString('en-US')} rows, ${path}…`);
    runs[path] = await yearExport(path, ctx.texts);
  }
  const { file, blobParts, chunkList } = runs as Record<YearPath, YearRun>;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
  return [
    judge({
      key: 'csv.year.heapPeak.file',
      section: '6 CSV',
      label: `CSV export, ${YEAR_ROWS.toLocaleString('en-US')} rows (${mb(file.bytes)}) written to a file as it comes: live JS heap peak`,
      unit: 'MB',
      value: summarise([file.heapPeakMb]),
      baseline: { label: 'every chunk kept until one Blob', value: summarise([chunkList.heapPeakMb]) },
      target: { on: 'value', op: '<', limit: 64, text: '< 64 MB, flat' },
      note: `${(file.ms / 1000).toFixed(1)} s; live heap after a full GC every 25 chunks (50,000 rows); heap use with garbage not yet collected peaked at ${file.heapRawMb.toFixed(0)} MB (chunk list: ${chunkList.heapRawMb.toFixed(0)} MB); peak RSS growth ${file.peakRssMb.toFixed(0)} MB (chunk list: ${chunkList.peakRssMb.toFixed(0)} MB, ${(chunkList.ms / 1000).toFixed(1)} s)`,
    }),
    judge({
      key: 'csv.year.heapPeak.blobParts',
      section: '6 CSV',
      label: `CSV export, ${YEAR_ROWS.toLocaleString('en-US')} rows into a Blob built from ~4 MB parts (Firefox path): live JS heap peak`,
      unit: 'MB',
      value: summarise([blobParts.heapPeakMb]),
      baseline: { label: 'every chunk kept until one Blob', value: summarise([chunkList.heapPeakMb]) },
      target: { on: 'value', op: '<', limit: 64, text: '< 64 MB, flat' },
      note: `${(blobParts.ms / 1000).toFixed(1)} s; heap use with garbage not yet collected peaked at ${blobParts.heapRawMb.toFixed(0)} MB; peak RSS growth ${blobParts.peakRssMb.toFixed(0)} MB (the Blob's bytes are outside the JS heap; in a browser, in its blob store)`,
    }),
  ];
}

export async function csvFigures(ctx: BenchContext): Promise<Figure[]> {
  // First, while the 100,000 rows below are not yet in the heap.
  const year = await yearFigures(ctx);
  const rows = exportRowsFor(ROWS, ctx.texts);
  const timed = (f: () => string) => {
    const start = performance.now();
    consume(f().length);
    return performance.now() - start;
  };
  const csv = () => interactionsToCsv(rows, { language: 'fr', timeZone: 'Europe/Paris' });
  const bare = () => bareJoin(rows);
  const samples = await collectPaired(
    (run) => (run % 2 === 0 ? { csv: timed(csv), bare: timed(bare) } : { bare: timed(bare), csv: timed(csv) }),
    ctx.runs,
  );
  const stream = await collectPaired(async () => {
    const start = performance.now();
    consume(await streamed(rows));
    return { stream: performance.now() - start };
  }, { warmup: 0, runs: Math.max(1, ctx.runs.runs - 2) });

  const memory: (MemoryUse & { result: string })[] = [];
  for (let i = 0; i < 3; i++) memory.push(await measureMemory(csv));
  const streamMemory = await measureMemory(() => streamed(rows));
  const sampleOf = (f: (m: MemoryUse) => number) => summarise(memory.map(f));

  return [
    judge({
      key: 'csv.export.time',
      section: '6 CSV',
      label: `interactionsToCsv(), ${ROWS.toLocaleString('en-US')} rows (one string)`,
      unit: 'ms',
      value: samples.csv,
      baseline: { label: 'bare join, no quoting', value: samples.bare },
      ratio: ratioSample(samples.csv, samples.bare),
      target: { on: 'value', op: '<', limit: 1000, text: '< 1 s' },
    }),
    judge({
      key: 'csv.export.streamed',
      section: '6 CSV',
      label: `interactionsToCsvChunks(), ${ROWS.toLocaleString('en-US')} rows (2,000-row chunks, yields between)`,
      unit: 'ms',
      value: stream.stream,
      note: 'wall time including the 50 event-loop yields that keep the page responsive',
    }),
    judge({
      key: 'csv.export.peakRss',
      section: '6 CSV',
      label: 'interactionsToCsv() peak RSS growth (worker-sampled every 2 ms)',
      unit: 'MB',
      value: sampleOf((m) => m.peakRssMb),
      note: `3 runs; streamed export: ${streamMemory.peakRssMb.toFixed(1)} MB peak RSS growth`,
    }),
    judge({
      key: 'csv.export.heap',
      section: '6 CSV',
      label: 'interactionsToCsv() heap held by the result (after GC)',
      unit: 'MB',
      value: sampleOf((m) => m.heapRetainedMb),
      note: `CSV text of ${(memory[0]?.result.length ?? 0).toLocaleString('en-US')} UTF-16 code units`,
    }),
    ...year,
  ];
}
