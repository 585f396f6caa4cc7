import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoCertificate } from '../../scripts/demo/certificate';
import { FIREFOX_BUILD_DIR, ROOT_DIR } from '../../scripts/demo/environment';
import { startFixtureServer, type FixtureServer } from '../../scripts/demo/fixture-server';
import { FIXTURES_DIR, loadFixturePages, type FixturePage } from '../../scripts/demo/pages';
import { AddonConsole, BidiSession, findFirefox, HANDS, startFirefox, type RunningFirefox } from '../../scripts/demo/firefox';
import { setUpDemoBrand } from '../../scripts/demo/firefox-demo';
import { expectedIds } from './support/expected';

/**
 * A community manager's day in Firefox ESR, on the built Firefox add-on, like the Chromium suite: the
 * sidebar listing a page's comments with their flags, a suggestion inserted
 * into X's real editor (Draft.js), the CSV export, a backup downloaded and restored, a profile
 * snapshot. Web pages are driven over WebDriver BiDi; the add-on's own pages (options in a tab, the
 * sidebar) and its background over Firefox's remote debugging protocol (`AddonConsole`), with DOM
 * events as a user's clicks and typing would fire them. Firefox's UI here is English. Every test starts
 * from the state `before` sets up (the demo brand, through the first-run screen), never from what an
 * earlier test left, so each passes alone; the first run itself is tested in firefox.e2e.ts.
 *
 * Not driven here: the right-click menu. Firefox offers no way to click a menu item from a test and,
 * unlike Chromium, no way to dispatch `menus.onClicked`; its content-script half (insertion at the
 * caret, with fill-ins) runs in Firefox in firefox-editors.e2e.ts, and its background half in the
 * unit tests of the menu handler.
 */

const executable = findFirefox();
const skip = !executable && process.env.CI !== 'true' ? 'Firefox is not installed (apt-get install firefox-esr)' : false;
const RDP_PORT = 8_000 + (process.pid % 1_000);


