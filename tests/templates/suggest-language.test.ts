import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/triage';
import { prepareTemplates, starterTemplates, suggestTemplates, type Suggestion, type SuggestionSignals } from '@/lib/templates';
import { NOW, makeTemplate } from './fixtures';

const index = prepareTemplates(starterTemplates('brand-1', NOW));

/** Triaged as the panel does, under a brand whose language is `brandLanguage`. */
function suggest(text: string, brandLanguage: 'fr' | 'en' = 'fr', templates = index): Suggestion[] {
  const c = classify({ text }, { brand: { language: brandLanguage, lexicon: [], competitors: [] } });
  return suggestTemplates({ text }, { labels: c.labels, language: c.language }, templates, 3, { now: NOW, fallbackLanguage: brandLanguage });
}

const languages = (list: readonly Suggestion[]) => list.map((s) => s.template.language);
const keys = (list: readonly Suggestion[]) => list.map((s) => s.template.id.split(':')[2]);

describe('suggestions are in the comment’s language', () => {
  it('gives French comments French templates only, with or without accents, tu or vous, SMS style', () => {
    for (const text of [
      'le miroir est arrive fele, je fais quoi',
      'jveux renvoyer le pull il me va pas',
      'Vous faites des cartes cadeaux pour les CE ?',
      'tu sais si le plaid revient bientot',
      'slt c possible une collab ? 12k abonnés',
      'Le tracking ne marche pas sur le site',
    ]) {
      const got = suggest(text, 'en');
      expect(got.length, text).toBeGreaterThan(0);
      expect(languages(got), text).toEqual(got.map(() => 'fr'));
    }
  });

  it('gives English comments English templates under a French brand, short ones too', () => {
    for (const text of ['Where is my parcel??', 'tracking number?', 'size?', 'restock?', 'gift cards?']) {
      const got = suggest(text, 'fr');
      expect(got.length, text).toBeGreaterThan(0);
      expect(languages(got), text).toEqual(got.map(() => 'en'));
    }
  });

  it('answers in English an English comment whose only accents are in a French name', () => {
    for (const brand of ['fr', 'en'] as const) {
      for (const text of ['The Crème Brûlée scent is gone?', 'Is the Café Crème mug dishwasher safe?']) {
        const got = suggest(text, brand);
        expect(got.length, text).toBeGreaterThan(0);
        expect(languages(got), `${text} (${brand})`).toEqual(got.map(() => 'en'));
      }
    }
    // Accents outside a name still read French.
    expect(languages(suggest('Sold out déjà ??', 'en'))).toEqual(['fr', 'fr', 'fr']);
  });

  it('keeps French a comment the triage read French when a texting word says so, whatever words it borrows', () => {
    expect(languages(suggest('Full refund svp', 'fr'))).toEqual(['fr', 'fr', 'fr']);
  });

  it('leaves a word both languages use to the brand’s language', () => {
    expect(languages(suggest('collab?', 'fr'))).toEqual(['fr', 'fr', 'fr']);
    expect(languages(suggest('collab?', 'en'))).toEqual(['en', 'en', 'en']);
  });

  it('reads the language from the templates’ words only when the comment’s words give no clue', () => {
    const signals = (language: 'fr' | 'en' | 'other'): SuggestionSignals => ({ labels: ['question'], language });
    // No function word: "fr" was only the brand's default, the words are those of the English templates.
    expect(languages(suggestTemplates({ text: 'tracking number?' }, signals('fr'), index, 3))).toEqual(['en', 'en', 'en']);
    // French function words: the triage's "fr" stands even beside an English word.
    expect(languages(suggestTemplates({ text: 'Le tracking ne marche pas' }, signals('fr'), index, 3))).toEqual(['fr', 'fr', 'fr']);
    // Nothing to read at all: the brand's language.
    const emoji = suggestTemplates({ text: '🤔🤔' }, signals('other'), index, 3, { fallbackLanguage: 'en' });
    expect(emoji.length).toBeGreaterThan(0);
    expect(languages(emoji)).toEqual(emoji.map(() => 'en'));
  });

  it('answers a lone short word ("dm", "ok") in the brand’s language, whatever the detector guessed', () => {
    const signals = { labels: [], language: 'en' } as const;
    for (const [text, brand] of [['dm', 'fr'], ['ok', 'fr'], ['dm', 'en']] as const) {
      const got = suggestTemplates({ text }, signals, index, 3, { fallbackLanguage: brand });
      expect(got.length, text).toBeGreaterThan(0);
      expect(languages(got)[0], `${text} under a ${brand} brand`).toBe(brand);
    }
    // Short words in a sentence still tell the language ("La 45 ou la 60 ?" is French).
    expect(languages(suggest('La 45 ou la 60 ?', 'en'))[0]).toBe('fr');
  });

  it('never shows a template in another language for sharing a few words with the comment', () => {
    const fr = makeTemplate({ title: 'Miroirs', body: 'Nos miroirs sont faits main.', category: 'other', language: 'fr', intents: [] });
    const en = makeTemplate({ title: 'Mirrors', body: 'Our miroir range is handmade.', category: 'other', language: 'en', intents: [] });
    const got = suggestTemplates({ text: 'le miroir est joli' }, { labels: [], language: 'fr' }, prepareTemplates([fr, en]), 3);
    expect(got.map((s) => s.template.id)).toEqual([fr.id]);
    // Alone, the English one is still not offered: it shares a word but does not fit.
    expect(suggestTemplates({ text: 'le miroir est joli' }, { labels: [], language: 'fr' }, prepareTemplates([en]), 3)).toEqual([]);
  });

  it('keeps every fitting template in the comment’s language before any in another', () => {
    const frFaq = makeTemplate({ title: 'Réponse', body: 'Bonne question !', category: 'question', language: 'fr', intents: [] });
    const enGift = makeTemplate({ title: 'Gift card', body: 'Our gift cards are sold online.', category: 'question', language: 'en', intents: ['price-b2b-gift-card'] });
    const got = suggestTemplates({ text: 'Vous vendez des cartes cadeaux ?' }, { labels: ['question'], language: 'fr' }, prepareTemplates([frFaq, enGift]), 3);
    expect(got.map((s) => s.template.id)).toEqual([frFaq.id]);
  });
});

