import type { CommentInput, UnreadField } from '../schema/comment';
import { parseCount, parseFollowers } from './counts';
import { cleanUrl, isHidden, isHiddenByMarkup, lineText, normLabel, queryAllIncludingSelf, readText } from './dom';
import { fallbackCommentId } from './id';
import { serialiseQuery, urlOf, urlParts } from './url';
import { BUTTON_SELECTOR, buttonByLabel, countButtons, follows, ownAll, ownScope } from './scope';
import { isoFromDatetime, statedAge, statedDateOf, type StatedAge } from './time';
import { UNKNOWN_AUTHOR } from './unread';
import { linkedinProfile } from './profiles/linkedin';
import { memoized, memoizedByText } from './memo';
import type { EditorKind, ExtractContext, ReplyTarget, SiteAdapter } from './types';

/**
 * LinkedIn runs two stacks side by side, changing page by page, and this adapter reads both:
 * - SDUI (feed early 2026, /posts/ 2026-05): hashed classes; hooks are `componentkey`
 *   ("replaceableComment_urn:li:comment:…"), `data-testid="expandable-text-box"`, profile hrefs, and
 *   tokens inside the author link ("Verified Profile", "Author", "• 2nd");
 * - legacy Ember (2024–25): semantic BEM classes (`comments-comment-entity`, `comments-comment-meta__…`)
 *   and `data-id="urn:li:comment:(activity:N,M)"`.
 * Both give the comment URN, so ids are the same whichever stack rendered the page.
 */
export const LINKEDIN_SELECTORS = {
  /** "More" controls for "Read all comments" (which of these are is read from their label: lib/content/read-more.ts). */
  moreControls: 'button, [role="button"]',
  comment: '[componentkey^="replaceableComment_urn:li:comment:"], article.comments-comment-entity, article.comments-comment-item, [data-id^="urn:li:comment:"], section.comment',
  /** Signed-out public post page (`/posts/…`): one `section.comment` per comment. */
  publicAuthor: 'a.comment__author',
  publicHeadline: '.comment__author-headline',
  publicText: '.comment__text',
  publicAge: '.comment__duration-since',
  publicUrn: '[data-semaphore-content-urn^="urn:li:comment:"]',
  publicReactions: '.comment__reactions-count',
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

const REPLY_LABEL = /^(reply|répondre|responder|antworten|rispondi)\b/u;
// Screen-reader tokens LinkedIn puts inside the author link, in the UI languages it serves
// (https://github.com/alexey-pelykh/lhremote/pull/803): "Verified Profile", "Verifiziertes Profil", "Perfil verificado"…
const VERIFIED_TOKEN = /^(verified profile|verified|profil vérifié|vérifié|verifiziertes profil|verifiziert|perfil verificado|verificado|verificada|profilo verificato|verificato)$/u;
const PREMIUM_TOKEN = /^(premium profile|premium|profil premium|premium-profil|perfil premium|profilo premium)$/u;
const AUTHOR_TOKEN = /^(author|auteur|auteure|autor|autorin|autora|autore|autrice)$/u;
// Connection degree: "• 2nd", "• 2e", "• 2.", "• 3.+", "• 2º", "• Following"; short, after a bullet.
const DEGREE_TOKEN = /^(•\s*)?(1st|2nd|3rd\+?|1er|2e|3e\+?|[123][.º°]\+?|following|abonné|folgen|seguindo|siguiendo|segui)$/u;
const SEE_MORE = /^(…|\.\.\.)?\s*(more|see more|plus|voir plus|afficher plus|mehr|mehr anzeigen|más|ver más|mais|ver mais|altro|mostra altro)$/u;
const COUNT = '(\\d[\\d\\s.,]*\\s*(?:k|m|mil|mila|tsd\\.?|mio\\.?)?)\\s*';
const REACTIONS = new RegExp(`^${COUNT}(reactions?|réactions?|reaktionen|reaktion|reacciones|reacción|reações|reação|reazioni|reazione)\\b`, 'u');
const REPLIES = new RegExp(`^${COUNT}(replies|reply|réponses?|antworten|antwort|respuestas?|respostas?|risposte|risposta)\\b`, 'u');

function isToken(text: string): boolean {
  return VERIFIED_TOKEN.test(text) || PREMIUM_TOKEN.test(text) || AUTHOR_TOKEN.test(text) || DEGREE_TOKEN.test(text);
}

/**
 * Canonical id `urn:li:comment:(activity:N,M)` from either stack's URN spelling, plus the thread it
 * belongs to. A comment on a post shared as a `ugcPost` (or `share`) names that instead of an
 * activity: `urn:li:comment:(urn:li:ugcPost:N,M)` → `urn:li:comment:(ugcPost:N,M)`.
 */
function parseUrn(raw: string | null | undefined): Urn | undefined {
  if (!raw) return undefined;
  const thread = /(activity|ugcPost|share):(\d+)/u.exec(raw);
  const comment = /,(\d+)\)+\s*$/u.exec(raw)?.[1];
  if (!thread || !comment) return undefined;
  const activity = thread[1] === 'activity' ? thread[2]! : `${thread[1]}:${thread[2]}`;
  return {
    id: `urn:li:comment:(${thread[1]}:${thread[2]},${comment})`,
    // Letters and digits around ":", "(", "," and ")", which URLSearchParams writes %3A, %28, %2C, %29.
    encoded: `urn%3Ali%3Acomment%3A%28${thread[1]}%3A${thread[2]}%2C${comment}%29`,
    activity,
    comment,
  };
}