describe('a day’s work in Firefox ESR (the Firefox build, its sidebar and options page)', { skip }, () => {
  let server: FixtureServer;
  let firefox: RunningFirefox;
  let bidi: BidiSession;
  let addon: AddonConsole;
  let context: string;
  const downloads = mkdtempSync(join(tmpdir(), 'riposte-firefox-downloads-'));
  const pages = loadFixturePages();

  /** Polls an expression in an add-on page (or the background) until it is truthy. */
  async function until<T>(expression: string, page?: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    // The last failure to evaluate, for the timeout's message: a page never opened (Firefox opens the
    // sidebar of a newly installed add-on by itself) reads differently from a value that never came.
    let failure = '';
    for (;;) {
      const value = await addon.evaluate<T>(`(() => { ${HANDS} return (${expression}); })()`, page).catch((error: unknown) => {
        failure = String(error);
        return undefined;
      });
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}${page ? ` in ${page}` : ''}${failure ? ` (last failure: ${failure})` : ''}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  const inPage = <T>(page: string, statements: string): Promise<T> => addon.evaluate<T>(`(() => { ${HANDS} ${statements} })()`, page);

  async function openSite(fixture: FixturePage): Promise<void> {
    await bidi.send('browsingContext.navigate', { context, url: `https://${fixture.host}${fixture.path}`, wait: 'complete' });
    await bidi.send('browsingContext.activate', { context });
  }

  /**
   * Opens the options page at a section and waits for one of its buttons. Firefox may answer
   * `openOptionsPage` with a new tab (the open one's URL has another hash), whose document reaches the
   * debugger a moment later: the hash is set in whichever options document is newest at each poll, so
   * the section shows in the one the next steps drive.
   */
  async function openOptionsSection(section: string, button: string): Promise<void> {
    await addon.evaluate('browser.runtime.openOptionsPage()');
    await until(`(location.hash === '#${section}' || (location.hash = '#${section}', false)) && byText('button', '${button}')`, 'options.html');
  }

  async function newDownload(before: string[], timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const fresh = readdirSync(downloads).filter((f) => !before.includes(f) && !f.endsWith('.part'));
      if (fresh[0] && readFileSync(join(downloads, fresh[0])).length > 0) return join(downloads, fresh[0]);
      if (Date.now() > deadline) throw new Error('No download arrived');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  before(async () => {
    assert.ok(executable, 'CI=true but no Firefox was found: .ci/run installs firefox-esr');
    server = await startFixtureServer({ pages, fixturesDir: FIXTURES_DIR, certificate: demoCertificate(join(ROOT_DIR, 'node_modules/.cache/riposte-demo')) });
    firefox = await startFirefox(executable, server.port, {
      rdpPort: RDP_PORT,
      prefs: {
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json,text/plain',
        'browser.download.panel.shown': true,
      },
    });
    bidi = await BidiSession.connect(firefox.webSocketUrl);
    const { extension } = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD_DIR } });
    addon = await AddonConsole.attach(RDP_PORT, extension);
    // The site pages get their own tab: Firefox opens the options page in the first, blank one.
    context = (await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;
    await addon.evaluate('browser.runtime.openOptionsPage()');
    await setUpDemoBrand(addon);
  });
  after(async () => {
    addon?.close();
    bidi?.close();
    await firefox?.close();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('lists the active tab’s comments in the sidebar, with their flags', async () => {
    const fixture = pages.find((p) => p.site === 'x' && p.lang === 'en' && p.kind === 'post')!;
    await openSite(fixture);
    // The sidebar follows the active tab; "All" includes the brand's own replies.
    await until(`document.querySelectorAll('article.comment').length > 0`, 'sidepanel.html');
    await inPage('sidepanel.html', `return click([...document.querySelectorAll('button')].find((b) => /^All\\b/.test(b.textContent.trim())));`);
    const expected = expectedIds(fixture);
    const shown = await until<string[]>(
      `(() => { const ids = [...document.querySelectorAll('article.comment')].map((n) => n.getAttribute('data-comment-id')); return ids.length === ${expected.length} && ids; })()`,
      'sidepanel.html',
    );
    assert.deepEqual([...shown].sort(), [...expected].sort());
    const status = await inPage<string>('sidepanel.html', `return document.querySelector('[data-testid="page-status"]').textContent;`);
    assert.match(status, /X: \d+ comments read/);
    const flagged = await inPage<number>('sidepanel.html', `return document.querySelectorAll('article.comment .flag--complaint').length;`);
    assert.ok(flagged > 0, 'a complaint is flagged');
  });

  /** Opens the English X post, inserts the top suggestion from the sidebar, and returns the editors' state. */
  async function insertFromSidebar(): Promise<{ states: Array<{ text: string; submitEnabled: boolean }>; submitted: number }> {
    await openSite(pages.find((p) => p.site === 'x' && p.lang === 'en' && p.kind === 'post')!);
    await until(`document.querySelectorAll('article.comment').length > 0`, 'sidepanel.html');
    // The queue of comments to answer: its first one is selected, with its suggestions.
    await inPage('sidepanel.html', `return click([...document.querySelectorAll('button')].find((b) => /^To answer\\b/.test(b.textContent.trim())));`);
    await until(`!!document.querySelector('article.comment[aria-current="true"] .suggestion')`, 'sidepanel.html');
    await inPage('sidepanel.html', `return click([...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Insert suggestion 1' || b.textContent.trim() === 'Insert suggestion 1') ?? [...document.querySelectorAll('button')].find((b) => /^Fill in:/.test(b.textContent.trim())));`);
    // A suggestion with a blank opens the editor first: fill it in and insert.
    const needsFill = await inPage<boolean>('sidepanel.html', `return document.querySelectorAll('.editor__fill input').length > 0;`);
    if (needsFill) {
      await inPage('sidepanel.html', `for (const input of document.querySelectorAll('.editor__fill input')) fill(input, 'ML-48213'); return click(byText('button', 'Insert this reply'));`);
    }
    const state = await (async () => {
      for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
        const raw = await bidi.evaluate(
          context,
          `JSON.stringify({ states: [...window.__riposteFixture.states.values()].map((read) => read()).filter((s) => s.text.trim()), submitted: window.__riposteFixture.submitted.length })`,
        );
        const parsed = JSON.parse(String(raw)) as { states: Array<{ text: string; submitEnabled: boolean }>; submitted: number };
        if (parsed.states.length > 0) return parsed;
      }
      throw new Error('No editor took the reply');
    })();
    await until(`/inserted/i.test(document.body.innerText)`, 'sidepanel.html');
    return state;
  }

  it('inserts a suggestion from the sidebar into X’s own editor (Draft.js’s state), without posting', async () => {
    const state = await insertFromSidebar();
    assert.equal(state.states.length, 1, 'exactly one editor holds the reply');
    assert.ok(state.states[0]!.text.length > 20);
    assert.equal(state.states[0]!.submitEnabled, true, 'X sees the text: its Reply button is enabled');
    assert.equal(state.submitted, 0, 'Riposte never posts');
  });

  it('exports the log to CSV (a download that opens in a spreadsheet)', async () => {
    await insertFromSidebar();
    await openOptionsSection('export', 'Export CSV');
    const before = readdirSync(downloads);
    await inPage('options.html', `return click(byText('button', 'Export CSV'));`);
    const csv = readFileSync(await newDownload(before), 'utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 BOM');
    const [header, ...rows] = csv.slice(1).trim().split(/\r?\n/u);
    assert.ok(header && /[;,]/u.test(header));
    assert.ok(rows.some((row) => /,Draft inserted,/u.test(row)), 'the draft just inserted from the sidebar is in the file, as a draft');
  });

  it('downloads a backup and restores it, all or nothing', async () => {
    await openOptionsSection('backup', 'Download the backup');
    const before = readdirSync(downloads);
    await inPage('options.html', `return click(byText('button', 'Download the backup'));`);
    const file = await newDownload(before);
    const backup = readFileSync(file, 'utf8');
    assert.ok(JSON.parse(backup), 'the backup is JSON');
    // A damaged file is refused whole…
    await inPage(
      'options.html',
      `const input = field('Backup file'); const data = new DataTransfer(); data.items.add(new File(['{"broken":'], 'broken.json', { type: 'application/json' })); input.files = data.files; input.dispatchEvent(new Event('change', { bubbles: true })); return true;`,
    );
    await until(`/cannot be restored/i.test(document.body.innerText)`, 'options.html');
    // …and the real one restores after confirmation.
    await inPage(
      'options.html',
      `const input = field('Backup file'); const data = new DataTransfer(); data.items.add(new File([${JSON.stringify(backup)}], 'riposte-backup.json', { type: 'application/json' })); input.files = data.files; input.dispatchEvent(new Event('change', { bubbles: true })); return true;`,
    );
    await until(`byText('button', 'Replace and restore')`, 'options.html');
    await inPage('options.html', `return click(byText('button', 'Replace and restore'));`);
    await until(`/Backup restored: 1 brands?/.test(document.body.innerText)`, 'options.html');
  });

  it('records a snapshot of the brand’s X profile when the user visits it', async () => {
    const profile = pages.find((p) => p.file === 'x/profile-fr.html');
    assert.ok(profile && existsSync(join(FIXTURES_DIR, profile.file)));
    await openSite(profile);
    const rows = await until<Array<{ platform: string; handle: string; followers?: number; relation: string }>>(
      `new Promise((resolve) => { const open = indexedDB.open('riposte'); open.onsuccess = () => { const request = open.result.transaction('profileSnapshots').objectStore('profileSnapshots').getAll(); request.onsuccess = () => { open.result.close(); resolve(request.result.length ? request.result : undefined); }; }; })`,
    );
    assert.equal(rows.length, 1);
    assert.deepEqual({ platform: rows[0]?.platform, handle: rows[0]?.handle, relation: rows[0]?.relation }, { platform: 'x', handle: 'maisonlumiere', relation: 'own' });
  });
});
