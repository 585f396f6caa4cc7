import { parseCount, parseFollowers } from '../counts';
import { FOLLOWING_WORDS, LIKES_WORDS, clean, defined, textWithoutBadges, type ProfileHeader, type ProfileReader } from './common';

/** Facebook pages and profiles: the main column's h1 and count links. */
export const FACEBOOK_PROFILE_SELECTORS = {
  header: '[role="main"]',
  name: 'h1',
  counts: 'a[href*="/followers"], a[href*="friends_likes"], a[href*="/likes"], a[href*="/following"]',
  verified: '[aria-label="Verified account"], [aria-label="Compte vérifié"], [aria-label="Verified"], [aria-label="Vérifié"]',
} as const;

function readFacebook(doc: Document, handle: string): ProfileHeader | undefined {
  const s = FACEBOOK_PROFILE_SELECTORS;
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

export const facebookProfile: ProfileReader = { platform: 'facebook', selectors: FACEBOOK_PROFILE_SELECTORS, read: readFacebook };
