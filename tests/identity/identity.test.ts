import { describe, expect, it } from 'vitest';
import { authorKeyOf, findWatchlistEntry, fold, handleFromInput, handleKey, nameKey, whoKey, whoKeys } from '@/lib/identity';

describe('fold', () => {
  it('lower-cases and strips accents, ligatures to two letters', () => {
    expect(fold('Équipe Œuvre')).toBe('equipe oeuvre');
    expect(fold('Jérôme Straße')).toBe('jerome strasse');
    expect(fold('l’envoi 😀')).toBe("l'envoi 😀");
  });
});

describe('keys', () => {
  it('handles: bare, lower-cased, no trailing slash', () => {
    expect(handleKey(' @Maison_Lumiere/ ')).toBe('maison_lumiere');
    expect(handleFromInput('https://x.com/Riposte_Demo/')).toBe('Riposte_Demo');
    expect(handleFromInput('@@fleurs')).toBe('fleurs');
  });

  it('author keys: handle, else profile URL, else name (accents kept: stored keys never change)', () => {
    expect(authorKeyOf('x', { name: 'Léa', handle: '@Lea' })).toBe('x:lea');
    expect(authorKeyOf('linkedin', { name: 'Léa', profileUrl: 'https://www.LinkedIn.com/in/Lea-M/?trk=1' })).toBe('linkedin:www.linkedin.com/in/lea-m');
    expect(authorKeyOf('facebook', { name: ' Jérôme Petit ' })).toBe('facebook:name:jérôme petit');
    expect(nameKey('Jérôme'.normalize('NFD'))).toBe('jérôme');
  });

  it('matching keys: folded, scheme, www and query dropped', () => {
    expect(whoKey('https://www.linkedin.com/in/jane-doe/?x=1')).toBe('linkedin.com/in/jane-doe');
    expect(whoKey('@Jérôme')).toBe('jerome');
    expect([...whoKeys({ name: 'Jane Doe', profileUrl: 'https://m.linkedin.com/in/jane-doe' })]).toEqual(['jane doe', 'linkedin.com/in/jane-doe', 'jane-doe']);
  });
});

describe('findWatchlistEntry', () => {
  const list = [
    { who: 'Jerome Petit', kind: 'journalist' as const },
    { who: '@Presse_Lea', kind: 'journalist' as const, platform: 'x' as const },
    { who: 'linkedin.com/in/marc-dupont', kind: 'partner' as const },
  ];

  it('matches names without regard to accents or case', () => {
    expect(findWatchlistEntry(list, { name: 'Jérôme Petit' })?.who).toBe('Jerome Petit');
    expect(findWatchlistEntry(list, { name: 'JÉRÔME PETIT' })?.who).toBe('Jerome Petit');
  });

  it('matches handles and profile URLs, on their site only', () => {
    expect(findWatchlistEntry(list, { name: 'Léa', handle: 'presse_lea' }, 'x')?.who).toBe('@Presse_Lea');
    expect(findWatchlistEntry(list, { name: 'Léa', handle: 'presse_lea' }, 'instagram')).toBeNull();
    expect(findWatchlistEntry(list, { name: 'Marc', profileUrl: 'https://www.linkedin.com/in/marc-dupont/' }, 'linkedin')?.kind).toBe('partner');
  });

  it('matches across several sightings of one person, and nothing for strangers', () => {
    expect(findWatchlistEntry(list, [{ name: 'J. P.' }, { name: 'Jerome Petit' }])?.kind).toBe('journalist');
    expect(findWatchlistEntry(list, { name: 'Jérôme' })).toBeNull();
    expect(findWatchlistEntry([], { name: 'Jérôme Petit' })).toBeNull();
  });
});
