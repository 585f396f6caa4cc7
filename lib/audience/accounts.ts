import { handleKey } from '../identity/keys';
import type { AccountRelation } from '../schema/audience';
import type { Brand } from '../schema/brand';
import type { Platform } from '../schema/platform';

/** A watched account: one of the brand's own, or a listed competitor's (with the competitor's name). */
export interface WatchedAccount {
  relation: AccountRelation;
  competitor?: string;
}

/**
 * Whether `handle` on `platform` is one the brand watches. Anything else is somebody else's
 * account, and Riposte stores nothing about it (no personal data about third parties).
 */
export function watchedAccount(brand: Brand, platform: Platform, handle: string): WatchedAccount | undefined {
  const key = handleKey(handle);
  const same = (a: { platform: Platform; handle: string }): boolean => a.platform === platform && handleKey(a.handle) === key;
  if (brand.ownAccounts.some(same)) return { relation: 'own' };
  const competitor = brand.competitors.find((c) => c.accounts.some(same));
  return competitor ? { relation: 'competitor', competitor: competitor.name } : undefined;
}

/**
 * The account that wrote the post at `postUrl`, when the URL names it: x.com/<handle>/status/…,
 * facebook.com/<page>/posts/…. Instagram (/p/…) and LinkedIn (/feed/update/urn…) post URLs do not
 * name their author, so their threads cannot be attributed from the URL alone.
 */
export function postAuthorHandle(platform: Platform, postUrl: string): string | undefined {
  let segments: string[];
  try {
    segments = new URL(postUrl).pathname.split('/').filter(Boolean);
  } catch {
    return undefined;
  }
  const [handle, kind] = segments;
  if (!handle) return undefined;
  if (platform === 'x' && kind === 'status') return handleKey(handle);
  if (platform === 'facebook' && (kind === 'posts' || kind === 'videos' || kind === 'photos')) return handleKey(handle);
  return undefined;
}
