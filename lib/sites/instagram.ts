import type { CommentInput } from '../schema/comment';
import { parseCount } from './counts';
import { absoluteUrl, isHidden, lineText, normLabel, readText } from './dom';
import { isoFromDatetime } from './time';
import { fallbackCommentId } from './id';
import { BUTTON_SELECTOR, buttonByLabel, countButtons } from './scope';
import type { ExtractContext, ReplyTarget, SiteAdapter } from './types';

/**
 * Instagram (www, 2025–2026). Every class is hashed and comment rows carry no role or testid, so a
 * comment is found from its permalink: `a[href*="/c/<id>/"]` wrapping `time[datetime]` (captions have
 * no /c/ link). Its container is the smallest ancestor also holding a text span and a button — a
 * structural rule that does not depend on the UI language (site-dom.md §4).
 */
export const INSTAGRAM_SELECTORS = {
  commentTime: 'a[href*="/c/"] time[datetime]',
  profileLink: 'a[href^="/"]',
  text: 'span[dir="auto"], div[dir="auto"], h1[dir="auto"]',
  verified: 'svg[aria-label], svg title',
  editor: 'textarea',
  post: 'article, [role="dialog"], main',
  submit: 'form [role="button"], form button[type="submit"], form button',
} as const;

const S = INSTAGRAM_SELECTORS;

