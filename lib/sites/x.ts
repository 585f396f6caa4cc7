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
  return userName && first ? headOf(first, Boolean(userName.querySelector(S.verified))) : undefined;
}

function headOf(first: Element, verified: boolean): Head | undefined {
  const handle = handleOfLink(first);
  if (!handle) return undefined;
  const name = readText(first).split('\n')[0]?.trim() || handle;
  return { name, handle, verified };
}

/** The handle a profile link points to ("/lea_m" → "lea_m"): the href's first non-empty segment. */
function handleOfLink(a: Element): string | undefined {
  const href = a.getAttribute('href');
  if (href === null) return undefined;
  let start = 0;
  while (href.charCodeAt(start) === 47) start++;
  if (start >= href.length) return undefined;
  const end = href.indexOf('/', start);
  return end < 0 ? href.slice(start) : href.slice(start, end);
}

/** The author's handle alone (what `readHead` gives as `handle`), without reading the name. */
function headHandle(article: Element): string | undefined {
  const first = article.querySelector(S.userName)?.querySelector('a[href^="/"]');
  return first ? handleOfLink(first) : undefined;
}

type Status = { handle: string; id: string; href: string };

function statusOfLink(a: Element | null | undefined): Status | undefined {
  const href = a?.getAttribute('href');
  const m = href ? STATUS.exec(href) : null;
  return m?.[1] && m[2] && !/\/(analytics|photo|video|quotes|retweets|likes)\b/u.test(href ?? '') ? { handle: m[1], id: m[2], href: `/${m[1]}/status/${m[2]}` } : undefined;
}

function statusOf(article: Element, time: Element | null = article.querySelector('time'), statusLinks?: readonly Element[]): Status | undefined {
  // The tweet's own permalink wraps its <time>; quoted tweets inside have their own, so take the first.
  // The other status links are looked at only when the time's own link is not one.
  const fromTime = statusOfLink(time?.closest('a'));
  if (fromTime) return fromTime;
  for (const a of statusLinks ?? article.querySelectorAll(S.statusLink)) {
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
 * Whether `line`'s text starts like a "Replying to" line. REPLYING_START reads leading spaces and
 * one word of at most 8 letters, so only the text's start is built: the lines tested are often
 * whole tweet blocks.
 */
function startsLikeReplying(line: Element): boolean {
  return REPLYING_START.test(leadingText(line));
}

/**
 * The start of `el.textContent` (its text and CDATA nodes in tree order), up to 8 characters past
 * its leading spaces, or the whole text when shorter.
 */
function leadingText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 | 8);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += (node as Text).data;
    if (text.trimStart().length >= 8) break;
  }
  return text;
}

/** Handles named by the "Replying to @a @b" line (outside the tweet text), lower-cased. */
function replyingTo(article: Element, links?: readonly Element[], skip?: ReadonlySet<Element>): string[] {
  const handles: string[] = [];
  // Most links share a line with others (the name's, the actions'): each line is judged once.
  const lines = new Map<Element, boolean>();
  for (const a of links ?? article.querySelectorAll('a[href^="/"]')) {
    // A link in the name or the text is never one of the line's handles: no need to judge its line.
    if (skip?.has(a)) continue;
    const line = a.parentElement?.parentElement;
    if (!line) continue;
    let replying = lines.get(line);
    if (replying === undefined) {
      // The line's first word rules most lines out before normLabel (which only trims and lower-cases).
      replying = startsLikeReplying(line) && REPLYING_TO.test(normLabel(line.textContent));
      lines.set(line, replying);
    }
    if (!replying || a.closest(S.text) || a.closest(S.userName)) continue;
    const handle = handleOfLink(a)?.toLowerCase();
    if (handle && !handles.includes(handle)) handles.push(handle);
  }
  return handles;
}

const FOCUSED = {};
const HANDLE = {};
const STATUS_ID = {};
const CELL_TWEET = {};
const STOPS = {};

/**
 * In a conversation, X prints "Replying to @a" only on nested replies (direct replies to the
 * focused post go without). The parent is the nearest earlier tweet by a named author, never
 * further back than the focused post. Timelines have no conversation: no parent. Each earlier
 * tweet's author is read once per scan (a thread's replies look back at the same tweets).
 */
