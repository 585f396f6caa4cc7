import { describe, expect, it } from 'vitest';
import { insertReply } from '@/lib/content/insert';
import { ADAPTERS, findCommentElement } from '@/lib/sites';
import { fixtureGlobal, loadFixtureWithEditors } from '../sites/load-fixture';
import { editorState, openForInsertion } from './insert-harness';

const open = openForInsertion;
const stateOf = editorState;

function activeBox(): Element {
  const box = document.activeElement;
  if (!box || box === document.body) throw new Error('nothing focused');
  return box;
}

describe('reply insertion (never sends)', () => {
  it('Facebook: opens the comment’s Lexical reply box and pastes so Lexical’s model has it', async () => {
    const { insert, copy } = await open('facebook/post-fr.html');
    const camille = 'Y29tbWVudDoxMjIxMDg0NTY3ODkwMTIzNDVfMTAwMDAwMDAwMDAwMDEwMQ';
    const reply = await insert(camille, 'Bonjour Camille, nous regardons votre commande tout de suite.');
    expect(reply).toEqual({ ok: true, method: 'inserted' });
    const box = activeBox();
    expect(box.getAttribute('aria-label')).toBe('Répondre à Camille Roux…');
    expect(stateOf(box)).toEqual({ text: 'Bonjour Camille, nous regardons votre commande tout de suite.', submitEnabled: true });
    // The box belongs to Camille's thread, not the post's composer.
    expect(box.closest('.fb-thread')!.querySelector('[role="article"]')!.getAttribute('aria-label')).toContain('Camille Roux');
    expect(fixtureGlobal().submitted).toEqual([]);
    expect(copy).not.toHaveBeenCalled();
  });

  it('Facebook: a direct DOM write (Chrome’s execCommand) is reverted by Lexical, so paste takes over', async () => {
    const { insert } = await open('facebook/post-en.html', { execCommand: true });
    const reply = await insert(undefined, 'Thanks for your message!');
    expect(reply.ok).toBe(true);
    const box = document.querySelector('[aria-label="Write a comment…"]')!;
    expect(stateOf(box)).toEqual({ text: 'Thanks for your message!', submitEnabled: true });
    expect(box.textContent).toBe('Thanks for your message!');
    expect(fixtureGlobal().submitted).toEqual([]);
  });

  it('Facebook: keeps line breaks of a multi-line reply', async () => {
    const { insert } = await open('facebook/post-en.html');
    await insert(undefined, 'Hi Oliver,\n\nSorry about that.\nThe team');
    expect(stateOf(document.querySelector('[aria-label="Write a comment…"]')!).text).toBe('Hi Oliver,\n\nSorry about that.\nThe team');
  });

  it('X: replying to a reply opens the modal and fills the visible Draft.js editor, not its hidden copy', async () => {
    const { insert } = await open('x/post-fr.html');
    const reply = await insert('1860000000000000014', 'Bonjour Nico, nos délais sont de 3 à 5 jours.');
    expect(reply).toEqual({ ok: true, method: 'inserted' });
    const dialog = document.querySelector('#layers [role="dialog"]')!;
    const boxes = dialog.querySelectorAll('[data-testid="tweetTextarea_0"]');
    expect(boxes).toHaveLength(2);
    expect(stateOf(boxes[1]!)).toEqual({ text: 'Bonjour Nico, nos délais sont de 3 à 5 jours.', submitEnabled: true });
    expect(boxes[0]!.textContent).toBe('');
    expect(activeBox()).toBe(boxes[1]);
    expect(fixtureGlobal().submitted).toEqual([]);
  });

  it('X: the post’s inline box takes a single line through execCommand (Draft reads native input)', async () => {
    const { insert } = await open('x/post-en.html', { execCommand: true });
    const reply = await insert(undefined, 'Thanks everyone for voting 🌿');
    expect(reply.ok).toBe(true);
    const inline = document.querySelector('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]')!;
    expect(stateOf(inline)).toEqual({ text: 'Thanks everyone for voting 🌿', submitEnabled: true });
  });

  it('LinkedIn (2026): the reply box appears right after the comment and ProseMirror takes the text', async () => {
    const { insert } = await open('linkedin/post-fr.html', { execCommand: true });
    const karim = 'urn:li:comment:(activity:7250000000000000001,7250000000000100004)';
    const reply = await insert(karim, 'Bonjour Karim, oui : les boutiques ouvrent le dimanche matin.');
    expect(reply.ok).toBe(true);
    const box = activeBox();
    const wrapper = box.closest('[componentkey^="commentBox-"]')!;
    expect(wrapper.getAttribute('componentkey')).toBe('commentBox-urn:li:comment:(urn:li:activity:7250000000000000001,7250000000000100004)');
    expect(wrapper.previousElementSibling!.getAttribute('componentkey')).toContain('7250000000000100004');
    expect(stateOf(box)).toEqual({ text: 'Bonjour Karim, oui : les boutiques ouvrent le dimanche matin.', submitEnabled: true });
    expect(fixtureGlobal().submitted).toEqual([]);
  });

  it('LinkedIn (legacy): replying to a reply fills the thread’s Quill box', async () => {
    // Quill 1 takes typing (execCommand), which happy-dom lacks: a Chrome-like one is installed.
    // Several lines into Quill are proven in the browsers (tests/e2e/editors.e2e.ts).
    const { insert } = await open('linkedin/post-en.html', { execCommand: true });
    const reply = await insert('urn:li:comment:(activity:7249000000000000002,7249000000000200003)', 'See you there, Hannah! The Maison Lumière team');
    expect(reply).toEqual({ ok: true, method: 'inserted' });
    const box = activeBox();
    expect(box.closest('.comments-comment-box--reply')!.closest('article')!.getAttribute('data-id')).toBe('urn:li:comment:(activity:7249000000000000002,7249000000000200001)');
    expect(stateOf(box)).toEqual({ text: 'See you there, Hannah! The Maison Lumière team', submitEnabled: true });
  });

  it('Instagram: keeps the "@user " prefill and writes through the native setter so React sees it', async () => {
    const { insert } = await open('instagram/post-fr.html');
    const reply = await insert('18040000000000001', 'On vous écrit en DM 🙏');
    expect(reply).toEqual({ ok: true, method: 'inserted' });
    const box = document.querySelector('textarea')!;
    expect(stateOf(box)).toEqual({ text: '@camille.rx On vous écrit en DM 🙏', submitEnabled: true });
    expect(fixtureGlobal().submitted).toEqual([]);
  });

  it('Instagram fixture: a plain .value write is ignored by the controlled textarea (why the native setter matters)', async () => {
    await open('instagram/post-en.html');
    const box = document.querySelector('textarea')!;
    box.value = 'typed by a script';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    // React did not see it: its state is still empty while the box shows the text — a post would
    // send nothing. The native setter is what reaches React's state.
    expect(stateOf(box)).toEqual({ text: '', submitEnabled: false });
    expect(box.value).toBe('typed by a script');
  });

  it('copies the text and says why when the reply box cannot be opened', async () => {
    const { insert, copy, adapter, url } = await open('facebook/post-fr.html');
    const el = findCommentElement(document, url, 'Y29tbWVudDoxMjIxMDg0NTY3ODkwMTIzNDVfMTAwMDAwMDAwMDAwMDEwNg')!;
    adapter.findReplyButton(el)!.remove();
    const reply = await insert('Y29tbWVudDoxMjIxMDg0NTY3ODkwMTIzNDVfMTAwMDAwMDAwMDAwMDEwNg', 'Bonjour Thomas');
    expect(reply.ok).toBe(false);
    expect(reply.method).toBe('copied');
    expect(reply.reason).toMatch(/could not be opened/u);
    expect(copy).toHaveBeenCalledWith('Bonjour Thomas');
  });

  it('says "failed" when even the clipboard refuses', async () => {
    await loadFixtureWithEditors('x/mentions-en.html');
    const reply = await insertReply({ adapter: ADAPTERS.x, document, window, commentEl: undefined, text: 'Hello', copy: async () => false, openTimeoutMs: 50 });
    expect(reply).toMatchObject({ ok: false, method: 'failed' });
    expect(reply.reason).toMatch(/could not be copied/u);
  });
});

