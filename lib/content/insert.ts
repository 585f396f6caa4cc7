import type { InsertReply, InsertProblem } from '../messaging/protocol';
import type { ReplyTarget, SiteAdapter } from '../sites/types';
import { copyText } from './clipboard';
import { normaliseEditorText, readEditorText } from './editor-text';
import { sleep, userClick, waitFor } from './events';
import { insertText } from './insert-text';

/**
 * The side panel's Insert: open the comment's reply box (or find the post's) and put the reply in
 * through the insertion engine (`insert-text.ts`), which proves the editor holds it. NEVER submits:
 * no Enter, no click on the send button — the community manager reviews and posts.
 * When the text cannot be put in and verified, it goes to the clipboard and the reply says why.
 * A box that already holds the community manager's draft is left alone until they choose (`mode`):
 * replacing selects the box's whole content first (a leading "@user" prefill included).
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
  /**
   * What to do when the box already holds the community manager's draft: `ask` touches nothing and
   * replies `occupied`; `replace` or `append` (a blank line between). Absent: after what it holds.
   */
  mode?: InsertMode;
}

export type InsertMode = 'ask' | 'replace' | 'append';

export async function insertReply(options: InsertOptions): Promise<InsertReply> {
  const { document: doc, window: win, commentEl, text } = options;
  const fail = (reason: string, problem: InsertProblem, what = text): Promise<InsertReply> =>
    copyInstead(what, reason, options.copy ?? ((t) => copyText(t, doc, win)), problem);

  const { mode } = options;
  const present = options.adapter.findReplyBox(doc, commentEl);
  // Instagram's one textarea: its "Reply" overwrites the box with "@user ", so a draft in it is
  // asked about (and kept, to append) before that click.
  const overwritten = commentEl && present?.kind === 'textarea' ? draftIn(present.box) : '';
  if (mode === 'ask' && overwritten) return { ok: false, method: 'occupied', existing: overwritten };

  const target = await openReplyBox(options, present);
  if (!target) {
    return fail(commentEl ? 'The reply box of this comment could not be opened.' : 'The comment box of this post could not be found.', 'no-box');
  }
  const { box, kind, submit } = target;
  // A box Riposte had to open holds only what the site put there: a draft is in a box already open.
  const draft = target.box === present?.box && !overwritten ? draftIn(box) : '';
  if (mode === 'ask' && draft) return { ok: false, method: 'occupied', existing: draft };
  const separator = mode === 'append' ? (box.tagName === 'INPUT' ? ' ' : '\n\n') : undefined;
  const lost = mode === 'append' && overwritten && !draftIn(box).includes(overwritten) ? overwritten : '';
  const payload = lost ? `${lost}${separator}${text}` : text;
  box.focus();
  await sleep(0);
  const result = await insertText(box, payload, {
    doc,
    win,
    at: mode === 'replace' && draft ? 'all' : 'end',
    kind,
    ...(separator ? { separator } : {}),
    ...(submit ? { submit } : {}),
    ...(options.verifyTimeoutMs !== undefined ? { verifyMs: options.verifyTimeoutMs } : {}),
  });
  if (result.ok) {
    box.focus();
    return { ok: true, method: 'inserted' };
  }
  // The draft the site's "Reply" overwrote goes to the clipboard with the reply: nothing is lost.
  return fail(result.reason, result.problem, payload);
}

/**
 * The community manager's words in a box: its text without the site's own "@user " prefill (which
 * the reply goes after), blank when there are none.
 */
function draftIn(box: HTMLElement): string {
  return normaliseEditorText(readEditorText(box))
    .replace(/^(?:@[\p{L}\p{N}._-]+\s*)+/u, '')
    .trim();
}

/** Insertion is impossible: copy the text for a manual paste and say why (`problem` for the panel's words). */
export async function copyInstead(text: string, reason: string, copy: (text: string) => Promise<boolean>, problem?: InsertProblem): Promise<InsertReply> {
  const copied = await copy(text).catch(() => false);
  const why = problem ? { problem } : {};
  return copied
    ? { ok: false, method: 'copied', reason: `${reason} The text was copied: paste it yourself.`, ...why }
    : { ok: false, method: 'failed', reason: `${reason} The text could not be copied either.`, ...why };
}

/**
 * The reply box for the target, clicking "Reply" (or the post's placeholder) and waiting if needed;
 * `present` is the box the page shows now (`findReplyBox`, already looked up by the caller).
 */
async function openReplyBox(options: InsertOptions, present: ReplyTarget | undefined): Promise<ReplyTarget | undefined> {
  const { adapter, document: doc, window: win, commentEl } = options;
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
