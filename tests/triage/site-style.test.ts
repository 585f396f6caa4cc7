import { describe, expect, it } from 'vitest';
import { EN_BRAND as en, FR_BRAND as fr, labelsOf, run } from './helpers';

describe('site-style complaints: the shape of a grievance, in both languages', () => {
  it('reads a repeat count as a complaint (digits, words, SMS)', () => {
    expect(labelsOf("5e fois que j'appelle pour la même panne", fr)).toContain('complaint');
    expect(labelsOf('quatrième fois que la livraison est repoussée', fr)).toContain('complaint');
    expect(labelsOf('fifth time this month the app logs me out', en)).toContain('complaint');
    expect(labelsOf('called 4 times and emailed twice, nothing', en)).toContain('complaint');
  });

  it('reads "still" / "toujours pas" + a lack, and a duration of waiting, as a complaint', () => {
    expect(labelsOf('still no refund, still no answer', en)).toContain('complaint');
    expect(labelsOf("it's been 3 weeks and my parcel is still not here", en)).toContain('complaint');
    expect(labelsOf('day 4 without wifi', en)).toContain('complaint');
    expect(labelsOf('sa fait 3 semaines ke j attend', fr)).toContain('complaint');
    expect(labelsOf('tjrs pas de nouvelles de mon dossier', fr)).toContain('complaint');
    expect(labelsOf('plus de fibre depuis mardi', fr)).toContain('complaint');
  });

  it('reads silence and "nobody told us" as a complaint', () => {
    expect(labelsOf('vous répondez pas aux mails', fr)).toContain('complaint');
    expect(labelsOf('Flight moved again and nobody told us', en)).toContain('complaint');
    expect(labelsOf("support can't be bothered to reply", en)).toContain('complaint');
  });

  it('reads ironic thanks and scare praise as a complaint', () => {
    expect(labelsOf('Ah bah bravo, deux heures pour un colis perdu 👏', fr)).toContain('complaint');
    expect(labelsOf('Remboursé en avoir au lieu d’argent, merci hein.', fr)).toContain('complaint');
    expect(labelsOf('Cool, another cancellation. Third this year.', en)).toContain('complaint');
  });

  it('keeps a complaint that carries its own negation inside another negator ("ce n\'est pas normal")', () => {
    expect(labelsOf("ce n'est pas normal d'attendre autant", fr)).toContain('complaint');
    expect(labelsOf('les valises ne sont toujours pas arrivées', fr)).toContain('complaint');
    expect(labelsOf("there's still no reply to my ticket", en)).toContain('complaint');
  });

  it('reads a count of times or days without service as a complaint', () => {
    expect(labelsOf('wifi dropped 4 times today', en)).toContain('complaint');
    expect(labelsOf('10 days without a working phone line', en)).toContain('complaint');
    expect(labelsOf('2 semaines sans téléphone, vous trouvez ça normal', fr)).toContain('complaint');
  });

  it('counts an ordinal before a product as a repeat, and "3 jours sans" like any other number', () => {
    expect(labelsOf('fourth replacement phone and the same fault', en)).toContain('complaint');
    expect(labelsOf('3 jours sans réseau dans tout le quartier', fr)).toContain('complaint');
    expect(labelsOf('Troisième commande et toujours aussi contente, merci', fr)).not.toContain('complaint');
  });

  it('reads the failure verbs of a told story as a complaint', () => {
    expect(labelsOf('the handle snapped the first time I used it', en)).toContain('complaint');
    expect(labelsOf('chat closed my ticket without an answer', en)).toContain('complaint');
    expect(labelsOf('La bouteille a fui dans le sac, tout jeté', fr)).toContain('complaint');
    expect(labelsOf('Facture en double encore ce mois-ci', fr)).toContain('complaint');
  });

  it('reads "never a single outage" / "jamais une panne" as praise', () => {
    expect(labelsOf('two years and never a single outage, thank you', en)).toContain('praise');
    expect(labelsOf('5 ans chez vous et jamais une panne', fr)).toContain('praise');
  });

  it('reads thanks that mention a delay as praise, not a complaint', () => {
    for (const [text, o] of [
      ['The crew were lovely during the delay, thank you', en],
      ['Équipage aux petits soins pendant le retard, merci à eux', fr],
    ] as const) {
      const labels = labelsOf(text, o);
      expect(labels, text).toContain('praise');
      expect(labels, text).not.toContain('complaint');
    }
  });

  it('does not read a doubt, a lucky third try or a storm as a complaint', () => {
    expect(labelsOf('still not sure which colour to pick', en)).not.toContain('complaint');
    expect(labelsOf("third time's the charm, ordering again 😄", en)).not.toContain('complaint');
    expect(labelsOf('my internet went down in the storm, not your fault, just saying', en)).not.toContain('complaint');
  });
});

