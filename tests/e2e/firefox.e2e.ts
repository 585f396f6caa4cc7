import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoCertificate } from '../../scripts/demo/certificate';
import { FIREFOX_BUILD_DIR, ROOT_DIR } from '../../scripts/demo/environment';
import { startFixtureServer, type FixtureServer } from '../../scripts/demo/fixture-server';
import { FIXTURES_DIR, loadFixturePages } from '../../scripts/demo/pages';
import { contentScriptSiteExpression } from '../../scripts/demo/content-ready';
import { AddonConsole, BidiSession, findFirefox, HANDS, startFirefox, type RunningFirefox } from '../../scripts/demo/firefox';
import { join } from 'node:path';

const executable = findFirefox();
// CI installs firefox-esr and must run this; a developer without Firefox gets a skip, not a failure.
const skip = !executable && process.env.CI !== 'true' ? 'Firefox is not installed (apt-get install firefox-esr)' : false;
const RDP_PORT = 8_000 + (process.pid % 2_000);

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== '') return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('the Firefox build in Firefox ESR (temporary add-on over WebDriver BiDi)', { skip }, () => {
  let server: FixtureServer;
  let firefox: RunningFirefox;
  let bidi: BidiSession;
  let addon: AddonConsole | undefined;
  let extension: string;

  before(async () => {
    assert.ok(executable, 'CI=true but no Firefox was found: .ci/run installs firefox-esr');
    server = await startFixtureServer({
      pages: loadFixturePages(),
      fixturesDir: FIXTURES_DIR,
      certificate: demoCertificate(join(ROOT_DIR, 'node_modules/.cache/riposte-demo')),
    });
    firefox = await startFirefox(executable, server.port, { rdpPort: RDP_PORT });
    bidi = await BidiSession.connect(firefox.webSocketUrl);
    // A fresh profile with the add-on just installed: what a new user starts from.
    extension = (await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD_DIR } })).extension;
    addon = await AddonConsole.attach(RDP_PORT, extension);
  });
  after(async () => {
    addon?.close();
    bidi?.close();
    await firefox?.close();
    await server?.close();
  });

  it('installs, runs a content script on a demo page, and the content script reaches the background', async () => {
    assert.ok(extension);
    const fixture = loadFixturePages().find((p) => p.site === 'x' && p.demo);
    assert.ok(fixture);
    const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    const context = contexts[0]?.context;
    assert.ok(context);
    await bidi.send('browsingContext.navigate', { context, url: `https://${fixture.host}${fixture.path}`, wait: 'complete' });
    // The content script leaves no mark on the page: the add-on's background asks the tab for a
    // snapshot, and the content script answers over the extension's messaging (both directions).
    const url = `https://${fixture.host}${fixture.path}`;
    const site = await waitFor(() => addon!.evaluate<string>(contentScriptSiteExpression(url)), 'the content script');
    assert.equal(site, 'x');
    const marks = await bidi.evaluate(context, 'Array.from(document.documentElement.attributes).map((a) => a.name).filter((n) => /riposte/i.test(n)).join(",")');
    assert.equal(marks, '', 'nothing on the page tells it Riposte runs');
    // Every request went to the local server (it is Firefox's only proxy); Firefox's own service
    // calls (remote settings…) got a local 404. The extension itself asked for nothing else.
    const ours = server.requests.filter((r) => !/^[\w.-]*(mozilla\.(com|net|org)|firefox\.com) /.test(r));
    for (const request of ours) assert.match(request, /^(www\.(facebook|linkedin|instagram)\.com|x\.com) /);
  });

  it('opens its first-run screen on install, and sets up the first brand from it', async () => {
    const inOptions = <T>(statements: string) => addon!.evaluate<T>(`(() => { ${HANDS} ${statements} })()`, 'options.html');
    await addon!.evaluate('browser.runtime.openOptionsPage()');
    await waitFor(() => inOptions<boolean>(`return !!field('Brand name') || undefined;`).catch(() => undefined), 'the first-run screen');
    await inOptions(`fill(field('Brand name'), 'Maison Lumière'); fill(field('Account on X'), 'maisonlumiere'); return true;`);
    await inOptions(`return click(byText('button', 'Create the brand and start'));`);
    await waitFor(() => inOptions<boolean>(`return /Maison Lumière is ready/.test(document.body.innerText) || undefined;`), 'the brand to be created');
  });
});
