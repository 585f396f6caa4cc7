import type { WxtBrowser } from 'wxt/browser';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoCertificate } from './certificate';
import { launchWithExtension, type LaunchedBrowser } from './chromium';
import { waitForContentScript } from './content-ready';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { FIXTURES_DIR, loadFixturePages, type FixturePage } from './pages';

export const ROOT_DIR = join(import.meta.dirname, '../..');
export const CHROME_BUILD_DIR = join(ROOT_DIR, '.output/chrome-mv3');
export const FIREFOX_BUILD_DIR = join(ROOT_DIR, '.output/firefox-mv2');
/** The extension API as seen inside the service worker, for code run there with `evaluate`. */
declare const chrome: WxtBrowser;

const CERT_CACHE = join(ROOT_DIR, 'node_modules/.cache/riposte-demo');

export interface DemoEnvironment extends LaunchedBrowser {
  server: FixtureServer;
  pages: FixturePage[];
  /** Opens a fixture page by its site's real URL and waits until its content script answers the extension. */
  openFixture(page: FixturePage): Promise<Page>;
  /** Opens one of the extension's own pages (sidepanel.html, options.html) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens the side panel as a page, following the tab that shows `target`. */
  openPanelFor(target: Page, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** The fixture server plus Chromium with the built extension, as the demo and the e2e tests use them. */
export async function startDemoEnvironment(options: { headless: boolean; locale?: string }): Promise<DemoEnvironment> {
  if (!existsSync(join(CHROME_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No Chrome build in ${CHROME_BUILD_DIR}: run "npm run build" first.`);
  }
  const pages = loadFixturePages();
  const server = await startFixtureServer({ pages, fixturesDir: FIXTURES_DIR, certificate: demoCertificate(CERT_CACHE) });
  const userDataDir = mkdtempSync(join(tmpdir(), 'riposte-profile-'));
  let launched: LaunchedBrowser;
  try {
    launched = await launchWithExtension({
      extensionDir: CHROME_BUILD_DIR,
      userDataDir,
      port: server.port,
      headless: options.headless,
      locale: options.locale,
    });
  } catch (error) {
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const { context, serviceWorker, extensionId } = launched;

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const id = await serviceWorker.evaluate(async (wanted) => {
      // Several tabs may show the same URL (one closing, one opening): the newest is ours.
      const ids = (await chrome.tabs.query({})).filter((t) => t.url === wanted).map((t) => t.id ?? -1);
      return ids.length ? Math.max(...ids) : undefined;
    }, url);
    if (id === undefined) throw new Error(`No tab found for ${url}`);
    return id;
  };

  return {
    ...launched,
    server,
    pages,
    async openFixture(fixture) {
      const page = await context.newPage();
      await page.goto(`https://${fixture.host}${fixture.path}`);
      await waitForContentScript(serviceWorker, page, fixture.site);
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async openPanelFor(target, viewport = { width: 400, height: 900 }) {
      const tabId = await tabIdOf(target);
      const panel = await context.newPage();
      await panel.setViewportSize(viewport);
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