describe('site-style toxic: an insult aimed at a person, or vulgar words that take no label away', () => {
  it('flags French slang insults, feminine and plural forms included', () => {
    expect(labelsOf('@Julie_P bouffonne va', fr)).toContain('toxic');
    expect(labelsOf("le livreur c'est un cassos", fr)).toContain('toxic');
    expect(labelsOf('@Tom88 abrutie, relis le post', fr)).toContain('toxic');
    expect(labelsOf("@Sam_L t'es con ou quoi", fr)).toContain('toxic');
    expect(labelsOf('@Nico sale mytho', fr)).toContain('toxic');
    expect(labelsOf('@Leo_B ferme ta bouche', fr)).toContain('toxic');
  });

  it('flags "vous êtes des …" and "t\'es qu\'un …" with a pejorative noun', () => {
    expect(labelsOf('vous êtes des menteurs', fr)).toContain('toxic');
    expect(labelsOf("@max t'es qu'un rageux", fr)).toContain('toxic');
    expect(labelsOf('vous êtes des génies', fr)).not.toContain('toxic');
  });

  it('flags "t\'es juste …", "un incapable", "is a useless idiot", "bande d\'…" and plurals', () => {
    expect(labelsOf("@Karim_B t'es juste jaloux", fr)).toContain('toxic');
    expect(labelsOf('le vendeur est un incapable', fr)).toContain('toxic');
    expect(labelsOf("bande d'arnaqueurs", fr)).toContain('toxic');
    expect(labelsOf('the manager is a useless idiot', en)).toContain('toxic');
    expect(labelsOf('you lying scumbags', en)).toContain('toxic');
  });

  it('reads "bunch of" / "bande de" + an insult as addressed to the people named', () => {
    expect(labelsOf('bunch of crooks, all of you', en)).toContain('toxic');
    expect(labelsOf('bande de voleurs avec vos frais de port', fr)).toContain('toxic');
    expect(labelsOf('bought a bunch of donuts for the office', en)).not.toContain('toxic');
  });

  it('flags contempt nouns aimed at a person ("jerk", "beauf", "vultures", "ferme ton clapet")', () => {
    expect(labelsOf('the driver was a rude jerk', en)).toContain('toxic');
    expect(labelsOf('you vultures, $40 for a seat change', en)).toContain('toxic');
    expect(labelsOf("le vendeur, un vrai beauf", fr)).toContain('toxic');
    expect(labelsOf('@Theo ferme ton clapet', fr)).toContain('toxic');
  });

  it('does not call feeling like an idiot or "je suis jalouse 😍" toxic', () => {
    expect(labelsOf('waited 2 hours at the gate like an idiot', en)).not.toContain('toxic');
    expect(labelsOf("j'ai attendu comme une idiote devant la boutique", fr)).not.toContain('toxic');
    expect(labelsOf('trop belle cette robe, je suis jalouse 😍', fr)).not.toContain('toxic');
  });

  it('flags English insults and put-downs at a commenter or a staff member', () => {
    expect(labelsOf('@dan_k stfu nobody asked you', en)).toContain('toxic');
    expect(labelsOf('@jo_m go cry somewhere else', en)).toContain('toxic');
    expect(labelsOf('the guy at the counter is a total dipshit', en)).toContain('toxic');
    expect(labelsOf('@kyle you absolute muppet', en)).toContain('toxic');
    expect(labelsOf("@rach you're a liar", en)).toContain('toxic');
  });

  it('keeps swearing about a product or a delay a complaint, and flags it toxic as vulgar', () => {
    for (const [text, o, word] of [
      ['putain de box qui plante encore', fr, 'putain'],
      ["c'est la merde votre appli depuis la mise à jour", fr, 'merde'],
      ['fuck this update, your app crashes on launch', en, 'fuck'],
      ['for fucks sake, delayed again', en, 'fucks'],
    ] as const) {
      const c = run(text, o);
      expect(c.labels, text).toContain('complaint');
      expect(c.labels, text).toContain('toxic');
      expect(c.reasons.find((r) => r.rule === 'toxic.vulgar')?.detail, text).toBe(`vulgar: ${word}`);
    }
  });

  it('does not call "nous prendre pour des cons" or "c\'est débile" at the brand toxic', () => {
    expect(labelsOf('arrêtez de nous prendre pour des cons avec vos frais', fr)).not.toContain('toxic');
    expect(labelsOf("c'est débile votre nouveau système de points", fr)).not.toContain('toxic');
    expect(labelsOf('this is stupid, your checkout resets my cart', en)).not.toContain('toxic');
  });
});

