import type { ProfileReading } from '../../schema/audience';
import type { Platform } from '../../schema/platform';
import { handleKey } from '../../identity/keys';
import { parseCount } from '../counts';
import { platformOfUrl } from '../hosts';
import { clipText, PAGE_TEXT_LIMITS } from '../limits';

/**
 * What every site's profile reader shares: which URLs are profiles, the reader's shape, and the
 * small DOM helpers the four readers use. Each site's reader is in its own file next to this one
 * (x.ts, instagram.ts, linkedin.ts, facebook.ts), reached through its site adapter, so a content
 * script bundles its own site's profile selectors only. Pure DOM reading, zod-free; the background
 * validates with ProfileReadingSchema.
 *
 * A page is a profile only when both its URL has a profile's shape and its header has the reader's
 * hooks: a post page or a feed gives undefined.
 */

/** A profile header as a reader finds it; the URL and platform are added by `readProfileWith`. */
export type ProfileHeader = Omit<ProfileReading, 'platform' | 'url'>;

/** One site's profile reader: its selectors (one const) and how it reads a header. */
export interface ProfileReader {
  readonly platform: Platform;
  readonly selectors: Readonly<Record<string, string>>;
  /** The header of `handle`'s profile on this page, or undefined when it is not (yet) rendered. */
  read(doc: Document, handle: string): ProfileHeader | undefined;
}

/** Path segments that are site sections, never an account. */
const RESERVED: Record<Platform, ReadonlySet<string>> = {
  x: new Set(['home', 'explore', 'notifications', 'messages', 'i', 'search', 'settings', 'compose', 'login', 'logout', 'tos', 'privacy', 'hashtag']),
  instagram: new Set(['p', 'reel', 'reels', 'explore', 'direct', 'stories', 'accounts', 'tv', 'about', 'legal']),
  linkedin: new Set(),
  facebook: new Set(['groups', 'watch', 'marketplace', 'gaming', 'events', 'photo', 'photo.php', 'story.php', 'permalink.php', 'reel', 'stories', 'search', 'notifications', 'messages', 'settings', 'help', 'login', 'home.php']),
};

/** Sub-pages of a profile that still show its header. */
const PROFILE_TABS: Record<Platform, ReadonlySet<string>> = {
  x: new Set(['with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows']),
  instagram: new Set(['tagged', 'reels', 'saved']),
  linkedin: new Set(['about', 'posts', 'people', 'life', 'jobs', 'recent-activity', 'details']),
  facebook: new Set(['about', 'photos', 'videos', 'reviews', 'followers', 'mentions', 'events', 'community']),
};

/** The account a URL is the profile of, or undefined for posts, feeds and site sections. */
export function profileHandleOf(url: string): { platform: Platform; handle: string } | undefined {
  const platform = platformOfUrl(url);
  if (!platform) return undefined;
  const parsed = new URL(url);
  const segments = parsed.pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  if (platform === 'linkedin') {
    // /company/<slug>/…, /showcase/<slug>/…, /school/<slug>/…, /in/<slug>/…
    const [kind, slug, tab, ...rest] = segments;
    if (!kind || !slug || !['company', 'showcase', 'school', 'in'].includes(kind)) return undefined;
    if (rest.length > 0 || (tab !== undefined && !PROFILE_TABS.linkedin.has(tab))) return undefined;
    return { platform, handle: slug.toLowerCase() };
  }
  if (platform === 'facebook' && segments[0] === 'profile.php') {
    const id = parsed.searchParams.get('id');
    return id && /^\d+$/u.test(id) ? { platform, handle: id } : undefined;
  }
  const [handle, tab, ...rest] = segments;
  if (!handle || RESERVED[platform].has(handle.toLowerCase()) || rest.length > 0) return undefined;
  if (tab !== undefined && !PROFILE_TABS[platform].has(tab)) return undefined;
  return { platform, handle: handleKey(handle) };
}

/**
 * The profile header of the page at `url` read with `reader`, or undefined when the page is not a
 * profile of the reader's site (or its header is not rendered yet). Cheap: a handful of
 * querySelector calls, no full-page scan.
 */
export function readProfileWith(reader: ProfileReader, doc: Document, url: string): ProfileReading | undefined {
  const account = profileHandleOf(url);
  if (!account || account.platform !== reader.platform) return undefined;
  const read = reader.read(doc, account.handle);
  if (!read) return undefined;
  const parsed = new URL(url);
  return {
    platform: account.platform,
    url: `${parsed.origin}${parsed.pathname}${account.platform === 'facebook' && parsed.pathname === '/profile.php' ? parsed.search : ''}`,
    ...read,
    // A page can put anything in its header: the name is capped like a commenter's.
    name: clipText(read.name, PAGE_TEXT_LIMITS.name),
    handle: clipText(read.handle, PAGE_TEXT_LIMITS.handle),
  };
}

export const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/gu, ' ').trim();

/** An element's text without its badges (a "✓" or an icon's label is not part of a name). */
export function textWithoutBadges(el: Element | null | undefined): string {
  if (!el) return '';
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && !(node as Element).matches('[role="img"], svg, [aria-label]')) text += textWithoutBadges(node as Element);
  }
  return clean(text);
}

/** A count link's number: the `title` attribute holds the exact figure where the text is rounded. */
export function countOf(el: Element | null | undefined): number | undefined {
  if (!el) return undefined;
  const exact = el.querySelector('[title]')?.getAttribute('title') ?? el.getAttribute('title');
  return parseCount(exact) ?? parseCount(el.textContent);
}

// The profile header's words in the UI languages the sites serve (fr, en, pt, es, de, it).
export const FOLLOWING_WORDS = /(?:^|[^\p{L}])(following|abonnements|suivi(?:e)?s|seguindo|siguiendo|gefolgt|folgt|seguiti|segue)(?![\p{L}])/iu;
export const POSTS_WORDS = /(?:^|[^\p{L}])(posts?|publications?|tweets?|publicações|publicaciones|publicación|beiträge|beitrag|post|publicação)(?![\p{L}])/iu;
export const LIKES_WORDS = /(j[’']aime|likes?|curtidas|me gusta|gefällt mir|mi piace)(?![\p{L}])/iu;

/** Texts of the leaf-ish elements under `root`, where LinkedIn and Facebook print their counts. */
export function lines(root: Element): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('span, div, a, li, p')) {
    if (el.children.length > 0 && [...el.children].some((c) => clean(c.textContent).length > 0)) continue;
    const text = clean(el.textContent);
    if (text) out.push(text);
  }
  return out;
}

export function defined<T extends Record<string, number | undefined>>(values: T): Partial<Record<keyof T, number>> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<Record<keyof T, number>>;
}
