import type { Attachment, CommentInput, UnreadField } from '../schema/comment';
import { parseCount } from './counts';
import { absoluteUrl, isHidden, lineText, normLabel, readText } from './dom';
import { isoFromDatetime } from './time';
import { fallbackCommentId } from './id';
import { BUTTON_SELECTOR, buttonByLabel, countButtons } from './scope';
import { UNKNOWN_AUTHOR } from './unread';
import { instagramProfile } from './profiles/instagram';
import { memoized } from './memo';
import type { ExtractContext, ReplyTarget, SiteAdapter } from './types';

/** The scan's memo, when there is one (lib/sites/memo.ts). */
type Scan = Pick<ExtractContext, 'memo'> | undefined;
const ROW_OF_TIME = {};
const TOGGLE = {};
const PARENT = {};
const IS_ROW = {};
const PATH_OF_TIME = {};

/**
 * Instagram (www, 2025–2026). Every class is hashed and comment rows carry no role or testid, so a
 * comment is found from its permalink: `a[href*="/c/<id>/"]` wrapping `time[datetime]` (captions have
 * no /c/ link). Its container is the smallest ancestor also holding a text span and a button — a
 * structural rule that does not depend on the UI language.
 */
export const INSTAGRAM_SELECTORS = {
  /** "More" controls for "Read all comments" (which of these are is read from their label: lib/content/read-more.ts). */
  moreControls: 'div[role="button"], span[role="button"], button',
  commentTime: 'a[href*="/c/"] time[datetime]',
  profileLink: 'a[href^="/"]',
  text: 'span[dir="auto"], div[dir="auto"], h1[dir="auto"]',
  verified: 'svg[aria-label], svg[role="img"]',
  editor: 'textarea',
  post: 'article, [role="dialog"], main',
  submit: 'form [role="button"], form button[type="submit"], form button',
} as const;

const S = INSTAGRAM_SELECTORS;

const REPLY_LABEL = /^(reply|répondre|responder|antworten|rispondi)$/u;
// The badge's label follows the UI language; a structural rule backs it up (`isBadge`).
const VERIFIED = /^(verified|vérifié|compte vérifié|verificado|verificada|conta verificada|cuenta verificada|verifiziert|verifiziertes konto|verificato|verificata|account verificato)$/u;
const SEE_MORE = /^(…\s*)?(more|plus|voir plus|mais|ver mais|más|ver más|mehr|altro|di più)$/u;
const RESERVED_PATHS = /^\/(p|reel|reels|explore|stories|accounts|direct|about|legal|tv)\//u;
const COMMENT_PATH = /\/(p|reel)\/([\w-]+)\/c\/(\d+)\/(?:r\/(\d+)\/)?/u;
const DIGIT = /\d/u;
const LEADING_DIGIT = /^\s*\d/u;

/**
 * True when `time` (a `time` element) matches `S.commentTime`: it has a datetime and an ancestor
 * link whose href holds "/c/" (looked for up to the root, as the selector's descendant combinator).
 */
function isPermalinkTime(time: Element): boolean {
  if (!time.hasAttribute('datetime')) return false;
  for (let node = time.parentElement; node; node = node.parentElement) {
    if (node.localName === 'a' && node.getAttribute('href')?.includes('/c/')) return true;
  }
  return false;
}

/**
 * `el.querySelectorAll(S.commentTime)`, from the element's `time` elements (a list the engine keeps
 * per element, about a fifth of a selector query's cost: this runs several times per comment).
 */
function permalinkTimes(el: Element): Element[] {
  const found: Element[] = [];
  const times = el.getElementsByTagName('time');
  for (let i = 0, time = times[0]; time; time = times[++i]) if (isPermalinkTime(time)) found.push(time);
  return found;
}