interface Urn {
  id: string;
  /** `id` as URLSearchParams serialises a parameter's value. */
  encoded: string;
  activity: string;
  comment: string;
}

/** The post's URL for an activity id, or for a `ugcPost:N` / `share:N` thread. */
function postUrlForActivity(activity: string): string {
  return `https://www.linkedin.com/feed/update/urn:li:${activity.includes(':') ? activity : `activity:${activity}`}/`;
}

function handleOf(profileUrl: string | undefined): string | undefined {
  if (!profileUrl) return undefined;
  const m = /\/(?:in|company|school)\/([^/?#]+)/u.exec(urlParts(profileUrl, profileUrl)?.path ?? new URL(profileUrl).pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}

interface AuthorBits {
  name?: string;
  headline?: string;
  verified: boolean;
  author: boolean;
  link?: Element;
}

const LINE_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'LI', 'SECTION']);
const isImage = (n: Element): boolean => n.tagName === 'IMG' || n.tagName.toLowerCase() === 'svg' || n.tagName === 'FIGURE';

/** The lines of an author link: its innermost blocks holding text (the link itself when it has none). */
function linesOf(link: Element): Element[] {
  const blocks = Array.from(link.querySelectorAll('p, div, h1, h2, h3, h4, li, section')).filter(
    (b) => !Array.from(b.children).some((c) => LINE_TAGS.has(c.tagName)) && lineText(b),
  );
  return blocks.length > 0 ? blocks : [link];
}

/**
 * The name line: the name, then the screen-reader tokens LinkedIn draws beside it as elements of
 * their own (`<span>Maison Lumière</span><span>Author</span>`, `<span class="visually-hidden">Verified
 * Profile</span>`). A token counts only as such an element after the name, on the name's line: text a
 * commenter writes — a headline ending with "Author" or "Verified Profile", a name spelled like a
 * token — is never a mark.
 */
function readNameLine(line: Element, bits: AuthorBits): string {
  let name = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        name += (child as Text).data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (isImage(el) || el.tagName === 'BUTTON') continue;
      const token = normLabel(el.textContent);
      if (name.trim() && isToken(token)) {
        if (VERIFIED_TOKEN.test(token)) bits.verified = true;
        if (AUTHOR_TOKEN.test(token)) bits.author = true;
        continue;
      }
      walk(el);
    }
  };
  walk(line);
  return name.replace(/\s+/gu, ' ').trim();
}

