import { describe, expect, it } from 'vitest';
import { parseCount, parseFollowers } from '@/lib/sites/counts';

describe('parseCount', () => {
  it.each([
    ['12', 12],
    ['1,2 k', 1200],
    ['1.2K', 1200],
    ['12 k J’aime', 12000],
    ['12,3 k abonnés', 12300],
    ['1.2M followers', 1200000],
    ['1,5 M', 1500000],
    ['2 Md', 2000000000],
    ['48 210 abonnés', 48210],
    ['48\u202f210 abonnés', 48210],
    ['48,210 followers', 48210],
    ['48.210', 48210],
    ['1 234 567', 1234567],
    ['3 réponses', 3],
    ['View all 4 replies', 4],
    ['Afficher les 4 réponses', 4],
    ['Voir les réponses (12)', 12],
    ['5 reactions; see who reacted to this', 5],
    ["1234 J'aime. J'aime", 1234],
    ['12 Replies. Reply', 12],
    ['2 mille', 2000],
  ])('%s → %i', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it('returns undefined when there is no number', () => {
    expect(parseCount('Reply')).toBeUndefined();
    expect(parseCount('')).toBeUndefined();
    expect(parseCount(undefined)).toBeUndefined();
  });

  it('does not take a unit word for a multiplier', () => {
    expect(parseCount('5 min')).toBe(5);
    expect(parseCount('3 mois')).toBe(3);
  });
});

describe('parseFollowers', () => {
  it.each([
    ['Créatrice de contenu déco | 12 k abonnés', 12000],
    ['Furniture & lighting · 48,210 followers', 48210],
    ['8 412 abonnés', 8412],
    ['Interior designer · 3.4K followers', 3400],
    ['1 abonnée', 1],
  ])('%s → %i', (text, expected) => {
    expect(parseFollowers(text)).toBe(expected);
  });

  it('ignores numbers that are not follower counts', () => {
    expect(parseFollowers('10 ans chez Atelier Nova')).toBeUndefined();
    expect(parseFollowers('Responsable de 3 magasins')).toBeUndefined();
    expect(parseFollowers(undefined)).toBeUndefined();
  });
});
