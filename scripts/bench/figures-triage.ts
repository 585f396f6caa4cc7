/**
 * 3. Triage: `classify` throughput over the FR/EN evaluation corpus, against a bare lowercase +
 * word split of the same texts; and the size of the triage code and lexicons as shipped.
 */
import { gzipSync } from 'node:zlib';
import { classify } from '../../lib/triage/index';
import { bundledSize } from './build';
import type { BenchContext } from './context';
import { judge, type Figure } from './report';
import { collectPaired, consume, mapSample, ratioSample, summarise } from './stats';

/** Comments per timed run: enough for a stable rate, cycled from the corpus. */
const BATCH = 20_000;


function bareTokenise(texts: readonly string[]): void {
  for (const text of texts) consume(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).length);
}

function classifyAll(texts: readonly string[]): void {
  for (const text of texts) consume(classify({ text }).labels.length);
}

export async function triageFigures(ctx: BenchContext): Promise<Figure[]> {
  const batch = Array.from({ length: BATCH }, (_, i) => ctx.texts[i % ctx.texts.length] as string);
  const timed = (f: () => void) => {
    const start = performance.now();
    f();
    return performance.now() - start;
  };
  const samples = await collectPaired(
    (run) =>
      run % 2 === 0
        ? { classify: timed(() => classifyAll(batch)), bare: timed(() => bareTokenise(batch)) }
        : { bare: timed(() => bareTokenise(batch)), classify: timed(() => classifyAll(batch)) },
    ctx.runs,
  );
  const perSecond = (ms: number) => (BATCH / ms) * 1000;

  const bundle = await bundledSize('lib/triage/index.ts', ['zod']);
  const gzip = gzipSync(bundle, { level: 9 }).length;
  const kb = (bytes: number) => summarise([bytes / 1024]);

  return [
    judge({
      key: 'triage.classify.throughput',
      section: '3 Triage',
      label: `classify() throughput (${ctx.texts.length} FR/EN comments cycled to ${BATCH.toLocaleString('en-US')})`,
      unit: 'comments/s',
      value: mapSample(samples.classify, perSecond),
      baseline: { label: 'lowercase + word split', value: mapSample(samples.bare, perSecond) },
      ratio: ratioSample(samples.classify, samples.bare),
      target: { on: 'value', op: '>=', limit: 20_000, text: '≥ 20,000/s' },
      note: `µs per comment (median): ${((samples.classify.median / BATCH) * 1000).toFixed(1)}; ratio = time ÷ baseline time`,
    }),
    judge({
      key: 'triage.payload.raw',
      section: '3 Triage',
      label: 'lexicons + rules payload, minified (lib/triage, zod excluded)',
      unit: 'KB',
      value: kb(bundle.length),
      note: 'esbuild bundle of lib/triage/index.ts, minified ESM, zod left out (shared by every Riposte bundle)',
    }),
    judge({ key: 'triage.payload.gzip', section: '3 Triage', label: 'lexicons + rules payload, gzip -9', unit: 'KB', value: kb(gzip) }),
  ];
}
