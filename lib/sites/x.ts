import type { Attachment, CommentInput, UnreadField } from '../schema/comment';
import { parseCount } from './counts';
import { absoluteUrl, isHidden, lineText, normLabel, queryAllIncludingSelf, readText } from './dom';
import { fallbackCommentId } from './id';
import { BUTTON_SELECTOR, buttonByLabel, countButtons } from './scope';
import { isoFromDatetime } from './time';
import { xProfile } from './profiles/x';
import type { ExtractContext, ReplyTarget, SiteAdapter } from './types';

/**
 * X (x.com, 2024–2026). The most stable of the four: data-testids on everything.
 * On a status page the focused post is the `article` with tabindex="-1"; every other tweet article
 * is a reply. Counts lead the action buttons' aria-labels in every language ("12 réponses. Répondre").
 */
export const X_SELECTORS = {
  tweet: 'article[data-testid="tweet"]',
  comment: 'article[data-testid="tweet"]:not([tabindex="-1"])',
  focused: 'article[data-testid="tweet"][tabindex="-1"]',
  cell: '[data-testid="cellInnerDiv"]',
  /** "More" controls for "Read all comments" (which of these are is read from their label: lib/content/read-more.ts). */
  moreControls: '[data-testid="cellInnerDiv"] button:not([data-testid]), [data-testid="cellInnerDiv"] [role="button"]:not([data-testid])',
  userName: '[data-testid="User-Name"]',
  text: '[data-testid="tweetText"]',
  showMore: '[data-testid="tweet-text-show-more-link"]',
  verified: 'svg[data-testid="icon-verified"]',
  reply: '[data-testid="reply"]',
  like: '[data-testid="like"], [data-testid="unlike"]',
  statusLink: 'a[href*="/status/"]',
  editor: '[data-testid="tweetTextarea_0"]',
  dialog: '[role="dialog"]',
  submitInline: '[data-testid="tweetButtonInline"]',
  submitModal: '[data-testid="tweetButton"]',
} as const;

const S = X_SELECTORS;

const STATUS = /^\/([A-Za-z0-9_]{1,30})\/status\/(\d+)/u;
// No \b: it is ASCII-only and "à" would defeat it.
const REPLYING_TO = /^(replying to|en réponse à|in risposta a|en respuesta a|em resposta a|antwort an)\s/u;
const REPLY_LABEL = /^(\d[\d\s.,]*\s*(k|m)?\s*)?(replies|reply|réponses?|répondre|risposte|risposta|rispondi|respuestas?|responder|respostas?|antworten|antwort)\b/u;
/** Recommendations after a conversation ("Discover more", "Scopri di più") sit in cells after a heading cell; this far back is looked at. */
const SECTION_LOOKBACK = 40;
/** How far back a reply's parent may be: X shows a thread's tweets in consecutive cells. */
const PARENT_LOOKBACK = 12;

interface Head {
  name: string;
  handle: string;
  verified: boolean;
}

function readHead(article: Element): Head | undefined {
  const userName = article.querySelector(S.userName);
  if (!userName) return undefined;
  const links = Array.from(userName.querySelectorAll('a[href^="/"]'));
  const first = links[0];
  const handle = first?.getAttribute('href')?.split('/').filter(Boolean)[0];
  if (!first || !handle) return undefined;
  const name = readText(first).split('\n')[0]?.trim() || handle;
  return { name, handle, verified: Boolean(userName.querySelector(S.verified)) };
}

function statusOf(article: Element): { handle: string; id: string; href: string } | undefined {
  // The tweet's own permalink wraps its <time>; quoted tweets inside have their own, so take the first.
  const time = article.querySelector('time');
  const candidates = [time?.closest('a'), ...article.querySelectorAll(S.statusLink)];
  for (const a of candidates) {
    const href = a?.getAttribute('href');
    const m = href ? STATUS.exec(href) : null;
    if (m?.[1] && m[2] && !/\/(analytics|photo|video|quotes|retweets|likes)\b/u.test(href ?? '')) return { handle: m[1], id: m[2], href: `/${m[1]}/status/${m[2]}` };
  }
  return undefined;
}

function leadingCount(el: Element | null): number | undefined {
  if (!el) return undefined;
  // A button with no number in its label ("Reply") means zero.
  return parseCount(el.getAttribute('aria-label')) ?? parseCount(lineText(el)) ?? 0;
}

