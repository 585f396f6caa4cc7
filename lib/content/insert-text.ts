import type { EditorKind } from '../sites/types';
import type { InsertProblem } from '../messaging/protocol';
import { isValueField, normaliseEditorText, readEditorText, textAroundSelection } from './editor-text';
import { sleep, waitFor } from './events';

/**
 * The one insertion engine, used by the side panel's Insert and the right-click templates: put text
 * into a site's editor at the caret (or at the end), the way that editor honours, and prove it.
 *
 * Editors keep their own model and ignore or undo plain DOM writes, and each honours different
 * input. Measured on the real libraries in Chromium and Firefox (tests/e2e/editors.e2e.ts):
 * - Lexical and Draft.js: a synthetic paste is right everywhere; `execCommand('insertText')` with
 *   several lines garbles Lexical (each line becomes its own input and paragraphs are rebuilt) and
 *   leaves Draft.js holding only the last line while the box still shows them all.
 * - ProseMirror (TipTap): `execCommand` is right; a plain-text paste drops blank lines, an HTML
 *   paste with empty paragraphs keeps them.
 * - Quill: `execCommand` is right; Quill 1 ignores a synthetic paste.
 * - React-controlled textarea: the prototype's value setter, then `input` (React tracks `.value`).
 * Success is claimed only when the box then holds exactly the text before the caret + the reply +
 * the text after it, and the site's send control (when known) is enabled. Anything else is put back
 * as it was, and the caller falls back to the clipboard. Never sends: no Enter, no click.
 */

/** An editor family: a site's editor, or a plain contenteditable (the right-click menu anywhere). */
export type EditorFamily = EditorKind | 'contenteditable';

export type Strategy = 'value-setter' | 'exec-command' | 'exec-lines' | 'paste' | 'paste-html' | 'before-input' | 'dom-range';

export interface InsertTextOptions {
  doc: Document;
  win: Window;
  /**
   * Where the text goes: at the caret / over the selection (right-click), after what the box holds,
   * or in place of all of it (the community manager chose to replace a draft).
   */
  at: 'caret' | 'end' | 'all';
  /** Put between what the box holds and the text when appending (`end`) to words: a space unless told. */
  separator?: string;
  /** The editor behind the box, when the site adapter knows it; detected otherwise. */
  kind?: EditorFamily;
  /** The site's send control for this box: it must turn enabled. Checked, never clicked. */
  submit?: Element;
  /** How long the editor gets to take the text (ms). */
  verifyMs?: number;
}

export type InsertTextResult =
  | { ok: true; strategy: Strategy }
  | { ok: false; reason: string; problem: InsertProblem; /** The box could not be put back: the user must check it. */ leftChanged: boolean };

/** The editable root at or around an element, and its editor family. */
export function findEditor(el: Element): { box: HTMLElement; kind: EditorFamily } | undefined {
  if (isValueField(el)) return isWritableField(el) ? { box: el, kind: 'textarea' } : undefined;
  let host: HTMLElement | undefined;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const attr = node.getAttribute('contenteditable');
    if (attr === 'false') break;
    if (attr !== null) host = node as HTMLElement;
  }
  if (!host) return undefined;
  return { box: host, kind: editorFamily(host) };
}

