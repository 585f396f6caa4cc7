import { describe, expect, it } from 'vitest';
import { colon, plural, textOf, translator, type MessageKey } from '@/lib/i18n';
import { en as enDictionary } from '@/lib/i18n/en';
import { departmentName, DEFAULT_DEPARTMENTS } from '@/lib/schema/settings';

describe('one plural rule and French typography (issue 18)', () => {
  it('picks the singular by each language’s rule', () => {
    expect(plural('fr', 0, 'a', 'b')).toBe('a');
    expect(plural('fr', 1, 'a', 'b')).toBe('a');
    expect(plural('fr', 2, 'a', 'b')).toBe('b');
    expect(plural('en', 0, 'a', 'b')).toBe('b');
    expect(plural('en', 1, 'a', 'b')).toBe('a');
  });

  it('says 1 concurrent, 1 utilisation, 1 commentaire lu', () => {
    const fr = translator('fr');
    const en = translator('en');
    expect(fr('options.brands.summary', { address: 'Vous', accounts: 1, competitors: 1 })).toMatch(/1 compte propre · 1 concurrent$/u);
    expect(fr('options.brands.summary', { address: 'Vous', accounts: 2, competitors: 3 })).toMatch(/2 comptes propres · 3 concurrents$/u);
    expect(fr('options.reports.uses', { count: 1 })).toBe('1 utilisation');
    expect(fr('panel.status.ok', { site: 'X', count: 1 })).toBe('X : 1 commentaire lu');
    expect(en('comment.likes', { count: 1 })).toBe('1 like');
    expect(en('comment.likes', { count: 1200 })).toBe('1,200 likes');
    expect(en('options.brands.summary', { address: 'You', accounts: 1, competitors: 1 })).toMatch(/1 own account · 1 competitor$/u);
  });

  it('says the brand’s form of address plainly, not "Adresse : Vouvoiement"', () => {
    const fr = translator('fr');
    const summary = fr('options.brands.summary', { address: fr('options.voice.address.vous'), accounts: 1, competitors: 0 });
    expect(summary).toBe('Vouvoiement (vous) · 1 compte propre · 0 concurrent');
  });

  it('puts a space before a French colon', () => {
    expect(colon('fr')).toBe('\u00a0: ');
    expect(colon('en')).toBe(': ');
  });

  it('names one complaint label the same everywhere in French', () => {
    const fr = translator('fr');
    expect([fr('label.complaint'), fr('options.label.complaint'), fr('options.category.complaint')]).toEqual(['Plainte', 'Plainte', 'Plainte']);
  });

  it('names the default departments in the UI language, and a user’s own names as written', () => {
    const sav = DEFAULT_DEPARTMENTS[0]!;
    expect(departmentName(sav, 'fr')).toBe('SAV');
    expect(departmentName(sav, 'en')).toBe('After-sales');
    expect(departmentName({ id: 'after-sales', name: 'Service client' }, 'en')).toBe('Service client');
  });

  it('never says "1 commentaires": every count in every string agrees with its number', () => {
    // Words after a "1" that end in s or x without being plurals; limits ({max}…) are never 1.
    const notPlural = new Set(['fois', 'mois', 'pas', 'plus', 'prix', 'avis', 'choix', 'cas', 'is', 'dans', 'vs', 'was', 'vous']);
    const problems: string[] = [];
    for (const language of ['fr', 'en'] as const) {
      const t = translator(language);
      for (const key of Object.keys(enDictionary) as MessageKey[]) {
        const names = [...textOf(enDictionary, key).matchAll(/(?<!\{)\{(\w+)\}(?!\})/gu)].map((m) => m[1] as string);
        if (names.length === 0 || names.some((n) => ['max', 'length', 'limit'].includes(n))) continue;
        const text = t(key, Object.fromEntries(names.map((n) => [n, 1])));
        for (const match of text.matchAll(/(?<![\p{L}\d])1 ([\p{L}’']+[sx])(?![\p{L}])/giu)) {
          if (!notPlural.has(match[1]!.toLowerCase())) problems.push(`${language} ${key}: ${text}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
