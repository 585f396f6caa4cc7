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
 * The JS heap along a long run, sampled at each `sample()` (say once per chunk an export writes),
 * above the level at creation: `rawMb`, the highest heap use seen, garbage not yet collected
 * included (V8 lets dead chunks pile up in the old space before a full collection, so this follows
 * the collector's timing more than the code), and `liveMb`, the highest heap still in use after a
 * full collection forced every `gcEvery` samples, which is what grows when a run holds on to what
 * it made.
 */
export function heapPeak(gcEvery = 25): { sample(): void; rawMb(): number; liveMb(): number } {
  collectGarbage();
  const start = process.memoryUsage().heapUsed;
  let raw = start;
  let live = start;
  let count = 0;
  return {
    sample() {
      const used = process.memoryUsage().heapUsed;
      if (used > raw) raw = used;
      if (++count % gcEvery !== 0) return;
      collectGarbage();
      const kept = process.memoryUsage().heapUsed;
      if (kept > live) live = kept;
    },
    rawMb: () => (raw - start) / (1024 * 1024),
    liveMb: () => (live - start) / (1024 * 1024),
  };
}