describe('post comment box', () => {
  it('Facebook: with a reply box open, "no comment id" still means the post’s own composer', async () => {
    const { insert } = await open('facebook/post-fr.html');
    await insert('Y29tbWVudDoxMjIxMDg0NTY3ODkwMTIzNDVfMTAwMDAwMDAwMDAwMDEwNA', 'Bonjour Julien');
    const reply = await insert(undefined, 'Merci à tous pour vos retours !');
    expect(reply.ok).toBe(true);
    expect(stateOf(document.querySelector('[aria-label="Écrivez un commentaire…"]')!).text).toBe('Merci à tous pour vos retours !');
    expect(stateOf(document.querySelector('[aria-label="Répondre à Julien Marchand…"]')!).text).toBe('Bonjour Julien');
  });

  it('LinkedIn: with a reply box open, the post’s box is the one above the comments', async () => {
    const { insert } = await open('linkedin/post-fr.html');
    await insert('urn:li:comment:(activity:7250000000000000001,7250000000000100005)', 'Bonjour Lucie');
    const reply = await insert(undefined, 'Merci pour vos candidatures !');
    expect(reply.ok).toBe(true);
    expect(stateOf(document.querySelector('[componentkey="commentBox-urn:li:activity:7250000000000000001"] [role="textbox"]')!).text).toBe('Merci pour vos candidatures !');
  });
});

describe('successive replies', () => {
  it('X: a second reply goes to the second comment’s modal, not the one left open', async () => {
    const { insert } = await open('x/post-en.html');
    await insert('1860000000000000024', 'Hi Hannah, no recall at all.');
    const second = await insert('1860000000000000026', 'Hi Oliver, sorry for the wait.');
    expect(second.ok).toBe(true);
    const dialog = document.querySelector('#layers [role="dialog"]')!;
    expect(dialog.querySelector('#modal-header')!.textContent).toContain('@olivergrant');
    expect(stateOf(dialog.querySelector('.x-modal-editor [data-testid="tweetTextarea_0"]')!).text).toBe('Hi Oliver, sorry for the wait.');
  });
});