/** SDUI author link: the name line with its badges, then the degree and headline lines. */
function sduiAuthor(links: readonly Element[]): AuthorBits {
  const bits: AuthorBits = { verified: false, author: false };
  for (const link of links) {
    // The avatar link holds only an image, whose alt ("View Sophie's profile", "Profil von … anzeigen")
    // is no name: read links without their images, so the avatar comes out empty and is skipped.
    const lines = linesOf(link).filter((l) => readText(l, { skip: isImage }));
    if (lines.length === 0) continue; // the avatar link: no text
    const name = readNameLine(lines[0]!, bits);
    if (!name) continue;
    bits.link = link;
    bits.name = name;
    bits.headline = lines
      .slice(1)
      .map((l) => lineText(l))
      .find((l) => l && !DEGREE_TOKEN.test(normLabel(l)) && !statedAge(l, 0));
    // A badge drawn as a labelled icon beside the name ("Verified", "Verifiziert"…).
    const icons = link.parentElement?.querySelectorAll('svg[aria-label], [role="img"][aria-label], [data-test-icon*="verified"], svg[id*="verified"], use[href*="verified"]') ?? [];
    // Beside the name, in this comment only: not in a nested reply, not in another link.
    const mine = Array.from(icons).filter((n) => n.closest(S.comment) === link.closest(S.comment) && (!n.closest('a') || n.closest('a') === link));
    if (mine.some((n) => VERIFIED_TOKEN.test(normLabel(n.getAttribute('aria-label'))) || /verified/u.test(`${n.getAttribute('data-test-icon') ?? ''} ${n.id} ${n.getAttribute('href') ?? ''}`))) bits.verified = true;
    return bits;
  }
  return bits;
}

function legacyAuthor(own: CommentParts): AuthorBits {
  const nameEl = own.name;
  const name = nameEl ? readText(nameEl).split('\n').map((l) => l.trim()).find((l) => l && !isToken(normLabel(l))) : undefined;
  const headlineEl = own.headline;
  return {
    name,
    headline: headlineEl ? lineText(headlineEl) || undefined : undefined,
    verified: own.verified !== undefined,
    author: own.badges.some((b) => AUTHOR_TOKEN.test(normLabel(b.textContent))),
    link: own.authorLinks.find((a) => a.getAttribute('href')),
  };
}

/**
 * What a comment (either stack) is read from: each field is what `ownScope(el, S.comment)`'s
 * `first`/`all` of its selector gives.
 */
interface CommentParts {
  name?: Element;
  headline?: Element;
  badges: Element[];
  verified?: Element;
  authorLinks: Element[];
  text?: Element;
  sduiText?: Element;
  sduiMore?: Element;
  /** `${S.legacyMore}, ${BUTTON_SELECTOR}` */
  moreCandidates: Element[];
  time?: Element;
  reactions?: Element;
  replies?: Element;
  /** `${BUTTON_SELECTOR}, span`: where a count is looked for when the count classes are missing. */
  countCandidates: Element[];
  /** S.profileLink */
  profileLinks: Element[];
  /** `time, p, span`: where SDUI prints its age. */
  ageCandidates: Element[];
}

/** Every attribute but the class one that `commentParts` or `isCommentContainer` reads. */
const OTHER_ATTRIBUTES = '[componentkey], [data-id], [data-test-icon], [data-testid], [role]';
const REACTIONS_CLASS = 'comments-comment-social-bar__reactions-count';
const REPLIES_CLASS = 'comments-comment-social-bar__replies-count';

function isCommentContainer(el: Element, tag: string): boolean {
  return (tag === 'article' || tag === 'section' || el.hasAttribute('componentkey') || el.hasAttribute('data-id')) && el.matches(S.comment);
}

