import { POSTS_WORDS, clean, countOf, defined, type ProfileHeader, type ProfileReader } from './common';

/** Instagram profile pages (instagram.com/<handle>/): the header with its stats list. */
export const INSTAGRAM_PROFILE_SELECTORS = {
  header: 'header',
  name: 'h2, h1',
  followers: 'a[href$="/followers/"]',
  following: 'a[href$="/following/"]',
  stats: 'li',
  displayName: 'span[dir="auto"]',
  verified: 'svg[aria-label="Verified"], svg[aria-label="Vérifié"]',
} as const;

function readInstagram(doc: Document, handle: string): ProfileHeader | undefined {
  const s = INSTAGRAM_PROFILE_SELECTORS;
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

export const instagramProfile: ProfileReader = { platform: 'instagram', selectors: INSTAGRAM_PROFILE_SELECTORS, read: readInstagram };
