import type { ReadMoreReply } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/types';

/**
 * "Read all comments" (issue 12, item 5), the page's side: one step clicks one of the site's own
 * "View more comments", "View 3 replies", "Show probable spam" / "View hidden comments" controls and
 * waits for the thread to grow. The panel drives the steps, one at a time at a human pace, and only
 * when the user asked (never on its own); it stops on cancel, navigation or when none is left.
 *
 * Which elements may be such a control is the adapter's `selectors.moreControls` (its SELECTORS);
 * which of them are is decided by their label, in the six UI languages the adapters read: a word for
 * comments, replies or hidden/spam comments, with a count or a "view / more / previous" word, and
 * never a "hide" word (an expanded thread's "Hide all replies" would fold it back), never "Reply",
 * never a comment's own "See more" (on X it opens the post).
 */

const NOUN =
  '(replies|reply|réponses?|respuestas?|respostas?|antworten|antwort|risposte|risposta|comments?|commentaires?|comentarios?|comentários?|kommentare?|commenti|commento|spam)';
const MORE =
  '(\\d|view|voir|afficher|show|see|load|charger|ver|mostra|mostrar|visualizza|carica|cargar|carregar|ansehen|anzeigen|laden|more|plus|mais|más|weitere|altre|altri|previous|précédent|précédentes|anteriores|vorherige|precedenti|hidden|masqués|ocultos|additional|probable|probables|probabili|prováve)';
const MORE_LABEL = new RegExp(`(?<![\\p{L}])${NOUN}(?![\\p{L}])`, 'u');
const MORE_WORD = new RegExp(`(?<![\\p{L}])${MORE}`, 'u');
/**
 * Never these: folding a thread back, replying, writing, or a reaction count (LinkedIn's "18 Reactions
 * on Hannah's comment" opens a list of people, not comments).
 */
const HIDE_WORD =
  /(?<![\p{L}])(hide|masquer|ocultar|esconder|ausblenden|verbergen|nascondi|réduire|collapse|reply to|répondre à|responder a|rispondi a|write|écrire|escribir|escrever|schreiben|scrivi|reactions?|réactions?|reacciones|reações|reaktionen|reazioni|likes?|j[’']aime)(?![\p{L}])/u;
/** A label ending with the reply action ("2 replies. Reply", X's reply button) is that action. */
const REPLY_ACTION = /(?<![\p{L}])(reply|répondre|responder|rispondi|antworten|responder)$/u;

/** Any element of these can be a "more" control when the adapter does not say (a new site). */
const DEFAULT_CANDIDATES = 'button, [role="button"]';

/**
 * The label a person reads on a control: its aria-label, else its text, else the label of the icon
 * it holds (Instagram's "Load more comments" is a circled plus whose svg carries the label).
 * Lower-cased, spaces folded.
 */
function labelOf(el: Element): string {
  const icon = el.querySelector('svg[aria-label], img[alt], [role="img"][aria-label]');
  const label = el.getAttribute('aria-label') || (el.textContent ?? '').trim() || icon?.getAttribute('aria-label') || icon?.getAttribute('alt') || '';
  return label.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** True when `label` names a control that shows more of the thread. */
export function isMoreLabel(label: string): boolean {
  const text = label.toLowerCase();
  if (text.length === 0 || text.length > 80 || HIDE_WORD.test(text) || REPLY_ACTION.test(text)) return false;
  return MORE_LABEL.test(text) && MORE_WORD.test(text.replace(MORE_LABEL, ' '));
}

function isShown(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return false;
  if (el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled) return false;
  const style = (el as HTMLElement).style;
  return !(style && (style.display === 'none' || style.visibility === 'hidden'));
}

/**
 * The page's "more" controls, in document order. A control inside another one counts once (the
 * outer one); one whose last click did not grow the thread (`dead`) is left alone.
 */
export function findMoreControls(adapter: SiteAdapter, root: ParentNode, dead?: WeakSet<Element>): HTMLElement[] {
  const selector = adapter.selectors.moreControls ?? DEFAULT_CANDIDATES;
  const out: HTMLElement[] = [];
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (dead?.has(el) || !isShown(el) || !isMoreLabel(labelOf(el))) continue;
    if (out.some((outer) => outer.contains(el))) continue;
    // Not a control inside a comment's text (a link someone wrote), not a comment box's button.
    if (el.closest('[contenteditable="true"], form')) continue;
    out.push(el as HTMLElement);
  }
  return out;
}

export interface ReadMoreOptions {
  adapter: SiteAdapter;
  document: Document;
  /** Comments read on the page now (the watcher's count, after reading what is pending). */
  commentCount: () => number | Promise<number>;
  /** Controls whose click did not grow the thread: never clicked again. Kept across steps. */
  dead: WeakSet<Element>;
  /** Longest wait for the thread to grow after a click (ms). */
  timeoutMs?: number;
  /** Between two looks at the thread (ms). */
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Containers of comments and "more" controls: what a click is expected to change. */
function threadSize(adapter: SiteAdapter, doc: Document): number {
  try {
    return adapter.findCommentElements(doc).length;
  } catch {
    return 0;
  }
}

/** One step: click the first "more" control, wait until the thread grows (or the wait ends). */
export async function readMoreStep(options: ReadMoreOptions): Promise<ReadMoreReply> {
  const { adapter, document: doc, dead } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const timeoutMs = options.timeoutMs ?? 8_000;
  const pollMs = options.pollMs ?? 150;
  const control = findMoreControls(adapter, doc, dead)[0];
  if (!control) return { clicked: false, grew: false, comments: await options.commentCount(), remaining: 0 };

  const before = threadSize(adapter, doc);
  control.click();
  let grew = false;
  for (let waited = 0; waited < timeoutMs; waited += pollMs) {
    await sleep(pollMs);
    if (threadSize(adapter, doc) > before) {
      grew = true;
      break;
    }
  }
  // A control still on the page that gave nothing is dead: the next step tries the next one.
  if (!grew && control.isConnected) dead.add(control);
  return { clicked: true, grew, comments: await options.commentCount(), remaining: findMoreControls(adapter, doc, dead).length };
}
