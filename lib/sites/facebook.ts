import type { Attachment, CommentInput, UnreadField } from '../schema/comment';
import { parseCount } from './counts';
import { cleanUrl, isHidden, isTrackingParam, lineText, normLabel, queryAllIncludingSelf, readText } from './dom';
import { fallbackCommentId } from './id';
import { hostOf, queryParam, queryParams, serialiseQuery, urlOf, urlParts, withoutParams, type UrlParts } from './url';
import { BUTTON_SELECTOR, buttonByLabel, countButtons, follows, ownAll } from './scope';
import { statedAge, statedDateOf, type StatedAge } from './time';
import { UNKNOWN_AUTHOR } from './unread';
import { facebookProfile } from './profiles/facebook';
import { memoized, memoizedByText } from './memo';
import type { ExtractContext, ReplyTarget, SiteAdapter, ThreadSignals } from './types';

/**
 * Facebook (www, 2024–2026 "Comet" layout). Hooks: comment containers are
 * `div[role=article]` with an aria-label ("Commentaire de…", "Comment by…") — post articles use
 * aria-labelledby instead; the comment id lives in the timestamp link's `comment_id` /
 * `reply_comment_id` parameters; there is no <time>, only a relative age. Class names are hashed and
 * never used.
 */
export const FACEBOOK_SELECTORS = {
  comment: 'div[role="article"][aria-label]',
  /** "More" controls for "Read all comments" (which of these are is read from their label: lib/content/read-more.ts). */
  moreControls: 'div[role="button"], span[role="button"], a[role="button"]',
  commentLink: 'a[href*="comment_id="]',
  link: 'a[href]',
  /** The text body: `span[lang]` wraps it in 2024–2026 builds, with `div[dir=auto]` paragraphs inside. */
  body: 'span[lang]',
  paragraph: 'div[dir="auto"]',
  /** Logged-in server renders put the text straight in `span[dir=auto]` (real captures, tests/fixtures/README.md). */
  span: 'span[dir="auto"]',
  labelled: '[aria-label]',
  verified: 'svg[aria-label], svg title, [role="img"][aria-label]',
  /** Feed posts carry aria-posinset; a permalink page's main post is the unlabelled article. */
  post: 'div[aria-posinset], div[role="article"]:not([aria-label])',
  postAuthor: 'h2 a[href], h3 a[href], h4 a[href], strong a[href]',
  editor: 'div[contenteditable="true"][role="textbox"]',
  commentBoxOpener: 'div[role="button"][aria-label], div[role="button"]',
} as const;

const S = FACEBOOK_SELECTORS;

const REPLY_LABEL = /^(reply|répondre|responder|antworten|rispondi)$/u;
const SEE_MORE = /^(see more|voir plus|afficher la suite|ver más|ver mais|mehr ansehen|altro|mostra altro)$/u;
const AUTHOR_BADGE = /^(author|auteur|auteure|auteur·rice|autor|autora|autore|autrice)$/u;
const VERIFIED = /(verified|vérifié|verificad[oa]|verifiziert|verificat[oa])/u;
// "5 reactions; see who reacted", "12 reacciones; ver quién reaccionó", "3 Reaktionen; …": the count
// leads the label whatever the language; the reactions button is the only labelled control with a
// number followed by a semicolon or a reaction word.
const REACTIONS = /(r[ée]actions?|reacciones|reacción|reações|reação|reaktion(en)?|reazioni|reazione)\b|^\d[\d\s.,]*\s*(k|mil|mila|tsd\.?)?\s*[^\d\s;]*\s*;/u;
const REPLIES_BUTTON = /(\d[\d\s.,]*\s*(?:k|m|mil|mila)?)\s*(?:more\s+|autres?\s+|más\s+|mais\s+|weitere\s+|altre\s+)?(?:replies|reply|réponses?|respuestas?|respostas?|antworten|antwort|risposte|risposta)\b/u;
const DIGIT = /\d/u;
const MORE_REPLIES = /(more|autres?|previous|précédentes?|más|mais|weitere|altre|anteriores|vorherige|precedenti)/u;
const POST_PATH = /\/(posts|permalink|videos|photos?|reel|watch|story\.php|permalink\.php|groups\/[^/]+\/posts)\b/u;
/** A word every POST_PATH match holds. */
const POST_WORD = /posts|permalink|videos|photo|reel|watch|story\.php/u;
const ABSOLUTE_HTTP = /^https?:\/\//iu;
const SUBMIT_LABEL = /^(comment|post comment|post|commenter|publier|publier le commentaire)$/u;
const COMPOSER_PLACEHOLDER = /(write a (public )?comment|écrivez un commentaire|écrire un commentaire|comment as|commenter en tant que)/u;