/** Handles named by the "Replying to @a @b" line (outside the tweet text), lower-cased. */
function replyingTo(article: Element): string[] {
  const handles: string[] = [];
  for (const a of article.querySelectorAll('a[href^="/"]')) {
    if (a.closest(S.text) || a.closest(S.userName)) continue;
    const line = a.parentElement?.parentElement;
    if (!line || !REPLYING_TO.test(normLabel(line.textContent))) continue;
    const handle = a.getAttribute('href')?.split('/').filter(Boolean)[0]?.toLowerCase();
    if (handle && !handles.includes(handle)) handles.push(handle);
  }
  return handles;
}

function focusedTweet(doc: Document | null): Element | null {
  return doc?.querySelector(S.focused) ?? null;
}

// The focused post's author is needed for every reply: read it once per focused element.
const focusedHeads = new WeakMap<Element, Head | undefined>();

function headOfFocused(focused: Element): Head | undefined {
  if (!focusedHeads.has(focused)) focusedHeads.set(focused, readHead(focused));
  return focusedHeads.get(focused);
}

/**
 * A quoted post inside a tweet is a `role=link` card holding its own User-Name, text and time: its
 * text is not the reply's (a quote-only reply has no text of its own).
 */
function quoteCardOf(article: Element): Element | undefined {
  for (const card of article.querySelectorAll('[role="link"]')) {
    if (card.tagName !== 'A' && card.querySelector(S.userName)) return card;
  }
  return undefined;
}

/**
 * True for a tweet X recommends after the conversation ("Discover more" / "Scopri di più" /
 * "Descubre más"): a cell holding a heading and no tweet separates the replies from them. Looked for
 * by structure, a bounded number of cells back, stopping at the focused post.
 */
function isRecommended(article: Element, focused: Element): boolean {
  let cell = article.closest(S.cell);
  for (let i = 0; cell && i < SECTION_LOOKBACK; i++) {
    cell = cell.previousElementSibling;
    if (!cell) return false;
    if (cell.contains(focused)) return false;
    if (!cell.querySelector(S.tweet) && cell.querySelector('h2, [role="heading"]')) return true;
  }
  return false;
}

/** A photo, video or link card posted in the tweet (its text may be empty). */
function mediaOf(article: Element): Attachment | undefined {
  const photo = article.querySelector('[data-testid="tweetPhoto"]');
  if (photo) {
    const gif = photo.querySelector('video') && /gif/iu.test(lineText(photo) + (photo.getAttribute('aria-label') ?? ''));
    return { kind: gif ? 'gif' : 'photo', label: photo.querySelector('img[alt]')?.getAttribute('alt') || undefined };
  }
  if (article.querySelector('[data-testid="videoPlayer"]')) return { kind: 'video' };
  const card = article.querySelector('[data-testid="card.wrapper"]');
  if (card) {
    // The card prints the domain and the page title in separate spans: the title is the longer one.
    const title = Array.from(card.querySelectorAll('span'))
      .map((n) => lineText(n))
      .sort((a, b) => b.length - a.length)[0];
    return { kind: 'link', label: title || undefined, url: absoluteUrl(card.querySelector('a[href]')?.getAttribute('href'), 'https://x.com/') };
  }
  return undefined;
}

function readComment(article: Element, ctx: ExtractContext): CommentInput | undefined {
  const head = readHead(article);
  const quote = quoteCardOf(article);
  const textEl = Array.from(article.querySelectorAll(S.text)).find((t) => !quote?.contains(t));
  if (!head) return undefined;
  const text = textEl ? readText(textEl) : '';
  const quotedText = quote?.querySelector(S.text);
  const quotedHandle = quote ? /@([A-Za-z0-9_]{1,30})/u.exec(lineText(quote.querySelector(S.userName)))?.[1] : undefined;
  const attachment: Attachment | undefined = quote
    ? { kind: 'link', label: [quotedHandle ? `@${quotedHandle}` : '', quotedText ? readText(quotedText) : ''].filter(Boolean).join(': ') || undefined }
    : undefined;
  const status = statusOf(article);
  const focused = focusedTweet(article.ownerDocument);
  const focusedHead = focused ? headOfFocused(focused) : undefined;
  const permalink = status ? absoluteUrl(status.href, 'https://x.com/') : undefined;
  const postUrl = focused ? ctx.postUrl : (permalink ?? ctx.postUrl);
  const parentEl = x.parentCommentElement(article);
  const parentId = parentEl ? statusOf(parentEl)?.id : undefined;
  if (!status && !textEl && !quote) return undefined;
  const createdAt = isoFromDatetime(article.querySelector('time')?.getAttribute('datetime'));
  const unread: UnreadField[] = [];
  if (!status) unread.push('id');
  if (!createdAt) unread.push('date');
  if (!textEl && !quote && !article.querySelector('[data-testid="tweetPhoto"], [data-testid="videoPlayer"], [data-testid="card.wrapper"]')) unread.push('text');
  return {
    platform: 'x',
    id: status?.id ?? fallbackCommentId(postUrl, head.handle, text),
    author: {
      name: head.name,
      handle: head.handle,
      profileUrl: absoluteUrl(`/${head.handle}`, 'https://x.com/'),
      verified: head.verified,
    },
    text,
    truncated: Boolean(article.querySelector(S.showMore)),
    createdAt,
    likes: leadingCount(article.querySelector(S.like)),
    replies: leadingCount(article.querySelector(S.reply)),
    permalink,
    parentId,
    postUrl,
    isOwnBrand: focusedHead ? focusedHead.handle.toLowerCase() === head.handle.toLowerCase() : undefined,
    attachment: attachment ?? mediaOf(article),
    unread: unread.length > 0 ? unread : undefined,
  };
}

