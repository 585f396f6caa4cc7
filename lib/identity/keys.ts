/**
 * Handles, profile URLs and display names reduced to comparable keys. Two families:
 *
 * - storage keys (`authorKeyOf`, `handleKey`): lower-cased but not accent-folded, because they
 *   are stored (the authors table, audience snapshots) and must not change under existing rows;
 * - matching keys (`whoKey`, lib/identity/watchlist.ts): accent-folded and host-agnostic, for
 *   recognising a person the community manager typed by hand ("Jerome Petit", "@jpetit",
 *   "linkedin.com/in/jpetit").
 *
 * Pure and zod-free.
 */
import type { Author } from '../schema/comment';
import type { Platform } from '../schema/platform';
import { fold } from './fold';

/** A handle without the "@" it is often written with, and without surrounding spaces. */
export function bareHandle(handle: string): string {
  return handle.trim().replace(/^@+/u, '');
}

/** A handle as compared and stored: bare, lower-cased (sites' handles are case-insensitive), no trailing "/". */
export function handleKey(handle: string): string {
  return bareHandle(handle).replace(/\/+$/u, '').toLowerCase();
}

/**
 * A handle typed or pasted into a form: bare, and the last path segment when a profile URL was
 * pasted ("https://x.com/riposte_demo/" → "riposte_demo"). Case is kept, as the user wrote it.
 */
export function handleFromInput(input: string): string {
  const trimmed = input.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      const segments = new URL(trimmed).pathname.split('/').filter(Boolean);
      const last = segments[segments.length - 1];
      if (last) return decodeURIComponent(last).replace(/^@/u, '');
    } catch {
      // Not a URL after all: fall through and keep the text.
    }
  }
  return bareHandle(trimmed);
}

/** A profile URL as a storage key: host and path, lower-cased, no query, fragment or trailing "/". */
export function profileUrlKey(profileUrl: string): string {
  const url = new URL(profileUrl);
  return `${url.host.toLowerCase()}${url.pathname.replace(/\/+$/u, '').toLowerCase()}`;
}

/** Characters of a display name that make its key: no name is longer, and a hostile one is cut first. */
const NAME_KEY_LENGTH = 200;

/**
 * A display name as a storage key: composed (NFC), trimmed, lower-cased; accents kept. Capped before
 * composing: normalising tens of thousands of combining marks takes seconds (issue 19).
 */
export function nameKey(name: string): string {
  let capped = name;
  if (name.length > NAME_KEY_LENGTH) {
    const end = (name.charCodeAt(NAME_KEY_LENGTH - 1) & 0xfc00) === 0xd800 ? NAME_KEY_LENGTH - 1 : NAME_KEY_LENGTH;
    capped = name.slice(0, end);
  }
  return capped.normalize('NFC').trim().toLowerCase();
}

/**
 * The key that identifies one person on one site: `platform:` followed by the handle (lower-cased,
 * without @), else the profile URL (lower-cased, no query, no trailing slash), else `name:` and the
 * display name (Facebook often shows only names). Case-insensitive because sites are.
 */
export function authorKeyOf(platform: Platform, author: Pick<Author, 'name' | 'handle' | 'profileUrl'>): string {
  const handle = author.handle === undefined ? '' : handleKey(author.handle);
  if (handle) return `${platform}:${handle}`;
  if (author.profileUrl) return `${platform}:${profileUrlKey(author.profileUrl)}`;
  return `${platform}:name:${nameKey(author.name)}`;
}

/**
 * Handle, profile URL or name reduced to one matching key: accent-folded, lower-cased, without
 * "@", scheme, "www." / "m." / "mobile.", query, fragment or trailing "/".
 */
export function whoKey(value: string): string {
  const v = fold(value.trim())
    .replace(/^https?:\/\//u, '')
    .replace(/^(www|m|mobile)\./u, '')
    .replace(/[?#].*$/u, '')
    .replace(/\/+$/u, '');
  return v.replace(/^@/u, '');
}