// "Commentaire de Camille Roux il y a 2 heures" / "Comment by Camille Roux 2 hours ago" /
// "Réponse de X au commentaire de Y…" / "Reply by X to Y's comment…"
const LABEL_NAME = [
  /^commentaire de (.+?) il y a\b/u,
  /^réponse de (.+?) (?:au|à la) (?:commentaire|réponse)\b/u,
  /^comment by (.+?) (?:\d+|an?|about|just)\b/u,
  /^reply by (.+?) to\b/u,
  /^comentario de (.+?) hace\b/u,
  /^respuesta de (.+?) al comentario\b/u,
  /^comentário de (.+?) há\b/u,
  /^resposta de (.+?) ao comentário\b/u,
  /^kommentar von (.+?) vor\b/u,
  /^antwort von (.+?) auf\b/u,
  /^commento di (.+?) \d/u,
  /^risposta di (.+?) al commento\b/u,
];

function isPermalink(a: Element, href: string, cut: LinkCuts): boolean {
  if (!href.includes('comment_id=')) return false;
  // Profile links carry comment ids too: the path of an absolute link without any of POST_PATH's
  // words cannot match it (parsing keeps those words as written; it only drops tabs and line
  // breaks), so such a link is not parsed.
  const mayBePost = POST_WORD.test(href) || !ABSOLUTE_HTTP.test(href) || /[\t\n\r]/u.test(href);
  if (mayBePost && POST_PATH.test(pathOf(href, cut) ?? '')) return true;
  // A timestamp link reads as an age ("4h", "2 d"): without a digit in its text it is none.
  const raw = a.textContent ?? '';
  return DIGIT.test(raw) && /^\d+\s*\S{1,8}$/u.test(lineText(a));
}

/**
 * `urlParts(href, base)` for the links of one comment, each cut once: the permalink and the name
 * link are each asked about several times (which link is which, then their URLs).
 */
class LinkCuts {
  private readonly cuts = new Map<string, UrlParts | undefined>();
  constructor(readonly base: string) {}
  of(href: string): UrlParts | undefined {
    if (this.cuts.has(href)) return this.cuts.get(href);
    const parts = urlParts(href, this.base);
    this.cuts.set(href, parts);
    return parts;
  }
}

/** The path of `href`: by string for http(s) links, else as `URL` reads it (undefined when it cannot). */
function pathOf(href: string, cut: LinkCuts): string | undefined {
  const base = cut.base;
  const parts = cut.of(href);
  if (parts) return parts.path;
  try {
    return new URL(href, base).pathname;
  } catch {
    return undefined;
  }
}

function nameFromLabel(label: string): string | undefined {
  const norm = label.replace(/\s+/gu, ' ').trim();
  for (const re of LABEL_NAME) {
    const m = re.exec(norm.toLowerCase());
    if (m?.[1]) return norm.slice(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length);
  }
  return undefined;
}

function handleFromProfile(u: UrlParts | undefined): string | undefined {
  if (!u) return undefined;
  if (u.path === '/profile.php') return queryParam(u.query, 'id');
  const groupUser = /^\/groups\/[^/]+\/user\/(\d+)/u.exec(u.path);
  if (groupUser) return groupUser[1];
  const slug = u.path.split('/').filter(Boolean)[0];
  return slug && !['groups', 'pages', 'people', 'watch'].includes(slug) ? slug : undefined;
}

const isCommentIdKey = (key: string): boolean => key === 'comment_id' || key === 'reply_comment_id';

/**
 * The profile link without tracking (kept: profile.php's `id`) and without the comment ids Facebook
 * appends to it: `cleanUrl` then `withoutCommentIds`, from one cut of the link. Parameters survive a
 * serialise-then-read unchanged, so the second step reads the first one's kept list.
 */
