import { describe, expect, it } from 'vitest';
import { insertText } from '@/lib/content/insert-text';
import { parseContentMessage } from '@/lib/content/messages';
import { MessageSchema } from '@/lib/messaging/protocol';
import { fixtureGlobal } from '../sites/load-fixture';
import { editorState, openForInsertion } from './insert-harness';

const open = openForInsertion;
const modelText = (box: Element): string => editorState(box).text;

const DRAFT = '(brouillon perso)';
const REPLY = 'Bonjour Marc, merci pour votre message.';

/** Each editor: the page, the comment (or the post's box) and the box the text lands in. */
const EDITORS = [
  { editor: 'Lexical (Facebook)', file: 'facebook/post-fr.html', commentId: 'Y29tbWVudDoxMjIxMDg0NTY3ODkwMTIzNDVfMTAwMDAwMDAwMDAwMDEwMQ', execCommand: false },
  { editor: 'Draft.js (X)', file: 'x/post-en.html', commentId: undefined, execCommand: true, box: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]' },
  { editor: 'textarea (Instagram)', file: 'instagram/post-fr.html', commentId: undefined, execCommand: false, box: 'textarea' },
] as const;

// Each editor's "replace" runs first: after a page of the same editor was loaded and left, Draft.js
// (a module state that outlives happy-dom's page reloads) no longer follows a scripted selection,
// and the engine then safely falls back to the clipboard with the draft untouched. Browsers load a
// page afresh: tests/e2e/support/editor-cases.ts has the replace and append cases for every editor.
describe('a reply box already holding a draft', () => {
  for (const c of EDITORS) {
    const boxOf = () => ('box' in c ? document.querySelector(c.box)! : (document.activeElement as Element));

    it(`${c.editor}: "replace" leaves exactly the reply in the box`, async () => {
      const { insert, copy } = await open(c.file, { execCommand: c.execCommand });
      await insert(c.commentId, DRAFT);
      const box = boxOf();
      const result = await insert(c.commentId, REPLY, 'replace');
      expect(result).toEqual({ ok: true, method: 'inserted' });
      expect(modelText(box)).toBe(REPLY);
      expect(copy).not.toHaveBeenCalled();
    });

    it(`${c.editor}: "ask" leaves the draft untouched and reports it`, async () => {
      const { insert, copy } = await open(c.file, { execCommand: c.execCommand });
      expect(await insert(c.commentId, DRAFT)).toEqual({ ok: true, method: 'inserted' });
      const box = boxOf();
      expect(await insert(c.commentId, REPLY, 'ask')).toEqual({ ok: false, method: 'occupied', existing: DRAFT });
      expect(modelText(box)).toBe(DRAFT);
      expect(copy).not.toHaveBeenCalled();
      expect(fixtureGlobal().submitted).toEqual([]);
    });

    it(`${c.editor}: "append" puts the reply after the draft, a blank line between`, async () => {
      const { insert, copy } = await open(c.file, { execCommand: c.execCommand });
      await insert(c.commentId, DRAFT);
      const box = boxOf();
      expect(await insert(c.commentId, REPLY, 'append')).toEqual({ ok: true, method: 'inserted' });
      expect(modelText(box)).toBe(`${DRAFT}\n\n${REPLY}`);
      expect(copy).not.toHaveBeenCalled();
    });
  }

  it('"ask" on an empty box (or one holding only the site’s "@user ") inserts at once', async () => {
    const { insert } = await open('instagram/post-fr.html');
    expect(await insert('18040000000000001', 'On vous écrit en DM 🙏', 'ask')).toEqual({ ok: true, method: 'inserted' });
    expect(modelText(document.querySelector('textarea')!)).toBe('@camille.rx On vous écrit en DM 🙏');
  });

  it('Instagram: a draft in the one textarea is asked about before "Reply" overwrites it, and kept when appending', async () => {
    const { insert } = await open('instagram/post-fr.html');
    const box = document.querySelector('textarea')!;
    await insert(undefined, DRAFT);
    expect(await insert('18040000000000001', REPLY, 'ask')).toEqual({ ok: false, method: 'occupied', existing: DRAFT });
    expect(modelText(box)).toBe(DRAFT);
    expect(await insert('18040000000000001', REPLY, 'append')).toEqual({ ok: true, method: 'inserted' });
    expect(modelText(box)).toBe(`@camille.rx ${DRAFT}\n\n${REPLY}`);
  });

  it('the engine restores the box when the editor does not take the replacement', async () => {
    document.body.innerHTML = '<textarea>(brouillon perso)</textarea>';
    const box = document.querySelector('textarea')!;
    // An editor that rewrites whatever it is given: the replacement never holds.
    box.addEventListener('input', () => {
      if (box.value !== DRAFT) box.value = `${box.value}!`;
    });
    const result = await insertText(box, REPLY, { doc: document, win: window, at: 'all', verifyMs: 60 });
    expect(result.ok).toBe(false);
    expect(box.value).toBe(DRAFT);
  });

  it('the message carries the mode, and the zod-free parser agrees with the schema', () => {
    for (const raw of [
      { type: 'content/insert', text: 'x', mode: 'ask' },
      { type: 'content/insert', text: 'x', commentId: 'c1', mode: 'replace' },
      { type: 'content/insert', text: 'x', mode: 'append' },
      { type: 'content/insert', text: 'x', mode: 'glue' },
      { type: 'content/insert', text: 'x', mode: 3 },
    ]) {
      const schema = MessageSchema.safeParse(raw);
      expect(parseContentMessage(raw)).toEqual(schema.success ? schema.data : undefined);
    }
    expect(parseContentMessage({ type: 'content/insert', text: 'x', mode: 'ask' })).toEqual({ type: 'content/insert', text: 'x', mode: 'ask' });
  });
});
