import { describe, expect, it } from 'vitest';
import { assessAuthor } from '@/lib/triage';
import { detectCompetitors } from '@/lib/triage/competitors';

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
