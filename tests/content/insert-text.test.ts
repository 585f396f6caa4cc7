import { afterEach, describe, expect, it } from 'vitest';
import { normaliseEditorText, readEditorText, textAroundSelection } from '@/lib/content/editor-text';
import { findEditor, insertText, strategiesFor } from '@/lib/content/insert-text';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount<T extends HTMLElement>(html: string): T {
  document.body.innerHTML = html;
  return document.body.firstElementChild as T;
}

function select(node: Node, offset: number, endNode: Node = node, endOffset = offset): void {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(endNode, endOffset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

const options = { doc: document, win: window, verifyMs: 60 } as const;

describe('reading a box the way the user sees it', () => {
  it('reads each editor’s paragraphs, blank lines and line breaks', () => {
    // Lexical (rich text): one <p> a paragraph, <br> alone in an empty one.
    expect(readEditorText(mount('<div contenteditable><p><span data-lexical-text="true">Bonjour</span></p><p><br></p><p><span>À bientôt</span></p></div>'))).toBe('Bonjour\n\nÀ bientôt');
    // Lexical (plain text): one paragraph, line breaks as <br>, an extra <br> holding a last empty line.
    expect(readEditorText(mount('<div contenteditable><p><span>a</span><br><br><span>b</span></p></div>'))).toBe('a\n\nb');
    // Draft.js: nested block divs, an empty block is a <br data-text>.
    expect(
      readEditorText(
        mount(
          '<div contenteditable><div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Un</span></span></div></div>\n<div data-block="true"><div><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">Deux</span></span></div></div></div></div>',
        ),
      ),
    ).toBe('Un\n\nDeux');
    // ProseMirror: the trailing break of a paragraph is not a line of its own.
    expect(readEditorText(mount('<div contenteditable class="ProseMirror"><p>Un<br class="ProseMirror-trailingBreak"></p><p><br class="ProseMirror-trailingBreak"></p><p>Deux</p></div>'))).toBe('Un\n\nDeux');
    expect(readEditorText(mount('<textarea>@lea Merci</textarea>'))).toBe('@lea Merci');
  });

  it('normalises only what editors change: non-breaking and doubled spaces, trailing blanks', () => {
    expect(normaliseEditorText('Bonjour\u00a0 Léa \r\n\nMerci\u200b\n\n')).toBe('Bonjour Léa\n\nMerci');
    expect(normaliseEditorText('a\n\nb')).not.toBe(normaliseEditorText('a\nb'));
  });

  it('cuts the text at the caret without inventing a line break', () => {
    const box = mount('<div contenteditable><p><span>Bonjour Léa, à bientôt !</span></p></div>');
    const text = box.querySelector('span')!.firstChild!;
    select(text, 13);
    expect(textAroundSelection(box, document)).toEqual({ before: 'Bonjour Léa, ', after: 'à bientôt !' });
    select(text, 8, text, 11);
    expect(textAroundSelection(box, document)).toEqual({ before: 'Bonjour ', after: ', à bientôt !' });
  });
});

describe('which editor, which ladder', () => {
  it('recognises each editor from its root', () => {
    expect(findEditor(mount('<div contenteditable="true" data-lexical-editor="true"><p>x</p></div>'))?.kind).toBe('lexical');
    expect(findEditor(mount('<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"></div></div>').firstElementChild!)?.kind).toBe('draft');
    expect(findEditor(mount('<div contenteditable="true" class="tiptap ProseMirror"><p>x</p></div>'))?.kind).toBe('prosemirror');
    expect(findEditor(mount('<div class="ql-container"><div class="ql-editor" contenteditable="true"></div></div>').firstElementChild!)?.kind).toBe('quill');
    expect(findEditor(mount('<textarea></textarea>'))?.kind).toBe('textarea');
    expect(findEditor(mount('<div contenteditable="true"><span id="locked" contenteditable="false">@mention</span></div>').querySelector('#locked')!)).toBeUndefined();
    expect(findEditor(mount('<textarea disabled></textarea>'))).toBeUndefined();
    expect(findEditor(mount('<input type="checkbox">'))).toBeUndefined();
  });

  it('never sends several lines to Lexical or Draft.js through execCommand', () => {
    for (const kind of ['lexical', 'draft'] as const) expect(strategiesFor(kind, 'a\n\nb')).not.toContain('exec-command');
    expect(strategiesFor('prosemirror', 'a\n\nb')[0]).toBe('paste-html');
    expect(strategiesFor('prosemirror', 'a\n\nb')).not.toContain('paste');
  });
});

describe('insertText', () => {
  it('writes a field through the prototype setter React listens to, at the caret, over the selection', async () => {
    const input = mount<HTMLInputElement>('<input type="text" value="Bonjour XXX, merci">');
    input.setSelectionRange(8, 11);
    const ownWrites: string[] = [];
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => proto.get!.call(input) as string,
      set: (v: string) => {
        ownWrites.push(v);
        proto.set!.call(input, v);
      },
    });
    const events: string[] = [];
    input.addEventListener('input', (e) => events.push((e as InputEvent).data ?? ''));
    expect(await insertText(input, 'Camille', { ...options, at: 'caret' })).toEqual({ ok: true, strategy: 'value-setter' });
    expect(input.value).toBe('Bonjour Camille, merci');
    expect(input.selectionStart).toBe(15);
    expect(ownWrites).toEqual([]);
    expect(events).toEqual(['Camille']);
  });

  it('appends after a prefilled "@user" with a space, never gluing words', async () => {
    const area = mount<HTMLTextAreaElement>('<textarea>@lea</textarea>');
    expect((await insertText(area, 'Merci !', { ...options, at: 'end' })).ok).toBe(true);
    expect(area.value).toBe('@lea Merci !');
  });

  it('refuses a reply longer than the field allows, leaving it untouched', async () => {
    const area = mount<HTMLTextAreaElement>('<textarea maxlength="5">ab</textarea>');
    expect(await insertText(area, 'cdefg', { ...options, at: 'end' })).toMatchObject({ ok: false, leftChanged: false });
    expect(area.value).toBe('ab');
  });

  it('writes a plain contenteditable at the caret, line breaks as <br>', async () => {
    const box = mount<HTMLDivElement>('<div contenteditable="true">Bonjour XXX !</div>');
    select(box.firstChild!, 8, box.firstChild!, 11);
    expect(await insertText(box, 'Camille,\nà bientôt', { ...options, at: 'caret' })).toEqual({ ok: true, strategy: 'dom-range' });
    expect(box.innerHTML).toBe('Bonjour Camille,<br>à bientôt !');
  });

  it('puts the box back and reports failure when the editor takes something else (never "done")', async () => {
    // An editor that handles paste but keeps only the last line, like Draft.js given execCommand.
    const box = mount<HTMLDivElement>('<div contenteditable="true" data-lexical-editor="true"><p>Bonjour</p></div>');
    let pastes = 0;
    box.addEventListener('paste', (event) => {
      event.preventDefault();
      pastes += 1;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      const lines = text.split('\n');
      box.innerHTML = `<p>${lines.at(-1) ?? ''}</p>`;
    });
    const result = await insertText(box, 'Un\nDeux', { ...options, at: 'end' });
    expect(result).toMatchObject({ ok: false, leftChanged: false });
    // One paste for the reply, one to put "Bonjour" back (a single line: the editor keeps it).
    expect(pastes).toBeGreaterThanOrEqual(2);
    expect(readEditorText(box)).toBe('Bonjour');
  });

  it('says so when the box cannot be put back', async () => {
    const box = mount<HTMLDivElement>('<div contenteditable="true" data-lexical-editor="true"><p>Bonjour</p></div>');
    box.addEventListener('paste', (event) => {
      event.preventDefault();
      box.innerHTML = '<p>garbled</p>';
    });
    expect(await insertText(box, 'Un\nDeux', { ...options, at: 'end' })).toMatchObject({ ok: false, leftChanged: true });
  });

  it('is not done while the site’s send control stays disabled', async () => {
    const area = mount<HTMLTextAreaElement>('<textarea></textarea>');
    const send = document.createElement('button');
    send.disabled = true;
    document.body.append(send);
    const result = await insertText(area, 'Merci', { ...options, at: 'end', submit: send });
    expect(result.ok).toBe(false);
    expect(area.value).toBe('');
  });
});