function editorFamily(host: HTMLElement): EditorFamily {
  if (host.closest('[data-lexical-editor]')) return 'lexical';
  if (host.closest('.public-DraftEditor-content, .DraftEditor-root') || host.querySelector('[data-contents="true"]')) return 'draft';
  if (host.classList.contains('ProseMirror') || host.closest('.ProseMirror')) return 'prosemirror';
  if (host.classList.contains('ql-editor') || host.closest('.ql-container')) return 'quill';
  return 'contenteditable';
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', '']);

function isWritableField(field: HTMLTextAreaElement | HTMLInputElement): boolean {
  if (field.disabled || field.readOnly) return false;
  return field.tagName === 'TEXTAREA' || TEXT_INPUT_TYPES.has((field as HTMLInputElement).type.toLowerCase());
}

/** The ladder for an editor: the first strategy is the one measured right; the rest are fallbacks. */
export function strategiesFor(kind: EditorFamily, text: string): Strategy[] {
  const multiline = text.includes('\n');
  switch (kind) {
    case 'textarea':
      return ['value-setter'];
    case 'lexical':
    case 'draft':
      // Never execCommand with several lines here: it garbles Lexical and desyncs Draft.js.
      return multiline ? ['paste', 'before-input'] : ['paste', 'exec-command', 'before-input'];
    case 'prosemirror':
      // Several lines: an HTML paste keeps blank lines in Chromium and Firefox alike.
      return multiline ? ['paste-html', 'exec-command'] : ['exec-command', 'paste-html'];
    case 'quill':
      // Quill 2 takes a paste whole; Quill 1 ignores it (the box stays unchanged). Firefox's
      // execCommand drops the line breaks of a multi-line text in Quill 1: line by line it keeps them.
      return multiline ? ['paste', 'exec-lines', 'exec-command'] : ['exec-command', 'paste'];
    case 'contenteditable':
      return ['exec-command', 'paste', 'dom-range'];
  }
}

export async function insertText(box: HTMLElement, text: string, options: InsertTextOptions): Promise<InsertTextResult> {
  const { doc, win } = options;
  const kind = options.kind ?? findEditor(box)?.kind ?? 'contenteditable';
  // In Firefox, Draft.js does not follow a selection a content script makes (React reads it on the
  // user's own keys and clicks): the reply would land inside the draft, and the box could not be put
  // back. Replacing a draft there is left to the user, with the reply in the clipboard.
  if (options.at === 'all' && kind === 'draft' && pageWorld(win).W !== win) {
    return { ok: false, reason: 'In Firefox, Riposte cannot select a Draft.js box’s text: select the draft yourself and paste.', problem: 'cannot-select', leftChanged: false };
  }
  box.focus();
  // A caret elsewhere (or none: focus given by script) means "at the end", as a click in the box would.
  if (options.at === 'all') await selectWhole(box, doc, win);
  else if (options.at === 'end' || !textAroundSelection(box, doc)) await placeCaretAtEnd(box, doc, win);
  else await caretIntoParagraph(box, doc, win);
  const original = snapshot(box);
  const around = textAroundSelection(box, doc) ?? { before: readEditorText(box), after: '' };
  // Appending to a draft ("@léa " prefilled by Instagram, or the user's own words): never glue words.
  const joined = options.at === 'end' && around.before !== '' && !/\s$/u.test(around.before) ? `${options.separator ?? ' '}${text}` : text;
  if (isValueField(box) && box.maxLength >= 0 && around.before.length + joined.length + around.after.length > box.maxLength) {
    return { ok: false, reason: 'The reply is longer than this field allows.', problem: 'too-long', leftChanged: false };
  }
  const expected = normaliseEditorText(around.before + joined + around.after);
  const holds = (): boolean => normaliseEditorText(readEditorText(box)) === expected && (!options.submit || isEnabled(options.submit));

  for (const strategy of strategiesFor(kind, joined)) {
    if (!apply(strategy, box, joined, doc, win)) continue;
    if (await holdsSteadily(holds, options.verifyMs ?? 600)) return { ok: true, strategy };
    if (normaliseEditorText(readEditorText(box)) === normaliseEditorText(original.text)) continue;
    // The editor took something else: put the box back before anything else is tried.
    if (!(await restore(box, original, kind, doc, win))) {
      return { ok: false, reason: `The ${editorName(kind)} changed the text unexpectedly and could not be put back: check the box before posting.`, problem: 'left-changed', leftChanged: true };
    }
    // The caret's place inside the text is lost with the rebuilt paragraphs: only a caret at the end
    // (or the whole box, to replace it) can be put back, and another strategy tried.
    if (options.at === 'all') {
      await selectWhole(box, doc, win);
      continue;
    }
    if (around.after !== '') break;
    await placeCaretAtEnd(box, doc, win);
  }
  return { ok: false, reason: `The ${editorName(kind)} did not accept the text.`, problem: 'not-accepted', leftChanged: false };
}

/**
 * The box holds the text, and still does a moment later. Right after a DOM-level insertion the box
 * shows what the browser wrote; the editor then rebuilds it from its model (Quill, ProseMirror), and
 * only that second reading says what the model holds.
 */
async function holdsSteadily(holds: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (holds()) {
      await sleep(120);
      if (holds()) return true;
    } else {
      await sleep(25);
    }
  }
  return false;
}