/** `el.querySelector(S.commentTime)`, as `permalinkTimes` reads it. */
function firstPermalinkTime(el: Element): Element | null {
  // Item by item: the list's length would count every time of a large ancestor.
  const times = el.getElementsByTagName('time');
  for (let i = 0, time = times[0]; time; time = times[++i]) if (isPermalinkTime(time)) return time;
  return null;
}

/** The parts of a permalink time's link (post, comment and reply ids), once per scan: neighbours ask again. */
function pathOfTime(time: Element, scan?: Scan): RegExpExecArray | null {
  return memoized(scan, PATH_OF_TIME, time, () => COMMENT_PATH.exec(time.closest('a')?.getAttribute('href') ?? ''));
}

/** The comment row holding a permalink time: smallest ancestor with the link, a text span and a button. */
function rowOfTime(time: Element, scan?: Scan): Element | null {
  return memoized(scan, ROW_OF_TIME, time, () => findRowOfTime(time));
}

function findRowOfTime(time: Element): Element | null {
  const link = time.closest('a');
  // An ancestor holds what the node below it holds: a text found once is not looked for again.
  let hasText = false;
  for (let node = link?.parentElement ?? null, depth = 0; node && depth < 8; node = node.parentElement, depth++) {
    hasText ||= node.querySelector(S.text) !== null;
    if (hasText && node.querySelector(BUTTON_SELECTOR)) return node;
  }
  return null;
}

/** The comment row holding `node` (itself included), or null. */
function rowAround(node: Node, scan?: Scan): Element | null {
  // `isRow` on each ancestor, with the row of each permalink time worked out once: climbing, an
  // ancestor's first time is mostly the one below's (a row's own time is its first one).
  let time: Element | null = null;
  let row: Element | null = null;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement, depth = 0; el && depth < 12; el = el.parentElement, depth++) {
    // A selector query: a time list kept on each of a dozen large ancestors would be rebuilt after
    // every batch the page appends.
    const first = el.querySelector(S.commentTime);
    if (!first) continue;
    if (first !== time) {
      time = first;
      row = rowOfTime(first, scan);
    }
    if (row === el) return el;
  }
  return null;
}

/** A row's own permalink is its first one: replies, when a build nests them, come after the header. */
function commentLinkOf(row: Element, scan?: Scan, time = firstPermalinkTime(row)): Element | undefined {
  return time && rowOfTime(time, scan) === row ? (time.closest('a') ?? undefined) : undefined;
}

function isRow(el: Element, scan?: Scan): boolean {
  // Asked of every ancestor of a reply list's controls, often the same ones: once per scan.
  return memoized(scan, IS_ROW, el, () => commentLinkOf(el, scan) !== undefined);
}

/**
 * A selector of one tag and attribute tests, read from the element's list of that tag (kept by the
 * engine, cheaper than a selector query): `[tag, test]` finds what `tag[…]` would.
 */
type OwnByTag = readonly [tag: string, test: (el: Element) => boolean];

function byTag(row: Element, [tag, test]: OwnByTag): Element[] {
  const found: Element[] = [];
  const list = row.getElementsByTagName(tag);
  for (let i = 0, el = list[0]; el; el = list[++i]) if (test(el)) found.push(el);
  return found;
}

/** A static node list as an array, item by item (Array.from goes through the iterator protocol). */
function listOf(list: NodeListOf<Element>): Element[] {
  const found: Element[] = [];
  for (let i = 0, el = list[0]; el; el = list[++i]) found.push(el);
  return found;
}

/** `S.profileLink`: a[href^="/"] */
const PROFILE_LINKS: OwnByTag = ['a', (a) => a.getAttribute('href')?.startsWith('/') === true];
/** `S.verified`: svg[aria-label], svg[role="img"] */
const ICONS: OwnByTag = ['svg', (svg) => svg.hasAttribute('aria-label') || svg.getAttribute('role') === 'img'];

/** Elements of `row` that are not inside a nested comment row. */
function own(row: Element, selector: string): Element[] {
  return ownOf(row)(selector);
}

