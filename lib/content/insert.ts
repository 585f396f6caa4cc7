import type { InsertReply } from '../messaging/protocol';
import { readText } from '../sites/dom';
import type { EditorKind, ReplyTarget, SiteAdapter } from '../sites/types';
import { copyText } from './clipboard';
import { sleep, userClick, waitFor } from './events';

/**
 * Put a reply into the site's own reply box so that the site's editor framework sees it, and focus
 * it. NEVER submits: no Enter, no click on the send button — the community manager reviews and posts.
 *
 * Editors ignore plain DOM writes (Lexical, Draft.js and Quill revert them, React textareas track
 * their value), so each kind gets the ways it honours, tried in order and verified after each:
 * - contenteditable: `execCommand('insertText')` for one line; a synthetic paste carrying a
 *   DataTransfer for several lines, or for an empty Lexical/Draft.js box (execCommand drops blank
 *   lines, and Draft.js wants a paste on an empty field: site-dom.md §1 S4/S5, §3 S23);
 * - React textarea: the prototype's native value setter, then an `input` event (S27).
 * When nothing works the text goes to the clipboard and the reply says why.
 */

export interface InsertOptions {
  adapter: SiteAdapter;
  document: Document;
  window: Window;
  /** The comment's container (from the watcher's index or a scan), or undefined for the post's box. */
  commentEl: Element | undefined;
  text: string;
  /** How long to wait for a reply box to open, and for the editor to take the text (ms). */
  openTimeoutMs?: number;
  verifyTimeoutMs?: number;
  /** Clipboard fallback, injectable for tests. */
  copy?: (text: string) => Promise<boolean>;
}

type Strategy = (box: HTMLElement, text: string, doc: Document, win: Window) => boolean;

export async function insertReply(options: InsertOptions): Promise<InsertReply> {
  const { document: doc, window: win, commentEl, text } = options;
  const fail = (reason: string): Promise<InsertReply> => copyInstead(text, reason, options.copy ?? ((t) => copyText(t, doc, win)));

  const target = await openReplyBox(options);
  if (!target) {
    return fail(commentEl ? 'The reply box of this comment could not be opened.' : 'The comment box of this post could not be found.');
  }
  const { box, kind } = target;
  box.focus();
  await sleep(0);

  const strategies = strategiesFor(kind, text, editorText(box).trim() === '');
  const verifyMs = options.verifyTimeoutMs ?? 400;
  // Taken = the text shows in the box AND the site's send button is enabled: the second half proves
  // the editor's own state has it (Lexical, Draft.js and React keep the button off until then).
  const taken = (): true | undefined => (contains(editorText(box), text) && (!target.submit || isEnabled(target.submit)) ? true : undefined);
  for (const strategy of strategies) {
    placeCaretAtEnd(box, doc, win);
    const before = editorText(box);
    if (!strategy(box, text, doc, win)) continue;
    if (await waitFor(taken, verifyMs, 25)) {
      box.focus();
      return { ok: true, method: 'inserted' };
    }
    // The box changed but the editor did not take it: another attempt could double the text.
    if (editorText(box) !== before) break;
  }
  return fail(`The ${editorName(kind)} did not accept the text.`);
}

/** Insertion is impossible: copy the text for a manual paste and say why. */
export async function copyInstead(text: string, reason: string, copy: (text: string) => Promise<boolean>): Promise<InsertReply> {
  const copied = await copy(text).catch(() => false);
  return copied
    ? { ok: false, method: 'copied', reason: `${reason} The text was copied: paste it yourself.` }
    : { ok: false, method: 'failed', reason: `${reason} The text could not be copied either.` };
}