function apply(strategy: Strategy, box: HTMLElement, text: string, doc: Document, win: Window): boolean {
  switch (strategy) {
    case 'value-setter':
      return setFieldValue(box, text, win);
    case 'exec-command':
      return execInsertText(doc, text);
    case 'exec-lines':
      return execInsertLines(doc, text);
    case 'paste':
      return dispatchPaste(box, text, undefined, win);
    case 'paste-html':
      return dispatchPaste(box, text, linesToHtml(text), win);
    case 'before-input':
      return dispatchBeforeInput(box, text, win);
    case 'dom-range':
      return writeRange(box, text, doc);
  }
}

interface Snapshot {
  text: string;
  /** A field's selection, to put the caret back. */
  selection?: [number, number];
}

function snapshot(box: HTMLElement): Snapshot {
  if (isValueField(box)) return { text: box.value, selection: [box.selectionStart ?? box.value.length, box.selectionEnd ?? box.value.length] };
  return { text: readEditorText(box) };
}

/** Put the box back to its text before the attempt, through the editor (its model must follow). */
async function restore(box: HTMLElement, original: Snapshot, kind: EditorFamily, doc: Document, win: Window): Promise<boolean> {
  const target = normaliseEditorText(original.text);
  const back = (): true | undefined => (normaliseEditorText(readEditorText(box)) === target ? true : undefined);
  if (isValueField(box)) {
    nativeValueSetter(box, win)?.call(box, original.text);
    box.dispatchEvent(new (win as unknown as typeof globalThis).Event('input', { bubbles: true }));
    if (original.selection) box.setSelectionRange(...original.selection);
    return back() === true;
  }
  await selectAll(box, doc, win);
  if (target === '') {
    execCommand(doc, 'delete');
    if (await waitFor(back, 300, 25)) return true;
    dispatchBeforeInput(box, '', win, 'deleteContentBackward');
    return (await waitFor(back, 300, 25)) === true;
  }
  for (const strategy of strategiesFor(kind, original.text).filter((s) => s !== 'dom-range')) {
    const before = readEditorText(box);
    if (!apply(strategy, box, original.text, doc, win)) continue;
    if (await waitFor(back, 300, 25)) return true;
    // The editor kept its own selection and added the text instead of replacing: another attempt
    // would only add more. Stop, and let the user see what is there.
    if (readEditorText(box).length > before.length) return false;
    await selectAll(box, doc, win);
  }
  return false;
}

/** Let the editor see a selection set by script: Lexical and Draft.js read it on `selectionchange`. */
async function settleSelection(doc: Document): Promise<void> {
  // The browser announces a scripted selection change late, or (Firefox) not to React's listener:
  // announce it now, so Draft.js, Lexical and ProseMirror read the caret before the text arrives.
  const view = doc.defaultView;
  if (view) doc.dispatchEvent(new view.Event('selectionchange'));
  await sleep(30);
}

/** Make `range` the document's selection, then let the editors see it. */
async function select(range: Range, selection: Selection, doc: Document): Promise<void> {
  selection.removeAllRanges();
  selection.addRange(range);
  await settleSelection(doc);
}

async function placeCaretAtEnd(box: HTMLElement, doc: Document, win: Window): Promise<void> {
  if (isValueField(box)) {
    const end = box.value.length;
    box.setSelectionRange(end, end);
    return;
  }
  const selection = win.getSelection?.();
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(lastLeaf(box));
  range.collapse(false);
  await select(range, selection, doc);
}

