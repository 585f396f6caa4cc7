import type { ProfileReading } from '../schema/audience';
import type { Platform } from '../schema/platform';
import { handleKey } from '../identity/keys';
import { parseCount, parseFollowers } from './counts';
import { platformOfUrl } from './hosts';
import { clipText, PAGE_TEXT_LIMITS } from './limits';

/**
 * Profile and page headers: name, handle, follower / following / post counts and the verified
 * badge of the account a page shows, in French and English UIs. Pure DOM reading, zod-free (the
 * content scripts bundle it); the background validates with ProfileReadingSchema.
 *
 * A page is a profile only when both its URL has a profile's shape and its header has the hooks
 * below: a post page or a feed returns undefined. Selectors live in one const per site.
 */
export const PROFILE_SELECTORS = {
  x: {
    userName: '[data-testid="UserName"]',
    followers: 'a[href$="/verified_followers"], a[href$="/followers"]',
    following: 'a[href$="/following"]',
    verified: '[data-testid="icon-verified"]',
  },
  instagram: {
    header: 'header',
    name: 'h2, h1',
    followers: 'a[href$="/followers/"]',
    following: 'a[href$="/following/"]',
    stats: 'li',
    displayName: 'span[dir="auto"]',
    verified: 'svg[aria-label="Verified"], svg[aria-label="Vérifié"]',
  },
  linkedin: {
    topCard: '.org-top-card, .pv-top-card, section.artdeco-card',
    name: 'h1',
    verified: '[aria-label*="verif" i], [aria-label*="vérif" i]',
  },
  facebook: {
    header: '[role="main"]',
    name: 'h1',
    counts: 'a[href*="/followers"], a[href*="friends_likes"], a[href*="/likes"], a[href*="/following"]',
    verified: '[aria-label="Verified account"], [aria-label="Compte vérifié"], [aria-label="Verified"], [aria-label="Vérifié"]',
  },
} as const;

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

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/gu, ' ').trim();

/** An element's text without its badges (a "✓" or an icon's label is not part of a name). */
function textWithoutBadges(el: Element | null | undefined): string {
  if (!el) return '';
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && !(node as Element).matches('[role="img"], svg, [aria-label]')) text += textWithoutBadges(node as Element);
  }
  return clean(text);
}

/** A count link's number: the `title` attribute holds the exact figure where the text is rounded. */
function countOf(el: Element | null | undefined): number | undefined {
  if (!el) return undefined;
  const exact = el.querySelector('[title]')?.getAttribute('title') ?? el.getAttribute('title');
  return parseCount(exact) ?? parseCount(el.textContent);
}

// The profile header's words in the UI languages the sites serve (fr, en, pt, es, de, it).
const FOLLOWING_WORDS = /(?:^|[^\p{L}])(following|abonnements|suivi(?:e)?s|seguindo|siguiendo|gefolgt|folgt|seguiti|segue)(?![\p{L}])/iu;
const POSTS_WORDS = /(?:^|[^\p{L}])(posts?|publications?|tweets?|publicações|publicaciones|publicación|beiträge|beitrag|post|publicação)(?![\p{L}])/iu;
const LIKES_WORDS = /(j[’']aime|likes?|curtidas|me gusta|gefällt mir|mi piace)(?![\p{L}])/iu;

function readX(doc: Document, handle: string): Omit<ProfileReading, 'platform' | 'url'> | undefined {
  const s = PROFILE_SELECTORS.x;
  const userName = doc.querySelector(s.userName);
  if (!userName) return undefined;
  // The name block holds two lines: the display name, then "@handle".
  const lines = [...userName.querySelectorAll('span')].map((el) => clean(el.textContent)).filter(Boolean);
  const name = lines.find((l) => !l.startsWith('@'));
  const shownHandle = lines.find((l) => l.startsWith('@'))?.slice(1).toLowerCase();
  if (!name || (shownHandle && shownHandle !== handle)) return undefined;
  const scope = userName.closest('[data-testid="primaryColumn"]') ?? doc;
  const followers = countOf(scope.querySelector(`a[href$="/${handle}/verified_followers" i], a[href$="/${handle}/followers" i]`));
  const following = countOf(scope.querySelector(`a[href$="/${handle}/following" i]`));
  // The sticky top bar: "<name>" over "1 234 posts".
  const posts = [...scope.querySelectorAll('h2 ~ div, h2 + div')].map((el) => clean(el.textContent)).find((t) => POSTS_WORDS.test(t) && /\d/u.test(t));
  return {
    handle,
    name,
    verified: userName.querySelector(s.verified) !== null,
    ...defined({ followers, following, posts: parseCount(posts) }),
  };
}

function readInstagram(doc: Document, handle: string): Omit<ProfileReading, 'platform' | 'url'> | undefined {
  const s = PROFILE_SELECTORS.instagram;
  const header = [...doc.querySelectorAll(s.header)].find((h) => h.querySelector(s.followers));
  if (!header) return undefined;
  const username = clean(header.querySelector(s.name)?.textContent).toLowerCase();
  if (username && username !== handle) return undefined;
  const followers = countOf(header.querySelector(`a[href$="/${handle}/followers/" i]`) ?? header.querySelector(s.followers));
  const following = countOf(header.querySelector(`a[href$="/${handle}/following/" i]`) ?? header.querySelector(s.following));
  const postsItem = [...header.querySelectorAll(s.stats)].find((li) => !li.querySelector('a') && POSTS_WORDS.test(clean(li.textContent)));
  // The display name is the first line of the bio block, under the stats.
  const nameEl = [...header.querySelectorAll(s.displayName)].find((el) => !el.closest('ul, h1, h2, a, button'));
  const displayName = clean(nameEl?.textContent) || username || handle;
  return {
    handle,
    name: displayName,
    verified: header.querySelector(s.verified) !== null,
    ...defined({ followers, following, posts: countOf(postsItem) }),
  };
}

/** Texts of the leaf-ish elements under `root`, where LinkedIn and Facebook print their counts. */
function lines(root: Element): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('span, div, a, li, p')) {
    if (el.children.length > 0 && [...el.children].some((c) => clean(c.textContent).length > 0)) continue;
    const text = clean(el.textContent);
    if (text) out.push(text);
  }
  return out;
}

