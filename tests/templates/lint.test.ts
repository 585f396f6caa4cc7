import { describe, expect, it } from 'vitest';
import { VoiceProfileSchema, type VoiceProfile } from '@/lib/schema/brand';
import { countEmoji, findAddressCues, findUrls, lintReply, replyLength, xWeightedLength } from '@/lib/templates';

const vous: VoiceProfile = VoiceProfileSchema.parse({ address: 'vous', emojiPolicy: 'free', maxExclamations: 5 });
const tu: VoiceProfile = { ...vous, address: 'tu' };

function cueKinds(text: string): string[] {
  return findAddressCues(text).map((cue) => `${cue.kind}:${cue.match}`);
}

describe('findAddressCues', () => {
  it('finds tutoiement: pronouns, possessives, elision, inversion, imperatives', () => {
    expect(cueKinds('Tu peux suivre ton colis, ta commande et tes retours.')).toEqual(['tu:Tu', 'tu:ton', 'tu:ta', 'tu:tes']);
    expect(cueKinds("Je t'envoie le lien, on te répond vite. Bonjour à toi")).toEqual(["tu:t'", 'tu:te', 'tu:toi']);
    expect(cueKinds('Je t’écris demain.')).toEqual(['tu:t’']);
    expect(cueKinds('As-tu reçu le colis ? Peux-tu vérifier ?')).toEqual(['tu:tu', 'tu:tu']);
    expect(cueKinds('Écris-nous en MP, dis-moi tout, vas-y.')).toEqual(['tu:Écris-nous', 'tu:dis-moi', 'tu:vas-y']);
    expect(cueKinds("N'hésite pas à revenir vers nous.")).toEqual(['tu:hésite pas']);
  });

  it('finds vouvoiement, including irregular imperatives', () => {
    expect(cueKinds('Vous pouvez suivre votre colis et vos retours.')).toEqual(['vous:Vous', 'vous:votre', 'vous:vos']);
    expect(cueKinds('Écrivez-nous, dites-le-nous, allez-y.')).toEqual(['vous:Écrivez-nous', 'vous:dites-le', 'vous:allez-y']);
    expect(cueKinds("N'hésitez pas.")).toEqual(['vous:hésitez pas']);
  });

  it('ignores look-alikes and traps', () => {
    expect(cueKinds('Vos data sont chiffrées, voir le tutoriel sur la Tesla.')).toEqual(['vous:Vos']);
    expect(cueKinds('Nous gardons un ton calme, sur le ton de la conversation.')).toEqual([]);
    expect(cueKinds('Il s’est tu, puis elle a tu la vérité.')).toEqual([]);
    expect(cueKinds('Y a-t-il un souci ? Va-t-on le savoir ?')).toEqual([]);
    expect(cueKinds('Prenons rendez-vous, peut-être demain, celui-là ou un T-shirt.')).toEqual([]);
    expect(cueKinds('Allons-y ensemble.')).toEqual([]);
    expect(cueKinds('Ta-da, voici le toit.')).toEqual([]);
  });

  it('gives UTF-16 spans into the original text', () => {
    const text = 'Écoute, ton colis arrive.';
    const [cue] = findAddressCues(text);
    expect(cue && text.slice(cue.start, cue.end)).toBe('ton');
  });
});

describe('lintReply: address', () => {
  it('flags "tu" for a vous brand as an error, in French only', () => {
    const issues = lintReply('Merci, ton colis arrive demain.', { voice: vous, language: 'fr' });
    expect(issues).toEqual([{ rule: 'address', severity: 'error', params: { expected: 'vous', found: 'tu', match: 'ton' }, span: { start: 7, end: 10 } }]);
    expect(lintReply('Merci, ton colis arrive demain.', { voice: vous, language: 'en' })).toEqual([]);
  });

  it('flags "vous" for a tu brand as a warning (a crowd may be "vous")', () => {
    const issues = lintReply('Contactez-nous en message privé.', { voice: tu, language: 'fr' });
    expect(issues).toMatchObject([{ rule: 'address', severity: 'warning', params: { expected: 'tu', found: 'vous' } }]);
    expect(lintReply('Écris-nous en message privé, on te répond.', { voice: tu, language: 'fr' })).toEqual([]);
  });

  it('skips the check for an "either" brand', () => {
    expect(lintReply('Tu peux nous écrire, ou vous pouvez appeler.', { voice: { ...vous, address: 'either' }, language: 'fr' })).toEqual([]);
  });
});