/**
 * A caret on the editor's root itself (Firefox puts it there when the box is focused by script) sits
 * outside every paragraph: text typed there lands outside the editor's model, which then holds the
 * words without their line breaks. Move it into the paragraph at that place, as a click would.
 */
async function caretIntoParagraph(box: HTMLElement, doc: Document, win: Window): Promise<void> {
  const selection = win.getSelection?.();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  if (!selection || !range || !range.collapsed || range.startContainer !== box || box.childNodes.length === 0) {
    await settleSelection(doc);
    return;
  }
  const atEnd = range.startOffset >= box.childNodes.length;
  let node: Node = box.childNodes[Math.min(range.startOffset, box.childNodes.length - 1)]!;
  while (node.nodeType === 1 && node.firstChild && (node.firstChild as Element).tagName !== 'BR') node = atEnd ? node.lastChild! : node.firstChild;
  const inside = doc.createRange();
  inside.selectNodeContents(node);
  inside.collapse(!atEnd);
  await select(inside, selection, doc);
}

/** The deepest last element of the box that can hold the caret: inside the last paragraph. */
function lastLeaf(box: HTMLElement): Node {
  let node: Node = box;
  while (node.lastChild && node.lastChild.nodeType === 1 && (node.lastChild as Element).tagName !== 'BR') node = node.lastChild;
  return node;
}

/**
 * Everything the box holds selected, so that the text replaces it: a field's value, or the editor's
 * text from its first character to its last. A range on the text itself, not on the root element:
 * Draft.js maps only a selection inside its text leaves onto its model.
 */
async function selectWhole(box: HTMLElement, doc: Document, win: Window): Promise<void> {
  if (isValueField(box)) {
    box.setSelectionRange(0, box.value.length);
    return;
  }
  const walker = doc.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  let first: Text | undefined;
  let last: Text | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    first ??= node as Text;
    last = node as Text;
  }
  const selection = win.getSelection?.();
  if (!first || !last || !selection) {
    await selectAll(box, doc, win);
    return;
  }
  box.focus();
  const range = doc.createRange();
  range.setStart(first, 0);
  range.setEnd(last, last.data.length);
  await select(range, selection, doc);
}

async function selectAll(box: HTMLElement, doc: Document, win: Window): Promise<void> {
  box.focus();
  const selection = win.getSelection?.();
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(box);
  await select(range, selection, doc);
}

function execCommand(doc: Document, command: string, value?: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}

function execInsertText(doc: Document, text: string): boolean {
  return execCommand(doc, 'insertText', text);
}

/**
 * Firefox runs content scripts behind Xray wrappers: a DataTransfer made there reaches the page's
 * paste handler empty. There the event is built with the page's own constructors (`wrappedJSObject`,
 * its options copied in with `cloneInto`); Chromium needs nothing of this.
 */
function pageWorld(win: Window): { W: Window; init(value: object): object } {
  const page = (win as unknown as { wrappedJSObject?: Window }).wrappedJSObject;
  const clone = (globalThis as unknown as { cloneInto?: (value: object, scope: Window) => object }).cloneInto;
  if (page && clone) return { W: page, init: (value) => clone(value, page) };
  return { W: win, init: (value) => value };
}

/** Typing's own commands, a line at a time: text, then a new paragraph, as Enter would make. */
function execInsertLines(doc: Document, text: string): boolean {
  const lines = text.split('\n');
  let ok = true;
  lines.forEach((line, index) => {
    if (index > 0) ok = execCommand(doc, 'insertParagraph') && ok;
    if (line) ok = execInsertText(doc, line) && ok;
  });
  return ok;
}

