import { describe, expect, it } from 'vitest';
import type { Author } from '@/lib/schema/comment';
import { assessAuthor, FollowerTiersSchema, tierOf } from '@/lib/triage';
import { makeBrand } from './helpers';

const author = (over: Partial<Author> = {}): Author => ({ name: 'Camille Martin', verified: false, ...over });

describe('follower tiers', () => {
  it('uses the industry defaults: nano 1k, micro 10k, macro 100k, mega 1M', () => {
    expect(tierOf(999)).toBe('none');
    expect(tierOf(1_000)).toBe('nano');
    expect(tierOf(9_999)).toBe('nano');
    expect(tierOf(80_000)).toBe('micro');
    expect(tierOf(100_000)).toBe('macro');
    expect(tierOf(2_500_000)).toBe('mega');
  });

  it('accepts custom thresholds and rejects shrinking ones', () => {
    const tiers = FollowerTiersSchema.parse({ nano: 500, micro: 5_000, macro: 50_000, mega: 500_000 });
    expect(tierOf(80_000, tiers)).toBe('macro');
    expect(() => FollowerTiersSchema.parse({ nano: 10_000, micro: 5_000 })).toThrow(/grow/);
  });

  it('reports an unknown tier when the page shows no follower count', () => {
    expect(assessAuthor(author()).tier).toBeNull();
    const a = assessAuthor(author({ followers: 240_000, verified: true }));
    expect(a.tier).toBe('macro');
    expect(a.verified).toBe(true);
    expect(a.reasons).toEqual(['Macro influencer · 240k followers', 'Verified account']);
  });
});

describe('watchlist', () => {
  const brand = makeBrand({
    watchlist: [
      { who: '@Lea_Journaliste', kind: 'journalist', note: 'Le Parisien' },
      { who: 'https://www.linkedin.com/in/marc-dupont/', kind: 'partner', platform: 'linkedin' },
      { who: 'Élodie Bérard', kind: 'vip' },
    ],
  });

  it('matches by handle, by profile URL and by display name, case- and accent-insensitively', () => {
    expect(assessAuthor(author({ handle: 'lea_journaliste' }), brand).watch?.kind).toBe('journalist');
    expect(assessAuthor(author({ profileUrl: 'https://linkedin.com/in/marc-dupont' }), brand, undefined, 'linkedin').watch?.kind).toBe('partner');
    expect(assessAuthor(author({ name: 'elodie berard' }), brand).watch?.kind).toBe('vip');
    expect(assessAuthor(author({ handle: 'lea_journaliste' }), brand).reasons[0]).toBe('Journalist on your watchlist (Le Parisien)');
  });

  it('respects the platform of an entry and does not match substrings', () => {
    expect(assessAuthor(author({ profileUrl: 'https://linkedin.com/in/marc-dupont' }), brand, undefined, 'x').watch).toBeNull();
    expect(assessAuthor(author({ handle: 'lea_journaliste_fan' }), brand).watch).toBeNull();
  });
});

describe('competitor accounts', () => {
  it('recognises a competitor posting under the brand', () => {
    const brand = makeBrand({ competitors: [{ name: 'Orange', accounts: [{ platform: 'x', handle: 'Orange_FR', name: 'Orange France' }] }] });
    expect(assessAuthor(author({ handle: 'orange_fr' }), brand, undefined, 'x').competitor).toBe('Orange');
    expect(assessAuthor(author({ name: 'Orange France' }), brand).competitor).toBe('Orange');
    expect(assessAuthor(author({ handle: 'orange_fr' }), brand, undefined, 'facebook').competitor).toBeNull();
  });
});
