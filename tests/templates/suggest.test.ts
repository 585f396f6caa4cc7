import { describe, expect, it } from 'vitest';
import type { Classification } from '@/lib/schema/classification';
import { prepareTemplates, starterTemplates, suggestTemplates, type SuggestionSignals } from '@/lib/templates';
import { NOW, makeTemplate } from './fixtures';

const library = starterTemplates('brand-1', NOW);
const index = prepareTemplates(library);

function signals(labels: string[], language: SuggestionSignals['language'], sentiment?: string): SuggestionSignals {
  return { labels, language, sentiment: sentiment ? { value: sentiment } : undefined };
}

function first(text: string, s: SuggestionSignals) {
  const [top] = suggestTemplates({ text }, s, index, 3, { now: NOW });
  if (!top) throw new Error('no suggestion');
  return top;
}

describe('suggestTemplates on the starter library', () => {
  it('gives a French complaint a French complaint template first, with reasons', () => {
    const top = first('Toujours pas reçu ma commande, ça fait 3 semaines, inadmissible', signals(['complaint'], 'fr', 'negative'));
    expect(top.template).toMatchObject({ category: 'complaint', language: 'fr' });
    // Made for the comment's intent: that reason stands for the label's as well.
    expect(top.reasons).toContainEqual(expect.objectContaining({ code: 'intent', intent: 'delivery-delay' }));
    expect(top.reasons.some((r) => r.code === 'category')).toBe(false);
    expect(top.reasons).toContainEqual({ code: 'language', language: 'fr' });
  });

  it('uses shared words to pick the right complaint template', () => {
    expect(first('Mon colis est en retard, livraison toujours pas arrivée', signals(['complaint'], 'fr')).template.title).toBe('Retard de livraison');
    const refund = first('I want a refund, how do I get my money back?', signals(['complaint', 'question'], 'en'));
    expect(refund.template.title).toBe('Refund procedure');
    expect(refund.reasons.find((r) => r.code === 'similar-words')).toEqual({ code: 'similar-words', words: ['refund', 'money', 'back'] });
  });

  it('gives an English question an English question template', () => {
    const top = first('Where is my order? I need the tracking number', signals(['question'], 'en'));
    expect(top.template).toMatchObject({ category: 'question', language: 'en', title: 'Order tracking' });
  });

  it('answers praise with thanks', () => {
    const top = first('Super produit, je l’adore, merci !', signals(['praise'], 'fr', 'positive'));
    expect(top.template).toMatchObject({ category: 'praise', language: 'fr' });
  });

  it('answers toxic and spam comments with moderation templates', () => {
    expect(first('Bande de nuls, vous êtes des escrocs', signals(['toxic', 'complaint'], 'fr')).template.category).toBe('moderation');
    const spam = first('Gagnez un iPhone, cliquez sur ce lien bit.ly/xyz', signals(['spam'], 'fr'));
    expect(spam.template).toMatchObject({ category: 'moderation', title: 'Spam : alerte arnaque' });
  });

  it('falls back on sentiment when triage found no label', () => {
    const top = first('😍😍😍', signals([], 'other', 'positive'));
    expect(['praise', 'thanks']).toContain(top.template.category);
    expect(top.reasons[0]).toMatchObject({ code: 'sentiment', sentiment: 'positive' });
  });

  it('prefers the brand language when the comment language is unknown', () => {
    const [top] = suggestTemplates({ text: '👍' }, signals(['praise'], 'other'), index, 1, { now: NOW, fallbackLanguage: 'en' });
    expect(top?.template.language).toBe('en');
    expect(top?.reasons).toContainEqual({ code: 'brand-language', language: 'en' });
  });

  it('accepts a real Classification', () => {
    const classification: Classification = {
      labels: ['question'],
      sentiment: { value: 'neutral', score: 0 },
      language: 'fr',
      competitors: [],
      reasons: [],
    };
    const [top] = suggestTemplates({ text: 'Le produit est-il encore disponible ? Rupture de stock ?' }, classification, library, 1);
    expect(top?.template.title).toBe('Produit en rupture de stock');
  });
});

