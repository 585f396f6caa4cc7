import { describe, expect, it } from 'vitest';
import { prepareTemplates, starterTemplates, suggestTemplates } from '@/lib/templates';
import { classify } from '@/lib/triage';
import { NOW, makeTemplate } from './fixtures';

const index = prepareTemplates(starterTemplates('brand-1', NOW));
const keyOf = (id: string) => id.split(':').slice(2).join(':');

/** No label, no tone: what the panel passes for a comment triage found nothing in. */
function bare(text: string, language: 'fr' | 'en' | 'other') {
  return suggestTemplates({ text }, { labels: [], language }, index, 3, { now: NOW, fallbackLanguage: 'fr' }).map((s) => keyOf(s.template.id));
}

describe('suggestTemplates when nothing fits', () => {
  it('still offers three catch-alls in the comment’s language, never none', () => {
    const got = bare('Bref, on en reparle demain', 'fr');
    expect(got).toHaveLength(3);
    expect(got.every((k) => k.endsWith(':fr'))).toBe(true);
    expect(new Set(got).size).toBe(3);
  });

  /** What the triage says of the comment, as the panel passes it. */
  function triaged(text: string) {
    const c = classify({ text }, { brand: { language: 'fr', lexicon: [], competitors: [] } });
    return suggestTemplates({ text }, { labels: c.labels, language: c.language }, index, 3, { now: NOW, fallbackLanguage: 'fr' }).map((s) => keyOf(s.template.id));
  }

  it('puts the question catch-all first for a question, praise’s for a smile, the complaint’s otherwise', () => {
    expect(triaged('So how does this one go then?')[0]).toBe('faq-answer:en');
    // The emoji is faint praise: a praise reply first, the photo's catch-all among the three, not two guesses of one kind.
    const photo = bare('Here it is in our living room 📸', 'en');
    expect(photo[0]?.startsWith('praise-')).toBe(true);
    expect(photo).toContain('praise-photo:en');
    expect(photo).not.toContain('thanks-team-member:en');
    expect(bare('Bon ben voilà quoi', 'fr')[0]).toBe('apology-private-message:fr');
  });

  it('uses the brand’s language when the comment has none', () => {
    expect(bare('😶', 'other').every((k) => k.endsWith(':fr'))).toBe(true);
  });

  it('fills only the slots left: what fits stays first', () => {
    const got = suggestTemplates({ text: 'Remboursement svp' }, { labels: ['complaint'], language: 'fr' }, index, 3, { now: NOW }).map((s) => keyOf(s.template.id));
    expect(got[0]).toBe('refund-procedure:fr');
    expect(got).toHaveLength(3);
  });

  it('offers nothing from a library without catch-alls rather than an unrelated precise reply', () => {
    const library = [makeTemplate({ id: 'gift', title: 'Gift card', category: 'question', tags: ['gift card'], body: 'Our gift cards…', language: 'en' })];
    expect(suggestTemplates({ text: 'Well well well' }, { labels: [], language: 'en' }, library, 3, { now: NOW })).toEqual([]);
  });

  it('lets the question word order the precise templates after the catch-all ("quand" a return to stock, "comment" the product)', () => {
    const after = (text: string) =>
      suggestTemplates({ text }, { labels: ['question'], language: 'fr' }, index, 3, { now: NOW }).map((s) => keyOf(s.template.id)).slice(0, 2);
    expect(after('Et le bleu, c’est pour quand ?')).toEqual(['faq-answer:fr', 'out-of-stock:fr']);
    expect(after('Comment ça se règle ?')).toEqual(['faq-answer:fr', 'product-question:fr']);
  });

  it('with no intent but weak evidence ("site"), puts the template made for it right after the catch-all', () => {
    const got = suggestTemplates({ text: 'Petite question sur le site ?' }, { labels: ['question'], language: 'fr' }, index, 3, { now: NOW }).map((s) => keyOf(s.template.id));
    expect(got.slice(0, 2)).toEqual(['faq-answer:fr', 'technical-issue:fr']);
  });
  it('gives the last slot to a weak sign of another intent rather than a third reply to the same kind', () => {
    const got = suggestTemplates(
      { text: 'Spent the morning by the window for the delivery. Great.' },
      { labels: ['praise'], language: 'en' },
      index,
      3,
      { now: NOW },
    ).map((s) => keyOf(s.template.id));
    expect(got[0]).toBe('praise-thanks:en');
    expect(got[2]).toBe('delivery-delay:en');
  });

  it('offers a template sharing the comment’s words before the catch-all of a kind the comment is not', () => {
    const got = bare('Bon, on attend encore les nouvelles', 'fr');
    expect(got.slice(0, 2)).toEqual(['apology-private-message:fr', 'faq-answer:fr']);
    expect(got[2]).toBe('crisis-update:fr');
    expect(new Set(got).size).toBe(3);
  });

  it('answers a request no intent is made for with the catch-alls, the kind the triage reads first', () => {
    // An invoice is asked for: the FAQ, then a private message, ahead of the parcel the words also name.
    expect(triaged('Il me faudrait une facture avec la TVA, il n’y en avait pas dans le colis').slice(0, 2)).toEqual(['faq-answer:fr', 'apology-private-message:fr']);
    // Texts one never wanted are a grievance; asked how to stop them, a question first.
    expect(triaged('Getting your promo texts every other day and I never gave you my number')[0]).toBe('apology-private-message:en');
    expect(triaged('How do I opt out of the promo texts?')[0]).toBe('faq-answer:en');
    // Loyalty points are no price question.
    expect(triaged('how long before loyalty card points expire')[0]).toBe('faq-answer:en');
    // Nor is paying in instalments, nor taking the old one away a delivery.
    expect(triaged('Je paie en 4 fois et le deuxième prélèvement n’est jamais passé, je fais quoi ?')[0]).toBe('faq-answer:fr');
    expect(triaged('Do you take the old sofa away when you deliver the new one?')[0]).toBe('faq-answer:en');
  });

  it('leaves a request topic behind a stronger intent: the precise reply first', () => {
    expect(triaged('Impossible de retrouver ma facture dans mon espace client')[0]).toBe('technical-issue:fr');
  });

  it('takes weak evidence as one guess: one template for a hint, then the catch-all, then the hint’s others', () => {
    // "promos" alone is a hint of a price question, not a clear one.
    const got = triaged('les promos c’est quand');
    expect(got.slice(0, 2)).toEqual(['price-question:fr', 'faq-answer:fr']);
    expect(got).toHaveLength(3);
    // Said clearly ("le prix"), the templates made for it come first, all of them.
    expect(triaged('Et le prix ?')).toEqual(['price-question:fr', 'sales-lead:fr', 'gift-card:fr']);
  });

  it('keeps the safe reply of the comment’s kind beside guesses from a few words', () => {
    const got = triaged('Colis annoncé pour lundi, on est jeudi, et le suivi n\'a pas bougé');
    expect(got).toHaveLength(3);
    expect(got).toContain('apology-private-message:fr');
  });
});
