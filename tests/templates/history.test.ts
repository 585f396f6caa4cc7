import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/triage';
import { historyVotes, passedOverIds, prepareHistory, prepareTemplates, starterTemplates, suggestTemplates, type TemplateChoice } from '@/lib/templates';
import { NOW, makeTemplate } from './fixtures';

const library = starterTemplates('brand-1', NOW);
const index = prepareTemplates(library);
const id = (title: string): string => library.find((t) => t.title === title)?.id ?? '';

function suggest(text: string, choices: readonly TemplateChoice[], templates = index) {
  const c = classify({ text });
  return suggestTemplates({ text }, { labels: c.labels, language: c.language }, templates, 3, { now: NOW, history: prepareHistory(choices) });
}

describe('the brand’s own history', () => {
  it('moves up the template inserted for similar comments, and says so', () => {
    const text = 'Il paraît que vos biberons sont rappelés, c’est une rumeur ?';
    const before = suggest(text, []).map((s) => s.template.title);
    expect(before).toEqual(['Rumeur : rétablir les faits', 'Crise : message d’attente', 'Crise : point d’étape']);
    const wanted = 'Crise : point d’étape';
    const choices = [
      { text: 'Rappel sur les biberons, c’est vrai cette rumeur ?', chosen: id(wanted) },
      { text: 'Vos biberons sont rappelés ?', chosen: id(wanted), edited: true },
      { text: 'Vous vendez des cartes cadeaux ?', chosen: id('Crise : message d’attente') },
    ];
    const [top] = suggest(text, choices);
    expect(top?.template.title).toBe(wanted);
    expect(top?.reasons).toContainEqual({ code: 'chosen-before', count: 2 });
  });

  it('moves down a template passed over again and again', () => {
    const text = 'Il paraît que vos biberons sont rappelés, c’est une rumeur ?';
    const [first] = suggest(text, []);
    const passed = first?.template.id ?? '';
    const choices = ['Rappel sur les biberons, c’est vrai cette rumeur ?', 'Vos biberons sont rappelés ?'].map((t) => ({
      text: t,
      chosen: 'someone-else',
      passedOver: [passed],
    }));
    expect(suggest(text, choices)[0]?.template.id).not.toBe(passed);
  });

  it('never lets history beat the comment’s language or a template that fits', () => {
    const english = makeTemplate({ title: 'Late parcel', body: 'Sorry for the delay.', category: 'complaint', language: 'en', intents: ['delivery-delay'] });
    const french = makeTemplate({ title: 'Colis en retard', body: 'Désolés du retard.', category: 'complaint', language: 'fr', intents: ['delivery-delay'] });
    const faq = makeTemplate({ title: 'FAQ colis', body: 'Voir la FAQ colis.', category: 'other', language: 'fr', intents: [] });
    const templates = prepareTemplates([english, french, faq]);
    const choices = Array.from({ length: 5 }, () => ({ text: 'Mon colis est en retard', chosen: english.id }));
    const faqChoices = Array.from({ length: 5 }, () => ({ text: 'Mon colis est en retard', chosen: faq.id }));
    expect(suggest('Mon colis est en retard !', choices, templates)[0]?.template.id).toBe(french.id);
    expect(suggest('Mon colis est en retard !', faqChoices, templates)[0]?.template.id).toBe(french.id);
  });

  it('ignores past comments that are not alike', () => {
    const history = prepareHistory([{ text: 'Vous vendez des cartes cadeaux ?', chosen: 'x' }]);
    expect(historyVotes('Mon colis est en retard', history).size).toBe(0);
    expect(historyVotes('Cartes cadeaux dispo ?', history).get('x')?.chosen).toBe(1);
    expect(historyVotes('', history).size).toBe(0);
    expect(historyVotes('Cartes cadeaux', undefined).size).toBe(0);
  });
});

describe('passedOverIds', () => {
  it('is the suggestions above the one put in, all of them for a template from elsewhere, none for the first', () => {
    expect(passedOverIds(['a', 'b', 'c'], 'c')).toEqual(['a', 'b']);
    expect(passedOverIds(['a', 'b', 'c'], 'a')).toEqual([]);
    expect(passedOverIds(['a', 'b', 'c'], 'z')).toEqual(['a', 'b', 'c']);
    expect(passedOverIds([], 'z')).toEqual([]);
  });
});
