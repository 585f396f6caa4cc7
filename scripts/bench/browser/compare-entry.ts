/**
 * Injected twice into one bench page by `compare-adapters.ts`: once built from the working tree,
 * once from an older revision (esbuild's `@` alias pointing at its copy). Each copy registers under
 * its side's name, so old and new code read the same nodes in the same page.
 */
import './jitless';
import type { Comment } from '@/lib/schema/comment';
import { createWatcher, type Watcher } from '@/lib/content/watcher';
import { checkComment } from '@/lib/sites/comment-check';
import { adapterForUrl, extractContext } from '@/lib/sites/index';
import { newScanMemo } from '@/lib/sites/memo';
import { readComments } from '@/lib/sites/read';

declare const COMPARE_SIDE: string;
/** Set by compare-adapters.ts; bundled without it (profile-extraction.ts), the working tree's side. */
const SIDE = typeof COMPARE_SIDE === 'string' ? COMPARE_SIDE : 'new';

/** Keeps results alive so the engine cannot skip the work. */
let sink = 0;

/** The content script's full scan: one memo for finding and reading, each comment checked by `checkComment`. */
function scan(url: string, now?: number): Comment[] {
  const adapter = adapterForUrl(url);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  const memo = newScanMemo();
  return readComments(adapter, adapter.findCommentElements(document, { memo }), { ...extractContext(adapter, document, url, now), memo }, checkComment).comments;
}

/** ms of one full scan. */
function timedScan(url: string): number {
  const start = performance.now();
  sink += scan(url).length;
  return performance.now() - start;
}

let watcher: Watcher | undefined;

/**
 * The page's window without idle callbacks: each side's watcher reads a batch only when flushed,
 * so both can be flushed in tasks of their own (timed apart) without either reading it in between.
 */
const flushOnly = new Proxy(window, {
  get(target, key) {
    if (key === 'requestIdleCallback') return () => 0;
    if (key === 'cancelIdleCallback') return () => {};
    const value: unknown = Reflect.get(target, key);
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  },
});

/** A watcher on the lazy page, its first scan done. */
function startWatcher(url: string): number {
  const adapter = adapterForUrl(url);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  watcher = createWatcher({ adapter, document, window: flushOnly, report: (msg) => (sink += msg.comments.length) });
  watcher.start();
  watcher.flush();
  return watcher.comments().length;
}

/** ms of one `flush()` (the idle callback's work). */
function timedFlush(): number {
  const start = performance.now();
  watcher?.flush();
  return performance.now() - start;
}

/** What the watcher holds, without dates read from a relative age (they follow each side's clock). */
function watched(): string {
  const comments = (watcher?.comments() ?? []).map((c) => ({ ...c, createdAt: undefined }));
  return JSON.stringify(comments.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

const api = { scan: (url: string, now: number) => JSON.stringify(scan(url, now)), timedScan, startWatcher, timedFlush, watched, sink: () => sink };
export type CompareApi = typeof api;
const registry = ((globalThis as unknown as { __riposteCompare?: Record<string, CompareApi> }).__riposteCompare ??= {});
registry[SIDE] = api;