describe('site-style praise: slang that borrows violent or sick words', () => {
  it('reads "sick", "fire", "killed it", "to die for" as praise and not toxic', () => {
    for (const text of ['this jacket is sick af', 'the new menu is fire', 'you killed it with this collab', 'that cake is to die for']) {
      const c = run(text, en);
      expect(c.labels, text).toContain('praise');
      expect(c.labels, text).not.toContain('toxic');
      expect(c.labels, text).not.toContain('complaint');
    }
  });

  it('reads "de malade", "de la bombe", "ça défonce", "c\'est mortel" as praise', () => {
    for (const text of ['ce gloss est de malade', 'ce parfum c’est de la bombe', 'la nouvelle appli ça défonce', "c'est mortel ce concert"]) {
      const c = run(text, fr);
      expect(c.labels, text).toContain('praise');
      expect(c.labels, text).not.toContain('complaint');
      expect(c.labels, text).not.toContain('toxic');
    }
  });

  it('still reads "sick of" as a complaint', () => {
    expect(labelsOf('so sick of these outages', en)).toContain('complaint');
  });
});

describe('site-style leads: resale, bulk, groups, buying now', () => {
  it('reads a threat to leave for a rival as a complaint, never a lead', () => {
    for (const [text, options] of [
      ["Third late delivery this month. I'll take my business elsewhere.", en],
      ['I will take my money elsewhere', en],
      ['Je vais passer chez la concurrence si ça continue', fr],
      ['je vais acheter chez la concurrence', fr],
    ] as const) {
      const labels = labelsOf(text, options);
      expect(labels, text).toContain('complaint');
      expect(labels, text).not.toContain('lead');
    }
    expect(labelsOf("I'll take two please", en)).toContain('lead');
  });

  it('flags resale and bulk requests in both languages', () => {
    expect(labelsOf('How can I become a stockist for my shop?', en)).toContain('lead');
    expect(labelsOf('do you sell in bulk for events?', en)).toContain('lead');
    expect(labelsOf('Any group rates for a team of 30?', en)).toContain('lead');
    expect(labelsOf('Je voudrais devenir revendeur dans ma région', fr)).toContain('lead');
    expect(labelsOf('Vous avez des tarifs de groupe pour une classe ?', fr)).toContain('lead');
  });

  it('flags reservations, groups of students, trade accounts and orders "en gros"', () => {
    expect(labelsOf('Reserving a dozen croissants for Sunday', en)).toContain('lead');
    expect(labelsOf('Do you have special rates for 40 students?', en)).toContain('lead');
    expect(labelsOf('Architect here, is there a trade account?', en)).toContain('lead');
    expect(labelsOf('Je réserve trois galettes pour samedi', fr)).toContain('lead');
    expect(labelsOf('Vous vendez en gros pour les restaurants ?', fr)).toContain('lead');
  });

  it('flags big orders, carrying the brand and price-for-N questions', () => {
    expect(labelsOf('could you take a big order for our office party?', en)).toContain('lead');
    expect(labelsOf('We would like to carry your brand in our shops', en)).toContain('lead');
    expect(labelsOf('Possible de passer une grosse commande pour vendredi ?', fr)).toContain('lead');
    expect(labelsOf("Quel est le prix d'un abonnement pour 3 personnes ?", fr)).toContain('lead');
  });

  it('reads switching to the brand as a lead, and leads asked as plain questions', () => {
    const c = run('done with my old carrier, switching to you guys next month', en);
    expect(c.labels).toContain('lead');
    expect(c.labels).not.toContain('complaint');
    expect(labelsOf('Is there pricing for universities?', en)).toContain('lead');
    expect(labelsOf('Vous avez un tarif pour les associations ?', fr)).toContain('lead');
  });

  it('flags "I\'m buying" and "je peux souscrire", not "my booking" in a complaint', () => {
    expect(labelsOf("I'm buying two of these for Christmas", en)).toContain('lead');
    expect(labelsOf('je peux souscrire en ligne ?', fr)).toContain('lead');
    expect(labelsOf('my booking was cancelled twice', en)).not.toContain('lead');
  });
});
