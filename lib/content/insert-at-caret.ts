import type { InsertReply, MessageOf, InsertProblem } from '../messaging/protocol';
import { isValueField } from './editor-text';
import { applyFills, askFillIns } from './fill-in-dialog';
import { copyInstead } from './insert';
import { findEditor, insertText } from './insert-text';

/**
 * The right-click path: the field that was right-clicked still has focus; ask for the fill-ins,
 * then insert at its caret — over the selection, between what the user typed — through the same
 * engine as the side panel. The fill-in dialog takes focus (and the document's selection) away, so
 * the caret is remembered before and put back after.
 */
export async function insertTemplateAtCaret(
  document: Document,
  message: MessageOf<'content/insert-at-caret'>,
  copy: (text: string) => Promise<boolean>,
): Promise<InsertReply> {
  const win = document.defaultView!;
  const active = document.activeElement;
  const editor = active && active !== document.body ? findEditor(active) : undefined;
  const caret = editor ? rememberCaret(editor.box, document) : undefined;
  const fillIns = [...new Set(message.gaps.filter((g) => g.kind === 'fill-in').map((g) => g.name))];
  const values = await askFillIns(document, fillIns, message.labels);
  if (values === null) {
    caret?.();
    return { ok: false, method: 'failed', reason: 'cancelled', problem: 'cancelled' };
  }
  const text = applyFills(message.text, message.gaps, values);
  let reason = 'No editable field has focus.';
  let problem: InsertProblem = 'no-field';
  if (editor) {
    editor.box.focus();
    caret?.();
    const result = await insertText(editor.box, text, { doc: document, win, at: 'caret', kind: editor.kind });
    if (result.ok) return { ok: true, method: 'inserted' };
    reason = result.reason;
    problem = result.problem;
  }
  return copyInstead(text, reason, copy, problem);
}

/** A function that puts the box's caret (or selection) back where it is now. */
function rememberCaret(box: HTMLElement, doc: Document): (() => void) | undefined {
  if (isValueField(box)) {
    const start = box.selectionStart;
    const end = box.selectionEnd;
    return () => {
      if (start !== null && end !== null) box.setSelectionRange(start, end);
    };
  }
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || !box.contains(selection.getRangeAt(0).commonAncestorContainer)) return undefined;
  const range = selection.getRangeAt(0).cloneRange();
  return () => {
    const now = doc.getSelection();
    if (!now) return;
    now.removeAllRanges();
    now.addRange(range);
  };
}
