import { parseCount, parseFollowers } from '../counts';
import { FOLLOWING_WORDS, defined, lines, textWithoutBadges, type ProfileHeader, type ProfileReader } from './common';

/** LinkedIn company, showcase, school and member pages: the top card. */
export const LINKEDIN_PROFILE_SELECTORS = {
  topCard: '.org-top-card, .pv-top-card, section.artdeco-card',
  name: 'h1',
  verified: '[aria-label*="verif" i], [aria-label*="vérif" i]',
} as const;

function readLinkedIn(doc: Document, handle: string): ProfileHeader | undefined {
  const s = LINKEDIN_PROFILE_SELECTORS;
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

export const linkedinProfile: ProfileReader = { platform: 'linkedin', selectors: LINKEDIN_PROFILE_SELECTORS, read: readLinkedIn };
