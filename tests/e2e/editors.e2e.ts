import type { WxtBrowser } from 'wxt/browser';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { EDITOR_LABS, type EditorLab } from '../../scripts/demo/editor-labs';
import { waitForContentScript } from '../../scripts/demo/content-ready';
import { startDemoEnvironment, type DemoEnvironment } from '../../scripts/demo/environment';
import { BOX, CASES, insertMessage, normalise, type LabState } from './support/editor-cases';

/**
 * The insertion engine against the real editor libraries (Lexical rich and plain text, Draft.js
 * with React, TipTap/ProseMirror, Quill 1 and 2, a React-controlled textarea), each in its site's
 * comment-box markup, through the built extension's content script: the side panel's Insert
 * (`content/insert`) and the right-click template (`content/insert-at-caret`). Every case is
 * checked on the library's own state, and that nothing was ever submitted.
 */

declare const chrome: WxtBrowser;

describe('insertion into the real editor libraries, in Chromium', () => {
  let env: DemoEnvironment;

  before(async () => {
    env = await startDemoEnvironment({ headless: true, locale: 'fr' });
  });
  after(async () => {
    await env?.close();
  });

  async function openLab(lab: EditorLab, editor: string): Promise<{ page: Page; tabId: number }> {
    const page = await env.context.newPage();
    const url = `https://${lab.host}${lab.path}?editor=${editor}`;
    await page.goto(url);
    await waitForContentScript(env.serviceWorker, page, lab.site);
    await page.waitForFunction((name) => (window as unknown as { __riposteFixture?: { editor: string } }).__riposteFixture?.editor === name, editor, { timeout: 10_000 });
    await page.bringToFront();
    const tabId = await env.serviceWorker.evaluate(async (wanted) => {
      const ids = (await chrome.tabs.query({})).filter((t) => t.url === wanted).map((t) => t.id ?? -1);
      return Math.max(...ids);
    }, page.url());
    return { page, tabId };
  }

  const stateOf = (page: Page): Promise<{ state: LabState | undefined; submitted: number }> =>
    page.evaluate((selector) => {
      const fixture = (window as unknown as { __riposteFixture: { stateOf(el: Element): LabState | undefined; submitted: unknown[] } }).__riposteFixture;
      return { state: fixture.stateOf(document.querySelector(selector)!), submitted: fixture.submitted.length };
    }, BOX);

  for (const lab of EDITOR_LABS) {
    for (const editor of lab.editors) {
      describe(`${editor} (${lab.site} markup)`, () => {
        for (const testCase of CASES) {
          it(testCase.name, async () => {
            const { page, tabId } = await openLab(lab, editor);
            try {
              if (testCase.typed !== undefined || testCase.via === 'right-click') {
                await page.locator(BOX).first().click();
                if (testCase.typed) await page.keyboard.type(testCase.typed);
                for (const key of testCase.keys ?? []) await page.keyboard.press(key);
                if (testCase.typed) assert.equal(normalise((await stateOf(page)).state?.text ?? ''), testCase.typed, 'the typed draft is in the editor');
              }
              const message = insertMessage(testCase);
              const reply = await env.serviceWorker.evaluate(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), { tabId, message });
              const { state, submitted } = await stateOf(page);
              assert.deepEqual(reply, { ok: true, method: 'inserted' }, `Riposte's reply: ${JSON.stringify(reply)}; the editor holds ${JSON.stringify(state?.text)}`);
              assert.equal(normalise(state?.text ?? ''), testCase.expected, 'the editor’s own state holds exactly the draft with the reply in place');
              assert.equal(state?.submitEnabled, true, 'the site’s send control agrees');
              assert.equal(submitted, 0, 'nothing was sent: no Enter, no click');
            } finally {
              await page.close();
            }
          });
        }
      });
    }
  }
});
