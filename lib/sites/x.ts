import type { Attachment, CommentInput, UnreadField } from '../schema/comment';
import { parseCount } from './counts';
import { absoluteUrl, isHidden, lineText, normLabel, queryAllIncludingSelf, readText } from './dom';
import { fallbackCommentId } from './id';
import { BUTTON_SELECTOR, buttonByLabel, countButtons } from './scope';
import { isoFromDatetime } from './time';
import { xProfile } from './profiles/x';
import { memoized } from './memo';
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
// A loose test of REPLYING_TO's first word on the raw text (case-insensitive, leading spaces allowed).
const REPLYING_START = /^[\s\u00a0\u202f]*(replying|en|in|em|antwort)/iu;
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
  const first = userName?.querySelector('a[href^="/"]');
  const handle = first ? handleOfLink(first) : undefined;
  if (!userName || !first || !handle) return undefined;
  const name = readText(first).split('\n')[0]?.trim() || handle;
  return { name, handle, verified: Boolean(userName.querySelector(S.verified)) };
}

/** The handle a profile link points to ("/lea_m" → "lea_m"). */
function handleOfLink(a: Element): string | undefined {
  return a.getAttribute('href')?.split('/').filter(Boolean)[0];
}

/** The author's handle alone (what `readHead` gives as `handle`), without reading the name. */
function headHandle(article: Element): string | undefined {
  const first = article.querySelector(S.userName)?.querySelector('a[href^="/"]');
  return first ? handleOfLink(first) : undefined;
}

function statusOf(article: Element, time = article.querySelector('time')): { handle: string; id: string; href: string } | undefined {
  // The tweet's own permalink wraps its <time>; quoted tweets inside have their own, so take the first.
  const statusOfLink = (a: Element | null | undefined) => {
    const href = a?.getAttribute('href');
    const m = href ? STATUS.exec(href) : null;
    return m?.[1] && m[2] && !/\/(analytics|photo|video|quotes|retweets|likes)\b/u.test(href ?? '') ? { handle: m[1], id: m[2], href: `/${m[1]}/status/${m[2]}` } : undefined;
  };
  // The other status links are looked at only when the time's own link is not one.
  const fromTime = statusOfLink(time?.closest('a'));
  if (fromTime) return fromTime;
  for (const a of article.querySelectorAll(S.statusLink)) {
    const found = statusOfLink(a);
    if (found) return found;
  }
  return undefined;
}

function leadingCount(el: Element | null): number | undefined {
  if (!el) return undefined;
  // A button with no number in its label ("Reply") means zero.
  return parseCount(el.getAttribute('aria-label')) ?? parseCount(lineText(el)) ?? 0;
}

/**
 * Whether `line`'s text starts like a "Replying to" line, looking at its first text node when that
 * settles it (REPLYING_START reads leading spaces and one word of at most 8 letters): the lines
 * tested are often whole tweet blocks, whose full text is then never built.
 */
function startsLikeReplying(line: Element): boolean {
  let node: Node | null = line.firstChild;
  while (node && node.nodeType === 1) node = node.firstChild;
  const data = node?.nodeType === 3 ? (node as Text).data : '';
  return REPLYING_START.test(data.trimStart().length >= 8 ? data : (line.textContent ?? ''));
}

/** Handles named by the "Replying to @a @b" line (outside the tweet text), lower-cased. */
function replyingTo(article: Element): string[] {
  const handles: string[] = [];
  // Most links share a line with others (the name's, the actions'): each line is judged once.
  const lines = new Map<Element, boolean>();
  for (const a of article.querySelectorAll('a[href^="/"]')) {
    const line = a.parentElement?.parentElement;
    if (!line) continue;
    let replying = lines.get(line);
    if (replying === undefined) {
      // The line's first word rules most lines out before normLabel (which only trims and lower-cases).
      replying = startsLikeReplying(line) && REPLYING_TO.test(normLabel(line.textContent));
      lines.set(line, replying);
    }
    if (!replying || a.closest(S.text) || a.closest(S.userName)) continue;
    const handle = a.getAttribute('href')?.split('/').filter(Boolean)[0]?.toLowerCase();
    if (handle && !handles.includes(handle)) handles.push(handle);
  }
  return handles;
}

const FOCUSED = {};
const HANDLE = {};

/**
 * In a conversation, X prints "Replying to @a" only on nested replies (direct replies to the
 * focused post go without). The parent is the nearest earlier tweet by a named author, never
 * further back than the focused post. Timelines have no conversation: no parent. Each earlier
 * tweet's author is read once per scan (a thread's replies look back at the same tweets).
 */