describe('lintReply: forbidden words', () => {
  const voice = { ...vous, forbiddenWords: ['problème', 'pas de souci', 'con'] };

  it('matches whole words and phrases, case- and accent-insensitively, with spans', () => {
    const text = 'Aucun PROBLEME, pas  de   souci !';
    const issues = lintReply(text, { voice, language: 'fr' });
    expect(issues.map((i) => [i.params.word, text.slice(i.span?.start, i.span?.end)])).toEqual([
      ['problème', 'PROBLEME'],
      ['pas de souci', 'pas  de   souci'],
    ]);
    expect(issues.every((i) => i.rule === 'forbidden-word' && i.severity === 'error')).toBe(true);
  });

  it('does not match inside other words', () => {
    expect(lintReply('Contactez notre équipe, les problématiques sont connues.', { voice, language: 'fr' })).toEqual([]);
  });

  it('maps spans correctly after letters that fold to two (œ)', () => {
    const text = 'Cœur con.';
    const [issue] = lintReply(text, { voice, language: 'fr' });
    expect(issue && text.slice(issue.span?.start, issue.span?.end)).toBe('con');
  });
});

describe('lintReply: sign-off', () => {
  const voice = { ...vous, signOff: '^Léa' };
  it('requires the sign-off at the very end, ignoring spacing and accents', () => {
    expect(lintReply('Merci !\n^Léa  ', { voice, language: 'fr' })).toEqual([]);
    expect(lintReply('Merci ! ^LEA', { voice, language: 'fr' })).toEqual([]);
    expect(lintReply('^Léa : merci !', { voice, language: 'fr' })).toEqual([{ rule: 'sign-off', severity: 'warning', params: { signOff: '^Léa' } }]);
  });
  it('is not checked when empty', () => {
    expect(lintReply('Merci.', { voice: vous, language: 'fr' })).toEqual([]);
  });
});

describe('lintReply: emoji', () => {
  it('counts graphemes: ZWJ sequences, flags, skin tones and keycaps are one each', () => {
    expect(countEmoji('👩‍💻')).toBe(1);
    expect(countEmoji('🇫🇷')).toBe(1);
    expect(countEmoji('👍🏽')).toBe(1);
    expect(countEmoji('1️⃣')).toBe(1);
    expect(countEmoji('❤ et ❤️')).toBe(2);
    expect(countEmoji('© 2026 Maison Lune™ → 1 2 3 #')).toBe(0);
    expect(countEmoji('Merci 🙏 👨‍👩‍👧‍👦 🇨🇦')).toBe(3);
  });

  it('applies the limited policy with the first emoji over the limit as span', () => {
    const voice = { ...vous, emojiPolicy: 'limited' as const, maxEmoji: 1 };
    const text = 'Merci 🙏 à bientôt 👋';
    const issues = lintReply(text, { voice, language: 'fr' });
    expect(issues).toEqual([{ rule: 'emoji', severity: 'warning', params: { count: 2, max: 1, policy: 'limited' }, span: { start: 19, end: 21 } }]);
    expect(lintReply('Merci 🙏', { voice, language: 'fr' })).toEqual([]);
  });

  it('applies the none and free policies', () => {
    expect(lintReply('Merci 🇫🇷', { voice: { ...vous, emojiPolicy: 'none' }, language: 'fr' })).toMatchObject([{ rule: 'emoji', params: { count: 1, max: 0 } }]);
    expect(lintReply('🎉🎉🎉🎉🎉', { voice: vous, language: 'fr' })).toEqual([]);
  });
});

describe('lintReply: exclamation marks', () => {
  it('flags more than the maximum, pointing at the first one too many', () => {
    const voice = { ...vous, maxExclamations: 1 };
    const text = 'Merci ! Super ! Génial !';
    expect(lintReply(text, { voice, language: 'fr' })).toEqual([{ rule: 'exclamations', severity: 'warning', params: { count: 3, max: 1 }, span: { start: 14, end: 15 } }]);
    expect(lintReply('Merci !', { voice, language: 'fr' })).toEqual([]);
    expect(lintReply('Bravo‼', { voice, language: 'fr' })).toMatchObject([{ params: { count: 2 } }]);
  });
});

