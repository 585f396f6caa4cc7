/**
 * A Chrome-like `document.execCommand('insertText')` for happy-dom, which has none: it writes the
 * text at the caret (inside the last paragraph of a contenteditable, as Chrome does) and fires an
 * `input` event with inputType "insertText" and no `beforeinput` — exactly what Lexical-style
 * editors cannot see and DOM-reading editors (ProseMirror, Quill, Draft's editOnInput) pick up.
 */
export function installExecCommand(doc: Document): () => void {
  const target = doc as unknown as { execCommand?: (cmd: string, ui?: boolean, value?: string) => boolean };
  const previous = target.execCommand;
  target.execCommand = (cmd, _ui, value = '') => {
    if (cmd !== 'insertText') return false;
    const active = doc.activeElement as HTMLElement | null;
    if (!active) return false;
    if (active instanceof HTMLTextAreaElement) {
      const start = active.selectionStart ?? active.value.length;
      const end = active.selectionEnd ?? start;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(active, active.value.slice(0, start) + value + active.value.slice(end));
    } else if (active.isContentEditable) {
      const blocks = active.querySelectorAll('p, [data-block="true"] [data-offset-key] > span, div[dir="auto"]');
      const host = (blocks[blocks.length - 1] as HTMLElement | undefined) ?? active;
      if (host.childNodes.length === 1 && host.firstChild?.nodeName === 'BR') host.firstChild.remove();
      host.appendChild(doc.createTextNode(value));
    } else {
      return false;
    }
    active.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: value, bubbles: true }));
    return true;
  };
  return () => {
    target.execCommand = previous;
  };
}