/**
 * `own` for several queries on one row: the rows nested in it (when a build nests replies) are
 * found once, from its permalink times, and a match is dropped when one of them holds it. Most rows
 * nest nothing, and each query is then a plain querySelectorAll.
 */
function ownOf(row: Element, isKnownRow = false, scan?: Scan, times: ArrayLike<Element> = permalinkTimes(row)): (selector: string | OwnByTag) => Element[] {
  const nested = new Set<Element>();
  // A known row's first time is its own: with no other, nothing is nested in it.
  if (times.length > (isKnownRow ? 1 : 0)) {
    for (const time of Array.from(times)) {
      const inner = rowOfTime(time, scan);
      if (inner && inner !== row && row.contains(inner) && isRow(inner, scan)) nested.add(inner);
    }
  }
  return (selector) => {
    const found = typeof selector === 'string' ? listOf(row.querySelectorAll(selector)) : byTag(row, selector);
    if (nested.size === 0) return found;
    return found.filter((el) => {
      for (let node = el.parentElement; node && node !== row; node = node.parentElement) {
        if (nested.has(node)) return false;
      }
      return true;
    });
  };
}

// The owner's link heads the post: read it once per post element, not once per comment.
const owners = new WeakMap<Element, string | undefined>();

function postOwner(row: Element): string | undefined {
  const post = row.closest(S.post);
  if (!post) return undefined;
  if (owners.has(post)) return owners.get(post);
  let owner: string | undefined;
  for (const a of post.querySelectorAll(S.profileLink)) {
    const href = a.getAttribute('href') ?? '';
    if (RESERVED_PATHS.test(href) || !lineText(a)) continue;
    owner = href.split('/').filter(Boolean)[0];
    break;
  }
  owners.set(post, owner);
  return owner;
}

/** A control's label, whatever the UI language: its aria-label or its text. */
function labelOf(el: Element): string {
  return normLabel(rawLabelOf(el));
}

function rawLabelOf(el: Element): string {
  return el.getAttribute('aria-label') || (el.textContent ?? '');
}

/**
 * The toggle that heads an expanded reply list ("Masquer toutes les réponses", "Hide all replies",
 * "Ocultar todas as respostas"): one button, no comment in it, and no count once expanded
 * (as real captures show) — a structural test, whatever the UI language.
 */
function isExpandedToggle(el: Element, scan?: Scan): boolean {
  // The siblings looked at lie above every row of a thread: each is judged once per scan.
  return memoized(scan, TOGGLE, el, () => looksLikeExpandedToggle(el));
}

function looksLikeExpandedToggle(el: Element): boolean {
  // Most siblings looked at are avatars (no control at all) or whole threads (a permalink early
  // on): the cheapest test that rules each out comes first.
  const self = el.matches(BUTTON_SELECTOR);
  if (!self && !el.querySelector(BUTTON_SELECTOR)) return false;
  if (firstPermalinkTime(el)) return false;
  const buttons = self ? [el] : el.querySelectorAll(BUTTON_SELECTOR);
  if (buttons.length !== 1) return false;
  const label = labelOf(buttons[0]!);
  return label.length > 0 && label.length <= 60 && !DIGIT.test(label);
}

/**
 * The row a reply answers, from the structure: replies sit in a list right after an expanded
 * toggle, which follows its parent's row. Looked for on the row's ancestors (one sibling each), so
 * a 2,000-comment thread costs a few steps per row.
 */
function structuralParent(row: Element, scan?: Scan): Element | null {
  return memoized(scan, PARENT, row, () => {
    for (let node: Element | null = row, depth = 0; node && depth < 6; node = node.parentElement, depth++) {
      // An earlier reply of the same list is no toggle: keep climbing to the list itself.
      const prev = node.previousElementSibling;
      if (prev && isExpandedToggle(prev, scan)) return rowBefore(prev, scan);
    }
    return null;
  });
}

