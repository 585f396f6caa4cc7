import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';
import { resolveLanguage, textOf, translator } from '@/lib/i18n';

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
      expect(placeholders(textOf(fr, key)), key).toEqual(placeholders(textOf(en, key)));
    }
  });

  it('writes each text once per language: a key showing the same text links to it (@:key)', () => {
    for (const [language, dictionary] of [['fr', fr], ['en', en]] as const) {
      const keysByText = new Map<string, string[]>();
      for (const [key, value] of Object.entries(dictionary) as [string, string][]) {
        if (value.startsWith('@:')) {
          const target = value.slice(2);
          expect(target in dictionary, `${language} ${key} links to a missing key ${target}`).toBe(true);
          expect((dictionary as Record<string, string>)[target]!.startsWith('@:'), `${language} ${key}: a link to a link`).toBe(false);
          continue;
        }
        keysByText.set(value, [...(keysByText.get(value) ?? []), key]);
      }
      const repeated = [...keysByText].filter(([, keys]) => keys.length > 1).map(([text, keys]) => `${text}: ${keys.join(', ')}`);
      expect(repeated, `${language}: the same text under several keys`).toEqual([]);
    }
  });

  it('shows a linked key with its target’s text', () => {
    expect(textOf({ a: 'Plainte', b: '@:a' }, 'b')).toBe('Plainte');
    expect(textOf({ a: 'Plainte' }, 'missing')).toBe('missing');
  });

  it('ships the manifest strings in both _locales', async () => {
    const { readFile } = await import('node:fs/promises');
    const load = async (lang: string) =>
      Object.keys(JSON.parse(await readFile(`public/_locales/${lang}/messages.json`, 'utf8')) as object).sort();
    expect(await load('fr')).toEqual(await load('en'));
  });
});
