/**
 * `npx tsx scripts/bench/profile-extraction.ts [site…] [--watcher]`: where a full scan (or, with
 * --watcher, the live watcher's work per appended batch on the lazy page) spends its time. Opens each
 * generated 2,000-comment page in Chromium, runs the content script's full scan (adapter +
 * `checkComment`, as compare-entry.ts reads a page) a few times under the V8 sampling profiler
 * (CDP), prints the functions with the most self time (shares of the busy samples: idle time left
 * out) and writes the profile to bench-output/profile-<site>.cpuprofile (open it in Chrome
 * DevTools' Performance panel).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTriageFixtures } from '../../tests/fixtures/triage/load';
import { benchPages, SITES } from './bench-pages';
import { OUTPUT_DIR, ROOT_DIR, bundleForPage } from './build';
import { launchBenchBrowser, serveBenchPages } from './chromium-session';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Samples of waiting between runs: no one's time, left out of every share. */
const IDLE = new Set(['(idle)', '(program)']);

/** Samples under each function, callees included (a recursive function counted once per stack). */
function inclusive(nodes: readonly ProfileNode[]): Map<string, number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
  const totals = new Map<string, number>();
  const walk = (node: ProfileNode, onStack: Set<string>): number => {
    let hits = IDLE.has(node.callFrame.functionName) ? 0 : (node.hitCount ?? 0);
    const key = name(node);
    const fresh = !onStack.has(key);
    if (fresh) onStack.add(key);
    for (const child of node.children ?? []) hits += walk(byId.get(child) as ProfileNode, onStack);
    if (fresh) {
      onStack.delete(key);
      totals.set(key, (totals.get(key) ?? 0) + hits);
    }
    return hits;
  };
  const root = nodes[0];
  if (root) walk(root, new Set());
  return totals;
}

/**
 * Self time of the engine's own functions (no script URL: querySelector, closest, matches…) under
 * each script function that calls them: which query of an adapter costs what.
 */
function nativeByCaller(nodes: readonly ProfileNode[]): Map<string, number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  const walk = (node: ProfileNode, caller: string): void => {
    const frame = node.callFrame;
    const name = `${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}`;
    if (frame.url === '' && frame.lineNumber === -1 && frame.functionName && !IDLE.has(frame.functionName) && (node.hitCount ?? 0) > 0) {
      const key = `${frame.functionName} <- ${caller}`;
      totals.set(key, (totals.get(key) ?? 0) + (node.hitCount ?? 0));
    }
    for (const child of node.children ?? []) walk(byId.get(child) as ProfileNode, name);
  };
  const root = nodes[0];
  if (root) walk(root, '');
  return totals;
}

const SCANS = 5;

async function main(): Promise<void> {
  const watcher = process.argv.includes('--watcher');
  const sites = process.argv.slice(2).filter((s) => (SITES as readonly string[]).includes(s));
  const pages = benchPages(2_000, loadTriageFixtures().map((c) => c.text)).filter((p) => sites.length === 0 || sites.includes(p.site));
  // The full scan alone (the bench's extraction also times a bare pass and the CommentSchema scan).
  const bundle = await bundleForPage(watcher ? 'page-entry.ts' : 'compare-entry.ts');
  const server = await serveBenchPages(pages.flatMap((p) => p.served), ROOT_DIR);
  const browser = await launchBenchBrowser({ port: server.port });
  try {
    for (const bench of pages) {
      const page = await browser.context.newPage();
      const url = watcher ? bench.lazyUrl : bench.url;
      await page.goto(url, { waitUntil: 'load' });
      await page.addScriptTag({ content: bundle });
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      type Api = { watching(u: string, w: number, r: number): { watcher: number[] } };
      type Scan = { timedScan(u: string): number };
      // One untimed run first, so the profile shows warm code.
      if (!watcher) await page.evaluate((u) => (globalThis as unknown as { __riposteCompare: Record<string, Scan> }).__riposteCompare.new?.timedScan(u), url);
      await cdp.send('Profiler.start');
      const ms = watcher
        ? await page.evaluate(([u, scans]) => (globalThis as unknown as { __riposteBench: Api }).__riposteBench.watching(u, 1, scans).watcher, [url, SCANS] as const)
        : await page.evaluate(
            ([u, scans]) => {
              const api = (globalThis as unknown as { __riposteCompare: Record<string, Scan> }).__riposteCompare.new as Scan;
              return Array.from({ length: scans }, () => api.timedScan(u));
            },
            [url, SCANS] as const,
          );
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[] } };
      writeFileSync(join(OUTPUT_DIR, `profile-${bench.site}.cpuprofile`), JSON.stringify(profile));
      const self = new Map<string, number>();
      let total = 0;
      for (const node of profile.nodes) {
        const hits = node.hitCount ?? 0;
        const where = `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
        if (IDLE.has(node.callFrame.functionName)) continue;
        total += hits;
        self.set(where, (self.get(where) ?? 0) + hits);
      }
      const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
      console.log(`\n${bench.site}: ${watcher ? 'watcher flushes' : 'full scans'} ${ms.map((m) => m.toFixed(0)).join(', ')} ms; self time by function (${total} samples)`);
      for (const [name, hits] of top) console.log(`  ${((hits * 100) / total).toFixed(1).padStart(5)} %  ${name}`);
      console.log('  with callees:');
      const withCallees = [...inclusive(profile.nodes).entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
      for (const [name, hits] of withCallees) console.log(`  ${((hits * 100) / total).toFixed(1).padStart(5)} %  ${name}`);
      console.log('  engine calls (querySelector, closest, getAttribute…) by the function calling them:');
      for (const [name, hits] of [...nativeByCaller(profile.nodes).entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
        console.log(`  ${((hits * 100) / total).toFixed(1).padStart(5)} %  ${name}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
