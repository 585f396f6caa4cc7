/**
 * Injected into the bench pages (bundled by esbuild as an IIFE): the adapters, timed inside the
 * page with performance.now() so no CDP round trip is counted.
 */
import './jitless';
import type { Comment } from '@/lib/schema/comment';
import { createWatcher, type Watcher } from '@/lib/content/watcher';
import { checkComment } from '@/lib/sites/comment-check';
import { adapterForUrl, extractComments, extractContext } from '@/lib/sites/index';
import { newScanMemo } from '@/lib/sites/memo';
import { readComments } from '@/lib/sites/read';

const MARK = 'data-bench-comment';

export interface ExtractionRuns {
  /**
   * ms per full scan as the content script reads a page: every container read and checked by
   * `checkComment` (the zod-free mirror of CommentSchema the content scripts bundle), duplicates dropped.
   */
  full: number[];
  /** ms per full scan with CommentSchema (`extractComments`, the Node and tests' path, zod jitless as in an extension). */
  zod: number[];
  /** ms per bare pass: querySelectorAll over the same containers + textContent of each. */
  bare: number[];
  containers: number;
  comments: number;
  distinctIds: number;
  /** ms per pass of the adapter's own reading (find + readComment), without schema validation. */
  readOnly: number[];
  /** True when even the warm-up ran out of time budget: the kept run is a cold one. */
  cold: boolean;
}

/** Keeps results alive so the engine cannot skip the work. */
let sink = 0;

function contentScan(url: string, now?: number): Comment[] {
  const adapter = adapterForUrl(url);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  // One memo for finding and reading, as the content script's watcher shares one in each task.
  const memo = newScanMemo();
  return readComments(adapter, adapter.findCommentElements(document, { memo }), { ...extractContext(adapter, document, url, now), memo }, checkComment).comments;
}

function fullScan(url: string): number {
  const comments = contentScan(url);
  sink += comments.length;
  return comments.length;
}

function barePass(): number {
  let chars = 0;
  for (const el of document.querySelectorAll(`[${MARK}]`)) chars += (el.textContent ?? '').length;
  sink += chars;
  return chars;
}

/**
 * Paired runs (order alternated) of the full scan and the bare pass over the same nodes. The first
 * `warmup` pairs are dropped, unless a scan is so slow that the time budget runs out first: then
 * what was measured is kept (at least one pair) and `cold` says so.
 */
function extraction(url: string, warmup: number, runs: number, budgetMs: number): ExtractionRuns {
  const adapter = adapterForUrl(url);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  const containers = adapter.findCommentElements(document);
  for (const el of containers) el.setAttribute(MARK, '');
  const result: ExtractionRuns = { full: [], zod: [], bare: [], readOnly: [], containers: containers.length, comments: 0, distinctIds: 0, cold: false };
  const readOnly = () => {
    const ctx = extractContext(adapter, document, url);
    for (const el of adapter.findCommentElements(document)) sink += adapter.readComment(el, ctx) ? 1 : 0;
  };
  const timed = (f: () => unknown) => {
    const start = performance.now();
    f();
    return performance.now() - start;
  };
  const started = performance.now();
  const pairs: [number, number, number, number][] = [];
  for (let i = 0; i < warmup + runs; i++) {
    if (i > 0 && performance.now() - started > budgetMs) break;
    let full: number;
    let bare: number;
    if (i === 0) {
      const start = performance.now();
      const now = Date.now();
      const comments = contentScan(url, now);
      full = performance.now() - start;
      result.comments = comments.length;
      result.distinctIds = new Set(comments.map((c) => c.id)).size;
      // Both validators keep the same comments (one scan time: relative ages become dates): a difference is a bug in the mirror, not a figure.
      const viaZod = extractComments(document, url, { now });
      if (JSON.stringify(viaZod) !== JSON.stringify(comments)) throw new Error('checkComment and CommentSchema kept different comments');
      bare = timed(barePass);
    } else if (i % 2 === 0) {
      full = timed(() => fullScan(url));
      bare = timed(barePass);
    } else {
      bare = timed(barePass);
      full = timed(() => fullScan(url));
    }
    pairs.push([full, bare, timed(readOnly), timed(() => (sink += extractComments(document, url).length))]);
  }
  const kept = pairs.length > warmup ? pairs.slice(warmup) : pairs.slice(-1);
  result.cold = pairs.length <= warmup;
  result.full = kept.map(([f]) => f);
  result.bare = kept.map(([, b]) => b);
  result.readOnly = kept.map(([, , r]) => r);
  result.zod = kept.map(([, , , z]) => z);
  return result;
}

