import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertAtCaret, insertAtCaretWith } from '@/lib/templates';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount<T extends HTMLElement>(html: string): T {
  document.body.innerHTML = html;
  return document.body.firstElementChild as T;
}

function placeCaret(node: Node, offset: number, endNode: Node = node, endOffset = offset): void {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(endNode, endOffset);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

describe('insertAtCaret in a textarea or input', () => {
  it('replaces the selection, moves the caret after the text and fires a bubbling input event', () => {
    const textarea = mount<HTMLTextAreaElement>('<textarea>Bonjour XXX, merci</textarea>');
    textarea.setSelectionRange(8, 11);
    const events: Array<{ type: string; data: string | null }> = [];
    document.body.addEventListener('input', (e) => events.push({ type: e.type, data: (e as InputEvent).data }));
    expect(insertAtCaret(textarea, 'Camille')).toBe(true);
    expect(textarea.value).toBe('Bonjour Camille, merci');
    expect(textarea.selectionStart).toBe(15);
    expect(textarea.selectionEnd).toBe(15);
    expect(events).toEqual([{ type: 'input', data: 'Camille' }]);
    expect(document.activeElement).toBe(textarea);
  });

  it('goes through the prototype value setter, the one React listens to', () => {
    const input = mount<HTMLInputElement>('<input type="text" value="ab">');
    input.setSelectionRange(1, 1);
    // React-like tracking: an own "value" property on the instance that records writes.
    const ownWrites: string[] = [];
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => proto?.get?.call(input) as string,
      set: (v: string) => {
        ownWrites.push(v);
        proto?.set?.call(input, v);
      },
    });
    expect(insertAtCaretWith(input, 'X')).toBe('value-setter');
    expect(ownWrites).toEqual([]);
    expect(input.value).toBe('aXb');
  });

  it('refuses disabled, read-only, non-text inputs and maxlength overflows', () => {
    expect(insertAtCaret(mount('<textarea disabled></textarea>'), 'x')).toBe(false);
    expect(insertAtCaret(mount('<input readonly>'), 'x')).toBe(false);
    expect(insertAtCaret(mount('<input type="checkbox">'), 'x')).toBe(false);
    const limited = mount<HTMLInputElement>('<input maxlength="3" value="ab">');
    expect(insertAtCaret(limited, 'cd')).toBe(false);
    expect(limited.value).toBe('ab');
    expect(insertAtCaret(mount('<div>plain</div>'), 'x')).toBe(false);
  });
});

describe('insertAtCaret in a contenteditable', () => {
  it('uses execCommand("insertText") when the editor accepts it', () => {
    const editor = mount<HTMLDivElement>('<div contenteditable="true">Bonjour </div>');
    placeCaret(editor.firstChild as Node, 8);
    const exec = vi.fn((command: string, _ui?: boolean, value?: string) => {
      expect(command).toBe('insertText');
      editor.append(value ?? '');
      return true;
    });
    Object.defineProperty(document, 'execCommand', { configurable: true, value: exec });
    try {
      expect(insertAtCaretWith(editor, 'Camille')).toBe('exec-command');
      expect(editor.textContent).toBe('Bonjour Camille');
      expect(exec).toHaveBeenCalledOnce();
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
  });

  it('falls back to a synthetic paste when execCommand does nothing and the editor handles paste', () => {
    const editor = mount<HTMLDivElement>('<div contenteditable="true"><p>Hi</p></div>');
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => true });
    const pasted: string[] = [];
    editor.addEventListener('paste', (event) => {
      pasted.push(event.clipboardData?.getData('text/plain') ?? '');
      event.preventDefault();
    });
    try {
      expect(insertAtCaretWith(editor, 'Salut')).toBe('paste-event');
      expect(pasted).toEqual(['Salut']);
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
  });

  it('inserts with a Range at the caret, replacing the selection, with line breaks as <br>', () => {
    const editor = mount<HTMLDivElement>('<div contenteditable="true">Bonjour XXX !</div>');
    const text = editor.firstChild as Text;
    placeCaret(text, 8, text, 11);
    const inputs: string[] = [];
    editor.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    expect(insertAtCaretWith(editor, 'Camille,\nà bientôt')).toBe('range');
    expect(editor.innerHTML).toBe('Bonjour Camille,<br>à bientôt !');
    expect(inputs).toEqual(['insertText']);
    // The caret ends up right after the inserted text: a second insert continues from there.
    insertAtCaret(editor, ' 👋');
    expect(editor.textContent).toBe('Bonjour Camille,à bientôt 👋 !');
  });

  it('puts the caret at the end when the selection is elsewhere, and works from a child node', () => {
    document.body.innerHTML = '<p id="outside">dehors</p><div contenteditable="true"><p id="inner">Merci</p></div>';
    placeCaret(document.getElementById('outside')?.firstChild as Node, 2);
    const inner = document.getElementById('inner') as HTMLElement;
    expect(insertAtCaret(inner, ' beaucoup')).toBe(true);
    expect(inner.parentElement?.textContent).toBe('Merci beaucoup');
    expect(document.getElementById('outside')?.textContent).toBe('dehors');
  });

  it('refuses a contenteditable="false" island', () => {
    document.body.innerHTML = '<div contenteditable="true"><span id="locked" contenteditable="false">@mention</span></div>';
    expect(insertAtCaret(document.getElementById('locked') as HTMLElement, 'x')).toBe(false);
  });
});