function dispatchPaste(box: HTMLElement, text: string, html: string | undefined, win: Window): boolean {
  const { W: page, init } = pageWorld(win);
  const W = page as unknown as { DataTransfer?: typeof DataTransfer; ClipboardEvent?: typeof ClipboardEvent };
  if (!W.DataTransfer || !W.ClipboardEvent) return false;
  let event: ClipboardEvent;
  try {
    event = new W.ClipboardEvent('paste', init({ bubbles: true, cancelable: true, composed: true }) as ClipboardEventInit);
  } catch {
    return false;
  }
  // The event's own DataTransfer: Firefox hands the page an empty one when the data was set on a
  // separate instance first.
  let data = event.clipboardData;
  if (!data) {
    data = new W.DataTransfer();
    event = new W.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  }
  data.setData('text/plain', text);
  if (html !== undefined) data.setData('text/html', html);
  box.dispatchEvent(event);
  return true;
}

/**
 * Paragraphs for an HTML paste, an empty one per blank line (ProseMirror keeps those). HTML collapses
 * spaces at a line's edges and in runs: those become no-break spaces, so "courant, " + "à bientôt"
 * stays two words.
 */
function linesToHtml(text: string): string {
  const escape = (line: string): string => line.replace(/[&<>"]/gu, (c) => `&#${c.charCodeAt(0)};`);
  const keepSpaces = (line: string): string => line.replace(/^ | $/gu, '&nbsp;').replace(/ {2}/gu, ' &nbsp;');
  return text.split('\n').map((line) => `<p>${keepSpaces(escape(line))}</p>`).join('');
}

/** For editors built on beforeinput alone (the event Lexical and ProseMirror read). */
function dispatchBeforeInput(box: HTMLElement, text: string, win: Window, inputType = 'insertText'): boolean {
  const W = win as unknown as { InputEvent?: typeof InputEvent };
  if (!W.InputEvent) return false;
  const event = new W.InputEvent('beforeinput', { inputType, data: inputType === 'insertText' ? text : null, bubbles: true, cancelable: true, composed: true });
  box.dispatchEvent(event);
  return event.defaultPrevented;
}

function nativeValueSetter(box: HTMLElement, win: Window): ((value: string) => void) | undefined {
  // React tracks a field's value through an instance property: write through the prototype's setter.
  const W = win as unknown as { HTMLTextAreaElement: typeof HTMLTextAreaElement; HTMLInputElement: typeof HTMLInputElement };
  const proto = box.tagName === 'TEXTAREA' ? W.HTMLTextAreaElement.prototype : W.HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

function setFieldValue(box: HTMLElement, text: string, win: Window): boolean {
  if (!isValueField(box) || !isWritableField(box)) return false;
  const setter = nativeValueSetter(box, win);
  if (!setter) return false;
  const value = box.value;
  const start = box.selectionStart ?? value.length;
  const end = box.selectionEnd ?? start;
  setter.call(box, value.slice(0, start) + text + value.slice(end));
  try {
    box.setSelectionRange(start + text.length, start + text.length);
  } catch {
    // Input types without a selection API: the caret stays where the browser puts it.
  }
  const W = win as unknown as { InputEvent?: typeof InputEvent; Event: typeof Event };
  box.dispatchEvent(W.InputEvent ? new W.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }) : new W.Event('input', { bubbles: true }));
  box.dispatchEvent(new W.Event('change', { bubbles: true }));
  return true;
}

/** A plain contenteditable with no editor model: write the DOM, line breaks as `<br>`. */
function writeRange(box: HTMLElement, text: string, doc: Document): boolean {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  if (!box.contains(range.commonAncestorContainer)) return false;
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  let last: Node | null = null;
  text.split('\n').forEach((line, index) => {
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
  box.dispatchEvent(new (doc.defaultView ?? globalThis).InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}

function isEnabled(el: Element): boolean {
  return !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true';
}

export function editorName(kind: EditorFamily): string {
  return {
    lexical: 'Lexical editor',
    draft: 'Draft.js editor',
    prosemirror: 'ProseMirror editor',
    quill: 'Quill editor',
    textarea: 'text field',
    contenteditable: 'text box',
  }[kind];
}