function parentOf(article: Element, focused: Element | null, ctx?: Pick<ExtractContext, 'memo'>): Element | null {
  if (!focused) return null;
  const handles = replyingTo(article);
  if (handles.length === 0) return null;
  let cell = article.closest(S.cell);
  for (let i = 0; cell && i < PARENT_LOOKBACK; i++) {
    cell = cell.previousElementSibling;
    const candidate = cell?.querySelector(S.tweet);
    if (candidate === focused) return null;
    const h = candidate ? memoized(ctx, HANDLE, candidate, () => headHandle(candidate)?.toLowerCase()) : undefined;
    if (candidate && h && handles.includes(h)) return candidate;
  }
  return null;
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

const QUOTED_NAME = `[role="link"]:not(a) ${S.userName}`;

/**
 * A quoted post inside a tweet is a `role=link` card holding its own User-Name, text and time: its
 * text is not the reply's (a quote-only reply has no text of its own).
 */
function quoteCardOf(article: Element): Element | undefined {
  // Every link of a tweet has role=link: one native query says whether any non-anchor one holds a
  // User-Name before they are looked at one by one.
  if (!article.querySelector(QUOTED_NAME)) return undefined;
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
function isRecommended(article: Element, focused: Element, stops: Map<Element, Stop>): boolean {
  const first = article.closest(S.cell)?.previousElementSibling;
  if (!first) return false;
  const stop = stopAtOrBefore(first, focused, stops);
  return stop !== undefined && stop.kind === 'heading' && stop.back < SECTION_LOOKBACK;
}

/** Where looking back from a cell ends: the focused post's cell, a heading cell, or the list's start; `back` cells before it. */
interface Stop {
  kind: 'focused' | 'heading' | 'start';
  back: number;
}

/**
 * The stop at or before `cell`, remembered for every cell passed: a scan of a whole thread looks
 * at each cell once, not SECTION_LOOKBACK times. Undefined when it lies further back than the
 * look-back reaches (nothing is remembered then, so a scan of a few appended cells stays short).
 */
function stopAtOrBefore(cell: Element, focused: Element, stops: Map<Element, Stop>): Stop | undefined {
  const passed: Element[] = [];
  let stop: Stop | undefined;
  for (let node: Element | null = cell; !stop; node = node.previousElementSibling) {
    if (!node) {
      // Past the first cell: the look-back ends there, as the last cell passed does.
      stop = { kind: 'start', back: -1 };
      break;
    }
    const known = stops.get(node);
    if (known) stop = known;
    else if (node.contains(focused)) stop = { kind: 'focused', back: 0 };
    else if (!node.querySelector(S.tweet) && node.querySelector('h2, [role="heading"]')) stop = { kind: 'heading', back: 0 };
    else {
      passed.push(node);
      if (passed.length > SECTION_LOOKBACK) return undefined;
      continue;
    }
    stops.set(node, stop);
  }
  // The cells passed lie 1, 2, … cells after the stop's cell.
  for (let i = passed.length - 1, back = stop.back + 1; i >= 0; i--, back++) stops.set(passed[i] as Element, { kind: stop.kind, back });
  return passed.length > 0 ? (stops.get(passed[0] as Element) as Stop) : stop;
}

const ACTIONS = `${S.reply}, ${S.like}`;
const MEDIA = '[data-testid="tweetPhoto"], [data-testid="videoPlayer"], [data-testid="card.wrapper"]';

/** A photo, video or link card posted in the tweet (its text may be empty). */
function mediaOf(article: Element): Attachment | undefined {
  // Most replies carry none: one query rules all three kinds out.
  if (!article.querySelector(MEDIA)) return undefined;
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
  const textEl = quote ? Array.from(article.querySelectorAll(S.text)).find((t) => !quote.contains(t)) : (article.querySelector(S.text) ?? undefined);
  if (!head) return undefined;
  const text = textEl ? readText(textEl) : '';
  const quotedText = quote?.querySelector(S.text);
  const quotedHandle = quote ? /@([A-Za-z0-9_]{1,30})/u.exec(lineText(quote.querySelector(S.userName)))?.[1] : undefined;
  const attachment: Attachment | undefined = quote
    ? { kind: 'link', label: [quotedHandle ? `@${quotedHandle}` : '', quotedText ? readText(quotedText) : ''].filter(Boolean).join(': ') || undefined }
    : undefined;
  const time = article.querySelector('time');
  const status = statusOf(article, time);
  // The focused post is looked for once per scan, not once per reply.
  const doc = article.ownerDocument;
  const focused = memoized(ctx, FOCUSED, doc, () => focusedTweet(doc));
  const focusedHead = focused ? headOfFocused(focused) : undefined;
  const permalink = status ? absoluteUrl(status.href, 'https://x.com/') : undefined;
  const postUrl = focused ? ctx.postUrl : (permalink ?? ctx.postUrl);
  const parentEl = parentOf(article, focused, ctx);
  const parentId = parentEl ? statusOf(parentEl)?.id : undefined;
  if (!status && !textEl && !quote) return undefined;
  const createdAt = isoFromDatetime(time?.getAttribute('datetime'));
  // The reply and like buttons sit together in the action bar: one query finds both.
  let replyButton: Element | null = null;
  let likeButton: Element | null = null;
  for (const button of article.querySelectorAll(ACTIONS)) {
    if (button.getAttribute('data-testid') === 'reply') replyButton ??= button;
    else likeButton ??= button;
  }
  const unread: UnreadField[] = [];
  if (!status) unread.push('id');
  if (!createdAt) unread.push('date');
  if (!textEl && !quote && !article.querySelector(MEDIA)) unread.push('text');
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
    likes: leadingCount(likeButton),
    replies: leadingCount(replyButton),
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
    const stops = new Map<Element, Stop>();
    return focused ? found.filter((a) => !isRecommended(a, focused, stops)) : found;
  },
  commentElementOf: (node) => (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(S.comment) ?? null,
  parentCommentElement: (article) => parentOf(article, focusedTweet(article.ownerDocument)),
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