function profileOf(href: string | null | undefined, cut: LinkCuts): UrlParts | undefined {
  if (!href) return undefined;
  const parts = cut.of(href);
  if (!parts) return undefined;
  if (!parts.query) return { origin: parts.origin, path: parts.path, query: undefined };
  const kept = queryParams(parts.query).filter(([key]) => (key === 'id' || !isTrackingParam(key)) && !isCommentIdKey(key));
  return { origin: parts.origin, path: parts.path, query: serialiseQuery(kept) || undefined };
}

const PERMALINK_KEEP = ['comment_id', 'reply_comment_id', 'story_fbid', 'id'];
const POST_KEEP = ['story_fbid', 'id', 'fbid', 'v'];

interface PermalinkReading {
  permalink: string;
  commentId?: string;
  replyCommentId?: string;
  postUrl: string;
}

/**
 * The permalink without tracking, its ids and its post's URL from one cut of the link: what
 * `cleanUrl`, `queryParam` and `postUrlOf` give when each re-reads the previous one's output.
 */
function readPermalink(href: string | null | undefined, cut: LinkCuts): PermalinkReading | undefined {
  if (!href) return undefined;
  const parts = cut.of(href);
  if (!parts) return undefined;
  if (!parts.query) return { permalink: urlOf(parts), postUrl: `${parts.origin}${parts.path}` };
  const params = queryParams(parts.query);
  const kept = params.filter(([key]) => PERMALINK_KEEP.includes(key) || !isTrackingParam(key));
  const permalink = kept.length === params.length ? urlOf(parts) : urlOf({ ...parts, query: serialiseQuery(kept) || undefined });
  const post = kept.filter(([key]) => (POST_KEEP.includes(key) || !isTrackingParam(key)) && !isCommentIdKey(key));
  return {
    permalink,
    commentId: kept.find(([key]) => key === 'comment_id')?.[1],
    replyCommentId: kept.find(([key]) => key === 'reply_comment_id')?.[1],
    postUrl: urlOf({ origin: parts.origin, path: parts.path, query: serialiseQuery(post) || undefined }),
  };
}

/** `url` without `comment_id` and `reply_comment_id`, its query re-serialised (as `URLSearchParams.delete` leaves it). */
function withoutCommentIds(url: string): string {
  const parts = urlParts(url, url);
  if (!parts) {
    const u = new URL(url);
    u.searchParams.delete('comment_id');
    u.searchParams.delete('reply_comment_id');
    return u.href;
  }
  return urlOf(withoutParams(parts, (key) => key === 'comment_id' || key === 'reply_comment_id'));
}

const isCommentContainer = (n: Element): boolean => n.localName === 'div' && n.getAttribute('role') === 'article' && n.hasAttribute('aria-label');
const isButton = (n: Element): boolean => n.localName === 'button' || n.getAttribute('role') === 'button';

/**
 * The comment containers and buttons (BUTTON_SELECTOR) in the subtrees of `el`'s siblings, in
 * document order, without what lies inside a comment container: a comment nested in another is
 * never `el`'s reply (its parent is that other one) and a button in a comment is that comment's.
 */
function repliesScope(el: Element, wrapper: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: Element): void => {
    if (isCommentContainer(node)) {
      found.push(node);
      return;
    }
    if (isButton(node)) found.push(node);
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) walk(child);
  };
  for (let sib = wrapper.firstElementChild; sib; sib = sib.nextElementSibling) if (sib !== el) walk(sib);
  return found;
}

function repliesCount(el: Element, ctx: ExtractContext): number | undefined {
  const wrapper = el.parentElement;
  if (!wrapper) return undefined;
  let visible = 0;
  let fromButton: number | undefined;
  let adds = false;
  // Buttons below a comment container outside the wrapper belong to that comment.
  let inComment: boolean | undefined;
  for (const child of repliesScope(el, wrapper)) {
    if (isCommentContainer(child)) {
      if (parentOf(child, ctx) === el) visible++;
      continue;
    }
    // The count's digits are needed: a control without any is no replies button.
    const raw = child.textContent ?? '';
    if (!DIGIT.test(raw) || (inComment ??= wrapper.closest(S.comment) !== null)) continue;
    const label = normLabel(raw);
    const m = REPLIES_BUTTON.exec(label);
    if (m && fromButton === undefined) {
      fromButton = parseCount(m[1]);
      adds = MORE_REPLIES.test(label);
    }
  }
  if (fromButton === undefined) return visible || undefined;
  return adds ? visible + fromButton : Math.max(visible, fromButton);
}

