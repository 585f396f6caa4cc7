/**
 * Who wrote the comment: follower tier, verified badge, the brand's watchlist (journalists,
 * partners, influencers, VIP customers) and competitor accounts.
 */
import type { Brand, WatchlistEntry } from '@/lib/schema/brand';
import type { Author } from '@/lib/schema/comment';
import type { Platform } from '@/lib/schema/platform';
import { DEFAULT_TIERS, type FollowerTiers, type InfluenceTier } from './config';
import { findWatchlistEntry as findEntry, whoKey } from '@/lib/identity';
import { handleFromInput } from '@/lib/identity/keys';
import { competitorByHandle } from './competitors';

export interface AuthorAssessment {
  /** Follower tier; `null` when the page shows no follower count. */
  tier: InfluenceTier | null;
  followers: number | null;
  verified: boolean;
  /** The watchlist entry the author matches, if any. */
  watch: WatchlistEntry | null;
  /** Name of the competitor whose account this is, if any. */
  competitor: string | null;
  /** Human-readable lines for the panel ("Journalist on your watchlist", "Macro influencer · 240k"). */
  reasons: string[];
}

export function tierOf(followers: number, tiers: FollowerTiers = DEFAULT_TIERS): InfluenceTier {
  if (followers >= tiers.mega) return 'mega';
  if (followers >= tiers.macro) return 'macro';
  if (followers >= tiers.micro) return 'micro';
  if (followers >= tiers.nano) return 'nano';
  return 'none';
}

const compactNumber = (n: number) =>
  n >= 1_000_000 ? `${+(n / 1_000_000).toFixed(1)}M` : n >= 1_000 ? `${+(n / 1_000).toFixed(1)}k` : String(n);

/** The brand's watchlist entry naming this author (lib/identity's rule, shared with the reports). */
export function findWatchlistEntry(author: Author, brand: Pick<Brand, 'watchlist'> | undefined, platform?: Platform): WatchlistEntry | null {
  return findEntry(brand?.watchlist, author, platform);
}

export function findCompetitorAccount(author: Author, brand: Pick<Brand, 'competitors'> | undefined, platform?: Platform): string | null {
  // Most brands list no competitor: no account nor name to match, and the keys below cost a fold each.
  if (!brand?.competitors?.length) return null;
  const handle = author.handle ? whoKey(author.handle) : null;
  const name = whoKey(author.name);
  for (const c of brand?.competitors ?? []) {
    for (const a of c.accounts ?? []) {
      if (platform && a.platform !== platform) continue;
      if ((handle !== null && whoKey(a.handle) === handle) || (a.name && whoKey(a.name) === name)) return c.name;
    }
  }
  // No account configured for it: a handle (or profile link) spelling the competitor's name is theirs ("@ateliernova").
  for (const candidate of [author.handle, author.profileUrl && handleFromInput(author.profileUrl)]) {
    const found = candidate ? competitorByHandle(candidate, brand) : null;
    if (found) return found;
  }
  return null;
}

const TIER_NAMES: Record<InfluenceTier, string> = { none: 'Under the nano tier', nano: 'Nano influencer', micro: 'Micro influencer', macro: 'Macro influencer', mega: 'Mega influencer' };
const WATCH_NAMES: Record<WatchlistEntry['kind'], string> = { journalist: 'Journalist', influencer: 'Influencer', partner: 'Partner', vip: 'VIP customer', other: 'Watched account' };

/**
 * Does this author count as an influencer? The one rule behind the panel's "Influenceurs" filter
 * and the reports' list: a follower tier above `none` (the settings' tiers), a watchlist entry,
 * or a verified badge.
 */
export function isInfluential(author: { tier?: string | null; watch?: unknown; verified: boolean }): boolean {
  return (Boolean(author.tier) && author.tier !== 'none') || Boolean(author.watch) || author.verified;
}

/** Everything the queue needs to know about the author of a comment. */
export function assessAuthor(
  author: Author,
  brand?: Pick<Brand, 'watchlist' | 'competitors'>,
  tiers: FollowerTiers = DEFAULT_TIERS,
  platform?: Platform,
): AuthorAssessment {
  const followers = author.followers ?? null;
  const competitor = findCompetitorAccount(author, brand, platform);
  // A competitor's own account is a competitor, not an influencer to court: no tier.
  const tier = followers === null || competitor ? null : tierOf(followers, tiers);
  const watch = findWatchlistEntry(author, brand, platform);
  const reasons: string[] = [];
  if (watch) reasons.push(`${WATCH_NAMES[watch.kind]} on your watchlist${watch.note ? ` (${watch.note})` : ''}`);
  if (tier !== null && tier !== 'none') reasons.push(`${TIER_NAMES[tier]} · ${compactNumber(followers as number)} followers`);
  if (author.verified) reasons.push('Verified account');
  if (competitor) reasons.push(`Account of competitor ${competitor}`);
  return { tier, followers, verified: author.verified, watch, competitor, reasons };
}
