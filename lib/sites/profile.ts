import type { ProfileReading } from '../schema/audience';
import type { Platform } from '../schema/platform';
import { profileHandleOf, readProfileWith, type ProfileReader } from './profiles/common';
import { facebookProfile } from './profiles/facebook';
import { instagramProfile } from './profiles/instagram';
import { linkedinProfile } from './profiles/linkedin';
import { xProfile } from './profiles/x';

/**
 * Profile and page headers of the four sites: name, handle, follower / following / post counts and
 * the verified badge of the account a page shows. Each site's reader lives in lib/sites/profiles/
 * and is reached by its adapter (`SiteAdapter.profile`), so a content script bundles only its own;
 * this registry, for the extension pages and tests, picks the reader from the URL.
 */
export { profileHandleOf, readProfileWith, type ProfileHeader, type ProfileReader } from './profiles/common';

export const PROFILE_READERS: Record<Platform, ProfileReader> = {
  x: xProfile,
  instagram: instagramProfile,
  linkedin: linkedinProfile,
  facebook: facebookProfile,
};

/** Each site's profile selectors, by site. */
export const PROFILE_SELECTORS = {
  x: xProfile.selectors,
  instagram: instagramProfile.selectors,
  linkedin: linkedinProfile.selectors,
  facebook: facebookProfile.selectors,
};

/**
 * The profile header of the page at `url`, or undefined when the page is not a profile (or its
 * header is not rendered yet). Cheap: a handful of querySelector calls, no full-page scan.
 */
export function readProfile(doc: Document, url: string): ProfileReading | undefined {
  const account = profileHandleOf(url);
  return account ? readProfileWith(PROFILE_READERS[account.platform], doc, url) : undefined;
}
