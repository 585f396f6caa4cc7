import type { CommentInput, UnreadField } from '../schema/comment';
import type { Platform } from '../schema/platform';
import { cleanUrl, isHidden, readText } from './dom';
import { platformOfUrl } from './hosts';
import { fallbackCommentId } from './id';
import { isoFromDatetime, isoFromRelativeAge, statedAge, statedDateOf } from './time';
import { extractContext } from './read';
import type { ExtractContext, SiteAdapter } from './types';

/**
 * The generic reader (issue 12, item 4): when a site's adapter finds nothing on a page that plainly
 * holds a thread — the site changed its layout — comments are still listed, read by structure only:
 * repeated sibling blocks, each holding a link to someone's profile and a text. No class name, test
 * id or aria-label is needed, so it survives what breaks the adapters. Each comment it reads carries
 * `reader: 'generic'`, and the panel's status line says so: fields are a best guess (no likes, no
 * badges, ids from author + text).
 *
 * "Plainly holds a thread": the adapter's own loose signals (reply buttons, comment-like containers),
 * or at least two blocks with a control labelled "Reply" in one of six languages.
 */

/** Path words that are the sites' routes, never a profile's name. */
const ROUTES = new Set([
  'p', 'reel', 'reels', 'tv', 'explore', 'stories', 'status', 'i', 'home', 'search', 'notifications', 'messages', 'settings', 'hashtag', 'watch',
  'groups', 'events', 'marketplace', 'gaming', 'feed', 'posts', 'pulse', 'jobs', 'mynetwork', 'messaging', 'login', 'signup', 'accounts', 'direct',
  'share', 'sharer', 'photo', 'photo.php', 'permalink.php', 'story.php', 'help', 'legal', 'privacy', 'about', 'terms', 'policies', 'compose', 'intent',
]);
const PROFILE_PREFIXES = new Set(['in', 'company', 'school', 'showcase']);
const REPLY_CONTROL = /^(reply|répondre|responder|responder|antworten|rispondi)$/u;
/** Short lines that are the site's chrome around a text, not the text: ages, counts, dots. */
const CHROME_LINE = /^([\d+][\d\s.,:]*\s*[\p{L}.’']{0,14}(\s[\p{L}.’']{1,12}){0,2}|[·•|—–-]+|\p{L}{0,2})$/u;
const NOT_CONTENT = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"], form, [contenteditable="true"]';
const MAX_LINKS = 20_000;
const MAX_DEPTH = 12;

/** The handle and profile URL a link points to, when it points to someone's profile on this site. */
const profileCache = new WeakMap<Element, { href: string; base: string; profile: { handle: string; url: string } | undefined }>();

export function profileOfLink(link: Element, base: string, platform: Platform): { handle: string; url: string } | undefined {
  const href = link.getAttribute('href') ?? '';
  const cached = profileCache.get(link);
  if (cached && cached.href === href && cached.base === base) return cached.profile;
  const profile = readProfileLink(href, base, platform);
  profileCache.set(link, { href, base, profile });
  return profile;
}

function readProfileLink(href: string, base: string, platform: Platform): { handle: string; url: string } | undefined {
  if (!href || href.startsWith('#')) return undefined;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || platformOfUrl(url.href) !== platform) return undefined;
  const parts = url.pathname.split('/').filter(Boolean);
  let handle: string | undefined;
  if (parts.length === 1 && !ROUTES.has((parts[0] as string).toLowerCase()) && !(parts[0] as string).includes('.php')) handle = parts[0];
  else if (parts.length === 2 && PROFILE_PREFIXES.has((parts[0] as string).toLowerCase())) handle = parts[1];
  else if (parts[0] === 'profile.php') handle = url.searchParams.get('id') ?? undefined;
  if (!handle) return undefined;
  const clean = cleanUrl(`${url.origin}${url.pathname}${parts[0] === 'profile.php' ? `?id=${handle}` : ''}`, base, ['id']);
  return clean ? { handle: decodeURIComponent(handle), url: clean } : undefined;
}

function isProfileLink(el: Element, base: string, platform: Platform): boolean {
  return el.tagName === 'A' && profileOfLink(el, base, platform) !== undefined;
}

/**
 * Comment blocks under `root`: for each profile link, the lowest ancestor that has at least one
 * sibling of the same tag also holding a profile link (the thread's repeated unit). In document order.
 */
