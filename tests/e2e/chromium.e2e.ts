import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { extractComments } from '../../lib/sites';
import { startDemoEnvironment, type DemoEnvironment } from '../../scripts/demo/environment';
import { FIXTURES_DIR, type FixturePage } from '../../scripts/demo/pages';

/** What the adapter reads from a fixture in a plain DOM, to compare with what the browser shows. */
function expectedIds(fixture: FixturePage): string[] {
  const url = `https://${fixture.host}${fixture.path}`;
  const window = new Window({ url });
  window.document.write(readFileSync(join(FIXTURES_DIR, fixture.file), 'utf8'));
  const ids = extractComments(window.document as unknown as Document, url).map((c) => c.id);
  void window.happyDOM.close();
  return ids;
}

/** The extension API as seen inside the service worker, for code run there with `evaluate`. */
declare const chrome: typeof import('wxt/browser').browser;

describe('the built extension in Chromium', () => {
  let env: DemoEnvironment;

  before(async () => {
    env = await startDemoEnvironment({ headless: true, locale: 'fr' });
  });
  after(async () => {
    await env?.close();
  });

  it('starts its service worker with the side panel opening on the toolbar button', async () => {
    assert.match(env.extensionId, /^[a-p]{32}$/);
    const behavior = await env.serviceWorker.evaluate(() => chrome.sidePanel.getPanelBehavior());
    assert.equal(behavior.openPanelOnActionClick, true);
  });

  it('registers its context menu (and only once)', async () => {
    // update() rejects for an item that does not exist: it is a cheap existence check.
    await env.serviceWorker.evaluate(() => chrome.contextMenus.update('riposte:root', {}));
    await assert.rejects(env.serviceWorker.evaluate(() => chrome.contextMenus.update('riposte:nope', {})));
  });

  it('answers a ping through the typed protocol and drops malformed messages', async () => {
    const page = await env.openExtensionPage('sidepanel.html');
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'bg/ping' }));
    assert.equal(reply.ok, true);
    const bad = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'bg/ping', extra: { evil: true } }).catch(() => 'rejected'));
    assert.notEqual(bad, undefined);
    await page.close();
  });

  it('runs its content script on every site’s demo pages, under the real host names', async () => {
    for (const fixture of env.pages) {
      const page = await env.openFixture(fixture);
      assert.equal(new URL(page.url()).hostname, fixture.host);
      await page.close();
    }
    for (const request of env.server.requests) assert.match(request, /^(www\.(facebook|linkedin|instagram)\.com|x\.com) /);
  });

  it('shows the page’s comments in the side panel, as text', async () => {
    const fixture = env.pages.find((p) => p.site === 'x' && p.lang === 'fr' && p.demo);
    assert.ok(fixture, 'a French X demo page exists');
    const page = await env.openFixture(fixture);
    const panel = await env.openPanelFor(page);
    const status = panel.getByTestId('page-status');
    await status.waitFor();
    await panel.waitForFunction(() => document.querySelectorAll('article.comment').length > 0, undefined, { timeout: 10_000 });
    assert.match((await status.textContent()) ?? '', /X : \d+ commentaires lus/);
    const shown = await panel.locator('article.comment').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-comment-id')));
    const expected = expectedIds(fixture);
    assert.ok(expected.length > 0);
    assert.deepEqual([...shown].sort(), [...expected].sort());
    await panel.close();
    await page.close();
  });
});