function readLinkedIn(doc: Document, handle: string): Omit<ProfileReading, 'platform' | 'url'> | undefined {
  const s = PROFILE_SELECTORS.linkedin;
  const card = [...doc.querySelectorAll(s.topCard)].find((el) => el.querySelector(s.name));
  if (!card) return undefined;
  const name = textWithoutBadges(card.querySelector(s.name));
  if (!name) return undefined;
  const texts = lines(card);
  // "Ameublement · Lyon · 12 k abonnés · 51-200 employés": one line may hold several facts.
  const followers = texts.map((t) => parseFollowers(t)).find((n) => n !== undefined);
  const followingLine = texts.find((t) => FOLLOWING_WORDS.test(t) && !parseFollowers(t));
  return {
    handle,
    name,
    verified: card.querySelector(s.verified) !== null,
    ...defined({ followers, following: parseCount(followingLine) }),
  };
}

function readFacebook(doc: Document, handle: string): Omit<ProfileReading, 'platform' | 'url'> | undefined {
  const s = PROFILE_SELECTORS.facebook;
  const main = doc.querySelector(s.header) ?? doc.body;
  const h1 = main.querySelector(s.name);
  const name = textWithoutBadges(h1);
  if (!h1 || !name) return undefined;
  const links = [...main.querySelectorAll(s.counts)].map((a) => ({ href: a.getAttribute('href') ?? '', text: clean(a.textContent) }));
  const followers = links.map((l) => parseFollowers(l.text)).find((n) => n !== undefined);
  const following = parseCount(links.find((l) => /\/following/u.test(l.href) || FOLLOWING_WORDS.test(l.text))?.text);
  // Pages that hide their followers show only "N J'aime": the likes then stand for the audience.
  const likes = links.find((l) => LIKES_WORDS.test(l.text));
  if (followers === undefined && !likes) return undefined;
  return {
    handle,
    name,
    verified: (h1.parentElement ?? h1).querySelector(s.verified) !== null,
    ...defined({ followers: followers ?? parseCount(likes?.text), following }),
  };
}

function defined<T extends Record<string, number | undefined>>(values: T): Partial<Record<keyof T, number>> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<Record<keyof T, number>>;
}

const READERS: Record<Platform, (doc: Document, handle: string) => Omit<ProfileReading, 'platform' | 'url'> | undefined> = {
  x: readX,
  instagram: readInstagram,
  linkedin: readLinkedIn,
  facebook: readFacebook,
};

/**
 * The profile header of the page at `url`, or undefined when the page is not a profile (or its
 * header is not rendered yet). Cheap: a handful of querySelector calls, no full-page scan.
 */
export function readProfile(doc: Document, url: string): ProfileReading | undefined {
  const account = profileHandleOf(url);
  if (!account) return undefined;
  const read = READERS[account.platform](doc, account.handle);
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
