import type { WxtBrowser } from 'wxt/browser';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { waitForContentScript } from '../../scripts/demo/content-ready';
import { ensureDemoBrand } from '../../scripts/demo/seed';
import { translator } from '../../lib/i18n';
import { startDemoEnvironment, type DemoEnvironment } from '../../scripts/demo/environment';
import { expectedIds } from './support/expected';

/** The extension API as seen inside the service worker, for code run there with `evaluate`. */
declare const chrome: WxtBrowser;

async function waitUntil(probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('Timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the built extension in Chromium', () => {
  let env: DemoEnvironment;

  // Every test starts from this state (the demo brand, set up as a user would), never from what an
  // earlier test left: each passes alone (`--test-name-pattern`) as well as in the run.
  before(async () => {
    env = await startDemoEnvironment({ headless: true, locale: 'fr' });
    await ensureDemoBrand(env, 'fr');
  });
  after(async () => {
    await env?.close();
  });

  /** Inserts the top suggestion for the selected comment of the French X demo page, as a user would. */
  async function insertTopSuggestionOnX() {
    const fixture = env.pages.find((p) => p.site === 'x' && p.lang === 'fr' && p.demo)!;
    const page = await env.openFixture(fixture);
    const panel = await env.openPanelFor(page);
    const card = panel.locator('article.comment[aria-current="true"]');
    await card.waitFor();
    const commentId = await card.getAttribute('data-comment-id');
    const suggestion = (await card.locator('.suggestion__text').first().textContent()) ?? '';
    assert.ok(suggestion.length > 10);
    await card.getByRole('button', { name: 'Insérer la suggestion 1' }).click();
    await panel.getByText(/Réponse insérée/).waitFor({ timeout: 10_000 });
    return { page, panel, commentId, suggestion };
  }

  it('starts its service worker with the side panel opening on the toolbar button', async () => {
    assert.match(env.extensionId, /^[a-p]{32}$/);
    const behavior = await env.serviceWorker.evaluate(() => chrome.sidePanel.getPanelBehavior());
    assert.equal(behavior.openPanelOnActionClick, true);
  });

  it('registers its context menu (and only once)', async () => {
    // update() rejects for an item that does not exist: it is a cheap existence check. The menu is
    // built asynchronously after install, from the database.
    await waitUntil(() => env.serviceWorker.evaluate(() => chrome.contextMenus.update('riposte:root', {}).then(() => true, () => false)));
    await assert.rejects(env.serviceWorker.evaluate(() => chrome.contextMenus.update('riposte:nope', {})));
  });

  it('answers a ping through the typed protocol and drops malformed messages', async () => {
    const page = await env.openExtensionPage('sidepanel.html');
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'bg/ping' }));
    assert.equal(reply.ok, true);
    const bad = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'bg/ping', extra: { evil: true } }).catch(() => 'rejected'));
    // A ping carrying a key the protocol does not name is dropped: no reply (the port closes), never a pong.
    assert.ok(bad === undefined || bad === 'rejected', `a malformed ping was answered: ${JSON.stringify(bad)}`);
    await page.close();
  });

  it('runs its content script on every site’s demo pages, under the real host names', async () => {
    for (const fixture of env.pages) {
      const page = await env.openFixture(fixture);
      assert.equal(new URL(page.url()).hostname, fixture.host);
      // The extension knows (openFixture asked the content script); the page cannot tell.
      const marks = await page.evaluate(() => Array.from(document.documentElement.attributes).map((a) => a.name).filter((n) => /riposte/iu.test(n)));
      assert.deepEqual(marks, [], `${fixture.file}: nothing on the page tells it Riposte runs`);
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
    // The queue opens on "to answer"; "all" includes the brand's own replies.
    await panel.getByRole('button', { name: /^Tous/ }).click();
    assert.match((await status.textContent()) ?? '', /X : \d+ commentaires lus/);
    const shown = await panel.locator('article.comment').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-comment-id')));
    const expected = expectedIds(fixture);
    assert.ok(expected.length > 0);
    assert.deepEqual([...shown].sort(), [...expected].sort());
    // The flags a community manager acts on: the journalist's late-delivery complaint is flagged.
    const julie = panel.locator('article.comment', { hasText: 'Julie Besson' });
    assert.equal(await julie.locator('.flag--complaint').count(), 1);
    assert.equal(await julie.locator('.badge--verified').count(), 1);
    await panel.close();
    await page.close();
  });

  it('inserts a suggested reply into the page’s own editor, without posting it, and logs it as a draft', async () => {
    const { page, panel, commentId, suggestion } = await insertTopSuggestionOnX();
    const state = await page.evaluate(() => {
      const fixture = (window as unknown as { __riposteFixture: { stateOf(el: Element): { text: string; submitEnabled: boolean } | undefined; submitted: unknown[] } }).__riposteFixture;
      const states = [...document.querySelectorAll('[data-testid="tweetTextarea_0"]')].map((el) => fixture.stateOf(el)).filter((s) => s?.text);
      return { states, submitted: fixture.submitted.length };
    });
    assert.equal(state.states.length, 1, 'exactly one editor holds the reply');
    assert.equal(state.states[0]?.text, suggestion);
    assert.equal(state.states[0]?.submitEnabled, true, 'the site sees the text: its Reply button is enabled');
    assert.equal(state.submitted, 0, 'Riposte never posts');
    const logged = await panel.evaluate(async (id) => {
      const open = indexedDB.open('riposte');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows = await new Promise<{ kind: string; commentId: string }[]>((resolve) => {
        const request = db.transaction('interactions').objectStore('interactions').getAll();
        request.onsuccess = () => resolve(request.result as { kind: string; commentId: string }[]);
      });
      db.close();
      return rows.filter((r) => r.commentId === id).map((r) => r.kind);
    }, commentId);
    // An inserted draft is not an answer: nothing was posted.
    assert.ok(logged.includes('seen') && logged.includes('inserted') && !logged.includes('replied'), `logged: ${logged.join(', ')}`);
    await panel.close();
    await page.close();
  });

  for (const site of ['facebook', 'linkedin', 'instagram'] as const) {
    it(`inserts a suggestion into ${site}'s own editor (its state, not just its text), without posting`, async () => {
      const fixture = env.pages.find((p) => p.site === site && p.lang === 'fr' && p.kind === 'post')!;
      const page = await env.openFixture(fixture);
      const panel = await env.openPanelFor(page);
      const card = panel.locator('article.comment[aria-current="true"]');
      await card.waitFor();
      // The suggestions come once the learned layer's chunk is loaded ("Chargement…" until then).
      await card.locator('.suggestion').first().waitFor();
      const insert = card.getByRole('button', { name: 'Insérer la suggestion 1' });
      // The top suggestion may need a fill-in first; then the editor form inserts it.
      if ((await insert.count()) === 0) {
        await card.getByRole('button', { name: /^À compléter/ }).first().click();
        for (const field of await card.locator('.editor__fill input').all()) await field.fill('ML-48213');
        await card.getByRole('button', { name: 'Insérer cette réponse' }).click();
      } else {
        await insert.click();
      }
      await panel.getByText(/Réponse insérée/).waitFor({ timeout: 10_000 });
      const state = await page.evaluate(() => {
        const fixture = (window as unknown as {
          __riposteFixture: { states: Map<Element, () => { text: string; submitEnabled: boolean }>; submitted: unknown[] };
        }).__riposteFixture;
        const filled = [...fixture.states.values()].map((read) => read()).filter((s) => s.text.trim());
        return { filled, submitted: fixture.submitted.length };
      });
      assert.equal(state.filled.length, 1, 'exactly one editor holds the reply');
      assert.ok(state.filled[0]!.text.length > 20);
      assert.equal(state.filled[0]!.submitEnabled, true, 'the site sees the text: its submit button is enabled');
      assert.equal(state.submitted, 0, 'Riposte never posts');
      await panel.close();
      await page.close();
    });
  }

  it('exports the logged interactions to a CSV that opens in French Excel', async () => {
    const draft = await insertTopSuggestionOnX();
    await draft.panel.close();
    await draft.page.close();
    const options = await env.openExtensionPage('options.html#export');
    // Chromium writes the file as it comes, to where the user picks in the save dialog. The dialog
    // is the browser's own and cannot be driven: the page's picker gets a file handle whose writes
    // land in the page, so the bytes checked are the ones Riposte streamed.
    // Plain JavaScript text: the test runner's transpiler would wrap named functions in a helper the
    // page does not have.
    await options.evaluate(`
      window.__written = [];
      window.showSaveFilePicker = async () => ({
        name: 'riposte.csv',
        createWritable: async () => ({
          write: async (chunk) => { window.__written.push(typeof chunk === 'string' ? chunk : await chunk.text()); },
          close: async () => undefined,
          abort: async () => undefined,
        }),
      });
    `);
    await options.getByRole('button', { name: 'Exporter en CSV' }).click();
    await options.getByText(/lignes? exportées? dans riposte\.csv/u).waitFor();
    const csv = await options.evaluate(() => (window as unknown as { __written: string[] }).__written.join(''));
    assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 BOM so Excel reads accents');
    const [header, ...rows] = csv.slice(1).trim().split(/\r?\n/);
    assert.ok(header?.startsWith('N° d’action;'), `semicolon-separated French headers for French Excel: ${header}`);
    assert.ok(rows.some((row) => row.includes(';Brouillon inséré;')), 'the draft just inserted is in the file, as a draft');
    await options.close();
  });

  it('inserts a template from the right-click menu, asking for its fill-in first', async () => {
    const fixture = env.pages.find((p) => p.site === 'x' && p.lang === 'fr' && p.demo)!;
    const page = await env.openFixture(fixture);
    const box = page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').first();
    await box.click();
    const tabId = await env.serviceWorker.evaluate(async (url) => {
      const ids = (await chrome.tabs.query({})).filter((t) => t.url === url).map((t) => t.id ?? -1);
      return Math.max(...ids);
    }, page.url());
    // A real click on a menu item cannot be scripted; dispatching onClicked runs the real listener.
    await env.serviceWorker.evaluate(async ({ tabId, pageUrl }) => {
      // No named helpers in here: the test runner's transpiler would wrap them in a helper the
      // service worker does not have.
      const settings = await new Promise<{ value: { activeBrandId: string } }>((resolve, reject) => {
        const open = indexedDB.open('riposte');
        open.onsuccess = () => {
          const request = open.result.transaction('settings').objectStore('settings').get('settings');
          request.onsuccess = () => resolve(request.result as { value: { activeBrandId: string } });
          request.onerror = () => reject(request.error);
        };
      });
      const tab = await chrome.tabs.get(tabId);
      const info = { menuItemId: `riposte:tpl:starter:${settings.value.activeBrandId}:product-question:fr`, editable: true, frameId: 0, pageUrl };
      (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: unknown): void }).dispatch(info, tab);
    }, { tabId, pageUrl: page.url() });
    // The fill-in dialog takes focus: type the answer and confirm with Enter.
    await page.waitForFunction(() => document.querySelector('riposte-fill-in') !== null);
    await page.keyboard.type('Oui, la lampe Lumen existe en 3 tailles.');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('riposte-fill-in') === null);
    // Insertion is verified before it is reported: wait for the editor's state to change.
    await page
      .waitForFunction(() => {
        const fixture = (window as unknown as { __riposteFixture: { stateOf(el: Element): { text: string } | undefined } }).__riposteFixture;
        return (fixture.stateOf(document.querySelector('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]')!)?.text ?? '') !== '';
      }, undefined, { timeout: 5_000 })
      .catch(() => undefined);
    const state = await page.evaluate(() => {
      const fixture = (window as unknown as { __riposteFixture: { stateOf(el: Element): { text: string; submitEnabled: boolean } | undefined } }).__riposteFixture;
      return fixture.stateOf(document.querySelector('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]')!);
    });
    assert.match(state?.text ?? '', /^Bonjour à vous, merci pour votre question\. Oui, la lampe Lumen existe en 3 tailles\. /);
    assert.equal(state?.submitEnabled, true);
    await page.close();
  });

  it('records a snapshot of the brand’s X profile when the user visits it, once a day', async () => {
    const fixture = env.pages.find((p) => p.file === 'x/profile-fr.html');
    assert.ok(fixture, 'the demo serves the brand’s X profile');
    const readSnapshots = () =>
      env.serviceWorker.evaluate(async () => {
        // Raw IndexedDB, no named helpers (see the right-click test).
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('riposte');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const rows = await new Promise<Array<{ platform: string; handle: string; followers?: number; relation: string; day: string }>>((resolve, reject) => {
          const request = db.transaction('profileSnapshots').objectStore('profileSnapshots').getAll();
          request.onsuccess = () => resolve(request.result as Array<{ platform: string; handle: string; followers?: number; relation: string; day: string }>);
          request.onerror = () => reject(request.error);
        });
        db.close();
        return rows;
      });
    const page = await env.openFixture(fixture);
    await waitUntil(async () => (await readSnapshots()).some((row) => row.platform === 'x'));
    await page.reload();
    await waitForContentScript(env.serviceWorker, page, 'x');
    // Other tests' pages may have recorded the brand's accounts on the other sites: only X's counts here.
    const rows = (await readSnapshots()).filter((row) => row.platform === 'x');
    assert.equal(rows.length, 1, 'one snapshot per account per day, even after a reload');
    assert.deepEqual(
      { platform: rows[0]?.platform, handle: rows[0]?.handle, followers: rows[0]?.followers, relation: rows[0]?.relation },
      { platform: 'x', handle: 'maisonlumiere', followers: 12_300, relation: 'own' },
    );
    await page.close();
  });

  it('turns selected text into a new template from the right-click menu: the CM titles it, then the menu shows it', async () => {
    const selection = 'Merci pour votre patience, votre colis part demain matin.';
    const editorOpens = env.context.waitForEvent('page', { predicate: (p) => p.url().includes('options.html#templates/new') });
    await env.serviceWorker.evaluate(async (text) => {
      const [tab] = await chrome.tabs.query({});
      const info = { menuItemId: 'riposte:save-selection', selectionText: text, editable: false, frameId: 0, pageUrl: tab?.url ?? '' };
      (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: unknown): void }).dispatch(info, tab);
    }, selection);
    // Nothing is saved before the CM has named it: the options page's template editor opens on the text.
    const editor = await editorOpens;
    // The page's language, not the profile's: a tab the extension opens may start before Playwright's
    // French locale reaches it (the browser itself answers en-US here), and then shows the page in English.
    await editor.locator('#section-templates').waitFor();
    const t = translator((await editor.evaluate(() => document.documentElement.lang)) === 'fr' ? 'fr' : 'en');
    const body = editor.getByLabel(t('options.templates.body'), { exact: true });
    // On a timeout, say what the page showed instead of the editor.
    await body.waitFor().catch(async (error: unknown) => {
      const shown = await editor.locator('body').innerText().catch(() => '(unreadable)');
      throw new Error(`the template editor did not open at ${editor.url()}; the page showed: ${shown.slice(0, 400)}`, { cause: error });
    });
    assert.equal(await body.inputValue(), selection);
    await editor.getByLabel(t('options.templates.title')).fill('Colis en route');
    await editor.getByLabel(t('options.templates.category')).selectOption('thanks');
    await editor.getByRole('button', { name: t('common.save') }).click();
    await editor.getByText(t('options.templates.saved')).waitFor();
    // Saved in the database, for the active brand…
    let id: string | undefined;
    await waitUntil(async () => {
      id = await env.serviceWorker.evaluate(
        (text) =>
          new Promise<string | undefined>((resolve) => {
            const open = indexedDB.open('riposte');
            open.onsuccess = () => {
              const request = open.result.transaction('templates').objectStore('templates').getAll();
              request.onsuccess = () => resolve((request.result as { id: string; body: string; title: string }[]).find((t) => t.body === text && t.title === 'Colis en route')?.id);
            };
          }),
        selection,
      );
      return id !== undefined;
    });
    // …and the menu follows without a restart: the new template has its own item.
    await waitUntil(() => env.serviceWorker.evaluate((item) => chrome.contextMenus.update(item, {}).then(() => true, () => false), `riposte:tpl:${id}`));
    await editor.close();
  });

  it('keeps its menu working after the service worker is stopped and restarted', async () => {
    const page = await env.openExtensionPage('sidepanel.html');
    await env.serviceWorker.evaluate(() => {
      (globalThis as unknown as { __beforeStop?: boolean }).__beforeStop = true;
    });
    const cdp = await env.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Any event wakes it again: here a message from the panel page.
    let worker: (typeof env)['serviceWorker'] | undefined;
    await waitUntil(async () => {
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'bg/ping' })).catch(() => undefined);
      for (const candidate of env.context.serviceWorkers()) {
        const fresh = await candidate
          .evaluate(() => (globalThis as unknown as { __beforeStop?: boolean }).__beforeStop !== true)
          .catch(() => false);
        if (fresh) worker = candidate;
      }
      return worker !== undefined;
    }, 20_000);
    assert.ok(worker, 'a new service worker started');
    assert.ok(await worker.evaluate(() => chrome.contextMenus.update('riposte:root', {}).then(() => true, () => false)), 'menu items survive');
    // The click listener is registered again at start-up: a click still inserts.
    const fixture = env.pages.find((p) => p.site === 'x' && p.lang === 'en' && p.demo)!;
    const site = await env.openFixture(fixture);
    await site.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').first().click();
    await worker.evaluate(async ({ url }) => {
      const ids = (await chrome.tabs.query({})).filter((t) => t.url === url).map((t) => t.id ?? -1);
      const tab = await chrome.tabs.get(Math.max(...ids));
      const settings = await new Promise<{ value: { activeBrandId: string } }>((resolve) => {
        const open = indexedDB.open('riposte');
        open.onsuccess = () => {
          const request = open.result.transaction('settings').objectStore('settings').get('settings');
          request.onsuccess = () => resolve(request.result as { value: { activeBrandId: string } });
        };
      });
      const info = { menuItemId: `riposte:tpl:starter:${settings.value.activeBrandId}:praise-thanks:en`, editable: true, frameId: 0, pageUrl: url };
      (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: unknown): void }).dispatch(info, tab);
    }, { url: site.url() });
    await site.waitForFunction(() => {
      const fixture = (window as unknown as { __riposteFixture: { stateOf(el: Element): { text: string } | undefined } }).__riposteFixture;
      return (fixture.stateOf(document.querySelector('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]')!)?.text ?? '').length > 10;
    });
    await site.close();
    await page.close();
  });
});

describe('the first run in Chromium (a profile of its own)', () => {
  let env: DemoEnvironment;

  before(async () => {
    env = await startDemoEnvironment({ headless: true, locale: 'fr' });
  });
  after(async () => {
    await env?.close();
  });

  it('sets up the first brand from the first-run screen', async () => {
    const options = await env.openExtensionPage('options.html');
    await options.getByLabel('Nom de la marque').fill('Maison Lumière');
    await options.getByLabel('Compte X').fill('maisonlumiere');
    await options.getByRole('button', { name: 'Créer la marque et commencer' }).click();
    await options.getByRole('heading', { name: /Maison Lumière/ }).first().waitFor();
    await options.close();
    // The template menu now follows the brand's templates.
    await waitUntil(() => env.serviceWorker.evaluate(() => chrome.contextMenus.update('riposte:cat:complaint', {}).then(() => true, () => false)));
  });
});
