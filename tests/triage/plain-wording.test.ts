import { describe, expect, it } from 'vitest';
import { EN_BRAND as en, FR_BRAND as fr, labelsOf, run } from './helpers';

describe('leads asked as plain questions', () => {
  it('reads a question about a price, a quantity or an offer for a group as a lead', () => {
    for (const [text, options] of [
      ['Vous livrez à Lille pour une asso ? il nous faudrait 40 éclairs', fr],
      ['vous faites des prix pour les écoles ?', fr],
      ['can you do a dozen brownies for Friday', en],
      ['what is the cheapest plan for a family of four?', en],
    ] as const) {
      const c = run(text, options);
      expect(c.labels, text).toEqual(expect.arrayContaining(['question', 'lead']));
      expect(c.reasons.some((r) => r.rule === 'lead.question' || r.rule === 'lexicon.lead'), text).toBe(true);
    }
  });

  it('leaves where the brand delivers, or whether a size exists, a plain question', () => {
    for (const [text, options] of [
      ['Vous livrez à Grenoble ?', fr],
      ['do you ship to Norway?', en],
      ['la lampe existe en 40 cm ?', fr],
    ] as const) expect(labelsOf(text, options), text).toEqual(['question']);
  });

  it('reads a count of goods or people in a question as a lead, not a model number or one or two of a thing', () => {
    expect(labelsOf('could you bake 60 macarons for a christening', en)).toEqual(expect.arrayContaining(['question', 'lead']));
    expect(labelsOf('vous pouvez faire 12 tartelettes pour dimanche', fr)).toEqual(expect.arrayContaining(['question', 'lead']));
    expect(labelsOf('is the phone 12 compatible with the case 14 models?', en)).not.toContain('lead');
    expect(labelsOf('On peut mettre 2 cartes sur le même compte ?', fr)).not.toContain('lead');
  });

  it('does not make a lead of a question about a problem', () => {
    expect(labelsOf('how much longer do I have to wait for my refund?', en)).not.toContain('lead');
  });
});

describe('questions without a question mark', () => {
  it('reads an English clause opening on an inverted verb as a question', () => {
    for (const text of ['are the scones made with butter', 'hi, is the shop open on Sunday', 'does the blender come with a spare jar']) {
      const c = run(text, en);
      expect(c.labels, text).toContain('question');
    }
    expect(run('is the pharmacy on Main St still selling your cream', en).reasons.some((r) => r.rule === 'question.opener')).toBe(true);
    expect(labelsOf('hey does the kettle have a warranty', en)).toContain('question');
  });

  it('leaves statements that open on the same verbs alone', () => {
    for (const text of ['do not buy this kettle', 'can confirm, the new scent is lovely', 'will call the store tomorrow']) {
      expect(labelsOf(text, en), text).not.toContain('question');
    }
  });

  it('reads French alternatives and announced questions', () => {
    for (const text of ['on peut payer en trois fois ou pas', 'je voulais savoir si le magasin ouvre dimanche', 'petite question, la crème se garde au frigo']) {
      expect(labelsOf(text, fr), text).toContain('question');
    }
  });
});

describe('complaints told as a story', () => {
  it('reads a problem inside the story of an order, a visit or a delivery as a complaint', () => {
    for (const [text, options] of [
      ['ordered two weeks ago and the tracking still says pending', en],
      ['the courier was supposed to come before noon, nobody showed', en],
      ['Commandé le 2 mai, le suivi indique toujours la même étape', fr],
      ["Le plombier partenaire devait venir mardi, personne n'est venu", fr],
    ] as const) expect(labelsOf(text, options), text).toContain('complaint');
  });

  it('does not read a story with nothing wrong, or a word that only looks like a defect, as a complaint', () => {
    expect(labelsOf('ordered on Monday, arrived Wednesday, all good', en)).not.toContain('complaint');
    expect(labelsOf('I run a hair salon, can I order your products wholesale?', en)).not.toContain('complaint');
    expect(labelsOf('Do you cater weddings? 90 guests, late October', en)).not.toContain('complaint');
  });
});
