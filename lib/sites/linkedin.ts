import type { CommentInput } from '../schema/comment';
import { parseCount, parseFollowers } from './counts';
import { cleanUrl, isHidden, lineText, normLabel, queryAllIncludingSelf, readText } from './dom';
import { fallbackCommentId } from './id';
import { BUTTON_SELECTOR, buttonByLabel, countButtons, follows, ownAll, ownScope, type OwnScope } from './scope';
import { isoFromDatetime, isoFromRelativeAge } from './time';
import type { EditorKind, ExtractContext, ReplyTarget, SiteAdapter } from './types';

/**
 * LinkedIn runs two stacks side by side (site-dom.md §2), and this adapter reads both:
 * - SDUI (feed early 2026, /posts/ 2026-05): hashed classes; hooks are `componentkey`
 *   ("replaceableComment_urn:li:comment:…"), `data-testid="expandable-text-box"`, profile hrefs, and
 *   tokens inside the author link ("Verified Profile", "Author", "• 2nd");
 * - legacy Ember (2024–25): semantic BEM classes (`comments-comment-entity`, `comments-comment-meta__…`)
 *   and `data-id="urn:li:comment:(activity:N,M)"`.
 * Both give the comment URN, so ids are the same whichever stack rendered the page.
 */
export const LINKEDIN_SELECTORS = {
  comment: '[componentkey^="replaceableComment_urn:li:comment:"], article.comments-comment-entity, article.comments-comment-item, [data-id^="urn:li:comment:"]',
  sduiText: '[data-testid="expandable-text-box"]',
  sduiMore: '[data-testid="expandable-text-button"]',
  legacyName: '.comments-comment-meta__description-title',
  legacyAuthorLink: 'a.comments-comment-meta__description-container, a.comments-comment-meta__image-link, a[href*="/in/"], a[href*="/company/"]',
  legacyHeadline: '.comments-comment-meta__description-subtitle',
  legacyText: '.comments-comment-item__main-content, .comments-comment-entity__content',
  legacyMore: '.feed-shared-inline-show-more-text__see-more-less-toggle, .see-more',
  legacyTime: 'time',
  legacyVerified: '.text-view-model__verified-icon, [data-test-icon*="verified"]',
  legacyBadge: '.comments-comment-meta__badge, .comments-comment-meta__author-badge',
  legacyReactions: '[class*="comments-comment-social-bar__reactions-count"]',
  legacyReplies: '[class*="comments-comment-social-bar__replies-count"]',
  profileLink: 'a[href*="/in/"], a[href*="/company/"], a[href*="/school/"]',
  editor: '[contenteditable="true"][role="textbox"]',
  quill: '.ql-editor, .ql-container [contenteditable="true"]',
  submit: 'button[type="submit"], button[class*="comments-comment-box__submit-button"]',
  postBox: '[componentkey^="commentBox-"], .comments-comment-box, [data-testid="ui-core-tiptap-text-editor-wrapper"]',
} as const;

const S = LINKEDIN_SELECTORS;

const REPLY_LABEL = /^(reply|répondre)\b/u;
// Screen-reader tokens LinkedIn puts inside the author link, FR and EN (site-dom.md §2, S9 #803).
const VERIFIED_TOKEN = /^(verified profile|verified|profil vérifié|vérifié)$/u;
const PREMIUM_TOKEN = /^(premium profile|premium|profil premium)$/u;
const AUTHOR_TOKEN = /^(author|auteur|auteure)$/u;
const DEGREE_TOKEN = /^(•\s*)?(1st|2nd|3rd\+?|1er|2e|3e\+?|following|abonné)$/u;
const SEE_MORE = /^(…|\.\.\.)?\s*(more|see more|plus|voir plus|afficher plus)$/u;
const REACTIONS = /^(\d[\d\s.,]*\s*(?:k|m)?)\s*(reactions?|réactions?)\b/u;
const REPLIES = /^(\d[\d\s.,]*\s*(?:k|m)?)\s*(replies|reply|réponses?)\b/u;
const RELATIVE_AGE = /^\d{1,3}\s*(s|min|m|h|d|j|w|sem|mo|mois|y|a|an|ans)\.?$/u;

function isToken(text: string): boolean {
  return VERIFIED_TOKEN.test(text) || PREMIUM_TOKEN.test(text) || AUTHOR_TOKEN.test(text) || DEGREE_TOKEN.test(text);
}

/** Canonical id `urn:li:comment:(activity:N,M)` from either stack's URN spelling, plus N. */
function parseUrn(raw: string | null | undefined): { id: string; activity: string; comment: string } | undefined {
  if (!raw) return undefined;
  const activity = /activity:(\d+)/u.exec(raw)?.[1];
  const comment = /,(\d+)\)+\s*$/u.exec(raw)?.[1];
  if (!activity || !comment) return undefined;
  return { id: `urn:li:comment:(activity:${activity},${comment})`, activity, comment };
}

