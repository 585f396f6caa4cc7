import type { WxtBrowser } from 'wxt/browser';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { EDITOR_LABS, type EditorLab } from '../../scripts/demo/editor-labs';
import { startDemoEnvironment, type DemoEnvironment } from '../../scripts/demo/environment';

/**
 * The insertion engine against the real editor libraries (Lexical rich and plain text, Draft.js
 * with React, TipTap/ProseMirror, Quill 1 and 2, a React-controlled textarea), each in its site's
 * comment-box markup, through the built extension's content script: the side panel's Insert
 * (`content/insert`) and the right-click template (`content/insert-at-caret`). Every case is
 * checked on the library's own state, and that nothing was ever submitted.
 */

declare const chrome: WxtBrowser;

interface LabState {
  text: string;
  submitEnabled: boolean;
}

interface Case {
  name: string;
  /** What the user typed first, and the keys that place the caret or selection after typing. */
  typed?: string;
  keys?: string[];
  via: 'panel' | 'right-click';
  text: string;
  expected: string;
}

const LONG = 'Merci pour votre message détaillé, nous transmettons tout au service client aujourd’hui. '.repeat(12).slice(0, 1000).trimEnd();

const CASES: Case[] = [
  { name: 'one line', via: 'panel', text: 'Merci pour votre message, nous regardons cela tout de suite.', expected: 'Merci pour votre message, nous regardons cela tout de suite.' },
  { name: 'accents and emoji', via: 'panel', text: 'Désolés pour l’attente, Léa 🙏 — à très vite ! 🎉', expected: 'Désolés pour l’attente, Léa 🙏 — à très vite ! 🎉' },
  { name: 'several lines with a blank line', via: 'panel', text: 'Bonjour Marc,\n\nVotre colis part demain.\nBonne journée !', expected: 'Bonjour Marc,\n\nVotre colis part demain.\nBonne journée !' },
  { name: 'a leading @handle', via: 'panel', text: '@lea_martin Merci pour votre retour !', expected: '@lea_martin Merci pour votre retour !' },
  { name: '1,000 characters', via: 'panel', text: LONG, expected: LONG },
  { name: 'after existing text', via: 'panel', typed: 'Brouillon perso', text: 'Bonjour Marc, merci !', expected: 'Brouillon perso Bonjour Marc, merci !' },
  {
    name: 'right-click, caret mid-text, one line',
    via: 'right-click',
    typed: 'Bonjour Léa, à bientôt !',
    keys: Array(11).fill('ArrowLeft'),
    text: 'merci pour votre message, ',
    expected: 'Bonjour Léa, merci pour votre message, à bientôt !',
  },
  {
    name: 'right-click, caret mid-text, several lines',
    via: 'right-click',
    typed: 'Bonjour Léa, à bientôt !',
    keys: Array(11).fill('ArrowLeft'),
    text: 'votre colis part demain.\n\nNous vous tenons au courant, ',
    expected: 'Bonjour Léa, votre colis part demain.\n\nNous vous tenons au courant, à bientôt !',
  },
  {
    name: 'right-click, a selection replaced',
    via: 'right-click',
    typed: 'Bonjour XXX, à bientôt !',
    keys: [...Array(13).fill('ArrowLeft'), ...Array(3).fill('Shift+ArrowLeft')],
    text: 'Léa',
    expected: 'Bonjour Léa, à bientôt !',
  },
  { name: 'right-click, several lines into an empty box', via: 'right-click', text: 'Bonjour Marc,\n\nVotre colis part demain.', expected: 'Bonjour Marc,\n\nVotre colis part demain.' },
];

/** The lab's editable element (the library's own root). */
const BOX = '[contenteditable="true"][role="textbox"], textarea';

function normalise(text: string): string {
  return text.replace(/\u00a0/gu, ' ').replace(/\n+$/u, '');
}

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
    await page.waitForFunction((site) => document.documentElement.dataset.riposte === site, lab.site, { timeout: 10_000 });
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
              const message =
                testCase.via === 'panel'
                  ? { type: 'content/insert', text: testCase.text }
                  : { type: 'content/insert-at-caret', text: testCase.text, gaps: [], labels: { title: 'Compléter', ok: 'Insérer', cancel: 'Annuler' } };
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