function commentParts(container: Element): CommentParts {
  const countCandidates: Element[] = [];
  const own: CommentParts = {
    badges: [],
    authorLinks: [],
    moreCandidates: [],
    countCandidates,
    profileLinks: [],
    ageCandidates: [],
  };
  // One walk of the comment's own subtree, each element tested against every selector (a nested
  // comment is neither entered nor kept): the selectors' engine would visit the same elements once
  // per query, and a query would also visit the nested replies.
  const walk = (node: Element): void => {
    for (let n = node.firstElementChild; n; n = n.nextElementSibling) {
      const tag = n.localName;
      // One question to the engine says whether any of the attributes looked at below is there.
      const others = n.matches(OTHER_ATTRIBUTES);
      if ((others || tag === 'article' || tag === 'section') && isCommentContainer(n, tag)) continue;
      classify(n, tag, n.getAttribute('class') ?? '', others);
      walk(n);
    }
  };
  const classify = (n: Element, tag: string, raw: string, others: boolean): void => {
    // Lower-cased, as quirks mode matches class names case-insensitively.
    const cls = raw.toLowerCase();
    // Each class selector is confirmed by the engine, after a test of the class attribute that every match passes.
    if (cls) {
      if (!own.name && cls.includes('comments-comment-meta__description-title') && n.matches(S.legacyName)) own.name = n;
      if (!own.headline && cls.includes('comments-comment-meta__description-subtitle') && n.matches(S.legacyHeadline)) own.headline = n;
      if ((cls.includes('comments-comment-meta__badge') || cls.includes('comments-comment-meta__author-badge')) && n.matches(S.legacyBadge)) own.badges.push(n);
      if (!own.text && (cls.includes('comments-comment-item__main-content') || cls.includes('comments-comment-entity__content')) && n.matches(S.legacyText)) own.text = n;
      if (!own.reactions && raw.includes(REACTIONS_CLASS)) own.reactions = n;
      if (!own.replies && raw.includes(REPLIES_CLASS)) own.replies = n;
      if (!own.verified && cls.includes('text-view-model__verified-icon') && n.matches(S.legacyVerified)) own.verified = n;
    }
    if (tag === 'a') {
      if (n.matches(S.legacyAuthorLink)) own.authorLinks.push(n);
      const href = n.getAttribute('href');
      if (href !== null && (href.includes('/in/') || href.includes('/company/') || href.includes('/school/'))) own.profileLinks.push(n);
    }
    let button = tag === 'button';
    if (others) {
      if (!own.verified && n.getAttribute('data-test-icon')?.includes('verified')) own.verified = n;
      const testId = n.getAttribute('data-testid');
      if (testId !== null) {
        if (!own.sduiText && testId === 'expandable-text-box') own.sduiText = n;
        if (!own.sduiMore && testId === 'expandable-text-button') own.sduiMore = n;
      }
      button ||= n.getAttribute('role') === 'button';
    }
    if (button || (cls.includes('see-more') && n.matches(S.legacyMore))) own.moreCandidates.push(n);
    if (button || tag === 'span') countCandidates.push(n);
    if (!own.time && tag === 'time') own.time = n;
    if (tag === 'time' || tag === 'p' || tag === 'span') own.ageCandidates.push(n);
  };
  walk(container);
  return own;
}

const LEADING_DIGIT = /^\s*\d/u;

/**
 * The labels of `candidates` that may be a count, in order: the text, or the aria-label when the
 * text is blank; both count patterns start with a digit, so the others are left out. Listed once
 * for a comment's two counts.
 */
function countLabels(candidates: readonly Element[]): string[] {
  const labels: string[] = [];
  for (const node of candidates) {
    const text = node.textContent ?? '';
    const label = /\S/u.test(text) ? text : (node.getAttribute('aria-label') ?? '');
    if (LEADING_DIGIT.test(label)) labels.push(label);
  }
  return labels;
}

/** The count a legacy count element gives, else the first of the candidates' `labels` that reads as one. */
function countOf(legacy: Element | undefined, labels: () => readonly string[], re: RegExp): number | undefined {
  if (legacy) return parseCount(legacy.textContent) ?? parseCount(legacy.getAttribute('aria-label'));
  for (const label of labels()) {
    const m = re.exec(normLabel(label));
    if (m) return parseCount(m[1]);
  }
  return undefined;
}

/** Hidden by the page, including Tailwind's `hidden` class that the public post page uses for its duplicate counts. */
function isPageHidden(el: Element): boolean {
  return el.classList.contains('hidden') || isHidden(el);
}

/** `isPageHidden` without computed styles (the `hidden` class looked for on the ancestors too). */
function isPageHiddenByMarkup(el: Element): boolean {
  return el.closest('.hidden') !== null || isHiddenByMarkup(el);
}