/** The last comment row before `el` in its thread: in a preceding sibling of `el` or of an ancestor. */
function rowBefore(el: Element, scan?: Scan): Element | null {
  for (let node: Element | null = el, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    for (let sib = node.previousElementSibling, n = 0; sib && n < 3; sib = sib.previousElementSibling, n++) {
      if (isRow(sib, scan)) return sib;
      const times = permalinkTimes(sib);
      const last = times[times.length - 1];
      if (last) return rowOfTime(last, scan);
    }
  }
  return null;
}

function parentRow(row: Element, parts: RegExpExecArray | null): Element | null {
  // Older builds name the parent in the reply's permalink: /c/<parent>/r/<reply>/.
  if (parts?.[4]) {
    for (const time of row.ownerDocument.querySelectorAll(`a[href*="/c/${parts[3]}/"] time[datetime]`)) {
      if (!COMMENT_PATH.exec(time.closest('a')?.getAttribute('href') ?? '')?.[4]) return rowOfTime(time);
    }
    return null;
  }
  return structuralParent(row);
}

/**
 * Replies of `row`: the count on a "View all 12 replies" / "Ver todas as 12 respostas" /
 * "Voir les réponses (4)" control after it (read by its digits), plus replies already shown.
 */
function repliesCount(row: Element, scan?: Scan, ownPath?: RegExpExecArray | null): number | undefined {
  let shown = 0;
  // The row's own comment id, to recognise its replies by their permalink (/c/<parent>/r/<reply>/)
  // with a string compare: looking the parent up in the document per reply made a 2,000-comment
  // thread quadratic.
  const own = ownPath !== undefined ? ownPath : COMMENT_PATH.exec(commentLinkOf(row, scan)?.getAttribute('href') ?? '');
  const ownId = own?.[4] ?? own?.[3];
  const isReplyOfRow = (reply: Element, parts: RegExpExecArray | null): boolean =>
    parts?.[4] ? parts[3] === ownId : structuralParent(reply, scan) === row;
  for (let node: Element | null = row, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      // Replies already expanded are ours; any other comment ends the search.
      let foreign = false;
      // The rows of the sibling's permalinks: every row inside it is one of them.
      const rows = new Set<Element>();
      for (const time of permalinkTimes(sib)) {
        const reply = rowOfTime(time, scan);
        if (reply) rows.add(reply);
        if (reply && reply !== row && isReplyOfRow(reply, pathOfTime(time, scan))) shown++;
        else foreign = true;
      }
      if (foreign) return shown || undefined;
      const buttons = sib.matches(BUTTON_SELECTOR) ? [sib] : listOf(sib.querySelectorAll(BUTTON_SELECTOR));
      for (const btn of buttons) {
        // normLabel neither adds nor removes digits: most controls ("Reply", "Hide replies") are
        // ruled out on their raw label.
        if (!DIGIT.test(rawLabelOf(btn))) continue;
        if (!insideRow(btn, sib, rows, scan)) {
          const n = parseCount(labelOf(btn));
          if (n !== undefined) return shown + n;
        }
      }
    }
  }
  return shown || undefined;
}

/**
 * True when `el` belongs to a comment row under `top` (a reply's like count is not a reply count).
 * `rows`: the rows of `top`'s permalink times, among which is every row inside it (a row's first
 * permalink time is its own), so the others need no `isRow`.
 */
function insideRow(el: Element, top: Element, rows: ReadonlySet<Element>, scan?: Scan): boolean {
  if (rows.size === 0) return false;
  for (let node: Element | null = el; node && node !== top.parentElement; node = node.parentElement) {
    if (rows.has(node) && isRow(node, scan)) return true;
  }
  return false;
}

