import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/triage';
import { detectLanguage, foreignMarks, languageVotes } from '@/lib/triage/language';
import { combineLanguage } from '@/lib/triage/model/combine';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { scoreText } from '@/lib/triage/model/model';
import { normalise } from '@/lib/triage/normalise';

const model = loadBundledModel();
const brand = (language: 'fr' | 'en') => ({ brand: { language, lexicon: [], competitors: [] } });
/** The language with the model, under a French and under an English brand: both must agree. */
const both = (text: string) => [classify({ text }, { ...brand('fr'), model }).language, classify({ text }, { ...brand('en'), model }).language];
const rules = (text: string, fallback: 'fr' | 'en') => detectLanguage(normalise(text), fallback);

describe('language: short comments in languages Riposte does not speak', () => {
  it('reads common words of languages the model never saw as another language, whatever the brand', () => {
    for (const text of [
      'Heel mooi, dank je wel!',
      'Ik heb mijn bestelling nog niet ontvangen',
      'Bardzo ładne, dziękuję!',
      'Nie polecam, slaba jakosc',
      'Cok guzel olmus',
      'Jag har inte fått min beställning',
      'Foarte frumos, mulțumesc!',
      'Bagus sekali, terima kasih!',
      'Kecewa banget sama tokonya',
      'Moc pěkné, děkuji!',
    ]) expect(both(text), text).toEqual(['other', 'other']);
  });

  it('keeps Spanish, Italian, Portuguese and German without their accents as another language', () => {
    for (const text of ['Cuanto cuesta?', 'Todavia no me llego el pedido', 'Non ho ancora ricevuto l ordine', 'Ainda nao recebi meu pedido', 'Warum dauert die Lieferung so lange?']) {
      expect(both(text), text).toEqual(['other', 'other']);
    }
  });

  it('reads Spanish, Italian and Portuguese as another language even without the model, despite "de", "la", "un"', () => {
    for (const text of ['Hoy es un buen dia para todos', 'Oggi è una bella giornata per tutti', 'Hoje a gente vai ver o programa', 'Ich habe mich auf das Wochenende gefreut']) {
      expect(detectLanguage(normalise(text)), text).toBe('other');
    }
  });

  it('reads Hindi written in Latin letters as another language, with or without the model', () => {
    for (const text of ['Kya hua yaar, order abhi tak nahi aaya', 'mujhe interest nhi', 'bhai delivery kab hogi?', 'Bahut accha product hai']) {
      expect(both(text), text).toEqual(['other', 'other']);
      expect(rules(text, 'fr'), text).toBe('other');
      expect(rules(text, 'en'), text).toBe('other');
    }
    // One borrowed word does not outvote the English around it.
    expect(both('Thanks bhai, great service')).toEqual(['en', 'en']);
    expect(rules('Thanks bhai, great service', 'fr')).toBe('en');
  });

  it('gives a tie between French or English words and another language\'s to the other language', () => {
    // One English or French word ("to", "de") against one of another language ("jest", "menos").
    for (const text of ['To jest skandal', 'Se echa de menos', 'Siempre hay tiempo para todo', 'Hoje eu acho que sim', 'Das sieht ganz gut aus']) {
      expect(rules(text, 'fr'), text).toBe('other');
      expect(rules(text, 'en'), text).toBe('other');
    }
  });

  it('reads the letters of other alphabets, which the tokens lose with their accents', () => {
    expect(foreignMarks('Pięknie wygląda, gratuluję')).toBe(3);
    expect(foreignMarks('Le colis est arrivé cassé, très déçu')).toBe(0);
    expect(both('Pięknie wygląda, gratuluję')).toEqual(['other', 'other']);
  });
});

describe('language: French and English stay themselves', () => {
  it('without accents, in SMS spelling or with emoji', () => {
    for (const text of ['jai pas recu ma commande', 'slt vous avez tjrs la taille M ?', 'trop bien merci 😍', 'c nul, jsuis decu', 'ca marche pas depuis hier']) {
      expect(both(text), text).toEqual(['fr', 'fr']);
    }
    for (const text of ['thx so much 🙏', 'u guys rock 🔥🔥', 'still no reply from ur team', 'wheres my order??', 'love it lol']) {
      expect(both(text), text).toEqual(['en', 'en']);
    }
  });

  it('when they quote a foreign name or place', () => {
    expect(both('Merci à Łukasz pour son aide, super service')).toEqual(['fr', 'fr']);
    expect(both('Great service from José Peña at the store')).toEqual(['en', 'en']);
    expect(both('Livraison rapide jusqu’à Kraków, merci')).toEqual(['fr', 'fr']);
    expect(both('Thanks, the parcel made it to São Paulo in time')).toEqual(['en', 'en']);
    // A name's letter does not tie with the one French or English word beside it.
    expect(both('Merci Łukasz !')).toEqual(['fr', 'fr']);
    expect(both('Thanks Søren!')).toEqual(['en', 'en']);
    expect(rules('Merci Łukasz !', 'en')).toBe('fr');
  });

  it('keeps the brand language for a word that says nothing', () => {
    expect(rules('Bravo', 'fr')).toBe('fr');
    expect(rules('Bravo', 'en')).toBe('en');
  });
});

describe('combineLanguage', () => {
  it('lets the model overrule the rules where they know no word, not where they read another language', () => {
    const english = { ...scoreText(model, 'Heel mooi, dank je wel!'), language: { fr: 0.02, en: 0.95, other: 0.03 } };
    expect(combineLanguage(english, 'other', normalise('Heel mooi, dank je wel!')).language).toBe('other');
    const noClue = { ...scoreText(model, 'Arctic ice cap'), language: { fr: 0.02, en: 0.95, other: 0.03 } };
    expect(combineLanguage(noClue, 'other', normalise('Arctic ice cap')).language).toBe('en');
  });

  it('needs a surer model to call foreign a comment whose French or English words lead', () => {
    const at = (text: string, other: number) => combineLanguage({ ...scoreText(model, text), language: { fr: 0, en: 1 - other, other } }, 'en', normalise(text)).language;
    expect(at('Before any of my', 0.65)).toBe('en');
    expect(at('Before any of my', 0.75)).toBe('other');
    // One English word is no lead.
    expect(at('A trunk show by', 0.65)).toBe('other');
  });

  it('reads the votes the rules counted once, and the letters of other alphabets the tokens lost', () => {
    const text = normalise('Arată superb, bravo!');
    expect(languageVotes(text)).toBe(languageVotes(text));
    const unsure = { fr: 0.3, en: 0.5, other: 0.2 };
    expect(combineLanguage({ ...scoreText(model, 'Arată superb, bravo!'), language: unsure }, 'en', text).language).toBe('other');
    expect(combineLanguage({ ...scoreText(model, 'Arata superb, bravo!'), language: unsure }, 'en', normalise('Arata superb, bravo!')).language).toBe('en');
  });
});