/** Text blocks of a comment: `span[lang]` (2024–26), else `div[dir=auto]` paragraphs, else `span[dir=auto]` (logged-in server renders). */
function bodyOf(own: OwnElements): { el?: Element; text: string } {
  const bodyEl = own.body;
  if (bodyEl) return { el: bodyEl, text: readText(bodyEl) };
  const outside = (p: Element) => !p.closest('a') && !p.closest(BUTTON_SELECTOR);
  const paragraphs = own.all(S.paragraph).filter((p) => outside(p) && !p.parentElement?.closest(S.paragraph));
  if (paragraphs.length > 0) return { el: paragraphs[0], text: paragraphs.map((p) => readText(p)).join('\n') };
  const spans = own
    .all(S.span)
    .filter((p) => outside(p) && !p.parentElement?.closest(S.span))
    .map((el) => ({ el, text: readText(el) }))
    .filter((t) => t.text);
  const longest = spans.sort((a, b) => b.text.length - a.text.length)[0];
  return longest ?? { text: '' };
}

const IMAGE_HOSTS = /(giphy|tenor)\./u;

/**
 * What a comment is read from besides its text, in one query: its links, its labelled elements
 * (the reactions count, badges) and what may be an attachment (`isAttachable`).
 */
const PARTS = 'a[href], [aria-label], img[alt], video';
const PARTS_AND_BODY = `${PARTS}, ${S.body}`;

interface OwnElements {
  /** The comment's own matches of PARTS, in document order. */
  parts: Element[];
  /** Each part's aria-label (null without one), read once: the counts, badges and attachments ask again. */
  labels: Array<string | null>;
  /** Those that are `a[href]`. */
  links: Element[];
  /** Each link's href, read once: which link is which, then their URLs. */
  hrefs: string[];
  /** The first own S.body. */
  body?: Element;
  /** The first own match of `selector`. */
  first(selector: string): Element | undefined;
  /** The own matches of `selector`. */
  all(selector: string): Element[];
}

/**
 * A comment's own PARTS and first S.body (what `ownScope(el, S.comment)` gives) from one query:
 * nested comment containers are labelled, so they are among the matches, each followed in document
 * order by its own contents, which are skipped with it. Other selectors are asked of the engine.
 */
function ownElements(el: Element): OwnElements {
  let nested: Element[] | undefined;
  const parts: Element[] = [];
  const labels: Array<string | null> = [];
  const links: Element[] = [];
  const hrefs: string[] = [];
  let body: Element | undefined;
  let inside: Element | undefined;
  const matches = el.querySelectorAll(PARTS_AND_BODY);
  for (let i = 0, count = matches.length; i < count; i++) {
    const n = matches[i] as Element;
    if (inside?.contains(n)) continue;
    inside = undefined;
    const tag = n.localName;
    const label = n.getAttribute('aria-label');
    if (tag === 'span') {
      if (!body && n.hasAttribute('lang')) body = n;
      // A span is among PARTS only when labelled.
      if (label === null) continue;
    }
    if (tag === 'div' && label !== null && n.getAttribute('role') === 'article') {
      (nested ??= []).push(n);
      inside = n;
      continue;
    }
    parts.push(n);
    labels.push(label);
    if (tag === 'a') {
      const href = n.getAttribute('href');
      if (href !== null) {
        links.push(n);
        hrefs.push(href);
      }
    }
  }
  const isOwn = (n: Element): boolean => !nested || !nested.some((c) => c.contains(n));
  return {
    parts,
    labels,
    links,
    hrefs,
    body,
    first: (selector) => {
      const candidate = el.querySelector(selector);
      if (!candidate || isOwn(candidate)) return candidate ?? undefined;
      for (const n of el.querySelectorAll(selector)) if (isOwn(n)) return n;
      return undefined;
    },
    all: (selector) => {
      const found = Array.from(el.querySelectorAll(selector));
      return nested ? found.filter(isOwn) : found;
    },
  };
}

