import { describe, expect, it } from 'vitest';
import { postAuthorHandle, watchedAccount } from '@/lib/audience/accounts';
import { lumiere } from './brand';

describe('watchedAccount', () => {
  it('recognises the brand’s own accounts, whatever the case or "@"', () => {
    expect(watchedAccount(lumiere(), 'x', 'maisonlumiere')).toEqual({ relation: 'own' });
    expect(watchedAccount(lumiere(), 'instagram', '@MaisonLumiere')).toEqual({ relation: 'own' });
  });

  it('names the competitor an account belongs to', () => {
    expect(watchedAccount(lumiere(), 'facebook', 'AtelierNova')).toEqual({ relation: 'competitor', competitor: 'Atelier Nova' });
  });

  it('ignores anyone else, and the same handle on a site where it is not listed', () => {
    expect(watchedAccount(lumiere(), 'x', 'camille_m')).toBeUndefined();
    expect(watchedAccount(lumiere(), 'linkedin', 'ateliernova')).toBeUndefined();
  });
});

describe('postAuthorHandle', () => {
  it.each([
    ['x', 'https://x.com/AtelierNova/status/1860000000000000001', 'ateliernova'],
    ['facebook', 'https://www.facebook.com/ateliernova/posts/pfbid0Abc', 'ateliernova'],
    ['x', 'https://x.com/notifications/mentions', undefined],
    ['instagram', 'https://www.instagram.com/p/DA1bC2dE3fG/', undefined],
    ['linkedin', 'https://www.linkedin.com/feed/update/urn:li:activity:7250000000000000001/', undefined],
    ['x', 'not a url', undefined],
  ] as const)('%s %s → %s', (platform, url, handle) => {
    expect(postAuthorHandle(platform, url)).toBe(handle);
  });
});