describe('suggestTemplates rules', () => {
  const base = { category: 'complaint' as const, language: 'fr' as const, body: 'Nous sommes désolés.' };

  it('breaks ties with past use, and says so', () => {
    const quiet = makeTemplate({ ...base, id: 'quiet', title: 'A' });
    const busy = makeTemplate({ ...base, id: 'busy', title: 'B', usageCount: 40 });
    const result = suggestTemplates({ text: 'Pas content' }, signals(['complaint'], 'fr'), [quiet, busy], 3, { now: NOW });
    expect(result.map((s) => s.template.id)).toEqual(['busy', 'quiet']);
    expect(result[0]?.reasons).toContainEqual({ code: 'often-used', usageCount: 40 });
    expect(result[1]?.reasons.map((r) => r.code)).toEqual(['category', 'language']);
  });

  it('breaks ties with recent use, and says so', () => {
    const old = makeTemplate({ ...base, id: 'old', title: 'A', usageCount: 3, lastUsedAt: '2025-06-01T10:00:00Z' });
    const recent = makeTemplate({ ...base, id: 'recent', title: 'B', usageCount: 3, lastUsedAt: '2026-03-02T10:00:00Z' });
    const result = suggestTemplates({ text: 'Pas content' }, signals(['complaint'], 'fr'), [old, recent], 3, { now: NOW });
    expect(result.map((s) => s.template.id)).toEqual(['recent', 'old']);
    expect(result[0]?.reasons).toContainEqual({ code: 'recently-used', lastUsedAt: '2026-03-02T10:00:00Z' });
    expect(result[1]?.reasons.some((r) => r.code === 'recently-used')).toBe(false);
  });

  it('never lets habit beat a better category or language fit', () => {
    const busyEnglish = makeTemplate({ ...base, id: 'en', language: 'en', title: 'EN', usageCount: 1000, lastUsedAt: '2026-03-03T09:00:00Z' });
    const freshFrench = makeTemplate({ ...base, id: 'fr', title: 'FR' });
    const result = suggestTemplates({ text: 'Pas content' }, signals(['complaint'], 'fr'), [busyEnglish, freshFrench], 2, { now: NOW });
    // The English one is not even shown: the French one fits.
    expect(result.map((s) => s.template.id)).toEqual(['fr']);
  });

  it('keeps only the active brand and respects the limit', () => {
    const mine = makeTemplate({ ...base, id: 'mine', title: 'Mine' });
    const theirs = makeTemplate({ ...base, id: 'theirs', brandId: 'brand-2', title: 'Theirs', usageCount: 99 });
    const result = suggestTemplates({ text: 'x' }, signals(['complaint'], 'fr'), [mine, theirs], 5, { brandId: 'brand-1' });
    expect(result.map((s) => s.template.id)).toEqual(['mine']);
    expect(suggestTemplates({ text: 'x' }, signals(['complaint'], 'fr'), library, 2)).toHaveLength(2);
    expect(suggestTemplates({ text: 'x' }, signals(['complaint'], 'fr'), library, 0)).toEqual([]);
  });

  it('never suggests an unrelated template on language or habit alone', () => {
    const thanks = makeTemplate({ category: 'thanks', language: 'fr', title: 'Merci', body: 'Merci beaucoup', usageCount: 500 });
    expect(suggestTemplates({ text: 'Quel est le prix ?' }, signals(['question'], 'fr'), [thanks], 3)).toEqual([]);
  });

  it('ranks on words alone when the comment has no label', () => {
    const shipping = makeTemplate({ title: 'Frais de port', tags: ['livraison', 'frais'], body: 'La livraison est offerte dès 50 €.' });
    const other = makeTemplate({ title: 'Horaires', body: 'Nous sommes ouverts le samedi.' });
    const result = suggestTemplates({ text: 'Les frais de livraison sont de combien ?' }, signals([], 'fr'), [other, shipping], 3);
    expect(result.map((s) => s.template.title)).toEqual(['Frais de port']);
    expect(result[0]?.reasons).toContainEqual({ code: 'similar-words', words: ['frais', 'livraison'] });
  });

  it('folds accents and plurals when matching words', () => {
    const refund = makeTemplate({ title: 'Remboursement', body: 'Votre remboursement est en cours.' });
    const result = suggestTemplates({ text: 'REMBOURSÉS quand ???' }, signals([], 'fr'), [refund], 1);
    expect(result[0]?.template.title).toBe('Remboursement');
    // The reason quotes the comment as written.
    expect(result[0]?.reasons).toContainEqual({ code: 'similar-words', words: ['REMBOURSÉS'] });
  });

  it('reuses a prepared index across comments with the same results', () => {
    const s = signals(['complaint'], 'fr');
    const fromIndex = suggestTemplates({ text: 'colis en retard' }, s, index, 5, { now: NOW });
    const fromArray = suggestTemplates({ text: 'colis en retard' }, s, library, 5, { now: NOW });
    expect(fromIndex).toEqual(fromArray);
    const scores = fromIndex.map((x) => x.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
