/**
 * 2. Live watching. (a) The watcher's cost per 100 appended comments, timed in the page; (b) the
 * page's main-thread time while a reader scrolls the lazy-loading 2,000-comment page to its end,
 * with the extension loaded and without (two browsers, runs interleaved), from CDP
 * Performance.getMetrics.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { waitForContentScript } from '../demo/content-ready';
import type { BenchPage } from './bench-pages';
import { ROOT_DIR } from './build';
import type { SlicedRun, WatchRuns } from './browser/page-entry';
import { metricsSession, minus, type MainThreadTime } from './chromium-session';
import type { BenchContext } from './context';
import { failed, judge, type Figure } from './report';
import { ratioSample, summarise } from './stats';

type BenchGlobal = { __riposteBench: { watching(u: string, w: number, r: number): WatchRuns } };

export async function watcherFigures(ctx: BenchContext, context: BrowserContext, bench: BenchPage, pageBundle: string): Promise<Figure[]> {
  const key = `live.watcher.${bench.site}`;
  const label = `${bench.site}: watcher, per 100 appended comments`;
  const page = await context.newPage();
  try {
    // Served cross-origin isolated (the same file the fixture server gives, with two headers more):
    // performance.now() then resolves 5 µs instead of 100 µs, so the bare pass over one batch
    // (~0.2 ms) is timed once, as it is, rather than rounded to 0.1 ms. The page is
    // self-contained: the headers block nothing it loads.
    const lazy = bench.served.find((p) => `https://${p.host}${p.path}` === bench.lazyUrl);
    if (!lazy) throw new Error(`no served file for ${bench.lazyUrl}`);
    const body = readFileSync(join(ROOT_DIR, lazy.file));
    await page.route(bench.lazyUrl, (route) =>
      route.fulfill({
        status: 200,
        body,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        },
      }),
    );
    await page.goto(bench.lazyUrl, { waitUntil: 'load' });
    await page.addScriptTag({ content: pageBundle });
    ctx.log(`watcher: ${bench.site}…`);
    const runs = await page.evaluate(
      ([url, warmup, count]) => (globalThis as unknown as BenchGlobal).__riposteBench.watching(url, warmup, count),
      [bench.lazyUrl, ctx.runs.warmup, ctx.runs.runs] as const,
    );
    const per100 = (values: number[]) => summarise(values.map((ms, i) => (ms * 100) / (runs.appended[i] as number)));
    const watcher = per100(runs.watcher);
    const bare = per100(runs.bare);
    const missed = runs.reported.some((n, i) => n !== runs.appended[i]);
    return [
      judge({
        key,
        section: '2 Live',
        label,
        unit: 'ms',
        value: watcher,
        baseline: { label: 'bare pass', value: bare },
        ratio: ratioSample(watcher, bare),
        target: { on: 'ratio', op: '<=', limit: 5, text: '≤ 5× bare pass' },
        ...(missed ? { status: 'ERROR' as const } : {}),
        note:
          `batches of ${summarise(runs.appended).median} comments appended to a page already holding ${runs.pageComments}+; ` +
          `watcher.flush() and the bare pass each timed once per batch with performance.now() ` +
          (runs.isolated ? `(page cross-origin isolated: 5 µs resolution)` : `(WARNING: page not cross-origin isolated, 0.1 ms resolution)`) +
          (missed ? `; reported ${runs.reported.join('/')} of ${runs.appended.join('/')} appended` : ''),
      }),
    ];
  } catch (error) {
    return [failed(key, '2 Live', label, error)];
  } finally {
    await page.close();
  }
}

type SlicedGlobal = { __riposteBench: { slicedScan(u: string): Promise<SlicedRun> } };

/**
 * The watcher's first full scan of the 2,000-comment page (what a load or a navigation runs), read
 * in slices: the longest main-thread task seen meanwhile, against the 50 ms a task may last.
 */
export async function slicedScanFigures(ctx: BenchContext, context: BrowserContext, bench: BenchPage, pageBundle: string): Promise<Figure[]> {
  const key = `live.sliced.${bench.site}`;
  const label = `${bench.site}: longest task of the watcher's full scan`;
  const target = { on: 'value', op: '<=', limit: 50, text: '≤ 50 ms' } as const;
  try {
    const longest: number[] = [];
    const notes: string[] = [];
    for (let i = 0; i < ctx.runs.warmup + ctx.runs.runs; i++) {
      const page = await context.newPage();
      try {
        await page.goto(bench.url, { waitUntil: 'load' });
        await page.addScriptTag({ content: pageBundle });
        // Let the page's own load work end first: its tasks are not the scan's.
        await page.waitForTimeout(300);
        const run = await page.evaluate((url) => (globalThis as unknown as SlicedGlobal).__riposteBench.slicedScan(url), bench.url);
        if (i < ctx.runs.warmup) continue;
        longest.push(Math.max(0, ...run.longTasks));
        notes.push(`${run.comments} comments in ${run.slices} slices, ${run.ms.toFixed(0)} ms, ${run.longTasks.length} task(s) over 50 ms`);
      } finally {
        await page.close();
      }
    }
    return [
      judge({
        key,
        section: '2 Live',
        label,
        unit: 'ms',
        value: summarise(longest),
        target,
        note: `longest task over 50 ms (0 when none) while createWatcher().start() read the page in idle-time slices; ${notes.join('; ')}`,
      }),
    ];
  } catch (error) {
    return [failed(key, '2 Live', label, error, target)];
  }
}