function postUrlForActivity(activity: string): string {
  return `https://www.linkedin.com/feed/update/urn:li:activity:${activity}/`;
}

function handleOf(profileUrl: string | undefined): string | undefined {
  if (!profileUrl) return undefined;
  const m = /\/(?:in|company|school)\/([^/?#]+)/u.exec(new URL(profileUrl).pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}

interface AuthorBits {
  name?: string;
  headline?: string;
  verified: boolean;
  author: boolean;
  link?: Element;
}

// A token may sit on its own line or trail the name on the same line ("Sophie Martin Verified Profile • 2nd").
const TRAILING_TOKEN = /\s*(?:•\s*)?(verified profile|premium profile|profil vérifié|profil premium|author|auteur|auteure|1st|2nd|3rd\+?|1er|2e|3e\+?)$/iu;

/** A line of the author link with its screen-reader tokens removed and noted. */
function stripTokens(line: string, bits: AuthorBits): string {
  let rest = line.trim();
  for (let m = TRAILING_TOKEN.exec(rest); m && m.index > 0; m = TRAILING_TOKEN.exec(rest)) {
    const token = normLabel(m[1]);
    if (VERIFIED_TOKEN.test(token)) bits.verified = true;
    if (AUTHOR_TOKEN.test(token)) bits.author = true;
    rest = rest.slice(0, m.index).trim();
  }
  const norm = normLabel(rest);
  if (VERIFIED_TOKEN.test(norm)) bits.verified = true;
  else if (AUTHOR_TOKEN.test(norm)) bits.author = true;
  else if (!isToken(norm)) return rest;
  return '';
}

/** SDUI author link: lines of text with the screen-reader tokens picked out. */
function sduiAuthor(own: OwnScope): AuthorBits {
  const links = own.all(S.profileLink);
  const bits: AuthorBits = { verified: false, author: false };
  for (const link of links) {
    const lines = readText(link)
      .split('\n')
      .map((piece) => stripTokens(piece, bits))
      .filter(Boolean);
    if (lines.length === 0) continue; // the avatar link: no text
    bits.link = link;
    bits.name = lines[0];
    bits.headline = lines.slice(1).find((l) => !RELATIVE_AGE.test(normLabel(l)));
    return bits;
  }
  return bits;
}

function legacyAuthor(own: OwnScope): AuthorBits {
  const nameEl = own.first(S.legacyName);
  const name = nameEl ? readText(nameEl).split('\n').map((l) => l.trim()).find((l) => l && !isToken(normLabel(l))) : undefined;
  const headlineEl = own.first(S.legacyHeadline);
  const badges = own.all(S.legacyBadge);
  return {
    name,
    headline: headlineEl ? lineText(headlineEl) || undefined : undefined,
    verified: own.first(S.legacyVerified) !== undefined,
    author: badges.some((b) => AUTHOR_TOKEN.test(normLabel(b.textContent))),
    link: own.all(S.legacyAuthorLink).find((a) => a.getAttribute('href')),
  };
}

function ownCount(own: OwnScope, re: RegExp, legacySelector: string): number | undefined {
  const legacy = own.first(legacySelector);
  if (legacy) return parseCount(legacy.textContent) ?? parseCount(legacy.getAttribute('aria-label'));
  for (const node of own.all(`${BUTTON_SELECTOR}, span`)) {
    const m = re.exec(normLabel(node.textContent) || normLabel(node.getAttribute('aria-label')));
    if (m) return parseCount(m[1]);
  }
  return undefined;
}

function readComment(el: Element, ctx: ExtractContext): CommentInput | undefined {
  const sdui = el.hasAttribute('componentkey');
  const urn = parseUrn(sdui ? el.getAttribute('componentkey') : (el.getAttribute('data-id') ?? el.getAttribute('data-urn')));
  const own = ownScope(el, S.comment);
  const bits = sdui ? sduiAuthor(own) : legacyAuthor(own);
  if (!bits.name) return undefined;

  const textEl = own.first(sdui ? S.sduiText : S.legacyText) ?? own.first(S.sduiText);
  if (!textEl) return undefined;
  const text = readText(textEl, { skip: (n) => n.matches(S.sduiMore) || n.matches(S.legacyMore) });
  const moreEl = own.all(`${S.sduiMore}, ${S.legacyMore}, ${BUTTON_SELECTOR}`).find((b) => SEE_MORE.test(normLabel(b.textContent)));
  const truncated = Boolean(moreEl && !isHidden(moreEl) && moreEl.getAttribute('aria-expanded') !== 'true');

  const timeEl = sdui
    ? own.all('time, p, span').find((n) => n.childElementCount === 0 && RELATIVE_AGE.test(normLabel(n.textContent)))
    : own.first(S.legacyTime);
  const createdAt = isoFromDatetime(timeEl?.getAttribute('datetime')) ?? isoFromRelativeAge(timeEl ? lineText(timeEl) : undefined, ctx.now);

  const parentEl = linkedin.parentCommentElement(el);
  const parentUrn = parentEl ? parseUrn(parentEl.getAttribute('componentkey') ?? parentEl.getAttribute('data-id')) : undefined;
  const postUrl = urn ? postUrlForActivity(urn.activity) : ctx.postUrl;
  let permalink: string | undefined;
  if (urn) {
    const url = new URL(postUrl);
    url.searchParams.set('commentUrn', parentUrn ? parentUrn.id : urn.id);
    if (parentUrn) url.searchParams.set('replyUrn', urn.id);
    permalink = url.href;
  }
  const profileUrl = cleanUrl(bits.link?.getAttribute('href'), ctx.url);
  let parentId = parentUrn?.id;
  if (!parentId && parentEl) parentId = readComment(parentEl, ctx)?.id;

  return {
    platform: 'linkedin',
    id: urn?.id ?? fallbackCommentId(postUrl, bits.name, text),
    author: {
      name: bits.name,
      handle: handleOf(profileUrl),
      profileUrl,
      verified: bits.verified,
      followers: parseFollowers(bits.headline),
      headline: bits.headline,
    },
    text,
    truncated,
    createdAt,
    likes: ownCount(own, REACTIONS, S.legacyReactions),
    replies: ownCount(own, REPLIES, S.legacyReplies),
    permalink,
    parentId,
    postUrl,
    isOwnBrand: bits.author,
  };
}

function postUrlOf(url: string): string {
  const activity = /urn:li:activity:(\d+)/u.exec(decodeURIComponent(url))?.[1];
  if (activity) return postUrlForActivity(activity);
  const u = new URL(cleanUrl(url, url) ?? url);
  u.search = '';
  return u.href;
}

function editorKind(box: Element): EditorKind {
  return box.matches(S.quill) || box.closest('.ql-container') ? 'quill' : 'prosemirror';
}

function submitFor(box: Element): Element | undefined {
  for (let node = box.parentElement, depth = 0; node && depth < 6; node = node.parentElement, depth++) {
    const btn = node.querySelector(S.submit);
    if (btn) return btn;
  }
  return undefined;
}


export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  selectors: LINKEDIN_SELECTORS,
  postUrlOf,
  findCommentElements(root) {
    // SDUI renders nested copies sharing one componentkey: keep the innermost of each.
    return queryAllIncludingSelf(root, S.comment).filter((el) => {
      const key = el.getAttribute('componentkey');
      if (!key) return true;
      for (const inner of el.querySelectorAll('[componentkey]')) if (inner.getAttribute('componentkey') === key) return false;
      return true;
    });
  },
  commentElementOf: (node) => (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(S.comment) ?? null,
  parentCommentElement(el) {
    // SDUI nests copies of a comment under one componentkey: those are the comment itself.
    const key = el.getAttribute('componentkey');
    let node = el.parentElement?.closest(S.comment) ?? null;
    while (node && key !== null && node.getAttribute('componentkey') === key) node = node.parentElement?.closest(S.comment) ?? null;
    return node;
  },
  readComment,
  threadSignals: (root) => ({
    containers: root.querySelectorAll('[componentkey*="urn:li:comment"], [data-id*="urn:li:comment"], [class*="comments-comment-"], [data-testid="expandable-text-box"]').length,
    replyButtons: countButtons(root, REPLY_LABEL),
  }),
  findReplyButton: (commentEl) => buttonByLabel(ownAll(commentEl, BUTTON_SELECTOR, S.comment), REPLY_LABEL),
  findReplyBox(doc, commentEl): ReplyTarget | undefined {
    const boxes = Array.from(doc.querySelectorAll<HTMLElement>(S.editor)).filter((b) => !isHidden(b));
    let box: HTMLElement | undefined;
    if (commentEl) {
      // The reply box is rendered AFTER the comment (a sibling in SDUI, inside the thread in
      // legacy), never "the first composer on the page" (site-dom.md §2, S10): take the first box
      // after the comment and before the next top-level comment.
      let top = commentEl;
      for (let p = linkedin.parentCommentElement(top); p; p = linkedin.parentCommentElement(top)) top = p;
      const nextTop = linkedin
        .findCommentElements(doc)
        .find((c) => follows(top, c) && !top.contains(c) && linkedin.parentCommentElement(c) === null);
      box = boxes.find((b) => follows(commentEl, b) && (!nextTop || follows(b, nextTop)));
    } else {
      box = boxes.find((b) => !linkedin.commentElementOf(b) && !b.closest('[componentkey^="commentBox-urn:li:comment"]'));
    }
    if (!box) return undefined;
    return { box, kind: editorKind(box), submit: submitFor(box) };
  },
};