/** A verified badge: its label in any of the UI languages, or an icon beside the author link that is no control. */
function isBadge(svg: Element, authorLink: Element | undefined): boolean {
  if (VERIFIED.test(normLabel(svg.getAttribute('aria-label') ?? svg.querySelector('title')?.textContent))) return true;
  if (!authorLink || svg.closest(`${BUTTON_SELECTOR}, a`)) return false;
  // Beside the name: the icon and the author link share a parent within two levels.
  const head = authorLink.parentElement?.parentElement;
  return Boolean(head && head.contains(svg) && !firstPermalinkTime(head)?.closest('a')?.contains(svg));
}

const LIKED_BY = 'a[href$="/liked_by/"]';
const CONTROL = `a, ${BUTTON_SELECTOR}`;
const TEXT_OR_CONTROL = `${CONTROL}, ${S.text}`;

/**
 * A text block that is no link, no control and not inside another text block: itself neither a
 * link nor a control, and no ancestor any of the three (one climb instead of three).
 */
function isFreeText(el: Element): boolean {
  return !el.matches(CONTROL) && !el.parentElement?.closest(TEXT_OR_CONTROL);
}

function readComment(row: Element, ctx: ExtractContext): CommentInput | undefined {
  // The row's permalink times, listed once: its own is the first, the others are nested rows'.
  const times = permalinkTimes(row);
  const link = commentLinkOf(row, ctx, times[0] ?? null);
  const href = link?.getAttribute('href') ?? '';
  const parts = COMMENT_PATH.exec(href);
  if (!parts) return undefined;
  const own = ownOf(row, true, ctx, times);
  // The author link is the first profile link with text: 2025–26 builds put it inside the
  // span[dir=auto] holding the username; the avatar link before it holds an image only.
  const authorLink = own(PROFILE_LINKS).find((a) => !RESERVED_PATHS.test(a.getAttribute('href') ?? '') && lineText(a));
  const handle = authorLink?.getAttribute('href')?.split('/').filter(Boolean)[0];

  // The text: the longest text block that is neither the author's name nor a control.
  const candidates = own(S.text).filter((el) => isFreeText(el) && !(authorLink && el.contains(authorLink)));
  const texts = candidates.map((el) => ({ el, text: readText(el) })).filter((t) => t.text && t.text !== handle);
  const body = texts.sort((a, b) => b.text.length - a.text.length)[0];
  const attachment = body ? undefined : attachmentOf(row);
  // Degrade by field: a comment is dropped only when neither its author nor its content can be read.
  if (!handle && !body && !attachment) return undefined;

  const postUrl = `https://www.instagram.com/${parts[1]}/${parts[2]}/`;
  const text = body?.text ?? '';
  const unread: UnreadField[] = [];
  if (!handle) unread.push('author', 'profile');
  if (!body && !attachment) unread.push('text');
  const time = link?.querySelector('time');
  const createdAt = isoFromDatetime(time?.getAttribute('datetime'));
  if (!createdAt) unread.push('date');
  // Likes: the row's one control whose label starts with a number ("14 J'aime", "1.596 curtidas").
  // The row's controls, listed once for the likes and the "more" control.
  const controls = own(`${BUTTON_SELECTOR}, ${LIKED_BY}`);
  // A label starting with a digit once normalised is one whose raw text does, past its spaces.
  const likesEl = controls.find((b) => LEADING_DIGIT.test(rawLabelOf(b)) && !b.querySelector('time'));
  const owner = postOwner(row);
  // A /c/<parent>/r/<reply>/ permalink names the parent: no need to find its row in the page.
  const parent = parts[4] ? undefined : structuralParent(row, ctx);
  const parentId = parts[4] ? parts[3] : parent ? COMMENT_PATH.exec(commentLinkOf(parent, ctx)?.getAttribute('href') ?? '')?.[3] : undefined;
  const bodyEl = body?.el;
  return {
    platform: 'instagram',
    id: parts[4] ?? parts[3] ?? fallbackCommentId(postUrl, handle ?? '', text),
    author: {
      name: handle ?? UNKNOWN_AUTHOR,
      handle,
      profileUrl: handle ? absoluteUrl(`/${handle}/`, 'https://www.instagram.com/') : undefined,
      verified: own(ICONS).some((svg) => isBadge(svg, authorLink)),
    },
    text,
    truncated: Boolean(
      (bodyEl && bodyEl.querySelector(BUTTON_SELECTOR)) ?? buttonByLabel(controls.filter((el) => el.localName !== 'a' || el.matches(BUTTON_SELECTOR)), SEE_MORE),
    ),
    createdAt,
    likes: likesEl ? parseCount(labelOf(likesEl)) : undefined,
    replies: parentId ? undefined : repliesCount(row, ctx, parts),
    permalink: absoluteUrl(href, 'https://www.instagram.com/'),
    parentId,
    postUrl,
    isOwnBrand: owner !== undefined && handle !== undefined ? owner === handle : undefined,
    attachment,
    unread: unread.length > 0 ? unread : undefined,
  };
}