/** `[role="img"][aria-label], img[alt], video, a[href]`, tested on an element of PARTS (`label`: its aria-label). */
function isAttachable(el: Element, label: string | null): boolean {
  const tag = el.localName;
  return (
    (label !== null && el.getAttribute('role') === 'img') ||
    (tag === 'img' && el.hasAttribute('alt')) ||
    tag === 'video' ||
    (tag === 'a' && el.hasAttribute('href'))
  );
}

/**
 * What a comment holds besides its text, read from structure: a sticker is a labelled `role=img`
 * drawn as a background; a photo is an image linking to a photo page; a GIF is an image or video
 * labelled or hosted as one; a link preview is a link out through l.facebook.com (or to another site).
 */
function attachmentOf(own: OwnElements, authorEl: Element | undefined, permalinkEl: Element | undefined, cut: LinkCuts): Attachment | undefined {
  const { parts, labels } = own;
  for (let i = 0; i < parts.length; i++) {
    const el = parts[i] as Element;
    const ariaLabel = labels[i] ?? null;
    if (el === authorEl || el === permalinkEl || !isAttachable(el, ariaLabel)) continue;
    const link = el.closest('a[href]');
    if (link && (link === authorEl || link === permalinkEl)) continue;
    const found = attachmentAt(el, link, ariaLabel, cut);
    // Emoji images and inline links belong to the text; the avatar is aria-hidden. Asked only of
    // what would be an attachment: each question climbs to the page's root when the answer is no.
    if (found && !el.closest('[dir="auto"]') && !el.closest(S.body) && !el.closest('[aria-hidden="true"]')) return found;
  }
  return undefined;
}

/** What `el` (an attachable part, inside `link` if any) would be as an attachment, or undefined. */
function attachmentAt(el: Element, link: Element | null, ariaLabel: string | null, cut: LinkCuts): Attachment | undefined {
  const href = link?.getAttribute('href') ?? '';
  const label = (ariaLabel ?? el.getAttribute('alt') ?? '').trim() || undefined;
  if (el.tagName === 'A') {
    const target = outboundOf(cut.of(href), cut.base);
    if (!target) return undefined;
    const title = Array.from(el.querySelectorAll('span[dir="auto"], span'))
      .map((n) => lineText(n))
      .filter(Boolean)
      .sort((a, b) => b.length - a.length)[0];
    return { kind: 'link', url: target, label: title || undefined };
  }
  if (/(^|\b)gif(\b|$)/iu.test(label ?? '') || IMAGE_HOSTS.test(href) || IMAGE_HOSTS.test(el.getAttribute('src') ?? '')) return { kind: 'gif', label };
  if (el.tagName === 'VIDEO') return { kind: 'video', label };
  if (/\/photo(\.php|s)?\b|\/photo\/|[?&]fbid=/u.test(href)) return { kind: 'photo', label };
  // Badges ("Verified account") are small labelled svgs beside the name; a sticker is drawn in a box.
  if (el.getAttribute('role') === 'img' && !link && el.tagName.toLowerCase() !== 'svg' && !VERIFIED.test(normLabel(label))) return { kind: 'sticker', label };
  if (el.tagName === 'IMG' && !link && label) return { kind: 'photo', label };
  return undefined;
}

/** The site a link (cut in parts) leaves Facebook for: `l.facebook.com/l.php?u=…` unwrapped, tracking removed; undefined inside Facebook. */
function outboundOf(url: UrlParts | undefined, base: string): string | undefined {
  if (!url) return undefined;
  const hostname = hostOf(url.origin);
  if (/^l[m]?\.facebook\.com$/u.test(hostname) && url.path === '/l.php') return cleanUrl(queryParam(url.query, 'u'), base);
  if (hostname.endsWith('facebook.com') || hostname.endsWith('fb.com') || hostname.endsWith('fb.me')) return undefined;
  return cleanUrl(urlOf(url), base);
}

/**
 * The element holding the author's name link and nothing of the comment's text: the link's
 * wrapper (`span` around the name link in 2024–26 builds), climbed while it holds no body text.
 */