describe('lintReply: length and ordering', () => {
  it('reports the platform limit as an error with the overflowing range', () => {
    const text = 'a'.repeat(1300);
    expect(lintReply(text, { voice: vous, language: 'en', platform: 'linkedin' })).toEqual([
      { rule: 'length', severity: 'error', params: { platform: 'linkedin', length: 1300, limit: 1250 }, span: { start: 1250, end: 1300 } },
    ]);
    expect(lintReply(text, { voice: vous, language: 'en', platform: 'instagram' })).toEqual([]);
    expect(lintReply(text, { voice: vous, language: 'en', platform: 'linkedin', limits: { linkedin: 2000 } })).toEqual([]);
  });

  it('lists errors before warnings and flags an empty reply', () => {
    const voice = { ...vous, forbiddenWords: ['souci'], maxExclamations: 0 };
    expect(lintReply('Pas de souci !', { voice, language: 'fr' }).map((i) => i.rule)).toEqual(['forbidden-word', 'exclamations']);
    expect(lintReply('  ', { voice, language: 'fr' })).toEqual([{ rule: 'empty', severity: 'error', params: {} }]);
  });

  it('never changes the text it checks', () => {
    const text = 'Tu as un problème !!!';
    const copy = text.slice();
    lintReply(text, { voice: { ...vous, forbiddenWords: ['problème'] }, language: 'fr', platform: 'x' });
    expect(text).toBe(copy);
  });
});

describe('X weighted length', () => {
  it('counts Latin letters, accents and French punctuation as 1', () => {
    expect(xWeightedLength('Bonjour à vous, ça va ? « oui »').length).toBe(31);
    expect(xWeightedLength('e\u0301').length).toBe(1); // NFD "é" is one character once normalised
    expect(xWeightedLength('—’').length).toBe(2);
    // U+2026 "…" sits outside X's light punctuation ranges: it weighs 2, as on x.com.
    expect(xWeightedLength('…').length).toBe(2);
  });

  it('counts CJK, Hangul syllables and kana as 2', () => {
    expect(xWeightedLength('你好').length).toBe(4);
    expect(xWeightedLength('한국').length).toBe(4);
    expect(xWeightedLength('カナ').length).toBe(4);
  });

  it('counts every emoji as 2, whatever its code points', () => {
    expect(xWeightedLength('👍').length).toBe(2);
    expect(xWeightedLength('👩‍👩‍👧‍👦').length).toBe(2);
    expect(xWeightedLength('🇫🇷👍🏽').length).toBe(4);
    expect(xWeightedLength('ok ❤️').length).toBe(5);
  });

  it('counts every URL as 23, with or without protocol', () => {
    expect(xWeightedLength('https://example.com/a/very/long/path?with=query&and=more').length).toBe(23);
    expect(xWeightedLength('Voir https://a.co.').length).toBe(5 + 23 + 1);
    expect(xWeightedLength('www.maisonlune.fr/aide').length).toBe(23);
    expect(xWeightedLength('maisonlune.com').length).toBe(23);
  });

  it('finds URLs the way X links them', () => {
    expect(findUrls('Lien : https://lune.fr/faq). Et www.lune.fr, lune.fr/aide !').map((u) => u.url)).toEqual([
      'https://lune.fr/faq',
      'www.lune.fr',
      'lune.fr/aide',
    ]);
    // A bare one-label country domain is not linked; neither are e-mail addresses or "M.Dupont".
    expect(findUrls('lune.fr, contact@lune.com, M.Dupont, etc.')).toEqual([]);
    expect(findUrls('(voir https://fr.wikipedia.org/wiki/Lune_(satellite))').map((u) => u.url)).toEqual(['https://fr.wikipedia.org/wiki/Lune_(satellite)']);
  });

  it('reports where the text stops fitting', () => {
    const fits = 'a'.repeat(280);
    expect(xWeightedLength(fits)).toEqual({ length: 280, limit: 280, overflowAt: undefined });
    const over = `${'a'.repeat(279)}你好`;
    expect(xWeightedLength(over)).toEqual({ length: 283, limit: 280, overflowAt: 279 });
    const url = `${'a'.repeat(270)} https://example.com`;
    expect(xWeightedLength(url).overflowAt).toBe(271);
  });

  it('is used for X only; other sites count UTF-16 units', () => {
    expect(replyLength('👍'.repeat(10), 'x').length).toBe(20);
    expect(replyLength('👍'.repeat(10), 'facebook')).toEqual({ length: 20, limit: 8000, overflowAt: undefined });
    expect(replyLength('a', 'x', { x: 25000 }).limit).toBe(25000);
  });
});