describe('suggestions cover what the comment may be about', () => {
  it('fills with templates for a hint when no intent is clear (“prix” alone)', () => {
    const got = suggest('Prix svp');
    expect(got[0]?.reasons[0]).toMatchObject({ code: 'intent', intent: 'price-b2b-gift-card' });
    expect(keys(got)).toContain('price-question');
  });

  it('covers a comment’s second intent instead of a third template for its first', () => {
    const text = 'Combien coûte la carte cadeau de 50 € ? Et ma commande n’est toujours pas arrivée';
    const got = suggest(text);
    const intents = got.map((s) => s.reasons.find((r) => r.code === 'intent')).map((r) => (r?.code === 'intent' ? r.intent : undefined));
    expect(intents).toContain('price-b2b-gift-card');
    expect(intents).toContain('delivery-delay');
    expect(got[0]?.template.id).toContain(':gift-card:');
  });

  it('never changes the first suggestion to make room', () => {
    const text = 'Colis reçu cassé, je veux être remboursée';
    const first = suggestTemplates({ text }, { labels: ['complaint'], language: 'fr' }, index, 1)[0];
    expect(suggest(text)[0]?.template.id).toBe(first?.template.id);
  });

  it('tells a suggestion from a remark among templates made for the same intent', () => {
    expect(keys(suggest('The assembly instructions are really confusing, the diagrams make no sense'))[0]).toBe('feedback-thanks');
    expect(keys(suggest('The assembly instructions are confusing, you should add a video'))[0]).toBe('feature-request');
    expect(keys(suggest('La notice de montage est illisible, on y comprend rien'))[0]).toBe('feedback-thanks');
  });

  it('answers a size question with the product answer, not “out of stock”', () => {
    for (const text of ['ça taille grand ou petit ?', 'Does the dress run small?', 'il fait combien de long le plaid', 'how wide is the sofa?']) {
      expect(keys(suggest(text))[0], text).toBe('product-question');
    }
  });
});