function nameBoxOf(authorEl: Element, comment: Element, bodyEl: Element | undefined): Element {
  let box = authorEl;
  for (let depth = 0; depth < 3; depth++) {
    const parent = box.parentElement;
    if (!parent || parent === comment || (bodyEl && parent.contains(bodyEl))) break;
    if (holdsOther(parent, box)) break;
    box = parent;
  }
  return box;
}

/** Whether `parent` holds a TEXT_BLOCK beside `box` (neither inside it nor around it). */
function holdsOther(parent: Element, box: Element): boolean {
  const blocks = parent.querySelectorAll(TEXT_BLOCK);
  for (let i = 0, count = blocks.length; i < count; i++) {
    const n = blocks[i] as Element;
    if (!box.contains(n) && !n.contains(box)) return true;
  }
  return false;
}

/** Where a commenter's own words sit: the text body, its paragraphs, and links (previews, mentions). */
const TEXT_BLOCK = `${'span[lang]'}, [dir="auto"], a[href], ${BUTTON_SELECTOR}`;

/** What a commenter writes, inside a comment: its text body and links (mentions, previews). */
const WRITTEN = 'span[lang], a[href]';

/**
 * The "Auteur"/"Author" badge Facebook draws beside the name of the post's author: an element next to
 * the name's box — after it and before the text, or just before it (builds that put identity badges,
 * a `role=button` labelled "Identity Badges", ahead of the name) — holding only the badge word. A
 * comment whose text reads "Auteur" is the body (or inside it) and never counts; nothing past the
 * body is looked at.
 */
function hasAuthorBadge(nameBox: Element, bodyEl: Element | undefined): boolean {
  const isBadge = (node: Element): boolean => {
    const text = node.textContent ?? '';
    return text.length < 16 && !node.matches(WRITTEN) && !node.querySelector(WRITTEN) && AUTHOR_BADGE.test(normLabel(text));
  };
  for (let node = nameBox.nextElementSibling, n = 0; node && n < 2; node = node.nextElementSibling, n++) {
    if (bodyEl && (node === bodyEl || node.contains(bodyEl))) break;
    if (isBadge(node)) return true;
  }
  for (let node = nameBox.previousElementSibling, n = 0; node && n < 2; node = node.previousElementSibling, n++) {
    if (bodyEl && (node === bodyEl || node.contains(bodyEl))) break;
    if (isBadge(node)) return true;
  }
  return false;
}

/** The verified mark: a labelled icon inside the name's box (beside the link), or inside the name link itself. */
function hasVerifiedMark(nameBox: Element): boolean {
  const isMark = (n: Element): boolean => !n.closest('[dir="auto"], span[lang]') && VERIFIED.test(normLabel(n.getAttribute('aria-label') ?? n.textContent));
  const marks = nameBox.querySelectorAll(S.verified);
  for (let i = 0, count = marks.length; i < count; i++) if (isMark(marks[i] as Element)) return true;
  return nameBox.matches(S.verified) && isMark(nameBox);
}

