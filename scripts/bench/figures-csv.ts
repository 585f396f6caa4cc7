/**
 * 6. CSV export of 100,000 log rows: `interactionsToCsv` (one string) and `interactionsToCsvChunks`
 * (the streamed export the options page uses), against a bare `join` of the same cells with no
 * quoting; time and memory.
 */
import { interactionsToCsv, interactionsToCsvChunks } from '../../lib/export/csv';
import type { ExportRow } from '../../lib/export/rows';
import type { BenchContext } from './context';
import { measureMemory, type MemoryUse } from './memory';
import { judge, type Figure } from './report';
import { collectPaired, ratioSample, summarise, consume } from './stats';
import { syntheticComments, syntheticExportRows, syntheticInteractionInputs, syntheticInteractionRows } from './synthetic-log';

const ROWS = 100_000;

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
  const inputs = syntheticInteractionInputs(comments, count, { startMs: Date.parse('2026-01-01T08:00:00Z'), stepMs: 45_000, templateIds: ['t-1', 't-2', 't-3'], texts });
  return syntheticExportRows(comments, syntheticInteractionRows(comments, inputs));
}

export async function csvFigures(ctx: BenchContext): Promise<Figure[]> {
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
  ];
}
