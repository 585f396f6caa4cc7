import type { WxtBrowser } from 'wxt/browser';
import type { Page, Worker } from 'playwright-core';

/** The extension API as seen inside the service worker, for code run there with `evaluate`. */
declare const chrome: WxtBrowser;

/**
 * The content script leaves no mark on the page (a site must not tell Riposte's users apart), so
 * tests and the demo learn that it runs the way the side panel does: the extension asks the tab for
 * a `content/snapshot`, and the content script of `site` answers once it is running.
 */

/** Whether the content script of the newest tab showing `url` answers a snapshot for `site` (run in the service worker). */
export function contentScriptAnswers(serviceWorker: Worker, url: string, site: string): Promise<boolean> {
  return serviceWorker.evaluate(
    async ({ url: wanted, site: expected }) => {
      const ids = (await chrome.tabs.query({})).filter((t) => t.url === wanted).map((t) => t.id ?? -1);
      if (ids.length === 0) return false;
      try {
        const reply = (await chrome.tabs.sendMessage(Math.max(...ids), { type: 'content/snapshot' })) as { health?: { platform?: string } } | undefined;
        return reply?.health?.platform === expected;
      } catch {
        return false; // no content script (yet) in that tab
      }
    },
    { url, site },
  );
}

/** Waits until the content script of `site` runs in `page` (Chromium, through the extension's service worker). */
export async function waitForContentScript(serviceWorker: Worker, page: Page, site: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await contentScriptAnswers(serviceWorker, page.url(), site))) {
    if (Date.now() > deadline) throw new Error(`Riposte's ${site} content script did not answer in ${page.url()} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The same question as an expression for Firefox's add-on background page (`AddonConsole.evaluate`):
 * the site whose content script answers in the tab whose URL starts with `urlPrefix`, or '' when none does.
 */
export function contentScriptSiteExpression(urlPrefix: string): string {
  return `browser.tabs.query({}).then(async (tabs) => {
    const tab = tabs.find((t) => (t.url ?? '').startsWith(${JSON.stringify(urlPrefix)}));
    if (!tab) return '';
    try {
      const reply = await browser.tabs.sendMessage(tab.id, { type: 'content/snapshot' });
      return reply?.health?.platform ?? '';
    } catch {
      return '';
    }
  })`;
}
