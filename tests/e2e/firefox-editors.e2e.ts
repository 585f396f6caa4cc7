import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoCertificate } from '../../scripts/demo/certificate';
import { contentScriptSiteExpression } from '../../scripts/demo/content-ready';
import { EDITOR_LABS } from '../../scripts/demo/editor-labs';
import { FIREFOX_BUILD_DIR, ROOT_DIR } from '../../scripts/demo/environment';
import { startFixtureServer, type FixtureServer } from '../../scripts/demo/fixture-server';
import { FIXTURES_DIR, loadFixturePages } from '../../scripts/demo/pages';
import { BOX, CASES, insertMessage, normalise, type LabState } from './support/editor-cases';
import { AddonConsole, BidiSession, findFirefox, startFirefox, type RunningFirefox } from '../../scripts/demo/firefox';

/**
 * The same insertion cases as in Chromium (editors.e2e.ts), in Firefox ESR: the real libraries, the
 * built Firefox add-on's content script, each library's own state. The messages the side panel and
 * the right-click menu send are sent from the add-on's background page (remote debugging protocol);
 * the click into the box is a real input event (WebDriver BiDi); the draft and the caret are set up as
 * `typeDraft` and `placeCaret` say.
 */

const executable = findFirefox();
const skip = !executable && process.env.CI !== 'true' ? 'Firefox is not installed (apt-get install firefox-esr)' : false;
const RDP_PORT = 6_000 + (process.pid % 2_000);

