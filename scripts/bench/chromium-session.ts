import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { demoCertificate } from '../demo/certificate';
import { findChromium, hermeticArgs, launchWithExtension } from '../demo/chromium';
import { startFixtureServer, type FixtureServer } from '../demo/fixture-server';
import type { FixturePage } from '../demo/pages';
import { ROOT_DIR } from './build';

const CERT_CACHE = join(ROOT_DIR, 'node_modules/.cache/riposte-demo');
export const VIEWPORT = { width: 1280, height: 900 };

/** The generated pages, served under the sites' real host names from `dir`. */
export async function serveBenchPages(pages: FixturePage[], dir: string): Promise<FixtureServer> {
  return startFixtureServer({ pages, fixturesDir: dir, certificate: demoCertificate(CERT_CACHE) });
}

export interface BenchBrowser {
  context: BrowserContext;
  /** Set when the extension is loaded. */
  extensionId?: string;
  version: string;
  close(): Promise<void>;
}

/**
 * Chromium on a fresh profile, offline but for the bench pages, with or without the built
 * extension. Both cases use the demo's launcher flags so that the only difference between the
 * two measurements is the extension.
 */
export async function launchBenchBrowser(options: { port: number; extensionDir?: string }): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'riposte-bench-'));
  const cleanup = () => rmSync(userDataDir, { recursive: true, force: true });
  try {
    let context: BrowserContext;
    let extensionId: string | undefined;
    if (options.extensionDir) {
      const launched = await launchWithExtension({ extensionDir: options.extensionDir, userDataDir, port: options.port, headless: true });
      context = launched.context;
      extensionId = launched.extensionId;
    } else {
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: findChromium(),
        headless: false, // --headless=new below, as the extension launch must use
        ignoreHTTPSErrors: true,
        viewport: VIEWPORT,
        args: ['--headless=new', ...hermeticArgs(options.port), '--disable-extensions'],
      });
    }
    const version = context.browser()?.version() ?? (await versionOf(context));
    return {
      context,
      extensionId,
      version,
      async close() {
        await context.close();
        cleanup();
      },
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}

async function versionOf(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  try {
    return await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? 'unknown');
  } finally {
    await page.close();
  }
}

/** Main-thread time counters of one page, from CDP `Performance.getMetrics` (seconds → ms). */
export interface MainThreadTime {
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
}

export async function metricsSession(context: BrowserContext, page: Page): Promise<{ read(): Promise<MainThreadTime>; cdp: CDPSession }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    cdp,
    async read() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      return { scriptMs: get('ScriptDuration'), taskMs: get('TaskDuration'), layoutMs: get('LayoutDuration') };
    },
  };
}

export function minus(a: MainThreadTime, b: MainThreadTime): MainThreadTime {
  return { scriptMs: a.scriptMs - b.scriptMs, taskMs: a.taskMs - b.taskMs, layoutMs: a.layoutMs - b.layoutMs };
}
