/**
 * Peak memory of a synchronous call. The main thread is busy during the call, so a worker thread
 * samples the process's resident set size every 2 ms and keeps the maximum; heap growth is read
 * on the main thread after a forced GC, with the call's result still alive.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function collectGarbage(): void {
  gc();
  gc();
}

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Float64Array(workerData.buffer);
const stop = new Int32Array(workerData.stop);
while (Atomics.load(stop, 0) === 0) {
  const rss = process.memoryUsage.rss();
  if (rss > peak[0]) peak[0] = rss;
  Atomics.wait(stop, 0, 0, 2);
}
`;

export interface MemoryUse {
  /** Resident set size above the level before the call, at its highest (MB). */
  peakRssMb: number;
  /** JS heap growth with the result still referenced, after GC (MB). */
  heapRetainedMb: number;
  ms: number;
}

/** Runs `fn` once with the sampler on. */
export async function measureMemory<T>(fn: () => T | Promise<T>): Promise<MemoryUse & { result: T }> {
  const buffer = new SharedArrayBuffer(8);
  const stop = new SharedArrayBuffer(4);
  const worker = new Worker(SAMPLER, { eval: true, workerData: { buffer, stop } });
  await new Promise((resolve) => worker.once('online', resolve));
  collectGarbage();
  const before = process.memoryUsage();
  new Float64Array(buffer)[0] = before.rss;
  const start = performance.now();
  const result = await fn();
  const ms = performance.now() - start;
  Atomics.store(new Int32Array(stop), 0, 1);
  Atomics.notify(new Int32Array(stop), 0);
  await new Promise((resolve) => worker.once('exit', resolve));
  const peakRss = Math.max(new Float64Array(buffer)[0] as number, process.memoryUsage.rss());
  collectGarbage();
  const after = process.memoryUsage();
  const mb = (bytes: number) => bytes / (1024 * 1024);
  return { result, ms, peakRssMb: mb(peakRss - before.rss), heapRetainedMb: mb(after.heapUsed - before.heapUsed) };
}

/**
 * The highest JS heap use seen at each `sample()` (say once per chunk an export writes), above
 * the level at creation, after a GC. Garbage not yet collected counts too, so a flat figure means
 * the heap never had to grow, whatever the collector's timing.
 */
export function heapPeak(): { sample(): void; mb(): number } {
  collectGarbage();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  return {
    sample() {
      const used = process.memoryUsage().heapUsed;
      if (used > peak) peak = used;
    },
    mb: () => (peak - start) / (1024 * 1024),
  };
}