/** The reply box for the target, clicking "Reply" (or the post's placeholder) and waiting if needed. */
async function openReplyBox(options: InsertOptions): Promise<ReplyTarget | undefined> {
  const { adapter, document: doc, window: win, commentEl } = options;
  const present = adapter.findReplyBox(doc, commentEl);
  // A box that is not tied to the comment in the DOM must be re-addressed by clicking "Reply":
  // Instagram's one textarea (the click prefills "@user ") and X's modal (it may be open for another
  // post). Facebook's and LinkedIn's boxes are found next to their comment, so they can be reused.
  const shared = present?.kind === 'textarea' || present?.kind === 'draft';
  if (present && !(commentEl && shared)) return present;
  const opener = commentEl ? adapter.findReplyButton(commentEl) : adapter.findCommentBoxOpener?.(doc);
  if (!opener) return present;
  userClick(opener, win);
  return waitFor(() => adapter.findReplyBox(doc, commentEl), options.openTimeoutMs ?? 1500);
}

function strategiesFor(kind: EditorKind, text: string, empty: boolean): Strategy[] {
  if (kind === 'textarea') return [nativeValue, execInsertText];
  const pasteFirst = text.includes('\n') || (empty && (kind === 'lexical' || kind === 'draft'));
  return pasteFirst ? [syntheticPaste, execInsertText, beforeInput] : [execInsertText, syntheticPaste, beforeInput];
}

const execInsertText: Strategy = (_box, text, doc) => {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
};

const syntheticPaste: Strategy = (box, text, _doc, win) => {
  const W = win as unknown as { DataTransfer?: typeof DataTransfer; ClipboardEvent?: typeof ClipboardEvent };
  if (!W.DataTransfer || !W.ClipboardEvent) return false;
  const event = new W.ClipboardEvent('paste', { clipboardData: new W.DataTransfer(), bubbles: true, cancelable: true, composed: true });
  // Write into the event's own DataTransfer: Firefox hands the page an empty one when the data was
  // set on a separate instance first (Briskine/briskine src/content/editors/editor-paste.js).
  if (event.clipboardData) {
    event.clipboardData.setData('text/plain', text);
    box.dispatchEvent(event);
    return true;
  }
  const data = new W.DataTransfer();
  data.setData('text/plain', text);
  box.dispatchEvent(new W.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  return true;
};

/** Last resort for editors built on beforeinput alone: the event Lexical and ProseMirror read. */
const beforeInput: Strategy = (box, text, _doc, win) => {
  const W = win as unknown as { InputEvent?: typeof InputEvent };
  if (!W.InputEvent) return false;
  const event = new W.InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true });
  box.dispatchEvent(event);
  return event.defaultPrevented;
};

/** React tracks a textarea's value through an instance property: write through the prototype's setter. */
const nativeValue: Strategy = (box, text, _doc, win) => {
  if (!(box instanceof (win as unknown as { HTMLTextAreaElement: typeof HTMLTextAreaElement }).HTMLTextAreaElement)) return false;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box) as object, 'value')?.set
    ?? Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (!setter) return false;
  const current = box.value;
  // Instagram prefills "@user " when replying: keep it, and never glue words together.
  const joined = current && !/\s$/u.test(current) ? `${current} ${text}` : `${current}${text}`;
  setter.call(box, joined);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
};

function placeCaretAtEnd(box: HTMLElement, doc: Document, win: Window): void {
  if (box instanceof (win as unknown as { HTMLTextAreaElement: typeof HTMLTextAreaElement }).HTMLTextAreaElement) {
    const end = box.value.length;
    box.setSelectionRange(end, end);
    return;
  }
  const selection = win.getSelection?.();
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(box);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function editorText(box: HTMLElement): string {
  return box instanceof HTMLTextAreaElement ? box.value : readText(box);
}

/** Whitespace-insensitive containment: editors differ in how they store line breaks. */
function contains(haystack: string, needle: string): boolean {
  const norm = (s: string): string => s.replace(/\s+/gu, ' ').trim();
  return norm(haystack).includes(norm(needle));
}

function isEnabled(el: Element | undefined): boolean {
  if (!el) return false;
  return !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true';
}

function editorName(kind: EditorKind): string {
  return { lexical: 'Lexical editor', draft: 'Draft.js editor', prosemirror: 'ProseMirror editor', quill: 'Quill editor', textarea: 'comment field' }[kind];
}