interface LazyPage {
  parked: Element[];
  appendBatch(): Element[];
}

export interface WatchRuns {
  /** ms of watcher work (mutation records → read → report) per appended batch. */
  watcher: number[];
  /** ms of a bare pass (textContent of each new comment container) over the same batch. */
  bare: number[];
  /** Comments appended in each batch. */
  appended: number[];
  /** Comments the watcher reported as new in each batch. */
  reported: number[];
  /** Comments on the page before the first kept batch. */
  pageComments: number;
  /**
   * Whether the page is cross-origin isolated: performance.now() then resolves 5 µs, else 100 µs,
   * coarser than a bare pass over one batch (~0.2 ms).
   */
  isolated: boolean;
}

/** The marked comment containers among the appended units and inside them: querySelectorAll + textContent of each. */
function barePassOver(units: readonly Element[]): { chars: number; appended: number } {
  let chars = 0;
  let appended = 0;
  for (const unit of units) {
    for (const el of unit.querySelectorAll(`[${MARK}]`)) {
      chars += (el.textContent ?? '').length;
      appended++;
    }
    if (unit.hasAttribute(MARK)) {
      chars += (unit.textContent ?? '').length;
      appended++;
    }
  }
  return { chars, appended };
}

/**
 * The live watcher on the lazy-loading page: each run appends the page's next batch of comments
 * (about 100), then runs the watcher's pending work at once with `flush()` (the same code its idle
 * callback runs) and times it; the bare pass reads the same new containers' text.
 */
function watching(url: string, warmup: number, runs: number): WatchRuns {
  const adapter = adapterForUrl(url);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  const lazy = (window as unknown as { __benchUnits?: LazyPage }).__benchUnits;
  if (!lazy) throw new Error('not a lazy-loading bench page');
  const last = { report: 0 };
  const watcher: Watcher = createWatcher({ adapter, document, window, report: (msg) => (last.report = msg.comments.length) });
  watcher.start();
  const result: WatchRuns = { watcher: [], bare: [], appended: [], reported: [], pageComments: 0, isolated: globalThis.crossOriginIsolated };
  for (let i = 0; i < warmup + runs; i++) {
    if (i === warmup) result.pageComments = watcher.comments().length;
    const units = lazy.appendBatch();
    if (units.length === 0) throw new Error('the page ran out of comments to append');
    // Marked in the page (an attribute the watcher does not observe), outside both timings.
    for (const el of adapter.findCommentElements(document)) el.setAttribute(MARK, '');
    last.report = 0;
    const start = performance.now();
    watcher.flush();
    const watched = performance.now() - start;
    const bareStart = performance.now();
    const bare = barePassOver(units);
    const bareMs = performance.now() - bareStart;
    sink += bare.chars;
    if (i < warmup) continue;
    result.watcher.push(watched);
    result.bare.push(bareMs);
    result.appended.push(bare.appended);
    result.reported.push(last.report);
  }
  watcher.stop();
  return result;
}

export interface SlicedRun {
  /** Every task over 50 ms while the watcher's first scan was read (PerformanceObserver 'longtask'). */
  longTasks: number[];
  /** Reports the watcher made (one per slice) until every comment was read. */
  slices: number;
  /** Comments read in all. */
  comments: number;
  /** ms from start() until the last comment was read. */
  ms: number;
}

/**
 * The watcher's full scan as a page load or a navigation runs it: start() reads a first slice, the
 * rest follows in idle-time slices. Resolves once every container is read (or after 20 s), then
 * gives the long tasks seen meanwhile: none should come from the scan.
 */
function slicedScan(url: string): Promise<SlicedRun> {
  const adapter = adapterForUrl(url);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  const expected = adapter.findCommentElements(document).length;
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let slices = 0;
  const watcher: Watcher = createWatcher({ adapter, document, window, report: () => slices++ });
  const started = performance.now();
  watcher.start();
  return new Promise<SlicedRun>((resolve) => {
    const poll = (): void => {
      const comments = watcher.comments().length;
      if (comments < expected && performance.now() - started < 20_000) {
        setTimeout(poll, 5);
        return;
      }
      const ms = performance.now() - started;
      watcher.stop();
      // Long-task entries arrive after their task: give them a frame and a moment.
      requestAnimationFrame(() =>
        setTimeout(() => {
          observer.disconnect();
          resolve({ longTasks, slices, comments, ms });
        }, 50),
      );
    };
    setTimeout(poll, 5);
  });
}

const api = { extraction, watching, slicedScan, sink: () => sink };
export type PageBenchApi = typeof api;
(globalThis as unknown as { __riposteBench: PageBenchApi }).__riposteBench = api;
