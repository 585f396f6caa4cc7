import { describe, expect, it } from 'vitest';
import { reasonDetail, type ReasonView } from '@/lib/panel/explain';
import { translator } from '@/lib/i18n';
import { classify } from '@/lib/triage';
import { BrandSchema } from '@/lib/schema/brand';
import type { Reason } from '@/lib/schema/classification';

const STAMP = '2026-11-23T09:00:00.000Z';
const brand = BrandSchema.parse({
  id: 'ml',
  name: 'Maison Lumière',
  createdAt: STAMP,
  updatedAt: STAMP,
  lexicon: [{ term: 'tuerie', addLabels: ['praise'], removeLabels: ['toxic'], polarity: 'positive' }],
});
const SPAM = 'Gagnez 1000€ ici 👉 https://promo.example.xyz https://bit.ly/x #gratuit #gagner #cadeau #promo #concours @a @b @c @d';

/** The engine's reason for `rule` on this comment. */
function reasonOf(text: string, rule: string): Reason {
  const reason = classify({ text }, { brand }).reasons.find((r) => r.rule === rule);
  if (!reason) throw new Error(`no ${rule} reason for “${text}”`);
  return reason;
}

/** Both UI languages' lines; the English detail replaced, to show it is not what they are made from. */
function lines(reason: ReasonView): { fr: string; en: string } {
  const reworded = { ...reason, detail: 'reworded' };
  return { fr: reasonDetail(translator('fr'), reworded), en: reasonDetail(translator('en'), reworded) };
}

// French typography puts a narrow or plain no-break space before a colon and inside guillemets.
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/gu, ' ');

