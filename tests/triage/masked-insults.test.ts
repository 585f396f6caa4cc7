import { describe, expect, it } from 'vitest';
import { unmaskInsults } from '@/lib/triage/masked-words';
import { unmask } from '@/lib/triage/normalise';
import { EN_BRAND as en, FR_BRAND as fr, expectNotToxicBy, run } from './helpers';

describe('insults and swear words written with a masked letter', () => {
  it('are read as the word they hide, at the same length', () => {
    const cases: Array<[string, string]> = [
      ['c*nnard de prof', 'connard de prof'],
      ['you c*nt', 'you cunt'],
      ['sh!t', 'shit'],
      ['a$$hole', 'asshole'],
      ['enc*lé', 'encule'],
      ['f@ggot', 'faggot'],
      ['encul3 de ta race', 'encule de ta race'],
      ['f**k off', 'fuck off'],
      ['f**king hell', 'fucking hell'],
      ['p*tain de m*rde', 'putain de merde'],
    ];
    for (const [text, read] of cases) {
      expect(unmaskInsults(text), text).toBe(read);
      expect(unmask(text), text).toHaveLength(text.length);
    }
  });

  it('leave alone what no insult fits: a masked name, emphasis, ratings, emails, handles, product names', () => {
    for (const text of ['Mme D*** m’a répondu', '*important*', 'hôtel 5* au top', 'Super!Merci', 'marie@gmail.com', '@USER merci', 'mp3 covid19 top10', 'génial!!!']) {
      expect(unmaskInsults(text), text).toBe(text);
    }
  });

  it('make the comment toxic as the plain word would', () => {
    expect(run('c*nnard de prof il m’a mis 4', fr).labels).toContain('toxic');
    expect(run('@USER you c*nt, give me my money back', en).labels).toContain('toxic');
    expect(run('this ref is a blind piece of sh!t', en).reasons.some((r) => r.rule === 'toxic.vulgar')).toBe(true);
  });
});

describe('a term that counts only at the end of its clause', () => {
  it('is an order to shut up before punctuation, the reader or a new clause', () => {
    for (const text of ['ferme la !', 'oh ferme la toi', 'ferme-la', 'ferme la stp', 'ferme la tu nous saoules', 'ferme la, personne t’a demandé']) {
      expect(run(text, fr).labels, text).toContain('toxic');
    }
  });

  it('is an article before a noun, and "la ferme" after a preposition is the farm', () => {
    expectNotToxicBy('lexicon.toxic', [
      ['Le bouc de la ferme pédagogique a mangé le plan du zoo 😂', fr],
      ['On a acheté des oeufs à la ferme.', fr],
      ['Vous fermez la boutique à quelle heure ?', fr],
      ['C’est un scandale que la mairie ferme la piscine en plein été', fr],
      ['Quelqu’un ferme la porte du local le soir ?', fr],
    ]);
  });
});

describe('everyday insults of forums and teenage chats', () => {
  it('are toxic: plurals and feminines, "gros" or "espèce de" with a mild word, dehumanising comparisons, pushes to self-harm, verlan', () => {
    for (const text of [
      'ce mec est un gros débile', 't’es qu’un déchet', 'espèce de clochard', 'toutes des putes', 'bande de lobotomisés', 'c’est des attardées',
      'elle a une tronche de cheval', 'mdr on dirait un singe', 'va te pendre', 'jvais ken ta reum', 'je t’éclate la tête si je te croise',
      'tu vas voir ce que tu vas prendre', 'Les juifs contrôlent les médias', 'tes dents de lapin mdr', 'grosse truie va', 'wsh la baleine tu fais trembler le sol',
      'Ta vidéo est une daube, t’es nul', 'les filles de la classe c’est toutes des salopes', 'si tu reviens demain je te défonce',
    ]) expect(run(text, fr).labels, text).toContain('toxic');
    for (const text of ['conservatives are fascist scum', 'fat whale needs to stay off the beach', 'immigrants are rats', '@USER hope your plane crashes', 'they should all be shot', 'go die', 'Get cancer and die', 'nobody likes you, just disappear', 'typical woman driver, should stay in the kitchen']) {
      expect(run(text, en).labels, text).toContain('toxic');
    }
  });

  it('are not when the same words speak of waste, a lingering, a breed, a rough sleeper, a print, a dish or an animal', () => {
    for (const text of [
      'tri des déchets au magasin', 'elle s’est attardée sur les détails', 'quelle race ton chien ?', 'un clochard dort devant votre magasin', 'les baleines à Tadoussac étaient magnifiques',
      'le nain de jardin est arrivé cassé, vous pouvez le remplacer ?', 'tu vas regretter de pas avoir pris la grande taille', 'tes photos sont magnifiques',
      'J’adore votre t-shirt baleine, vous l’avez en bleu ?', 'Votre pâté de truie est délicieux', 'On a vu un macaque au zoo grâce à votre appli',
    ]) {
      expect(run(text, fr).labels, text).not.toContain('toxic');
    }
  });
});