export function findGenericBlocks(root: ParentNode, base: string, platform: Platform): Element[] {
  const links = Array.from(root.querySelectorAll('a[href]')).slice(0, MAX_LINKS).filter((a) => !a.closest(NOT_CONTENT) && profileOfLink(a, base, platform));
  // Elements holding a profile link, up to MAX_DEPTH levels above each, with the first person linked.
  const holding = new Map<Element, string>();
  for (const link of links) {
    const handle = profileOfLink(link, base, platform)?.handle.toLowerCase() ?? '';
    let el: Element | null = link;
    for (let depth = 0; el && depth <= MAX_DEPTH; depth++, el = el.parentElement) if (!holding.has(el)) holding.set(el, handle);
  }
  // Lists: parents whose children of one tag each link someone, by two people or more.
  const parents = new Set<Element>();
  for (const link of links) {
    let el: Element | null = link.parentElement;
    for (let depth = 0; el && depth < MAX_DEPTH && el.tagName !== 'BODY'; depth++, el = el.parentElement) parents.add(el);
  }
  const lists: Array<{ parent: Element; items: Element[] }> = [];
  for (const parent of parents) {
    const byTag = new Map<string, Element[]>();
    for (const child of Array.from(parent.children)) {
      if (!holding.has(child)) continue;
      const group = byTag.get(child.tagName) ?? [];
      group.push(child);
      byTag.set(child.tagName, group);
    }
    for (const items of byTag.values()) {
      if (items.length >= 2 && new Set(items.map((el) => holding.get(el))).size >= 2) lists.push({ parent, items });
    }
  }
  // The longest list is the thread. A shorter list inside one of its items is a reply list only when
  // each of its items has its own Reply control: otherwise it is the inside of a comment (a name
  // beside "Replying to @someone").
  lists.sort((a, b) => b.items.length - a.items.length);
  const blocks = new Set<Element>();
  // Every element above an accepted block: a list there holds the thread, it is not one.
  const aboveBlocks = new Set<Element>();
  const inBlock = (el: Element): boolean => {
    for (let p = el.parentElement; p; p = p.parentElement) if (blocks.has(p)) return true;
    return false;
  };
  for (const { parent, items } of lists) {
    if (items.some((item) => blocks.has(item))) continue;
    if (inBlock(items[0] as Element) ? !items.every(hasReplyControl) : aboveBlocks.has(parent) || blocks.has(parent)) continue;
    for (const item of items) {
      blocks.add(item);
      for (let p = item.parentElement; p && !aboveBlocks.has(p); p = p.parentElement) aboveBlocks.add(p);
    }
  }
  // The post itself (X's focused post, Instagram's caption) links to the page's own URL: not a comment.
  const self = pathOf(base);
  const isPost = (block: Element): boolean =>
    Array.from(block.querySelectorAll('a[href]')).some((a) => {
      const href = a.getAttribute('href') ?? '';
      if (self === undefined || href.startsWith('#') || pathOf(href, base) !== self) return false;
      for (let p = a.parentElement; p; p = p.parentElement) if (blocks.has(p)) return p === block;
      return false;
    });
  // Document order by one walk (sorting with compareDocumentPosition is quadratic in some DOMs).
  const ordered: Element[] = [];
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length && ordered.length < blocks.size; i++) if (blocks.has(all[i] as Element)) ordered.push(all[i] as Element);
  return ordered.filter((el) => !isPost(el) && !isHidden(el));
}

/**
 * "/maisonlumiere/status/1" for a URL without a query, else undefined (a comment link has one, and so
 * does a link that is no URL at all: a page's broken href must not stop the reading).
 */
function pathOf(href: string, base?: string): string | undefined {
  try {
    const url = new URL(href, base);
    return url.search ? undefined : url.pathname.replace(/\/+$/u, '');
  } catch {
    return undefined;
  }
}

/** A "Reply" control: a button or link labelled so, or any small element whose whole text says it. */
function hasReplyControl(block: Element): boolean {
  for (const el of Array.from(block.querySelectorAll('button, [role="button"], a, span, div'))) {
    if (el.childElementCount > 2) continue;
    const label = (el.getAttribute('aria-label') || el.textContent || '').trim().toLowerCase();
    if (REPLY_CONTROL.test(label)) return true;
  }
  return false;
}

/** The nearest block around `el`, not `el` itself. */
function enclosingBlock(el: Element, blocks: ReadonlySet<Element>): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) if (blocks.has(p)) return p;
  return null;
}