/** A GIF or photo posted as the comment: an image that is not the avatar. */
function attachmentOf(row: Element): Attachment | undefined {
  // Avatars sit in profile links; an image of the comment itself does not.
  const img = own(row, 'img[alt]').find((i) => i.closest('a') === null);
  if (!img) return undefined;
  const label = img.getAttribute('alt') ?? undefined;
  return { kind: /\bgif\b/iu.test(label ?? '') ? 'gif' : 'photo', label: label || undefined };
}

function postUrlOf(url: string): string {
  const u = new URL(url);
  const m = /^\/(p|reel|reels)\/([\w-]+)\//u.exec(u.pathname);
  if (m) return `${u.origin}/${m[1] === 'reels' ? 'reel' : m[1]}/${m[2]}/`;
  return `${u.origin}${u.pathname}`;
}

export const instagram: SiteAdapter = {
  platform: 'instagram',
  selectors: INSTAGRAM_SELECTORS,
  profile: instagramProfile,
  postUrlOf,
  findCommentElements(root, scan) {
    const rows: Element[] = [];
    const seen = new Set<Element>();
    // A row is found from its permalink time, also when `root` lies inside it. A subtree added
    // inside a row without one (a like count re-rendered) is not looked for here: the watcher
    // reads the row around each changed node's parent, once per parent (climbing from every
    // appended subtree was a large part of a batch).
    const times = root.querySelectorAll(S.commentTime);
    for (let i = 0, time = times[0]; time; time = times[++i]) {
      const row = rowOfTime(time, scan);
      if (row && !seen.has(row)) {
        rows.push(row);
        seen.add(row);
      }
    }
    // Times come in document order, so rows do too.
    return rows;
  },
  commentElementOf: (node) => rowAround(node),
  parentCommentElement(row) {
    return parentRow(row, COMMENT_PATH.exec(commentLinkOf(row)?.getAttribute('href') ?? ''));
  },
  readComment,
  threadSignals: (root) => ({
    containers: root.querySelectorAll('a[href*="/c/"], ul li time').length,
    replyButtons: countButtons(root, REPLY_LABEL),
  }),
  findReplyButton: (row) => buttonByLabel(own(row, BUTTON_SELECTOR), REPLY_LABEL),
  findReplyBox(doc, row): ReplyTarget | undefined {
    // One textarea per post: "Reply" prefills "@user " into it. Scope to the post holding the row
    // (feed pages have one box per post), else the open dialog, else the page.
    const scope: ParentNode = row?.closest(S.post) ?? doc.querySelector('[role="dialog"]') ?? doc;
    const box = Array.from(scope.querySelectorAll<HTMLTextAreaElement>(S.editor)).find((t) => !isHidden(t));
    if (!box) return undefined;
    const form = box.closest('form') ?? box.parentElement;
    const submit = form ? Array.from(form.querySelectorAll(`${BUTTON_SELECTOR}, button`)).find((b) => b !== box && lineText(b)) : undefined;
    return { box, kind: 'textarea', submit };
  },
};