function readComment(el: Element, ctx: ExtractContext): CommentInput | undefined {
  const own = ownElements(el);
  const { labels, links, hrefs } = own;
  const cut = new LinkCuts(ctx.url);
  let permalinkAt = -1;
  for (let i = 0; i < links.length && permalinkAt < 0; i++) if (isPermalink(links[i] as Element, hrefs[i] as string, cut)) permalinkAt = i;
  const permalinkEl = links[permalinkAt];
  // The avatar link comes first but is aria-hidden and holds no text.
  let authorEl: Element | undefined;
  let authorHref: string | undefined;
  let authorText = '';
  for (let i = 0; i < links.length; i++) {
    const a = links[i] as Element;
    const href = hrefs[i] as string;
    if (i === permalinkAt || a.getAttribute('aria-hidden') === 'true' || a.closest(S.body) || outboundOf(cut.of(href), ctx.url)) continue;
    authorText = readText(a);
    if (authorText) {
      authorEl = a;
      authorHref = href;
      break;
    }
  }
  const label = el.getAttribute('aria-label') ?? '';
  const name = (authorEl ? authorText.split('\n')[0]?.trim() : '') || nameFromLabel(label);

  const body = bodyOf(own);
  const bodyEl = body.el;
  const text = body.text;
  const attachment = attachmentOf(own, authorEl, permalinkEl, cut);
  // Degrade by field: drop a container only when neither its author nor its content can be read.
  if (!name && !text && !attachment) return undefined;
  // A control inside the text body is its "See more" whatever its label or visibility; without a
  // body, a visible control labelled so. (Visibility needs getComputedStyle, a style recalculation
  // right after the site appended comments: only looked at when the answer depends on it.)
  const truncated = bodyEl ? Boolean(bodyEl.querySelector(BUTTON_SELECTOR)) : Boolean(buttonByLabel(el.querySelectorAll(BUTTON_SELECTOR), SEE_MORE));

  const link = readPermalink(hrefs[permalinkAt], cut);
  const permalink = link?.permalink;
  const replyCommentId = link?.replyCommentId;
  const commentId = link?.commentId;
  const ownId = replyCommentId ?? commentId;
  const postUrl = link ? link.postUrl : ctx.postUrl;
  const profile = profileOf(authorHref, cut);
  const profileUrl = profile ? urlOf(profile) : undefined;

  const parentEl = parentOf(el, ctx);
  // A reply's link carries its parent's id as comment_id: exact even when the parent is off-screen.
  let parentId = replyCommentId ? commentId : undefined;
  if (!parentId && parentEl) parentId = readCommentOnce(parentEl, ctx)?.id;

  let likesLabel: string | undefined;
  for (const raw of labels) {
    if (raw === null) continue;
    const l = normLabel(raw);
    if (REACTIONS.test(l) && /^\d/u.test(l)) {
      likesLabel = l;
      break;
    }
  }
  // Own-brand and verified marks come from the site's badges beside the name, never from text a
  // commenter writes (a reply reading "Auteur", a display name equal to the page's).
  const nameBox = authorEl ? nameBoxOf(authorEl, el, bodyEl) : undefined;
  const isAuthorBadge = nameBox !== undefined && hasAuthorBadge(nameBox, bodyEl);
  const verified = nameBox !== undefined && hasVerifiedMark(nameBox);
  const age = ageOf(permalinkEl ? lineText(permalinkEl) : undefined, ctx);

  const unread: UnreadField[] = [];
  if (!name) unread.push('author');
  if (!profileUrl) unread.push('profile');
  if (!text && !attachment) unread.push('text');
  if (!ownId) unread.push('id');
  if (!age) unread.push('date');

  return {
    platform: 'facebook',
    id: ownId ?? fallbackCommentId(postUrl, name || UNKNOWN_AUTHOR, text || (attachment?.label ?? '')),
    author: { name: name || UNKNOWN_AUTHOR, handle: handleFromProfile(profile), profileUrl, verified },
    text,
    truncated,
    createdAt: age?.latest,
    likes: likesLabel ? parseCount(likesLabel) : undefined,
    replies: repliesCount(el, ctx),
    permalink,
    parentId,
    postUrl,
    isOwnBrand: isAuthorBadge,
    attachment,
    statedDate: statedDateOf(age),
    unread: unread.length > 0 ? unread : undefined,
  };
}

const PARENT = {};
const AGES = {};

/** `statedAge` of a printed age, once per scan and text: a thread prints the same few ages ("2h", "1d") over and over. */
function ageOf(text: string | undefined, ctx: ExtractContext): StatedAge | undefined {
  if (!text) return undefined;
  return memoizedByText(ctx, AGES, `${ctx.now} ${text}`, () => statedAge(text, ctx.now));
}

const READ = {};

/** A comment's reading, once per scan: a reply without its parent's id in its link reads its parent. */
function readCommentOnce(el: Element, ctx: ExtractContext): CommentInput | undefined {
  return memoized(ctx, READ, el, () => readComment(el, ctx));
}

/** `parentCommentElement`, once per scan: a reply's parent is asked for again by its parent's reply count. */
function parentOf(el: Element, ctx: ExtractContext): Element | null {
  return memoized(ctx, PARENT, el, () => facebook.parentCommentElement(el));
}

function postUrlOf(url: string): string {
  const clean = cleanUrl(url, url, ['story_fbid', 'id', 'fbid', 'v']) ?? url;
  // A comment permalink is the post URL plus comment ids.
  return withoutCommentIds(clean);
}