const REPLY_LABEL = /^(reply|répondre)$/u;
const VERIFIED = /^(verified|vérifié|compte vérifié)$/u;
const SEE_MORE = /^(…\s*)?(more|plus|voir plus)$/u;
const LIKES = /^(\d[\d\s.,]*\s*(?:k|m)?)\s*(likes?|j'aime|mentions? j'aime)$/u;
const REPLIES = /(?:replies|réponses)\s*\((\d[\d\s.,]*)\)|(\d[\d\s.,]*)\s*(?:more\s+|autres?\s+)?(?:replies|réponses?)\b/u;
const RESERVED_PATHS = /^\/(p|reel|reels|explore|stories|accounts|direct|about|legal|tv)\//u;
const COMMENT_PATH = /\/(p|reel)\/([\w-]+)\/c\/(\d+)\/(?:r\/(\d+)\/)?/u;
const UI_TEXT = /^(reply|répondre|see translation|voir la traduction|\d.*(likes?|j'aime)|(view|voir|hide|masquer).*(replies|réponses).*)$/u;

/** The comment row holding a permalink time: smallest ancestor with the link, a text span and a button. */
function rowOfTime(time: Element): Element | null {
  const link = time.closest('a');
  for (let node = link?.parentElement ?? null, depth = 0; node && depth < 8; node = node.parentElement, depth++) {
    if (node.querySelector(S.text) && node.querySelector(BUTTON_SELECTOR)) return node;
  }
  return null;
}

/** A row's own permalink is its first one: replies, when a build nests them, come after the header. */
function commentLinkOf(row: Element): Element | undefined {
  const time = row.querySelector(S.commentTime);
  return time && rowOfTime(time) === row ? (time.closest('a') ?? undefined) : undefined;
}

function isRow(el: Element): boolean {
  return commentLinkOf(el) !== undefined;
}

/** Elements of `row` that are not inside a nested comment row. */
function own(row: Element, selector: string): Element[] {
  return Array.from(row.querySelectorAll(selector)).filter((el) => {
    for (let node = el.parentElement; node && node !== row; node = node.parentElement) {
      if (isRow(node)) return false;
    }
    return true;
  });
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

/**
 * "View replies (4)" sits after the row (a sibling of the row or of one of its wrappers); replies
 * already expanded are counted from their permalinks, which name this comment's id.
 */
function repliesCount(row: Element, id: string): number | undefined {
  let shown = 0;
  for (let node: Element | null = row, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      // Replies already expanded are ours; any other comment ends the search.
      let foreign = false;
      for (const time of sib.querySelectorAll(S.commentTime)) {
        if ((time.closest('a')?.getAttribute('href') ?? '').includes(`/c/${id}/r/`)) shown++;
        else foreign = true;
      }
      if (foreign) return shown || undefined;
      const buttons = sib.matches(BUTTON_SELECTOR) ? [sib] : Array.from(sib.querySelectorAll(BUTTON_SELECTOR));
      for (const btn of buttons) {
        const m = REPLIES.exec(normLabel(btn.textContent));
        if (m) return parseCount(m[1] ?? m[2]);
      }
    }
  }
  return shown || undefined;
}

function readComment(row: Element, _ctx: ExtractContext): CommentInput | undefined {
  const link = commentLinkOf(row);
  const href = link?.getAttribute('href') ?? '';
  const parts = COMMENT_PATH.exec(href);
  const authorLink = own(row, S.profileLink).find((a) => !RESERVED_PATHS.test(a.getAttribute('href') ?? '') && lineText(a) && !a.closest(S.text));
  const handle = authorLink?.getAttribute('href')?.split('/').filter(Boolean)[0];
  if (!handle || !parts) return undefined;

  const candidates = own(row, S.text).filter((el) => !el.closest('a') && !el.closest(BUTTON_SELECTOR) && !el.parentElement?.closest(S.text));
  const texts = candidates.map((el) => ({ el, text: readText(el) })).filter((t) => t.text && t.text !== handle && !UI_TEXT.test(normLabel(t.text)));
  const body = texts.sort((a, b) => b.text.length - a.text.length)[0];
  if (!body) return undefined;

  const time = link?.querySelector('time');
  const likesBtn = own(row, `${BUTTON_SELECTOR}, span`).map((b) => LIKES.exec(normLabel(b.textContent))).find(Boolean);
  const owner = postOwner(row);
  const postUrl = `https://www.instagram.com/${parts[1]}/${parts[2]}/`;
  return {
    platform: 'instagram',
    id: parts[4] ?? parts[3] ?? fallbackCommentId(postUrl, handle, body.text),
    author: {
      name: handle,
      handle,
      profileUrl: absoluteUrl(`/${handle}/`, 'https://www.instagram.com/'),
      verified: own(row, S.verified).some((svg) => VERIFIED.test(normLabel(svg.getAttribute('aria-label') ?? svg.textContent))),
    },
    text: body.text,
    truncated: Boolean(buttonByLabel(body.el.querySelectorAll(BUTTON_SELECTOR), SEE_MORE) ?? buttonByLabel(own(row, BUTTON_SELECTOR), SEE_MORE)),
    createdAt: isoFromDatetime(time?.getAttribute('datetime')),
    likes: likesBtn ? parseCount(likesBtn[1]) : undefined,
    replies: parts[4] ? undefined : repliesCount(row, parts[3] ?? ''),
    permalink: absoluteUrl(href, 'https://www.instagram.com/'),
    parentId: parts[4] ? parts[3] : undefined,
    postUrl,
    isOwnBrand: owner !== undefined ? owner === handle : undefined,
  };
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
  postUrlOf,
  findCommentElements(root) {
    const rows: Element[] = [];
    const seen = new Set<Element>();
    const times = Array.from(root.querySelectorAll(S.commentTime));
    if ((root as Node).nodeType === 1) {
      // An added subtree may sit inside a row (a like count re-rendered): read its row too.
      const row = instagram.commentElementOf(root as Element);
      if (row) {
        rows.push(row);
        seen.add(row);
      }
    }
    for (const time of times) {
      const row = rowOfTime(time);
      if (row && !seen.has(row)) {
        rows.push(row);
        seen.add(row);
      }
    }
    // Times come in document order, so rows do too (a row holding `root` is first already).
    return rows;
  },
  commentElementOf(node) {
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement, depth = 0; el && depth < 12; el = el.parentElement, depth++) {
      if (isRow(el)) return el;
    }
    return null;
  },
  parentCommentElement(row) {
    const parts = COMMENT_PATH.exec(commentLinkOf(row)?.getAttribute('href') ?? '');
    if (!parts?.[4]) return null;
    const doc = row.ownerDocument;
    for (const time of doc.querySelectorAll(`a[href*="/c/${parts[3]}/"] time[datetime]`)) {
      if (!COMMENT_PATH.exec(time.closest('a')?.getAttribute('href') ?? '')?.[4]) return rowOfTime(time);
    }
    return null;
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
