import { parseCount } from '../counts';
import { POSTS_WORDS, clean, countOf, defined, type ProfileHeader, type ProfileReader } from './common';

/** X profile pages (x.com/<handle>): the UserName block, the followers / following links. */
export const X_PROFILE_SELECTORS = {
  userName: '[data-testid="UserName"]',
  followers: 'a[href$="/verified_followers"], a[href$="/followers"]',
  following: 'a[href$="/following"]',
  verified: '[data-testid="icon-verified"]',
} as const;

function readX(doc: Document, handle: string): ProfileHeader | undefined {
  const s = X_PROFILE_SELECTORS;
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

export const xProfile: ProfileReader = { platform: 'x', selectors: X_PROFILE_SELECTORS, read: readX };
