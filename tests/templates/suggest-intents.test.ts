import { describe, expect, it } from 'vitest';
import { classify, isVulgarOnly } from '@/lib/triage';
import { prepareTemplates, starterTemplateId, starterTemplates, suggestTemplates, type Suggestion } from '@/lib/templates';
import { translator } from '@/lib/i18n';
import { reasonText } from '@/components/panel/messages';
import { NOW, makeTemplate } from './fixtures';

const library = starterTemplates('brand-1', NOW);
const index = prepareTemplates(library);

function suggest(text: string, templates = index): Suggestion[] {
  const c = classify({ text });
  return suggestTemplates({ text }, { labels: c.labels, language: c.language, sentiment: c.sentiment }, templates, 3, { now: NOW });
}

function firstTitle(text: string): string | undefined {
  return suggest(text)[0]?.template.title;
}

describe('suggestTemplates ranks on intents first', () => {
  it('gives one “répond à” reason, the intent’s, not the triage label’s as well', () => {
    const [top] = suggest('Bonjour, quelle taille prendre pour la lampe Nuage ? La 45 ou la 60 ?');
    const t = translator('fr');
    const answers = (top?.reasons ?? []).map((r) => reasonText(t, r, 'fr')).filter((text) => text.startsWith('répond à'));
    expect(answers).toEqual(['répond à : question sur un produit']);
    expect(top?.reasons.some((r) => r.code === 'category')).toBe(false);
  });

  it('no longer answers the demo’s size questions with “out of stock”', () => {
    for (const text of [
      'Quelle taille pour une table de 180 cm ? La 45 ou la 60 ?',
      'Bonjour, la suspension Nuage existe en 60 cm de diamètre ? Je ne vois que la 45 cm sur le site.',
    ]) {
      const [top] = suggest(text);
      expect(top?.template.title, text).toBe('Question sur un produit');
      expect(top?.reasons[0]).toEqual(expect.objectContaining({ code: 'intent', intent: 'product-question' }));
    }
    expect(firstTitle('Does the lamp take E14 or E27 bulbs?')).toBe('Product question');
  });

  const misses: ReadonlyArray<[string, string]> = [
    ['Hello! I’m a content creator with 40k followers, would love to collab with you 💕', 'Partnership or influencer request'],
    ['Coucou, je suis influenceuse déco (25k abonnés), ouverte à un partenariat ? J’adore vos lampes', 'Demande de partenariat ou d’influence'],
    ['Il paraît que vos biberons font l’objet d’un rappel produit, c’est vrai ?', 'Rumeur : rétablir les faits'],
    ['Heard a rumour about a recall on your kettles, is it true?', 'Rumour: setting the facts straight'],
    ['Vous faites des tarifs pour une commande de 200 pièces pour notre entreprise ?', 'Intérêt commercial : vers l’équipe commerciale'],
    ['Do you offer bulk pricing for businesses?', 'Sales interest: to the sales team'],
    ['Vous vendez des cartes cadeaux ? Je voudrais en offrir une', 'Carte cadeau'],
    ['Can I buy a gift card online? Where do I find my order of one?', 'Gift card'],
    ['La notice de montage est incompréhensible, les schémas ne sont pas clairs', 'Merci pour votre retour'],
    // Mostly a remark on the manual (three of its words), with a wish (one): the feedback answer.
    ['The instruction manual is really confusing, you should add pictures', 'Thanks for your feedback'],
  ];
  for (const [text, title] of misses) {
    it(`gives a fitting first suggestion: ${text}`, () => {
      expect(firstTitle(text)).toBe(title);
    });
  }

  it('puts every fitting template in the comment’s language before any in another', () => {
    for (const [text, title] of misses) {
      const language = library.find((t) => t.title === title)?.language;
      const results = suggest(text);
      const firstForeign = results.findIndex((s) => s.template.language !== language);
      if (firstForeign < 0) continue;
      for (const s of results.slice(firstForeign)) expect(s.template.language === language && s.score > 0.5, `${text}: ${s.template.title}`).toBe(false);
    }
  });

  it('never gives a French comment an English template when a French one fits the intent', () => {
    const english = makeTemplate({ title: 'Gift cards', body: 'Yes, gift cards are on sale online.', category: 'question', language: 'en', intents: ['price-b2b-gift-card'] });
    const french = makeTemplate({ title: 'Bons', body: 'Bonjour, oui.', category: 'other', language: 'fr', intents: ['price-b2b-gift-card'] });
    const [top, second] = suggest('Vous vendez des cartes cadeaux ?', prepareTemplates([english, french]));
    expect(top?.template.id).toBe(french.id);
    // Not even below it: a reply in the comment's language fits, so the English one is left out.
    expect(second).toBeUndefined();
    // With no French one that fits, the English one is shown.
    expect(suggest('Vous vendez des cartes cadeaux ?', prepareTemplates([english]))[0]?.template.id).toBe(english.id);
    expect(top?.reasons.slice(0, 2)).toEqual([
      { code: 'intent', intent: 'price-b2b-gift-card', words: ['cartes cadeaux'] },
      { code: 'language', language: 'fr' },
    ]);
  });

  it('does not let a template made for another intent fit by its category (stock for a size question)', () => {
    const stock = makeTemplate({ title: 'Rupture', body: 'Bientôt de retour', category: 'question', language: 'fr', intents: ['stock-availability'] });
    const size = makeTemplate({ title: 'Size guide', body: 'See our size guide.', category: 'other', language: 'en', intents: ['product-question'] });
    const catchAll = makeTemplate({ title: 'Réponse', body: 'Bonne question !', category: 'question', language: 'fr', intents: [] });
    expect(suggest('La 45 ou la 60 ?', prepareTemplates([stock, size])).map((s) => s.template.id)).toEqual([size.id, stock.id]);
    // A catch-all in the comment's language still fits by its category, and then the English one is left out.
    expect(suggest('La 45 ou la 60 ?', prepareTemplates([stock, size, catchAll])).map((s) => s.template.id)).toEqual([catchAll.id, stock.id]);
  });

  it('with no intent found, puts a catch-all of the right category before a template made for another situation', () => {
    const stock = makeTemplate({ title: 'Magasin en rupture', body: 'Ce magasin n’en a plus.', category: 'question', language: 'fr', intents: ['stock-availability'] });
    const catchAll = makeTemplate({ title: 'Réponse', body: 'Bonne question, voici la réponse.', category: 'question', language: 'fr', intents: [] });
    const text = 'Vous avez un magasin à Toulouse ?';
    expect(classify({ text }).labels).toContain('question');
    expect(suggest(text, prepareTemplates([stock, catchAll])).map((s) => s.template.id)).toEqual([catchAll.id, stock.id]);
  });

  it('infers a user template’s intents from its text when it has none', () => {
    const mine = makeTemplate({ title: 'Cartes cadeaux', body: 'Nos cartes cadeaux sont en vente sur le site.', category: 'other', language: 'fr' });
    // Without the starter made for gift cards, which would tie with it.
    const others = library.filter((t) => !t.id.includes(':gift-card:'));
    const [top] = suggest('Vous avez des bons d’achat ou cartes cadeaux ?', prepareTemplates([...others, mine]));
    expect(top?.template.id).toBe(mine.id);
    expect(top?.reasons[0]).toMatchObject({ code: 'intent', intent: 'price-b2b-gift-card' });
  });

  it('among templates made for one intent, prefers the one whose kind the comment’s words point to', () => {
    const key = (text: string) => suggest(text)[0]?.template.id.split(':')[2];
    expect(key('Je gère un hôtel, on cherche du linge pour 40 chambres')).toBe('sales-lead');
    expect(key('I run a small shop, do you do trade prices?')).toBe('sales-lead');
    expect(key('Vous avez des bons cadeaux pour offrir ?')).toBe('gift-card');
    expect(key('Combien coûte le plaid ?')).toBe('price-question');
    expect(key('I was told my case was escalated two weeks ago, any update?')).toBe('escalated');
    expect(key('Honestly the quality has gone downhill lately')).toBe('feedback-thanks');
    expect(key('A refill pack would be a dream')).toBe('feature-request');
    expect(key('Vous êtes ouverts le dimanche ?')).toBe('out-of-hours');
    expect(key('Quelqu’un répond au chat le dimanche ?')).toBe('out-of-hours');
    expect(key('Urgent, j’ai besoin d’une réponse avant midi')).toBe('urgent-request');
    // Spam gets the warning, an insult the moderation reply: the spam label points to its kind too.
    expect(key('Gagnez un iPhone, cliquez ici')).toBe('scam-warning');
    expect(key('Bande de guignols')).toBe('toxic-moderation');
    const spamOnly = suggestTemplates({ text: '👉👉👉' }, { labels: ['spam'], language: 'fr' }, index, 3, { now: NOW });
    expect(spamOnly[0]?.template.id.split(':')[2]).toBe('scam-warning');
  });

  it('keeps scores in 0…1, best first', () => {
    const results = suggest('Toujours pas reçu ma commande, ça fait 3 semaines');
    expect(results[0]?.template.title).toBe('Retard de livraison');
    for (const r of results) {
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
  });
});

describe('a quoted claim questioned', () => {
  it('is offered the private-message catch-all among the three, not only the FAQ its question mark asks for', () => {
    const shown = suggest('"Award-winning customer service" who gave you that award?');
    expect(shown.map((s) => s.template.id)).toContain(starterTemplateId('brand-1', 'apology-private-message', 'en'));
    expect(shown.every((s) => s.template.language === 'en')).toBe(true);
  });
});

describe('a follow-up in a thread', () => {
  it('answers thanks and waiting with the request passed on, not an apology for a chase', () => {
    for (const [text, language] of [
      ["Merci pour votre réponse, j'attends votre mp alors", 'fr'],
      ['Cheers, waiting for your DM then', 'en'],
    ] as const) {
      expect(suggest(text)[0]?.template.id, text).toBe(starterTemplateId('brand-1', 'escalated', language));
    }
  });

  it('still offers the apology for the wait when the promised message never came', () => {
    const shown = suggest("Toujours pas de réponse, j'attends votre message depuis 5 jours").map((s) => s.template.id);
    expect(shown).toContain(starterTemplateId('brand-1', 'repeated-contact', 'fr'));
  });
});

describe('a comment toxic only for its vulgar words', () => {
  const ids = (text: string) => {
    const c = classify({ text });
    const signals = { labels: c.labels, language: c.language, sentiment: c.sentiment, vulgarOnly: isVulgarOnly(c) };
    return { c, got: suggestTemplates({ text }, signals, index, 3, { now: NOW }).map((s) => s.template.id) };
  };
  const moderation = (language: 'fr' | 'en') => starterTemplateId('brand-1', 'toxic-moderation', language);

  it('gets its complaint answered, not a reminder about respect', () => {
    for (const [text, language] of [
      ['putain de box qui redémarre toute la soirée, j’en peux plus', 'fr'],
      ['this fucking website logs me out every time I hit checkout', 'en'],
    ] as const) {
      const { c, got } = ids(text);
      expect(c.labels, text).toEqual(expect.arrayContaining(['complaint', 'toxic']));
      expect(isVulgarOnly(c), text).toBe(true);
      expect(got[0], text).not.toBe(moderation(language));
      expect(got, text).not.toContain(moderation(language));
    }
  });

  it('while an insult still opens on moderation', () => {
    const text = 'bande d’incompétents, allez vous faire foutre';
    const { c, got } = ids(text);
    expect(isVulgarOnly(c)).toBe(false);
    expect(got[0]).toBe(moderation('fr'));
  });
});