interface Session {
  load: MainThreadTime;
  scroll: MainThreadTime;
  steps: number;
  marked: boolean;
  /** Long tasks (over 50 ms) on the page's main thread, from load to the end of scrolling. */
  longTasks: number[];
}

/** Opens the page, lets it settle, then scrolls to the very end (all batches loaded). */
async function scrollSession(context: BrowserContext, url: string, site: string, expectMark: boolean): Promise<Session> {
  const page = await context.newPage();
  try {
    const metrics = await metricsSession(context, page);
    // Every task over 50 ms, whoever ran it (the page, or a content script on its thread).
    await page.addInitScript(() => {
      const seen: number[] = [];
      (window as unknown as { __benchLongTasks: number[] }).__benchLongTasks = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    const marked = expectMark
      ? await waitForContentScript(context.serviceWorkers()[0]!, page, site).then(() => true, () => false)
      : false;
    await page.waitForTimeout(1_000);
    const load = await metrics.read();
    // No named inner functions here: tsx would wrap them in a helper the page does not have.
    const steps = await page.evaluate(async () => {
      let step = 0;
      for (; step < 5_000; step++) {
        window.scrollBy(0, innerHeight * 2);
        await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
        const bottom = window.scrollY + innerHeight >= document.documentElement.scrollHeight - 4;
        const pending = (window as unknown as { __benchPending?: () => number }).__benchPending?.() ?? 0;
        if (bottom && pending === 0) break;
      }
      return step;
    });
    // Let idle callbacks (the watcher's batches) run before reading the counters.
    await page.waitForTimeout(1_000);
    const end = await metrics.read();
    await metrics.cdp.detach();
    const longTasks = await page.evaluate(() => [...((window as unknown as { __benchLongTasks?: number[] }).__benchLongTasks ?? [])]);
    return { load, scroll: minus(end, load), steps, marked, longTasks };
  } finally {
    await page.close();
  }
}

export async function overheadFigures(
  ctx: BenchContext,
  withExtension: BrowserContext,
  without: BrowserContext,
  bench: BenchPage,
): Promise<Figure[]> {
  const sessions: { with: Session; without: Session }[] = [];
  const total = ctx.runs.warmup + ctx.runs.runs;
  for (let i = 0; i < total; i++) {
    ctx.log(`page overhead: ${bench.site} scroll ${i + 1}/${total}…`);
    // Alternate which browser goes first so drift favours neither.
    const runWith = () => scrollSession(withExtension, bench.lazyUrl, bench.site, true);
    const runWithout = () => scrollSession(without, bench.lazyUrl, bench.site, false);
    let withRun: Session;
    let withoutRun: Session;
    if (i % 2 === 0) {
      withRun = await runWith();
      withoutRun = await runWithout();
    } else {
      withoutRun = await runWithout();
      withRun = await runWith();
    }
    if (i >= ctx.runs.warmup) sessions.push({ with: withRun, without: withoutRun });
  }
  const sample = (f: (s: { with: Session; without: Session }) => number) => summarise(sessions.map(f));
  const marked = sessions.every((s) => s.with.marked);
  const note = `${bench.comments} comments loaded in 20 batches while scrolling ${summarise(sessions.map((s) => s.without.steps)).median} steps of 2 viewports; CDP ScriptDuration/TaskDuration (thread time)` +
    (marked ? '' : '; WARNING: the content script never marked the page');
  const pair = (keyPart: string, label: string, pick: (t: MainThreadTime) => number, phase: 'load' | 'scroll', target?: boolean): Figure => {
    const withSample = sample((s) => pick(s.with[phase]));
    const withoutSample = sample((s) => pick(s.without[phase]));
    return judge({
      key: `live.overhead.${bench.site}.${phase}.${keyPart}`,
      section: '2 Live',
      label,
      unit: 'ms',
      value: withSample,
      baseline: { label: 'no extension', value: withoutSample },
      ratio: ratioSample(withSample, withoutSample),
      ...(target ? { target: { on: 'ratio', op: '<=', limit: 1.05, text: '≤ 1.05× (≤ 5 %)' } as const } : {}),
      note,
    });
  };
  const longest = (run: Session) => Math.max(0, ...run.longTasks);
  const longSample = (pick: (s: { with: Session; without: Session }) => number) => summarise(sessions.map(pick));
  const longFigure = (keyPart: string, label: string, pick: (run: Session) => number): Figure => {
    const withSample = longSample((s) => pick(s.with));
    const withoutSample = longSample((s) => pick(s.without));
    return judge({
      key: `live.longtask.${bench.site}.${keyPart}`,
      section: '2 Live',
      label,
      unit: keyPart === 'count' ? 'tasks' : 'ms',
      value: withSample,
      baseline: { label: 'no extension', value: withoutSample },
      ratio: ratioSample(withSample, withoutSample),
      note: `PerformanceObserver 'longtask' from navigation to the end of scrolling; the page's own long tasks count in both columns (the difference is Riposte's)`,
    });
  };
  return [
    longFigure('longest', `${bench.site}: longest main-thread task, load and scroll, with extension`, longest),
    longFigure('count', `${bench.site}: tasks over 50 ms, load and scroll, with extension`, (run) => run.longTasks.length),
    pair('script', `${bench.site}: page scripting while scrolling 2,000 comments, with extension`, (t) => t.scriptMs, 'scroll', true),
    pair('task', `${bench.site}: main-thread task time while scrolling, with extension`, (t) => t.taskMs, 'scroll'),
    pair('script', `${bench.site}: page scripting from navigation to idle (first 100 comments), with extension`, (t) => t.scriptMs, 'load'),
  ];
}