function parentOf(article: Element, focused: Element | null, ctx?: Pick<ExtractContext, 'memo'>, links?: readonly Element[], boxed?: ReadonlySet<Element>): Element | null {
  if (!focused) return null;
  const handles = replyingTo(article, links, boxed);
  if (handles.length === 0) return null;
  let cell = article.closest(S.cell);
  for (let i = 0; cell && i < PARENT_LOOKBACK; i++) {
    cell = cell.previousElementSibling;
    const found = cell;
    const candidate = found ? memoized(ctx, CELL_TWEET, found, () => found.querySelector(S.tweet)) : undefined;
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

/**
 * A quoted post inside a tweet is a `role=link` card holding its own User-Name, text and time: its
 * text is not the reply's (a quote-only reply has no text of its own). The first such card in
 * page order is the outermost non-anchor `role=link` ancestor of the first User-Name that has one
 * (anchors have role=link too); the User-Names are few, their ancestors within the tweet fewer.
 */
function quoteCardOf(article: Element, userNames: readonly Element[]): Element | undefined {
  for (const userName of userNames) {
    let card: Element | undefined;
    for (let node = userName.parentElement; node && node !== article; node = node.parentElement) {
      if (node.tagName !== 'A' && node.getAttribute('role') === 'link') card = node;
    }
    if (card) return card;
  }
  return undefined;
}

/**
 * What a tweet is read from: its elements with a test id, its links and its first time, in page
 * order. Measured in Chromium on a 2,000-reply page, one `[data-testid]` query plus the element's
 * cached `getElementsByTagName` lists cost less than a query per field, a combined selector or a
 * walk of every element.
 */
interface Parts {
  userNames: Element[];
  /** The first User-Name's first `a[href^="/"]`, and whether it holds the verified icon. */
  nameLink?: Element;
  verified: boolean;
  texts: Element[];
  time?: Element;
  /** The `a[href^="/"]`. */
  links: Element[];
  /** Those of `links` inside (or being) a User-Name or a tweet text of the tweet. */
  boxed: Set<Element>;
  /** The `a[href*="/status/"]`. */
  statusLinks: Element[];
  reply?: Element;
  like?: Element;
  media: boolean;
  showMore: boolean;
}

const MEDIA_IDS = new Set(['tweetPhoto', 'videoPlayer', 'card.wrapper']);

function partsOf(article: Element): Parts {
  const parts: Parts = { userNames: [], verified: false, texts: [], links: [], boxed: new Set(), statusLinks: [], media: false, showMore: false };
  let firstName: Element | undefined;
  // User-Names and tweet texts: the links inside them are never "Replying to" handles.
  const boxes: Element[] = [];
  // Item by item: for…of over a host node list goes through the iterator protocol, a cost per item.
  const tagged = article.querySelectorAll('[data-testid]');
  for (let i = 0, el = tagged[0]; el; el = tagged[++i]) {
    const id = el.getAttribute('data-testid');
    if (id === 'User-Name') {
      parts.userNames.push(el);
      boxes.push(el);
      firstName ??= el;
    } else if (id === 'tweetText') {
      parts.texts.push(el);
      boxes.push(el);
    } else if (id === 'reply') parts.reply ??= el;
    else if (id === 'like' || id === 'unlike') parts.like ??= el;
    else if (id === 'icon-verified') {
      if (el.localName === 'svg' && firstName?.contains(el)) parts.verified = true;
    } else if (id === 'tweet-text-show-more-link') parts.showMore = true;
    else if (id !== null && MEDIA_IDS.has(id)) parts.media = true;
  }
  parts.time = article.getElementsByTagName('time')[0];
  const anchors = article.getElementsByTagName('a');
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i] as Element;
    const href = a.getAttribute('href');
    if (href === null) continue;
    if (href.includes('/status/')) parts.statusLinks.push(a);
    if (href[0] !== '/') continue;
    parts.links.push(a);
    if (firstName && !parts.nameLink && a !== firstName && firstName.contains(a)) parts.nameLink = a;
    // `closest` counts the link itself: a link that is a User-Name is in one.
    for (const box of boxes) {
      if (box.contains(a)) {
        parts.boxed.add(a);
        break;
      }
    }
  }
  return parts;
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

/**
 * Where looking back from a cell ends: the focused post's cell, a heading cell, or the list's start;
 * `back` cells before it. `far`: further back than the look-back reaches, `back` cells at least.
 */
interface Stop {
  kind: 'focused' | 'heading' | 'start' | 'far';
  back: number;
}

/**
 * The stop at or before `cell`, remembered for every cell passed: a scan of a whole thread looks
 * at each cell once, not SECTION_LOOKBACK times. Undefined when it lies further back than the
 * look-back reaches; then only `cell` is remembered, as `far` (the cells it passed may lie within
 * reach of a stop further back), so the next cell stops there at once: a batch appended deep in a
 * long thread costs one look-back, not one per tweet.
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
    if (known?.kind === 'far') {
      // Every cell passed lies further from the stop than that one: out of reach too.
      for (let i = 0; i < passed.length; i++) stops.set(passed[i] as Element, { kind: 'far', back: known.back + passed.length - i });
      return undefined;
    }
    if (known) stop = known;
    else if (node.contains(focused)) stop = { kind: 'focused', back: 0 };
    else if (!node.querySelector(S.tweet) && node.querySelector('h2, [role="heading"]')) stop = { kind: 'heading', back: 0 };
    else {
      passed.push(node);
      if (passed.length > SECTION_LOOKBACK) {
        stops.set(cell, { kind: 'far', back: passed.length });
        return undefined;
      }
      continue;
    }
    stops.set(node, stop);
  }
  // The cells passed lie 1, 2, … cells after the stop's cell.
  for (let i = passed.length - 1, back = stop.back + 1; i >= 0; i--, back++) stops.set(passed[i] as Element, { kind: stop.kind, back });
  return passed.length > 0 ? (stops.get(passed[0] as Element) as Stop) : stop;
}

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
  const parts = partsOf(article);
  const head = parts.nameLink ? headOf(parts.nameLink, parts.verified) : undefined;
  const quote = quoteCardOf(article, parts.userNames);
  const textEl = quote ? parts.texts.find((t) => !quote.contains(t)) : parts.texts[0];
  if (!head) return undefined;
  const text = textEl ? readText(textEl) : '';
  const quotedText = quote?.querySelector(S.text);
  const quotedHandle = quote ? /@([A-Za-z0-9_]{1,30})/u.exec(lineText(quote.querySelector(S.userName)))?.[1] : undefined;
  const attachment: Attachment | undefined = quote
    ? { kind: 'link', label: [quotedHandle ? `@${quotedHandle}` : '', quotedText ? readText(quotedText) : ''].filter(Boolean).join(': ') || undefined }
    : undefined;
  const time = parts.time ?? null;
  const status = statusOf(article, time, parts.statusLinks);
  // The focused post is looked for once per scan, not once per reply.
  const doc = article.ownerDocument;
  const focused = memoized(ctx, FOCUSED, doc, () => focusedTweet(doc));
  const focusedHead = focused ? headOfFocused(focused) : undefined;
  const permalink = status ? absoluteUrl(status.href, 'https://x.com/') : undefined;
  const postUrl = focused ? ctx.postUrl : (permalink ?? ctx.postUrl);
  const parentEl = parentOf(article, focused, ctx, parts.links, parts.boxed);
  const parentId = parentEl ? memoized(ctx, STATUS_ID, parentEl, () => statusOf(parentEl)?.id) : undefined;
  if (!status && !textEl && !quote) return undefined;
  const createdAt = isoFromDatetime(time?.getAttribute('datetime'));
  const unread: UnreadField[] = [];
  if (!status) unread.push('id');
  if (!createdAt) unread.push('date');
  if (!textEl && !quote && !parts.media) unread.push('text');
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
    truncated: parts.showMore,
    createdAt,
    likes: leadingCount(parts.like ?? null),
    replies: leadingCount(parts.reply ?? null),
    permalink,
    parentId,
    postUrl,
    isOwnBrand: focusedHead ? focusedHead.handle.toLowerCase() === head.handle.toLowerCase() : undefined,
    attachment: attachment ?? (parts.media ? mediaOf(article) : undefined),
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
  findCommentElements(root, scan) {
    const found = queryAllIncludingSelf(root, S.comment);
    const doc = found[0]?.ownerDocument;
    const focused = doc ? memoized(scan, FOCUSED, doc, () => focusedTweet(doc)) : null;
    // On a conversation page, what X recommends after the replies is not a reply. The stops found
    // are kept for the scan: the watcher finds each appended cell's tweets one subtree at a time.
    const stops = focused ? memoized(scan, STOPS, focused, () => new Map<Element, Stop>()) : new Map<Element, Stop>();
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
