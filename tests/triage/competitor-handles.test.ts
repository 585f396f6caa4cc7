import { describe, expect, it } from 'vitest';
import { assessAuthor } from '@/lib/triage';
import { detectCompetitors, withCompetitorAccount } from '@/lib/triage/competitors';

const brand = { competitors: [{ name: 'Atelier Nova', aliases: ['Nova Maison'], accounts: [] }], watchlist: [] };
const author = (over: object) => ({ name: 'Someone', verified: false, ...over });

describe('competitors matched by handle when only their name is configured (issue 18)', () => {
  it('reads a mention of the handle their name spells', () => {
    expect(detectCompetitors('Chez @ateliernova c’est -30 %', brand)).toEqual(['Atelier Nova']);
    expect(detectCompetitors('Voyez @Atelier_Nova', brand)).toEqual(['Atelier Nova']);
    expect(detectCompetitors('Merci @novamaison', brand)).toEqual(['Atelier Nova']);
    expect(detectCompetitors('Merci @ateliernovafan', brand)).toEqual([]);
  });

  it('takes that account commenting for the competitor, not an influencer', () => {
    const nova = assessAuthor(author({ name: 'Atelier Nova', handle: 'ateliernova', followers: 23_000 }), brand, undefined, 'instagram');
    expect(nova.competitor).toBe('Atelier Nova');
    expect(nova.tier).toBeNull();
    expect(assessAuthor(author({ name: 'N', profileUrl: 'https://www.facebook.com/ateliernova' }), brand, undefined, 'facebook').competitor).toBe('Atelier Nova');
    expect(assessAuthor(author({ handle: 'camilled', followers: 23_000 }), brand).tier).toBe('micro');
  });
});

describe('withCompetitorAccount', () => {
  it('moves one account to a competitor, or off every competitor, leaving the rest', () => {
    const competitors = [
      { name: 'Atelier Nova', aliases: [], accounts: [{ platform: 'x' as const, handle: 'Nova_Studio' }] },
      { name: 'Lumen', aliases: [], accounts: [{ platform: 'instagram' as const, handle: 'nova_studio' }] },
    ];
    const moved = withCompetitorAccount(competitors, 'x', '@nova_studio', 'Lumen');
    expect(moved[0]!.accounts).toEqual([]);
    expect(moved[1]!.accounts).toEqual([{ platform: 'instagram', handle: 'nova_studio' }, { platform: 'x', handle: 'nova_studio' }]);
    const removed = withCompetitorAccount(competitors, 'x', 'nova_studio', null);
    expect(removed[0]!.accounts).toEqual([]);
    expect(removed[1]).toBe(competitors[1]);
  });
});
