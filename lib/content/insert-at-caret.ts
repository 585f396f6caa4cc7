import type { InsertReply, MessageOf } from '../messaging/protocol';
import { insertAtCaret } from '../templates/caret';
import { applyFills, askFillIns } from './fill-in-dialog';

/**
 * The right-click path: the field that was right-clicked still has focus; ask for the fill-ins,
 * then insert at its caret. Focus is remembered before the dialog steals it, and given back.
 */
export async function insertTemplateAtCaret(
  document: Document,
  message: MessageOf<'content/insert-at-caret'>,
  copy: (text: string) => Promise<boolean>,
): Promise<InsertReply> {
  const target = document.activeElement;
  const fillIns = [...new Set(message.gaps.filter((g) => g.kind === 'fill-in').map((g) => g.name))];
  const values = await askFillIns(document, fillIns, message.labels);
  if (values === null) return { ok: false, method: 'failed', reason: 'cancelled' };
  const text = applyFills(message.text, message.gaps, values);
  if (target && target !== document.body && target instanceof document.defaultView!.HTMLElement) {
    target.focus();
    if (insertAtCaret(target, text)) return { ok: true, method: 'inserted' };
  }
  if (await copy(text)) return { ok: false, method: 'copied', reason: 'no editable field has focus' };
  return { ok: false, method: 'failed', reason: 'no editable field has focus and the clipboard is unavailable' };
}