/** The signed-out public post page (`/posts/…`): `section.comment`, semantic BEM-like classes. */
function readPublicComment(el: Element, ctx: ExtractContext): CommentInput | undefined {
  const own = ownScope(el, S.comment);
  const authorEl = own.first(S.publicAuthor);
  const name = authorEl ? lineText(authorEl) : '';
  const textEl = own.first(S.publicText);
  const text = textEl ? readText(textEl) : '';
  if (!name && !text) return undefined;
  const urn = parseUrn(own.first(S.publicUrn)?.getAttribute('data-semaphore-content-urn'));
  const postUrl = urn ? postUrlForActivity(urn.activity) : ctx.postUrl;
  const profileUrl = cleanUrl(authorEl?.getAttribute('href'), ctx.url);
  const headlineEl = own.first(S.publicHeadline);
  const headline = headlineEl ? lineText(headlineEl) || undefined : undefined;
  const ageEl = own.first(S.publicAge);
  const age = ageOf(ageEl ? lineText(ageEl) : undefined, ctx);
  // The page keeps a hidden copy of the count (the one shown after the reader reacts): read the visible one only.
  const reactionsEl = own.all(S.publicReactions).find((n) => !isPageHidden(n));
  const parentEl = linkedin.parentCommentElement(el);
  const parentId = parentEl ? readCommentOnce(parentEl, ctx)?.id : undefined;
  const unread: UnreadField[] = [];
  if (!name) unread.push('author');
  if (!profileUrl) unread.push('profile');
  if (!text) unread.push('text');
  if (!urn) unread.push('id');
  if (!age) unread.push('date');
  return {
    platform: 'linkedin',
    id: urn?.id ?? fallbackCommentId(postUrl, name || UNKNOWN_AUTHOR, text),
    author: { name: name || UNKNOWN_AUTHOR, handle: handleOf(profileUrl), profileUrl, verified: false, followers: parseFollowers(headline), headline },
    text,
    truncated: false,
    createdAt: age?.latest,
    likes: reactionsEl ? parseCount(reactionsEl.textContent) : undefined,
    permalink: urn ? permalinkOf(postUrl, urn, parentId, ctx) : undefined,
    parentId,
    postUrl,
    isOwnBrand: undefined,
    statedDate: statedDateOf(age),
    unread: unread.length > 0 ? unread : undefined,
  };
}

const POST_PARTS = {};

/** `name=value` as URLSearchParams serialises it; a URN read here comes encoded already. */
function param(name: string, value: Urn | string): string {
  return typeof value === 'string' ? serialiseQuery([[name, value]]) : `${name}=${value.encoded}`;
}

function permalinkOf(postUrl: string, urn: Urn, parent: Urn | string | undefined, ctx: ExtractContext): string {
  // The post URLs built here have no query or fragment: the parameters are appended by string,
  // serialised as URLSearchParams does. A thread's comments share one post: cut once per scan.
  const base = postUrl.includes('#') ? undefined : memoizedByText(ctx, POST_PARTS, postUrl, () => {
    const parts = urlParts(postUrl, postUrl);
    return parts && parts.query === undefined ? `${urlOf(parts)}?` : undefined;
  });
  if (base !== undefined) return `${base}${parent ? `${param('commentUrn', parent)}&${param('replyUrn', urn)}` : param('commentUrn', urn)}`;
  const parentId = typeof parent === 'string' ? parent : parent?.id;
  const url = new URL(postUrl);
  url.searchParams.set('commentUrn', parentId ?? urn.id);
  if (parentId) url.searchParams.set('replyUrn', urn.id);
  return url.href;
}

function readComment(el: Element, ctx: ExtractContext): CommentInput | undefined {
  if (el.localName === 'section' && el.matches('section.comment')) return readPublicComment(el, ctx);
  const sdui = el.hasAttribute('componentkey');
  const urn = parseUrn(sdui ? el.getAttribute('componentkey') : (el.getAttribute('data-id') ?? el.getAttribute('data-urn')));
  const parts = commentParts(el);
  const bits = sdui ? sduiAuthor(parts.profileLinks) : legacyAuthor(parts);

  const textEl = sdui ? parts.sduiText : (parts.text ?? parts.sduiText);
  const text = textEl ? readText(textEl, { skip: isMoreControl }) : '';
  // Degrade by field: a comment is dropped only when neither its author nor its text can be read.
  if (!bits.name && !text) return undefined;
  const moreEl = parts.sduiMore ?? parts.moreCandidates.find((b) => SEE_MORE.test(normLabel(b.textContent)));
  // Hidden as the markup says (attributes, inline style, the `hidden` class): a computed style here
  // would recalculate the page's styles after every batch the site appends.
  const truncated = Boolean(moreEl && !isPageHiddenByMarkup(moreEl) && moreEl.getAttribute('aria-expanded') !== 'true');

  // SDUI prints only an age ("3 h", "3 Std.", "1 sem."): the leaf whose text reads as one.
  const timeEl = sdui
    ? parts.ageCandidates.find((n) => n.childElementCount === 0 && ageOf(lineText(n), ctx) !== undefined && !n.closest('a'))
    : parts.time;
  const datetime = isoFromDatetime(timeEl?.getAttribute('datetime'));
  const age = datetime ? undefined : ageOf(timeEl ? lineText(timeEl) : undefined, ctx);
  const createdAt = datetime ?? age?.latest;

  const parentEl = linkedin.parentCommentElement(el);
  const parentUrn = parentEl ? parseUrn(parentEl.getAttribute('componentkey') ?? parentEl.getAttribute('data-id')) : undefined;
  const postUrl = urn ? postUrlForActivity(urn.activity) : ctx.postUrl;
  const permalink = urn ? permalinkOf(postUrl, urn, parentUrn, ctx) : undefined;
  const profileUrl = cleanUrl(bits.link?.getAttribute('href'), ctx.url);
  let parentId = parentUrn?.id;
  if (!parentId && parentEl) parentId = readCommentOnce(parentEl, ctx)?.id;
  const name = bits.name || UNKNOWN_AUTHOR;
  // Read only when a count class is missing, then once for both counts.
  let candidateLabels: string[] | undefined;
  const labels = (): string[] => (candidateLabels ??= countLabels(parts.countCandidates));

  const unread: UnreadField[] = [];
  if (!bits.name) unread.push('author');
  if (!profileUrl) unread.push('profile');
  if (!text) unread.push('text');
  if (!urn) unread.push('id');
  if (!createdAt) unread.push('date');

  return {
    platform: 'linkedin',
    id: urn?.id ?? fallbackCommentId(postUrl, name, text),
    author: {
      name,
      handle: handleOf(profileUrl),
      profileUrl,
      verified: bits.verified,
      followers: parseFollowers(bits.headline),
      headline: bits.headline,
    },
    text,
    truncated,
    createdAt,
    likes: countOf(parts.reactions, labels, REACTIONS),
    replies: countOf(parts.replies, labels, REPLIES),
    permalink,
    parentId,
    postUrl,
    isOwnBrand: bits.author,
    statedDate: statedDateOf(age),
    unread: unread.length > 0 ? unread : undefined,
  };
}