/** The first visible editor after `after` inside `scope`. */
function editorIn(scope: ParentNode, after?: Element): HTMLElement | undefined {
  for (const box of scope.querySelectorAll<HTMLElement>(S.editor)) {
    if (after && !follows(after, box)) continue;
    if (!isHidden(box)) return box;
  }
  return undefined;
}

function submitFor(box: HTMLElement): Element | undefined {
  // The send arrow sits next to the editor inside the composer's form (or its nearest wrapper).
  for (let node = box.parentElement, depth = 0; node && depth < 6; node = node.parentElement, depth++) {
    const btn = Array.from(node.querySelectorAll('[role="button"][aria-label], button[aria-label]')).find((b) =>
      SUBMIT_LABEL.test(normLabel(b.getAttribute('aria-label'))),
    );
    if (btn) return btn;
  }
  return undefined;
}

function topLevelOf(el: Element): Element {
  let top = el;
  for (let p = facebook.parentCommentElement(top); p; p = facebook.parentCommentElement(top)) top = p;
  return top;
}

export const facebook: SiteAdapter = {
  platform: 'facebook',
  selectors: FACEBOOK_SELECTORS,
  profile: facebookProfile,
  postUrlOf,
  findCommentElements: (root) => queryAllIncludingSelf(root, S.comment),
  commentElementOf: (node) => (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(S.comment) ?? null,
  parentCommentElement(el) {
    // Replies nest inside the parent's article in some builds, and sit in a sibling list after it in
    // others: look up the tree, then at earlier siblings of each ancestor, for a comment container.
    const inside = el.parentElement?.closest(S.comment);
    if (inside) return inside;
    // Only the immediate previous sibling is looked at: the parent's article directly precedes
    // its replies' container, and scanning further would cost O(n) per comment on long threads.
    let node: Element | null = el;
    for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
      if (node.previousElementSibling?.matches(S.comment)) return node.previousElementSibling;
      // A list item's siblings are other threads, never its parent.
      if (node.tagName === 'LI' || node.parentElement?.matches('ul, [role="list"]')) break;
    }
    return null;
  },
  readComment: readCommentOnce,
  threadSignals(root): ThreadSignals {
    return {
      containers: root.querySelectorAll('[role="article"] [role="article"], [role="dialog"] [role="article"], a[href*="comment_id="]').length,
      replyButtons: countButtons(root, REPLY_LABEL),
    };
  },
  findReplyButton: (commentEl) => buttonByLabel(ownAll(commentEl, BUTTON_SELECTOR, S.comment), REPLY_LABEL),
  findReplyBox(doc, commentEl): ReplyTarget | undefined {
    let box: HTMLElement | undefined;
    if (commentEl) {
      // Facebook mounts the reply composer at the end of the thread (after the replies) of the
      // top-level comment: search that thread's wrapper only, never the post's main composer.
      const thread = topLevelOf(commentEl).parentElement;
      box = thread ? editorIn(thread, commentEl) : undefined;
    } else {
      const boxes = Array.from(doc.querySelectorAll<HTMLElement>(S.editor)).filter((b) => !isHidden(b));
      // The post's composer is outside every comment thread (reply composers live in the thread's
      // wrapper); its placeholder ("Écrivez un commentaire…", "Comment as…") confirms it.
      const threads = facebook
        .findCommentElements(doc)
        .filter((c) => facebook.parentCommentElement(c) === null)
        .map((c) => c.parentElement)
        .filter((t): t is HTMLElement => t !== null && !t.matches('ul, [role="list"], [role="article"]:not([aria-label])'));
      const outside = boxes.filter((b) => !threads.some((t) => t.contains(b)));
      box = outside.find((b) => COMPOSER_PLACEHOLDER.test(normLabel(b.getAttribute('aria-label')))) ?? outside[0] ?? boxes[0];
    }
    if (!box) return undefined;
    return { box, kind: 'lexical', submit: submitFor(box) };
  },
  findCommentBoxOpener: (doc) =>
    buttonByLabel(doc.querySelectorAll(S.commentBoxOpener), COMPOSER_PLACEHOLDER),
};