/** One comment from a block, or undefined when it holds no author or no text. */
export function readGenericBlock(block: Element, ctx: ExtractContext, platform: Platform, blocks: ReadonlySet<Element>, ids?: WeakMap<Element, string>): CommentInput | undefined {
  // Parts of the block that belong to a block nested in it (a reply) are not the block's: found by
  // walking up from the element (its depth), not by comparing with every block (a 2,000-comment page).
  const inNested = (el: Element): boolean => {
    for (let p: Element | null = el; p && p !== block; p = p.parentElement) if (blocks.has(p)) return true;
    return false;
  };
  const links = Array.from(block.querySelectorAll('a[href]')).filter((a) => !inNested(a));
  const profiles = links.map((a) => ({ a, profile: profileOfLink(a, ctx.url, platform) })).filter((x) => x.profile);
  const first = profiles[0];
  if (!first?.profile) return undefined;
  // The avatar link often holds only an image: the name is the first profile link to the same person with text.
  const named = profiles.find((x) => x.profile?.handle === first.profile?.handle && (x.a.textContent ?? '').trim().length > 0);
  const name = (named?.a.textContent ?? '').replace(/\s+/gu, ' ').trim() || first.profile.handle;
  const handle = first.profile.handle;

  const lines = readText(block, {
    skip: (el) => (el !== block && blocks.has(el)) || el.tagName === 'TIME' || isProfileLink(el, ctx.url, platform) || el.tagName === 'svg' || el.tagName === 'SVG',
  })
    .split('\n')
    .map((line) => line.trim());
  const drop = new Set([name, handle, `@${handle}`].map((s) => s.toLowerCase()));
  const text = lines
    .filter((line) => line.length > 0 && !drop.has(line.toLowerCase()) && !CHROME_LINE.test(line.toLowerCase()) && !REPLY_CONTROL.test(line.toLowerCase()))
    .join('\n')
    .trim();
  if (!text) return undefined;

  const unread: UnreadField[] = ['likes'];
  const time = Array.from(block.querySelectorAll('time')).find((t) => !inNested(t));
  let createdAt = isoFromDatetime(time?.getAttribute('datetime'));
  const age = createdAt ? undefined : statedAge(time?.textContent, ctx.now);
  if (!createdAt) createdAt = age ? isoFromRelativeAge(time?.textContent, ctx.now) : undefined;
  if (!createdAt) unread.push('date');
  unread.push('id');

  const id = fallbackCommentId(ctx.postUrl, name, text);
  ids?.set(block, id);
  const parent = enclosingBlock(block, blocks);
  const parentId = parent ? (ids?.get(parent) ?? readGenericBlock(parent, ctx, platform, blocks, ids)?.id) : undefined;
  const stated = statedDateOf(age);
  return {
    platform,
    id,
    author: { name, handle, profileUrl: first.profile.url, verified: false },
    text,
    truncated: false,
    postUrl: ctx.postUrl,
    ...(createdAt ? { createdAt } : {}),
    ...(stated ? { statedDate: stated } : {}),
    ...(parentId ? { parentId } : {}),
    unread,
    reader: 'generic',
  };
}

function isWholePage(root: ParentNode): boolean {
  if (root.nodeType === 9) return true;
  const el = root as Element;
  return el.tagName === 'HTML' || el.tagName === 'BODY';
}

function documentUrl(root: ParentNode): string {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  return doc?.location?.href ?? doc?.URL ?? '';
}

/**
 * `adapter`, with the generic reader behind it: wherever the adapter finds comments, they are its
 * own; when a whole-page scan finds none on a page that plainly holds a thread, the page is read by
 * structure until the adapter finds comments again (a later scan, a navigation).
 */
export function withGenericReader(adapter: SiteAdapter): SiteAdapter {
  const generic = new WeakSet<Element>();
  let active = false;
  let blockSet = new Set<Element>();
  const ids = new WeakMap<Element, string>();
  const platform = adapter.platform;

  // Containers the adapter finds but cannot read (hooks gone) are no reading: only one read counts.
  const readsAny = (found: readonly Element[], root: ParentNode, base: string): boolean => {
    if (found.length === 0) return false;
    const ctx = extractContext(adapter, root, base);
    return found.some((el) => adapter.readComment(el, ctx) !== undefined);
  };

  const plainlyAThread = (root: ParentNode, blocks: readonly Element[]): boolean => {
    const signals = adapter.threadSignals(root);
    if (signals.containers > 0 || signals.replyButtons > 0) return true;
    return blocks.filter(hasReplyControl).length >= 2;
  };

  return {
    ...adapter,
    findCommentElements(root, scan) {
      const found = adapter.findCommentElements(root, scan);
      const whole = isWholePage(root);
      const base = documentUrl(root);
      if (!whole) {
        if (!active || !base) return found;
      } else if (!base || readsAny(found, root, base)) {
        // The adapter reads this page (or there is no page to speak of): its comments, untouched.
        active = false;
        return found;
      }
      const blocks = findGenericBlocks(root, base, platform);
      if (whole) {
        active = blocks.length >= 2 && plainlyAThread(root, blocks);
        blockSet = new Set(blocks);
      } else {
        for (const b of blocks) blockSet.add(b);
      }
      // Not a thread the generic reader takes on: the adapter's containers, counted unreadable by the health report.
      if (!active) return found;
      for (const b of blocks) generic.add(b);
      return blocks;
    },
    readComment(el, ctx) {
      return generic.has(el) ? readGenericBlock(el, ctx, platform, blockSet, ids) : adapter.readComment(el, ctx);
    },
    commentElementOf(node) {
      const own = adapter.commentElementOf(node);
      if (own || !active) return own;
      for (let p: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; p; p = p.parentElement) if (generic.has(p)) return p;
      return null;
    },
    parentCommentElement(el) {
      return generic.has(el) ? enclosingBlock(el, blockSet) : adapter.parentCommentElement(el);
    },
  };
}