/** `S.sduiMore` or `S.legacyMore`, tested on each element of a text body: the attributes first, the engine only for a class that may match. */
function isMoreControl(n: Element): boolean {
  if (n.getAttribute('data-testid') === 'expandable-text-button') return true;
  const cls = n.getAttribute('class');
  return cls !== null && cls.toLowerCase().includes('see-more') && n.matches(S.legacyMore);
}

const AGES = {};

/** `statedAge` of a printed age, once per scan and text: a thread prints the same few ages ("2h", "1d") over and over. */
function ageOf(text: string | undefined, ctx: ExtractContext): StatedAge | undefined {
  if (!text) return undefined;
  return memoizedByText(ctx, AGES, `${ctx.now} ${text}`, () => statedAge(text, ctx.now));
}

const READ = {};

/** A comment's reading, once per scan: a reply whose parent has no URN reads its parent. */
function readCommentOnce(el: Element, ctx: ExtractContext): CommentInput | undefined {
  return memoized(ctx, READ, el, () => readComment(el, ctx));
}

function postUrlOf(url: string): string {
  const decoded = decodeURIComponent(url);
  const thread = /urn:li:(activity|ugcPost|share):(\d+)/u.exec(decoded);
  if (thread) return postUrlForActivity(thread[1] === 'activity' ? thread[2]! : `${thread[1]}:${thread[2]}`);
  // The public page's slug ends with its activity: /posts/maisonlumiere_nuage-activity-7261…-AbCd
  const slug = /\/posts\/[^/?#]*-activity-(\d+)-/u.exec(decoded)?.[1];
  if (slug) return postUrlForActivity(slug);
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
  profile: linkedinProfile,
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
  readComment: readCommentOnce,
  threadSignals: (root) => ({
    containers: root.querySelectorAll(
      '[componentkey*="urn:li:comment"], [data-id*="urn:li:comment"], [class*="comments-comment-"], [data-testid="expandable-text-box"], section.comment, [data-feed-action="replyToComment"], [data-semaphore-content-urn*="urn:li:comment"]',
    ).length,
    replyButtons: countButtons(root, REPLY_LABEL),
  }),
  findReplyButton: (commentEl) => buttonByLabel(ownAll(commentEl, BUTTON_SELECTOR, S.comment), REPLY_LABEL),
  findReplyBox(doc, commentEl): ReplyTarget | undefined {
    const boxes = Array.from(doc.querySelectorAll<HTMLElement>(S.editor)).filter((b) => !isHidden(b));
    let box: HTMLElement | undefined;
    if (commentEl) {
      // The reply box is rendered AFTER the comment (a sibling in SDUI, inside the thread in
      // legacy), never "the first composer on the page" (that one belongs to the post): take the first box
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