describe('insertion into the real editor libraries, in Firefox ESR', { skip }, () => {
  let server: FixtureServer;
  let firefox: RunningFirefox;
  let bidi: BidiSession;
  let addon: AddonConsole;
  let context: string;

  before(async () => {
    assert.ok(executable, 'CI=true but no Firefox was found: .ci/run installs firefox-esr');
    server = await startFixtureServer({ pages: loadFixturePages(), fixturesDir: FIXTURES_DIR, certificate: demoCertificate(join(ROOT_DIR, 'node_modules/.cache/riposte-demo')) });
    firefox = await startFirefox(executable, server.port, { rdpPort: RDP_PORT });
    bidi = await BidiSession.connect(firefox.webSocketUrl);
    const { extension } = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD_DIR } });
    addon = await AddonConsole.attach(RDP_PORT, extension);
    const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    context = contexts[0]!.context;
  });
  after(async () => {
    addon?.close();
    bidi?.close();
    await firefox?.close();
    await server?.close();
  });

  /** A real click near the top left of the box (script focus leaves Firefox's keyboard elsewhere). */
  async function clickBox(): Promise<void> {
    const rect = JSON.parse(String(await bidi.evaluate(context, `JSON.stringify(document.querySelector(${JSON.stringify(BOX)}).getBoundingClientRect())`))) as { x: number; y: number };
    await bidi.send('input.performActions', {
      context,
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: Math.round(rect.x + 12), y: Math.round(rect.y + 12) }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }],
    });
  }

  /**
   * The user's draft. Key events sent over BiDi do not edit a contenteditable in headless Firefox
   * (Lexical's own key handling aside), so the draft is typed with the browser's own editing command,
   * which every editor takes as typing; the editor's state is checked before Riposte acts.
   */
  async function typeDraft(editor: string, text: string): Promise<void> {
    // Draft.js in Firefox crashes (React unmounts it) on that command into an empty box.
    if (editor !== 'draft-js') {
      await bidi.evaluate(context, `document.execCommand('insertText', false, ${JSON.stringify(text)})`);
      await new Promise((r) => setTimeout(r, 100));
      if (normalise((await stateOf()).state?.text ?? '') === text) return;
    }
    // Draft.js and ProseMirror in headless Firefox take a paste.
    await bidi.evaluate(
      context,
      `(() => { const event = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
        event.clipboardData.setData('text/plain', ${JSON.stringify(text)});
        document.querySelector(${JSON.stringify(BOX)}).dispatchEvent(event); })()`,
    );
    await new Promise((r) => setTimeout(r, 100));
  }

  /**
   * The caret the cases' arrow keys give (n ArrowLeft from the end, then m Shift+ArrowLeft), set as a
   * click would set it: a DOM selection, which the editors follow on selectionchange.
   */
  async function placeCaret(keys: string[]): Promise<void> {
    const back = keys.filter((k) => k === 'ArrowLeft').length;
    const select = keys.filter((k) => k === 'Shift+ArrowLeft').length;
    await bidi.evaluate(
      context,
      `(() => {
        const box = document.querySelector(${JSON.stringify(BOX)});
        if ('value' in box && box.tagName === 'TEXTAREA') { const end = box.value.length - ${back}; box.setSelectionRange(end - ${select}, end); return; }
        const texts = []; const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT); for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
        const at = (fromEnd) => { for (let i = texts.length - 1; i >= 0; i--) { const len = texts[i].data.length; if (fromEnd <= len) return [texts[i], len - fromEnd]; fromEnd -= len; } return [texts[0], 0]; };
        const [endNode, endOffset] = at(${back}); const [startNode, startOffset] = at(${back + select});
        const range = document.createRange(); range.setStart(startNode, startOffset); range.setEnd(endNode, endOffset);
        const selection = getSelection(); selection.removeAllRanges(); selection.addRange(range);
      })()`,
    );
    // A real key press after the click, as the user's own arrow keys would give: editors built on
    // React (Draft.js) read the caret on key events.
    await bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: '\uE008' }, { type: 'keyUp', value: '\uE008' }] }] });
    await new Promise((r) => setTimeout(r, 100));
  }

  const stateOf = async (): Promise<{ state?: LabState; submitted: number }> =>
    JSON.parse(
      String(
        await bidi.evaluate(
          context,
          `JSON.stringify({ state: window.__riposteFixture.stateOf(document.querySelector(${JSON.stringify(BOX)})), submitted: window.__riposteFixture.submitted.length })`,
        ),
      ),
    ) as { state?: LabState; submitted: number };

  for (const lab of EDITOR_LABS) {
    for (const editor of lab.editors) {
      describe(`${editor} (${lab.site} markup)`, () => {
        for (const testCase of CASES) {
          it(testCase.name, async () => {
            const url = `https://${lab.host}${lab.path}?editor=${editor}`;
            await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
            for (let i = 0; i < 100 && ((await addon.evaluate<string>(contentScriptSiteExpression(url))) !== lab.site || (await bidi.evaluate(context, `window.__riposteFixture?.editor === ${JSON.stringify(editor)}`)) !== true); i++) {
              await new Promise((r) => setTimeout(r, 100));
            }
            if (testCase.typed !== undefined || testCase.via === 'right-click') {
              await clickBox();
              if (testCase.typed) await typeDraft(editor, testCase.typed);
              if (testCase.keys?.length) await placeCaret(testCase.keys);
              if (testCase.typed) assert.equal(normalise((await stateOf()).state?.text ?? ''), testCase.typed, 'the typed draft is in the editor');
            }
            const tabId = await addon.evaluate<number>(`browser.tabs.query({}).then((tabs) => tabs.find((t) => (t.url ?? '').startsWith(${JSON.stringify(url)}))?.id ?? -1)`);
            const reply = await addon.evaluate<unknown>(`browser.tabs.sendMessage(${tabId}, ${JSON.stringify(insertMessage(testCase))})`);
            const { state, submitted } = await stateOf();
            if (editor.startsWith('draft') && testCase.mode === 'replace') {
              // Firefox's Draft.js does not follow a script's selection: the draft is left as it was
              // and the reply goes to the clipboard, with the reason.
              assert.equal((reply as { method?: string }).method, 'copied', `Riposte's reply: ${JSON.stringify(reply)}`);
              assert.equal(normalise(state?.text ?? ''), testCase.typed, 'the draft is untouched');
              assert.equal(submitted, 0, 'nothing was sent');
              return;
            }
            assert.deepEqual(reply, { ok: true, method: 'inserted' }, `Riposte's reply: ${JSON.stringify(reply)}; the editor holds ${JSON.stringify(state?.text)}`);
            const shown = await bidi.evaluate(context, `document.querySelector(${JSON.stringify(BOX)}).innerText ?? document.querySelector(${JSON.stringify(BOX)}).value`);
            assert.equal(normalise(state?.text ?? ''), testCase.expected, `the editor’s own state holds exactly the draft with the reply in place (the box shows ${JSON.stringify(shown)})`);
            assert.equal(state?.submitEnabled, true, 'the site’s send control agrees');
            assert.equal(submitted, 0, 'nothing was sent: no Enter, no click');
          });
        }
      });
    }
  }
});
