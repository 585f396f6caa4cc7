/**
 * Inserts text at the caret of an editable element, replacing the selection, in a way the page's
 * framework notices. The sites' editors are React (X, Facebook, Instagram) or custom (LinkedIn's
 * Quill-like box); each listens to different events, hence the ladder of strategies.
 * Works on a DOM passed in: no extension API, so it runs in content scripts and in tests.
 */

/** Input types whose value is free text with a caret. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password', '']);

function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  if (element instanceof view.HTMLTextAreaElement) return true;
  return element instanceof view.HTMLInputElement && TEXT_INPUT_TYPES.has(element.type.toLowerCase());
}

/** The nearest contenteditable host (the editor root), or null. */
function editingHost(element: Element): HTMLElement | null {
  const view = element.ownerDocument.defaultView;
  if (!view) return null;
  let node: Element | null = element;
  let host: HTMLElement | null = null;
  while (node && node instanceof view.HTMLElement) {
    const attr = node.getAttribute('contenteditable');
    if (attr === 'false') break;
    if (attr !== null) host = node;
    node = node.parentElement;
  }
  return host ?? (element instanceof view.HTMLElement && element.isContentEditable ? element : null);
}

function dispatchInput(element: Element, text: string): void {
  const view = element.ownerDocument.defaultView;
  const InputEventCtor = view?.InputEvent ?? InputEvent;
  element.dispatchEvent(new InputEventCtor('input', { bubbles: true, inputType: 'insertText', data: text }));
}

function insertIntoField(field: HTMLTextAreaElement | HTMLInputElement, text: string): boolean {
  if (field.disabled || field.readOnly) return false;
  field.focus();
  const value = field.value;
  // Some input types (email) have no selection API: null there, and we append.
  const start = field.selectionStart ?? value.length;
  const end = field.selectionEnd ?? start;
  const next = value.slice(0, start) + text + value.slice(end);
  if (field.maxLength >= 0 && next.length > field.maxLength) return false;
  // React tracks the value through the prototype setter; assigning `field.value` directly would be
  // swallowed as "no change" and the page's state would keep the old text.
  const view = field.ownerDocument.defaultView;
  const proto = field instanceof (view?.HTMLTextAreaElement ?? HTMLTextAreaElement) ? view?.HTMLTextAreaElement.prototype : view?.HTMLInputElement.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (setter) setter.call(field, next);
  else field.value = next;
  const caret = start + text.length;
  try {
    field.setSelectionRange(caret, caret);
  } catch {
    // Input types without selection support: the caret stays where the browser puts it.
  }
  dispatchInput(field, text);
  field.dispatchEvent(new (field.ownerDocument.defaultView?.Event ?? Event)('change', { bubbles: true }));
  return true;
}

/** Places the selection inside the host, keeping an existing caret that is already there. */
function ensureSelectionInside(host: HTMLElement): Selection | null {
  const doc = host.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return null;
  const inside = selection.rangeCount > 0 && host.contains(selection.getRangeAt(0).commonAncestorContainer);
  if (!inside) {
    const range = doc.createRange();
    range.selectNodeContents(host);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  return selection;
}

function tryExecCommand(host: HTMLElement, text: string): boolean {
  const doc = host.ownerDocument;
  if (typeof doc.execCommand !== 'function') return false;
  const before = host.textContent ?? '';
  let ok: boolean;
  try {
    ok = doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
  // Some editors veto the command but it still reports true: check the text actually changed.
  return ok && (host.textContent ?? '') !== before;
}

function trySyntheticPaste(host: HTMLElement, text: string): boolean {
  const view = host.ownerDocument.defaultView;
  if (!view || typeof view.DataTransfer !== 'function' || typeof view.ClipboardEvent !== 'function') return false;
  let event: ClipboardEvent;
  try {
    const data = new view.DataTransfer();
    data.setData('text/plain', text);
    event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  } catch {
    return false;
  }
  // Editors (Draft.js, Lexical) handle paste themselves and cancel the default: that means taken.
  host.dispatchEvent(event);
  return event.defaultPrevented;
}

function insertWithRange(host: HTMLElement, selection: Selection, text: string): boolean {
  const doc = host.ownerDocument;
  const range = selection.getRangeAt(0);
  range.deleteContents();
  // Line breaks become <br>: a bare "\n" collapses to a space in most editors.
  const fragment = doc.createDocumentFragment();
  const lines = text.split('\n');
  let last: Node | null = null;
  lines.forEach((line, index) => {
    if (index > 0) fragment.appendChild((last = doc.createElement('br')));
    if (line) fragment.appendChild((last = doc.createTextNode(line)));
  });
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  dispatchInput(host, text);
  return true;
}

export type InsertMethod = 'value-setter' | 'exec-command' | 'paste-event' | 'range';

/**
 * Inserts `text` at the caret of a focused textarea, text input or contenteditable, replacing the
 * selection. Returns how it went in, or null when the element cannot take text (disabled, not
 * editable, maxlength exceeded). The boolean form is `insertAtCaret(el, text) !== null`.
 */
export function insertAtCaretWith(element: Element, text: string): InsertMethod | null {
  if (isTextField(element)) return insertIntoField(element, text) ? 'value-setter' : null;
  const host = editingHost(element);
  if (!host) return null;
  host.focus();
  const selection = ensureSelectionInside(host);
  if (!selection || selection.rangeCount === 0) return null;
  if (tryExecCommand(host, text)) return 'exec-command';
  if (trySyntheticPaste(host, text)) return 'paste-event';
  return insertWithRange(host, selection, text) ? 'range' : null;
}

/** Inserts `text` at the caret; true when it went in (see `insertAtCaretWith`). */
export function insertAtCaret(element: Element, text: string): boolean {
  return insertAtCaretWith(element, text) !== null;
}
