/**
 * Watchlist matching: whether a person the page shows is one the brand listed (a journalist, a
 * partner, a VIP customer…). One rule for the panel's triage, the reports and "forget an author",
 * so they never disagree: the entry's `who` and the person's handle, profile URL and name are
 * compared as `whoKey`s (accent-folded: "Jerome Petit" is "Jérôme Petit"), and a profile URL also
 * matches by its last segment ("linkedin.com/in/jane-doe" is "jane-doe").
 */
import type { WatchlistEntry } from '../schema/brand';
import type { Platform } from '../schema/platform';
import { whoKey } from './keys';

/** What a page or the log knows of a person. */
export interface Who {
  name: string;
  handle?: string | undefined;
  profileUrl?: string | undefined;
}

/** The keys a person can be recognised by: handle, profile URL (whole and last segment), name. */
export function whoKeys(people: Who | readonly Who[]): Set<string> {
  const keys = new Set<string>();
  for (const who of Array.isArray(people) ? people : [people as Who]) {
    keys.add(whoKey(who.name));
    if (who.handle) keys.add(whoKey(who.handle));
    if (who.profileUrl) {
      const url = whoKey(who.profileUrl);
      keys.add(url);
      const last = url.split('/').pop();
      if (last) keys.add(last);
    }
  }
  keys.delete('');
  return keys;
}

/** Whether `entry` names the person with these keys (an entry for another site never does). */
export function watchlistEntryMatches(entry: Pick<WatchlistEntry, 'who' | 'platform'>, keys: ReadonlySet<string>, platform?: Platform): boolean {
  if (entry.platform && platform && entry.platform !== platform) return false;
  return keys.has(whoKey(entry.who));
}

/** The first watchlist entry naming this person on `platform`, or null. */
export function findWatchlistEntry<E extends Pick<WatchlistEntry, 'who' | 'platform'>>(
  list: readonly E[] | undefined,
  who: Who | readonly Who[],
  platform?: Platform,
): E | null {
  if (!list || list.length === 0) return null;
  const keys = whoKeys(who);
  return list.find((entry) => watchlistEntryMatches(entry, keys, platform)) ?? null;
}
