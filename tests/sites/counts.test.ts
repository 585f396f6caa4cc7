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

  const BY_LANGUAGE: Array<[string, Array<[string, number]>]> = [
    ['pt', [['1.596 curtidas', 1596], ['12 mil curtidas', 12000], ['1,2 mil', 1200], ['3,4 mi seguidores', 3400000], ['Ver todas as 12 respostas', 12], ['Ver respostas (7)', 7]]],
    ['es', [['1.596 Me gusta', 1596], ['12 mil', 12000], ['1,2 mill.', 1200000], ['Ver las 5 respuestas', 5], ['2,5 M seguidores', 2500000]]],
    ['de', [['2 Tsd.', 2000], ['1,2 Tsd. Gefällt mir', 1200], ['1.596 „Gefällt mir“-Angaben', 1596], ['3,4 Mio. Follower', 3400000], ['Alle 8 Antworten ansehen', 8], ['1 Mrd.', 1000000000]]],
    ['it', [['41.962 Mi piace', 41962], ['41962 Mi piace', 41962], ['1 Mi piace', 1], ['12 mila', 12000], ['1,2 Mln', 1200000], ['3 mln follower', 3000000], ['Visualizza tutte le 4 risposte', 4]]],
    ['fr', [['1,2 k', 1200], ['1 596 J’aime', 1596], ['2 mille', 2000], ['1,5 M abonnés', 1500000]]],
    ['en', [['1,596 likes', 1596], ['1.2K', 1200], ['View all 12 replies', 12], ['3.4M followers', 3400000]]],
  ];
  describe.each(BY_LANGUAGE)('in a %s UI', (_lang, cases) => {
    it.each(cases)('%s → %i', (text, expected) => {
      expect(parseCount(text)).toBe(expected);
    });
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
    ['Decoração · 12,3 mil seguidores', 12300],
    ['Diseño de interiores · 48.210 seguidores', 48210],
    ['Innenarchitekt · 12.300 Follower', 12300],
    ['2 Tsd. Follower', 2000],
    ['3,4 Mio. Abonnenten', 3400000],
    ['Architetta · 1,2 mila follower', 1200],
    ['5.321 seguaci', 5321],
  ])('%s → %i', (text, expected) => {
    expect(parseFollowers(text)).toBe(expected);
  });

  it('ignores numbers that are not follower counts', () => {
    expect(parseFollowers('10 ans chez Atelier Nova')).toBeUndefined();
    expect(parseFollowers('Responsable de 3 magasins')).toBeUndefined();
    expect(parseFollowers(undefined)).toBeUndefined();
  });
});
