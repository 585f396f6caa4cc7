/**
 * `npx tsx scripts/bench/compare-adapters.ts <revision> [site…] [--watcher] [--rounds N]`: the
 * content scripts' reading at an older revision against the working tree, in one Chromium page.
 *
 * Both are bundled from scripts/bench/browser/compare-entry.ts (lib/ taken from `git archive
 * <revision>` for the old one) and injected into each generated 2,000-comment page. First both
 * read the page at one scan time and must give the same comments, JSON for JSON (or, with
 * --watcher, hold the same comments after every batch of the lazy page); then they are timed
 * alternately, order swapped each round (each watcher flushed in a task of its own), in wall-clock
 * and in main-thread CPU time (CDP `Performance.getMetrics` with thread ticks: wall-clock swings
 * with the machine's load, CPU much less). Prints the medians and the median of the paired
 * new ÷ old ratios.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { loadTriageFixtures } from '../../tests/fixtures/triage/load';
import { benchPages, SITES } from './bench-pages';
import { ROOT_DIR } from './build';
import { launchBenchBrowser, metricsSession, serveBenchPages } from './chromium-session';
import type { CompareApi } from './browser/compare-entry';

type Side = 'old' | 'new';

async function bundle(side: Side, root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'browser/compare-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    alias: { '@': root },
    // The old copy has no node_modules of its own.
    nodePaths: [join(ROOT_DIR, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"', COMPARE_SIDE: JSON.stringify(side) },
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for the ${side} side`);
  return file.text;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const revision = args[0];
  if (!revision || revision.startsWith('--')) throw new Error('usage: compare-adapters.ts <revision> [site…] [--watcher] [--rounds N]');
  const watcher = args.includes('--watcher');
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 12;
  const sites = args.filter((a) => (SITES as readonly string[]).includes(a));

  const oldRoot = mkdtempSync(join(tmpdir(), 'riposte-compare-'));
  try {
    execFileSync('sh', ['-c', `git archive ${JSON.stringify(revision)} lib | tar -x -C ${JSON.stringify(oldRoot)}`], { cwd: ROOT_DIR });
    const scripts = { old: await bundle('old', oldRoot), new: await bundle('new', ROOT_DIR) };
    const pages = benchPages(2_000, loadTriageFixtures().map((c) => c.text)).filter((p) => sites.length === 0 || sites.includes(p.site));
    const server = await serveBenchPages(pages.flatMap((p) => p.served), ROOT_DIR);
    const browser = await launchBenchBrowser({ port: server.port });
    try {
      for (const bench of pages) {
        const url = watcher ? bench.lazyUrl : bench.url;
        const page = await browser.context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        for (const side of ['old', 'new'] as const) await page.addScriptTag({ content: scripts[side] });
        const metrics = await metricsSession(browser.context, page);
        type Call = <K extends keyof CompareApi>(side: Side, name: K, ...rest: Parameters<CompareApi[K]>) => Promise<ReturnType<CompareApi[K]>>;
        const call: Call = (side, name, ...rest) =>
          page.evaluate(
            ([s, n, r]) => {
              const api = (globalThis as unknown as { __riposteCompare: Record<string, Record<string, (...a: unknown[]) => unknown>> }).__riposteCompare[s];
              return api?.[n]?.(...r);
            },
            [side, name, rest] as const,
          ) as never;
        const times: Record<Side, { wall: number[]; cpu: number[] }> = { old: { wall: [], cpu: [] }, new: { wall: [], cpu: [] } };
        const timed = async (side: Side, run: () => Promise<number>, keep = true): Promise<void> => {
          const before = await metrics.read();
          const wall = await run();
          const after = await metrics.read();
          if (!keep) return;
          times[side].wall.push(wall);
          times[side].cpu.push(after.taskMs - before.taskMs);
        };
        let verdict: string;
        if (!watcher) {
          const now = Date.now();
          const [a, b] = [await call('old', 'scan', url, now), await call('new', 'scan', url, now)];
          verdict = a === b ? `same ${(JSON.parse(b) as unknown[]).length} comments` : 'DIFFERENT comments';
          // Two warm-up rounds, then the kept ones.
          for (let i = 0; i < rounds + 2; i++) {
            for (const side of i % 2 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
              await timed(side, () => call(side, 'timedScan', url), i >= 2);
            }
          }
        } else {
          await call('old', 'startWatcher', url);
          await call('new', 'startWatcher', url);
          let same = true;
          // Both see each batch; the first to read it meets fresh nodes, so the order alternates.
          // The watchers get no idle callbacks (compare-entry.ts): a batch waits for each one's flush.
          for (let i = 0; ; i++) {
            const appended = await page.evaluate(() => (globalThis as unknown as { __benchUnits: { appendBatch(): unknown[] } }).__benchUnits.appendBatch().length);
            if (appended === 0) break;
            for (const side of i % 2 ? (['old', 'new'] as const) : (['new', 'old'] as const)) await timed(side, () => call(side, 'timedFlush'), i >= 1);
            same &&= (await call('old', 'watched')) === (await call('new', 'watched'));
          }
          verdict = same ? 'same comments after every batch' : 'DIFFERENT comments';
        }
        const ratio = (kind: 'wall' | 'cpu') => median(times.new[kind].map((v, i) => v / (times.old[kind][i] as number)));
        const ms = (side: Side, kind: 'wall' | 'cpu') => median(times[side][kind]).toFixed(watcher ? 2 : 1);
        console.log(
          `${bench.site} ${watcher ? 'watcher flush per batch' : 'full scan'} (${times.new.cpu.length} pairs): ${verdict}; ` +
            `CPU ${ms('old', 'cpu')} → ${ms('new', 'cpu')} ms, paired ${ratio('cpu').toFixed(3)}×; wall ${ms('old', 'wall')} → ${ms('new', 'wall')} ms, paired ${ratio('wall').toFixed(3)}×`,
        );
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(oldRoot, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
