import { describe, expect, it } from 'vitest';
import { detectIntents } from '@/lib/triage/intents';
import { EN_BRAND as en, FR_BRAND as fr, labelsOf, run } from './helpers';

const intentsOf = (text: string, options: typeof fr | typeof en) => detectIntents(text, { labels: run(text, options).labels }).map((m) => m.intent);

describe('slang praise', () => {
  it('reads slang that praises a thing as praise, positive, with the slang as the reason', () => {
    for (const [text, options, match] of [
      ['sick beat', en, 'sick beat'],
      ['this jacket is sick, wearing it everywhere', en, 'jacket is sick'],
      ['no cap best burger in town', en, 'best'],
      ['lowkey obsessed', en, 'lowkey obsessed'],
      ['ngl the update goes hard', en, 'goes hard'],
      ["y'all cooked with this one", en, 'yall cooked'],
      ['trop ouf', fr, 'trop ouf'],
      ['le nouveau parfum il tue', fr, 'il tue'],
      ['vous avez régalé avec ce menu', fr, 'regale'],
      ["ce gloss c'est une tuerie", fr, 'c’est une tuerie'],
      ['absolute banger of a collab', en, 'banger'],
      ['the new app is on another level', en, 'on another level'],
      ['vous êtes des boss', fr, 'vous etes des boss'],
      ['je kiffe grave la nouvelle gamme', fr, 'je kiffe'],
    ] as const) {
      const c = run(text, options);
      expect(c.labels, text).toEqual(['praise']);
      expect(c.sentiment.value, text).toBe('positive');
      expect(c.reasons.some((r) => r.rule === 'lexicon.praise' && r.match.replace(/'/g, '’') === match), text).toBe(true);
    }
  });

  it('keeps the same words a complaint where they are about prices, being ill or fed up', () => {
    for (const [text, options] of [
      ['the prices are insane now', en],
      ['got sick after the chicken wrap', en],
      ["I'm sick of waiting for my refund", en],
      ['ça me tue de payer 15€ de frais de port', fr],
      ['ce chargeur est une bombe à retardement', fr],
      ['big L, the update deleted my notes', en],
    ] as const) {
      const c = run(text, options);
      expect(c.labels, text).toContain('complaint');
      expect(c.labels, text).not.toContain('praise');
      expect(c.sentiment.value, text).toBe('negative');
    }
    expect(labelsOf('Comment on fait pour renvoyer un article trop lourd pour la poste ?', fr)).not.toContain('praise');
  });
});

describe('a hazard told flatly', () => {
  const hazards = [
    ['found a piece of metal in my cereal', en],
    ['il y avait du verre dans le pot de compote', fr],
    ['my kid got a rash from the sunscreen', en],
    ['la batterie a pris feu', fr],
    ['there was a screw in my salad', en],
    ['the kettle gave me an electric shock', en],
    ['le chargeur a explosé pendant la nuit', fr],
    ["ma fille s'est brûlée avec la bouilloire", fr],
    ['found a dead fly in the soup', en],
    ['smelled gas right after your guy installed the stove', en],
    ['ma fille a avalé une pièce du jouet', fr],
    ['mes lèvres ont gonflé après le gommage', fr],
    ['la bougie a éclaté, du verre partout sur la table', fr],
  ] as const;

  it('is a negative complaint, with the hazard as the reason', () => {
    for (const [text, options] of hazards) {
      const c = run(text, options);
      expect(c.labels, text).toEqual(['complaint']);
      expect(c.sentiment.value, text).toBe('negative');
      expect(c.reasons.some((r) => r.rule === 'lexicon.complaint'), text).toBe(true);
    }
  });

  it('weighs more against the brand than a late parcel does', () => {
    const late = run('my parcel is late', en).sentiment.score;
    for (const [text, options] of hazards) expect(run(text, options).sentiment.score, text).toBeLessThan(late);
  });

  it('is read as a crisis for the reply suggestions, before any other intent', () => {
    for (const [text, options] of hazards) expect(intentsOf(text, options)[0], text).toBe('crisis-rumour');
    expect(intentsOf('the charger melted and nearly set the couch on fire', en)[0]).toBe('crisis-rumour');
  });

  it('leaves a product that swelled or melted without hurting anyone a damaged product', () => {
    for (const [text, options] of [
      ['Wooden tray swelled up after a rinse', en],
      ['Delivery was fine, but the lipstick melted in the parcel', en],
      ['le rouge à lèvres a fondu dans le colis', fr],
    ] as const) expect(intentsOf(text, options), text).not.toContain('crisis-rumour');
  });

  it('leaves records or targets that "exploded" a success, not a hazard', () => {
    for (const text of ['notre appli a explosé les records', 'la collecte a explosé son objectif']) expect(labelsOf(text, fr), text).not.toContain('complaint');
  });
});

describe('money made from home', () => {
  it('reads a pitch of earnings from a phone, a couch or home with "ask me how" as spam', () => {
    for (const [text, options] of [
      ['I make $500 a day from home, DM me to learn how', en],
      ['earning $3k weekly working from my phone, ask me how', en],
      ['made $1200 this week from my couch, inbox me', en],
      ['je gagne 300€/jour depuis chez moi, écris-moi en privé', fr],
      ['je me fais 150€ par jour depuis mon téléphone, demande-moi comment', fr],
      ['stay at home moms wanted, $300/day, no experience', en],
      ['je cherche 3 personnes sérieuses pour bosser depuis leur téléphone, 100€/jour', fr],
      ['mamans au foyer, gagnez de l\'argent depuis votre canapé, MP', fr],
    ] as const) {
      const c = run(text, options);
      expect(c.labels, text).toEqual(['spam']);
      expect(c.sentiment.value, text).toBe('neutral');
    }
  });

  it('leaves someone who works from home, or asks about remote jobs, alone', () => {
    expect(labelsOf('I work from home and my phone keeps dropping calls', en)).not.toContain('spam');
    expect(labelsOf('vous recrutez des conseillers en télétravail ?', fr)).toEqual(['question']);
    expect(labelsOf('I make candles from home, do you sell wax wholesale?', en)).toEqual(['question', 'lead']);
  });
});

describe('problems told as a story', () => {
  it('reads tracking that has not moved, or a courier who marked the customer absent, as a complaint', () => {
    for (const [text, options] of [
      ["ordered on the 3rd, still nothing, the tracking hasn't moved", en],
      ["commandé le 5, le suivi n'a pas bougé", fr],
      ["le livreur a marqué absent alors que j'étais chez moi toute la journée", fr],
      ['Livraison prévue mardi, puis jeudi, puis lundi. On est vendredi.', fr],
      ['they took the old fridge and never brought the new one', en],
      ['the box arrived. the box was empty.', en],
      ['two hours on the tarmac, no water, no info', en],
      ['ma valise est revenue avec le cadenas coupé', fr],
      ["débité mais la commande n'apparaît nulle part", fr],
    ] as const) {
      const c = run(text, options);
      expect(c.labels, text).toContain('complaint');
      expect(c.sentiment.value, text).toBe('negative');
    }
  });
});

describe('look-alikes of the new words', () => {
  it('does not read food, a drink, a haircut or an empty flight as a hazard or a complaint', () => {
    for (const [text, options] of [
      ['that melted chocolate cake was divine', en],
      ['this candle sparks joy', en],
      ['the flavour exploded in my mouth, so good', en],
      ['my stylist cut her hair at your salon and she loves it', en],
      ['a glass in my hand and your candles lit, perfect evening', en],
      ['the flight was empty so we got a whole row, thanks', en],
      ['le fromage a fondu parfaitement, un régal', fr],
      ['je suis gonflé à bloc avec votre boisson', fr],
    ] as const) {
      expect(labelsOf(text, options), text).not.toContain('complaint');
      expect(intentsOf(text, options), text).not.toContain('crisis-rumour');
    }
    expect(labelsOf('is there a screw in the box for the wall mount?', en)).toEqual(['question']);
    for (const [text, options] of [
      ['does the fabric catch fire easily?', en],
      ['is the cream ok for a rash?', en],
      ["what's in the top tier plan?", en],
      ['votre crème marche sur les brûlures ?', fr],
      ['vous avez une crème pour les plaques rouges ?', fr],
    ] as const) {
      expect(labelsOf(text, options), text).toEqual(['question']);
      expect(intentsOf(text, options), text).not.toContain('crisis-rumour');
    }
    expect(labelsOf('the bread goes hard after a day', en)).toEqual(['complaint']);
    for (const text of ['we broke out in laughter at your new ad', 'I choked on my coffee laughing at this ad 😂', "don't make a rash decision, this sofa is worth the wait"]) {
      expect(labelsOf(text, en), text).not.toContain('complaint');
    }
    expect(intentsOf('le courant s\'est coupé deux fois ce matin', fr)).not.toContain('crisis-rumour');
  });

  it('keeps a missing cap a complaint, and "une folie" about prices no praise', () => {
    expect(labelsOf('the bottle arrived with no cap and half of it leaked', en)).toContain('complaint');
    expect(labelsOf("c'est une folie ces prix", fr)).not.toContain('praise');
  });
});
