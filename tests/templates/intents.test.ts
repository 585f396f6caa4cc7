import { describe, expect, it } from 'vitest';
import { INTENTS } from '@/lib/schema/intent';
import { TemplateSchema } from '@/lib/schema/template';
import { exportTemplates, parseTemplateImport, starterTemplates } from '@/lib/templates';
import { inferTemplateIntents } from '@/lib/triage/intents';
import { NOW, makeTemplate } from './fixtures';

describe('templates carry intents', () => {
  it('keeps templates stored before intents valid, without inventing the field', () => {
    const old = TemplateSchema.parse({
      id: 'old', brandId: 'b', title: 'Retard', body: 'Désolés', category: 'complaint', language: 'fr',
      createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(),
    });
    expect(old.intents).toBeUndefined();
    expect(() => makeTemplate({ intents: ['gift-card' as never] })).toThrow();
    expect(makeTemplate({ intents: ['delivery-delay'] }).intents).toEqual(['delivery-delay']);
  });

  it('tags every starter template, the same in French and English', () => {
    const rows = starterTemplates('b', NOW);
    for (const row of rows) expect(row.intents, row.id).toBeDefined();
    const byKey = new Map<string, string[][]>();
    for (const row of rows) {
      const key = row.id.split(':')[2] ?? '';
      byKey.set(key, [...(byKey.get(key) ?? []), [...(row.intents ?? [])]]);
    }
    for (const [key, [fr, en]] of byKey) expect(fr, key).toEqual(en);
    const covered = new Set(rows.flatMap((r) => r.intents ?? []));
    // Every intent has a starter made for it (a thanks to a person of the team: the compliment one, second).
    expect(INTENTS.filter((i) => !covered.has(i))).toEqual([]);
  });

  it('infers a user template’s intents from its own words', () => {
    expect(inferTemplateIntents({ title: 'Carte cadeau', tags: [], body: 'Bonjour, oui, nos cartes cadeaux sont en vente en ligne.' })).toEqual([
      'price-b2b-gift-card',
    ]);
    expect(inferTemplateIntents({ title: 'Collab', tags: ['influenceur', 'UGC'], body: 'Merci, écrivez-nous.' })).toEqual(['partnership-creator']);
    expect(inferTemplateIntents({ title: 'Size guide', tags: ['fit'], body: 'Our size guide is on the product page.' })).toEqual(['product-question']);
  });

  it('keeps intents through an export and import', () => {
    const [tagged] = starterTemplates('b', NOW);
    const untagged = makeTemplate({ title: 'Sans intents' });
    const json = exportTemplates([tagged!, untagged], NOW);
    const result = parseTemplateImport(json, { brandId: 'b2', now: NOW, existingIds: new Set<string>() });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.templates[0]?.intents).toEqual(tagged?.intents);
    expect(result.templates[1]?.intents).toBeUndefined();
  });
});
