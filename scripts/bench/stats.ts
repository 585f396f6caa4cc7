/**
 * Summary statistics for the bench: every figure is a sample of several timed runs, reported as
 * median, min and max (warm-up runs are discarded before sampling).
 */

export interface Sample {
  median: number;
  min: number;
  max: number;
  /** Each kept run, in run order. */
  runs: number[];
}

/** Median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median, min and max of the runs. */
export function summarise(runs: readonly number[]): Sample {
  if (runs.length === 0) throw new RangeError('no runs to summarise');
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs: [...runs] };
}

/** `f(run)` for each run of a sample, keeping min/max honest (a ratio's min is min(f), not f(min)). */
export function mapSample(sample: Sample, f: (run: number) => number): Sample {
  return summarise(sample.runs.map(f));
}

/** Run-by-run ratio of two samples taken in lockstep (same count, run i of each measured together). */
export function ratioSample(numerator: Sample, denominator: Sample): Sample {
  if (numerator.runs.length !== denominator.runs.length) {
    throw new RangeError(`ratio of samples of different sizes (${numerator.runs.length} vs ${denominator.runs.length})`);
  }
  return summarise(numerator.runs.map((n, i) => n / (denominator.runs[i] as number)));
}

export interface MeasureOptions {
  warmup: number;
  runs: number;
}

/** Times `fn` (ms, `performance.now()`) `warmup + runs` times and summarises the last `runs`. */
export async function measure(fn: () => unknown, { warmup, runs }: MeasureOptions): Promise<Sample> {
  const kept: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    await fn();
    const elapsed = performance.now() - start;
    if (i >= warmup) kept.push(elapsed);
  }
  return summarise(kept);
}

/**
 * Runs `collect` `warmup + runs` times; each call returns one value per named series, measured in
 * the same run (a timing and its baseline). Interleaving keeps drift (thermal, GC, other load) from
 * favouring one side.
 */
export async function collectPaired<K extends string>(
  collect: (run: number) => Promise<Record<K, number>> | Record<K, number>,
  { warmup, runs }: MeasureOptions,
): Promise<Record<K, Sample>> {
  const series = new Map<K, number[]>();
  for (let i = 0; i < warmup + runs; i++) {
    const values = await collect(i);
    if (i < warmup) continue;
    for (const [key, value] of Object.entries(values) as [K, number][]) {
      let list = series.get(key);
      if (!list) series.set(key, (list = []));
      list.push(value);
    }
  }
  return Object.fromEntries([...series].map(([key, list]) => [key, summarise(list)])) as Record<K, Sample>;
}

let sinkValue = 0;

/** Feeds a result to a sink so the engine cannot drop the work that produced it. */
export function consume(value: number): void {
  sinkValue = (sinkValue + value) | 0;
}

/** The sink's value (printed nowhere; exists so `consume` has an observable effect). */
export function consumed(): number {
  return sinkValue;
}
