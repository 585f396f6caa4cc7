import { describe, expect, it } from 'vitest';
import { normalise, unmask } from '@/lib/triage/normalise';
import { mayBeVulgar, swearWords } from '@/lib/triage/swearing';

const words = (text: string) => swearWords(text).map((w) => `${w.word}${w.vulgar ? '' : ' (mild)'}`);

describe('swear words: one table for the vulgar flag and the model', () => {
  it('finds strong words in both languages, as written, with their endings, stretched or masked', () => {
    expect(words('Putain, MERDE, ce bordel !')).toEqual(['putain', 'merde', 'bordel']);
    expect(words('this fucking app, FUUUCK, f*ck it, sh*t')).toEqual(['fucking', 'fuuuck', 'f*ck', 'sh*t']);
    expect(words("c'est merdique, j'emmerde le SAV, ça me fait chier")).toEqual(['merdique', 'emmerde', 'chier']);
    expect(words('wtf is this bullshit')).toEqual(['wtf', 'bullshit']);
  });

  it('tells mild words from strong ones', () => {
    expect(words('zut, mince, damn, god damn it, what the hell')).toEqual(['zut (mild)', 'mince (mild)', 'damn (mild)', 'god damn (mild)', 'hell (mild)']);
    expect(swearWords('bon sang de bonsoir').every((w) => !w.vulgar)).toBe(true);
  });

  it('leaves harmless words that share letters alone', () => {
    for (const text of ['shiitake and shitake', 'un pique-nique au parc', 'un vin bordelais', 'un verre de chianti', 'classic, assume, passer', 'Putin', 'hello', 'crapaud', 'technique unique']) {
      expect(swearWords(text), text).toEqual([]);
    }
  });

  it('gives each word its place in the text', () => {
    const [w] = swearWords('oh shit!');
    expect(w).toEqual({ word: 'shit', vulgar: true, start: 3, end: 7 });
  });
});

describe('swear words: the quick look before the scan', () => {
  it('lets through every comment the scan finds a strong word in, masked, stretched or spelt out', () => {
    for (const text of ['f*ck this', 'sh*t', 'p*tain de box', 'FUUUCK', '#putain', 'fcking late', "j'emmerde le SAV", 'chié', 'p u t a i n', 'ｆｕｃｋ', 'ASSES', 'motherfucker', 'ptn', 'quelle merde']) {
      expect(swearWords(unmask(text)).some((w) => w.vulgar), text).toBe(true);
      expect(mayBeVulgar(normalise(text).tokens), text).toBe(true);
    }
  });

  it('spares a comment with none', () => {
    for (const text of ['Bonjour, ma commande est arrivée cassée', 'Thanks for the quick reply!', 'zut, raté le live']) {
      expect(mayBeVulgar(normalise(text).tokens), text).toBe(false);
    }
  });
});