function postUrlOf(url: string): string {
  const u = new URL(url);
  const m = STATUS.exec(u.pathname);
  if (m) return `https://x.com/${m[1]}/status/${m[2]}`;
  return `https://x.com${u.pathname}${u.search}`;
}

function visibleEditor(scope: ParentNode): HTMLElement | undefined {
  // The composer can be rendered twice (a hidden copy behind the modal): take the visible one.
  return Array.from(scope.querySelectorAll<HTMLElement>(S.editor)).find((b) => !isHidden(b));
}

export const x: SiteAdapter = {
  platform: 'x',
  selectors: X_SELECTORS,
  profile: xProfile,
  postUrlOf,
  findCommentElements(root) {
    const found = queryAllIncludingSelf(root, S.comment);
    const focused = found.length > 0 ? focusedTweet(found[0]!.ownerDocument) : null;
    // On a conversation page, what X recommends after the replies is not a reply.
    return focused ? found.filter((a) => !isRecommended(a, focused)) : found;
  },
  commentElementOf: (node) => (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(S.comment) ?? null,
  parentCommentElement(article) {
    // In a conversation, X prints "Replying to @a" only on nested replies (direct replies to the
    // focused post go without). The parent is the nearest earlier tweet by a named author, never
    // further back than the focused post. Timelines have no conversation: no parent.
    const focused = focusedTweet(article.ownerDocument);
    if (!focused) return null;
    const handles = replyingTo(article);
    if (handles.length === 0) return null;
    let cell = article.closest(S.cell);
    for (let i = 0; cell && i < PARENT_LOOKBACK; i++) {
      cell = cell.previousElementSibling;
      const candidate = cell?.querySelector(S.tweet);
      if (candidate === focused) return null;
      const h = candidate ? readHead(candidate)?.handle.toLowerCase() : undefined;
      if (candidate && h && handles.includes(h)) return candidate;
    }
    return null;
  },
  readComment,
  threadSignals(root) {
    // The focused post is an article with a Reply button too: only the others are thread evidence.
    const others = Array.from(root.querySelectorAll('article')).filter((a) => a.getAttribute('tabindex') !== '-1');
    let replyButtons = 0;
    for (const a of others) replyButtons += countButtons(a, REPLY_LABEL);
    return { containers: others.length, replyButtons };
  },
  findReplyButton: (article) => (article.querySelector<HTMLElement>(S.reply) ?? buttonByLabel(article.querySelectorAll(BUTTON_SELECTOR), REPLY_LABEL)),
  findReplyBox(doc, article): ReplyTarget | undefined {
    if (article) {
      // Clicking a reply's Reply button opens the composer in a modal dialog.
      for (const dialog of doc.querySelectorAll(S.dialog)) {
        const box = visibleEditor(dialog);
        if (box) return { box, kind: 'draft', submit: dialog.querySelector(S.submitModal) ?? undefined };
      }
      return undefined;
    }
    const inline = Array.from(doc.querySelectorAll<HTMLElement>(S.editor)).find((b) => !b.closest(S.dialog) && !isHidden(b));
    if (!inline) return undefined;
    const submit = doc.querySelector(S.submitInline) ?? undefined;
    return { box: inline, kind: 'draft', submit };
  },
};