describe('“Why these flags?” from the reasons’ data, in the UI language', () => {
  it('counts the links, @mentions and hashtags', () => {
    expect(lines(reasonOf(SPAM, 'spam.link'))).toEqual({ fr: 'Contient 2 liens', en: 'Contains 2 links' });
    expect(lines(reasonOf(SPAM, 'spam.mentions'))).toEqual({ fr: 'Identifie 4 comptes', en: 'Tags 4 accounts' });
    const hashtags = lines(reasonOf(SPAM, 'spam.hashtags'));
    expect(plain(hashtags.fr)).toBe('5 hashtags : bourrage de hashtags');
    expect(hashtags.en).toBe('5 hashtags: hashtag stuffing');
    expect(lines(reasonOf('Regardez https://promo.example.xyz pour gagner un iPhone gratuit', 'spam.link'))).toEqual({ fr: 'Contient 1 lien', en: 'Contains 1 link' });
  });

  it('says vulgar language in the UI language, with the words shown beside it', () => {
    const reason = reasonOf('putain de box qui redémarre toute la soirée', 'toxic.vulgar');
    expect(reason.match).toBe('putain');
    expect(lines(reason)).toEqual({
      fr: 'Langage vulgaire (le commentaire garde ses autres signaux)',
      en: 'Vulgar language (the comment keeps its other flags)',
    });
  });

  it('says why words that look toxic are not counted, and a threat or a name without an insult word is', () => {
    const threat = reasonOf('je sais où tu habites, tu vas le regretter', 'toxic.threat');
    expect(threat.label).toBe('toxic');
    expect(lines(threat)).toEqual({ fr: 'Une menace, même sans mot injurieux', en: 'A threat, even without an insult word' });
    const named = reasonOf('« incapables », voilà ce que vous êtes', 'toxic.named');
    expect(named.match).toBe('incapables');
    expect(lines(named)).toEqual({ fr: 'Donne un nom insultant au lecteur, même en mots ordinaires', en: 'Gives the reader an insulting name, even in ordinary words' });
    const group = reasonOf("stop hiring foreigners, they're all lazy", 'toxic.group');
    expect(lines(group)).toEqual({ fr: 'Mépris envers un groupe de personnes (origine, religion, genre, âge, handicap…)', en: 'Contempt for a group of people (origin, religion, gender, age, disability…)' });
    const reported = reasonOf("le vendeur m'a traité d'incapable devant ma femme, je demande des excuses", 'toxic.reported');
    expect(reported.match).toBe('incapable');
    expect(plain(lines(reported).fr)).toBe('Des mots rapportés ou cités, pas ceux de l’auteur : pas comptés comme toxiques');
    expect(lines(reported).en).toBe('Words the writer reports or quotes, not their own: not counted as toxic');
    const banter = reasonOf('@nico je vais te défoncer au babyfoot demain 😂', 'toxic.banter');
    expect(plain(lines(banter).fr)).toBe('Taquinerie entre amis : pas comptée comme toxique');
    expect(lines(banter).en).toBe('Banter between friends: not counted as toxic');
    const shipping = reasonOf('le pull 39€ et fdp 8€, ça pique', 'toxic.sense');
    expect(shipping.match).toBe('fdp');
    expect(plain(lines(shipping).fr)).toBe('Hostile ailleurs, anodin ici : « fdp » à côté d’un prix, ce sont les frais de port ; un « bâtard » à la boulangerie, un pain ; un boss tué dans un jeu');
    expect(lines(shipping).en).toBe('Hostile elsewhere, ordinary here: “fdp” beside a price is shipping costs (frais de port), a “bâtard” at the bakery a loaf, a boss killed in a game');
    expect(reasonOf('Je voudrais réserver 2 bâtards pour samedi', 'toxic.sense').match).toBe('bâtards');
    const own = reasonOf("j'ai perdu ma carte en vacances, comment la bloquer ?", 'complaint.own');
    expect(own.match).toBe('perdu ma carte');
    expect(plain(lines(own).fr)).toBe('Un incident du fait de l’auteur, raconté pour demander de l’aide : personne n’est mis en cause à la marque, pas une réclamation');
    expect(lines(own).en).toBe('The writer’s own mishap, told to ask for help: no one at the brand is blamed, not a complaint');
    const solved = reasonOf('thanks for replacing the faulty kettle so fast', 'complaint.solved');
    expect(solved.match).toBe('thanks for replacing');
    expect(lines(solved).en).toBe('Thanks for a problem solved: nothing left to answer, not a complaint');
    const life = reasonOf('horrible day at work but the milkshake fixed it', 'complaint.life');
    expect(lines(life).en).toBe('Bad news about the writer’s day, the weather or the commute, then comfort from the brand: not a complaint');
  });

  it('tells a plain question mark from one after a rhetorical word', () => {
    expect(lines(reasonOf('Est-ce que vous livrez en Belgique ?', 'question.mark'))).toEqual({
      fr: 'Une phrase se termine par un point d’interrogation',
      en: 'Ends a sentence with a question mark',
    });
    expect(lines(reasonOf('Sérieux ? Vous livrez quand en Belgique ?', 'question.rhetorical'))).toEqual({
      fr: 'Point d’interrogation après un mot rhétorique',
      en: 'Question mark after a rhetorical word',
    });
  });

  it('says a brand correction’s term and effects', () => {
    const reason = reasonOf('Franchement, tuerie.', 'brand.lexicon');
    expect(reason.correction).toEqual({ term: 'tuerie', addLabels: ['praise'], removeLabels: ['toxic'] });
    const { fr, en } = lines(reason);
    expect(plain(fr)).toBe('Correction de la marque « tuerie » : +compliment, −toxique, positif');
    expect(en).toBe('Brand correction “tuerie”: +praise, −toxic, positive');
    const none = { ...reason, polarity: undefined, correction: { term: 'tuerie', addLabels: [], removeLabels: [] } };
    expect(plain(lines(none).fr)).toBe('Correction de la marque « tuerie » : sans effet');
    expect(lines(none).en).toBe('Brand correction “tuerie”: no effect');
  });

  it('gives the learned model’s confidence', () => {
    const reason: ReasonView = { rule: 'model.toxic', label: 'toxic', match: '', detail: 'model: 0.87 toxic', confidence: 0.87 };
    const { fr, en } = lines(reason);
    expect(plain(fr)).toBe('Modèle appris : toxique (87 %)');
    expect(plain(en)).toBe('Learned model: toxic (87 %)');
  });

  it('keeps the English detail of a reason stored without the data its line needs', () => {
    for (const rule of ['spam.link', 'spam.mentions', 'brand.lexicon', 'model.spam']) {
      const reason: ReasonView = { rule, label: 'spam', match: '', detail: 'Contains 3 link(s)' };
      expect(reasonDetail(translator('fr'), reason)).toBe('Contains 3 link(s)');
    }
  });
});
