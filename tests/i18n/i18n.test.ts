import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';
import { resolveLanguage, translator } from '@/lib/i18n';

describe('i18n', () => {
  it('follows the browser language unless the user chose one', () => {
    expect(resolveLanguage('auto', 'fr-CA')).toBe('fr');
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('auto', 'de-DE')).toBe('en');
    expect(resolveLanguage('auto', undefined)).toBe('en');
    expect(resolveLanguage('fr', 'en-US')).toBe('fr');
  });

  it('fills placeholders with localised numbers and leaves unknown ones visible', () => {
    expect(translator('fr')('panel.status.ok', { site: 'X', count: 12345 })).toBe('X : 12\u202f345 commentaires lus');
    expect(translator('en')('panel.status.ok', { site: 'X', count: 12345 })).toBe('X: 12,345 comments read');
    expect(translator('en')('panel.status.ok', { site: 'X' })).toBe('X: {count} comments read');
  });

  it('has the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('ships the manifest strings in both _locales', async () => {
    const { readFile } = await import('node:fs/promises');
    const load = async (lang: string) =>
      Object.keys(JSON.parse(await readFile(`public/_locales/${lang}/messages.json`, 'utf8')) as object).sort();
    expect(await load('fr')).toEqual(await load('en'));
  });
});
