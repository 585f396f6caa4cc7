import { describe, expect, it } from 'vitest';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import type { ClassifyOptions } from '@/lib/triage';
import { EN_BRAND as en, FR_BRAND as fr, expectNotToxicBy, expectToxicBecause, run } from './helpers';

const model = loadBundledModel();
/** Both systems: the rules alone and the rules with the learned layer. */
type Options = ClassifyOptions;
const both = (options: Options) => [options, { ...options, model }] as const;
const threat = (text: string, options: Options) => run(text, options).reasons.find((r) => r.rule === 'toxic.threat')?.match;

describe('veiled threats: the reader’s people or places beside a word that watches, waits, knows, warns or burns', () => {
  it('are toxic, with the threat quoted as written', () => {
    const cases: Array<[string, Options, string]> = [
      ['ton fils devrait faire attention en sortant du collège', fr, 'ton fils devrait faire attention'],
      ['on surveille ta boutique depuis une semaine', fr, 'surveille ta boutique'],
      ['je t’attendrai devant chez toi après ton boulot', fr, 'attendrai devant chez toi après ton boulot'],
      ['ils connaissent ton adresse maintenant, bonne soirée', fr, 'connaissent ton adresse'],
      ['ce serait triste qu’un incendie touche votre entrepôt', fr, 'incendie touche votre entrepôt'],
      ['my guys have been watching your store all week', en, 'watching your store'],
      ['your daughter should be careful walking home tonight', en, 'your daughter should be careful'],
      ["someone will be waiting by your car after your shift", en, 'waiting by your car'],
      ['shame if your shop went up in flames', en, 'your shop went up in flames'],
    ];
    expectToxicBecause('toxic.threat', cases, both);
  });

  it('are not threats when they warn of a hazard, wish well, joke, or speak of a shop as a customer', () => {
    const cases: Array<[string, Options]> = [
      ['faites attention à vos enfants avec ce jouet, les aimants se détachent', fr],
      ['dites à vos enfants de faire attention, le sol du magasin est glissant', fr],
      ['tes enfants vont adorer, fais attention ils vont tout manger 😂', fr],
      ['je vous attends devant votre magasin samedi pour l’ouverture !', fr],
      ['on connaît votre magasin depuis 20 ans, toujours top', fr],
      ['je connais ta maison, tu as le même canapé que moi !', fr],
      ['fais attention à toi sur la route ce soir ma chérie ❤️', fr],
      ["I'll be waiting for your shop to restock the blue one", en],
      ['hope your family is safe after the storm', en],
      ["I'm watching your live every sunday with my kids", en],
      ['your kids will be safe in this car seat, I checked', en],
      ['keep your family safe with the new smoke detector', en],
      ['I know your house style, love the minimal look', en],
    ];
    for (const [text, options] of cases) expect(threat(text, options), text).toBeUndefined();
  });
});

describe('threats that hang on a repeat or on moderation', () => {
  it('are toxic: a consequence after a repeat, or beside a deleted comment, a ban or a block', () => {
    const cases: Array<[string, Options, string]> = [
      ['recommence à me censurer et tu vas comprendre', fr, 'recommence à me censurer et tu vas comprendre'],
      ['vous allez regretter d’avoir bloqué mon compte', fr, 'vous allez regretter d’avoir bloqué'],
      ['delete my comment again and you will be sorry', en, 'delete my comment again and you will be sorry'],
      ['keep it up and you’ll find out', en, 'keep it up and you’ll find out'],
    ];
    expectToxicBecause('toxic.threat', cases, both);
  });

  it('are not threats when the customer means to leave, sue or review, or promises a result', () => {
    const cases: Array<[string, Options]> = [
      ['encore un retard et tu verras, je résilie mon abonnement', fr],
      ['tu verras, encore un mois et tu seras accro à cette crème', fr],
      ['si tu goûtes leur tarte tu verras, c’est une tuerie', fr],
      ['one more coat and you’ll see the difference', en],
      ['if you block me I’ll leave a review everywhere', en],
      ["you'll regret it if you don't try the truffle fries", en],
    ];
    expectNotToxicBy('toxic.threat', cases);
  });
});

describe('a name given to the reader', () => {
  it('is an insult even in ordinary words, and a quoted one is the writer’s own', () => {
    const cases: Array<[string, Options, string]> = [
      ['« incapables », voilà ce que vous êtes', fr, 'incapables'],
      ['« nuls », c’est tout ce que vous êtes', fr, 'nuls'],
      ['"useless" is the kindest word I have for you', en, 'useless'],
      ['everyone at the depot calls you a fraud', en, 'fraud'],
    ];
    expectToxicBecause('toxic.named', cases);
    for (const [text, options] of cases) expect(run(text, options).reasons.some((r) => r.rule === 'toxic.reported'), text).toBe(false);
  });

  it('is not an insult as a nickname among praise, as hearsay asked about, or as a plain complaint', () => {
    expectNotToxicBy('toxic.named', [
      ['on t’appelle la reine du SAV, bravo', fr],
      ['my friends call you a lifesaver', en],
      ['they call you a scam on reddit, is it true?', en],
      ['ce que vous êtes lents, j’attends depuis 1h', fr],
      ['what you are doing is unacceptable, my order is late', en],
    ] as Array<[string, Options]>);
  });
});

describe('threats at the staff and the premises, irony that wishes harm, pushes and hate in ordinary words', () => {
  it('are toxic', () => {
    const cases: Array<[string, Options, string]> = [
      ['ce serait dommage que ton restaurant brûle une nuit', fr, 'toxic.threat'],
      ['would be a shame if your van got smashed up', en, 'toxic.threat'],
      ['le gérant ferait bien de regarder derrière lui ce soir', fr, 'toxic.threat'],
      ['bring a can of petrol and we’ll see who laughs', en, 'toxic.threat'],
      ["I'll be outside when his shift ends, tell him", en, 'toxic.threat'],
      ['bloquez-moi encore et on verra bien combien de temps votre boutique reste debout', fr, 'toxic.threat'],
      ['ça brûle vite, un dépôt plein de colis. Pensez-y avant de supprimer mon message', fr, 'toxic.threat'],
      ['cette vendeuse devrait se pendre, franchement', fr, 'lexicon.toxic'],
      ['the guy who runs this page should kill himself', en, 'lexicon.toxic'],
      ['les étrangers devraient rentrer chez eux', fr, 'lexicon.toxic'],
      ['« minables », y a pas d’autre mot pour votre équipe, et encore je suis poli', fr, 'toxic.named'],
    ];
    for (const [text, options, rule] of cases) {
      const c = run(text, options);
      expect(c.labels, text).toContain('toxic');
      expect(c.reasons.some((r) => r.rule === rule), text).toBe(true);
    }
  });

  it('are not threats as regret, a fire told as news, a plate noted to complain, or a friend met after school', () => {
    for (const [text, options] of [
      ['ce serait dommage que le magasin ferme, on l’adore', fr],
      ['shame if they discontinue this flavour', en],
      ['ça brûle vite un dépôt plein de colis, heureusement les pompiers étaient là', fr],
      ['j’ai noté la plaque du livreur qui a embouti ma voiture, je porte plainte', fr],
      ['je l’attendrai à la sortie de l’école pour lui donner son cadeau', fr],
      ['is there parking near your shop after my shift?', en],
      ['someone called your staff "lazy" in the replies, they were great with me', en],
    ] as Array<[string, Options]>) {
      const c = run(text, options);
      expect(c.labels, text).not.toContain('toxic');
    }
  });
});

describe('friends, jokes and cravings that sound like threats', () => {
  it('are not toxic: a friend tagged for a plan, a tag and laughter, a brand’s address with a smile, killing for a cake', () => {
    for (const [text, options] of [
      ['@Jade je t’attends à la sortie du lycée, on va au ciné ?', fr],
      ['lol @Sam je vais te détruire ce soir sur le nouveau mode 😂', fr],
      ['je sais où vous habitez 😄 votre nouvelle boutique, j’y passe demain', fr],
      ["I'd kill for your lemon tart, honestly", en],
      ['I would kill for another box of your macarons', en],
      ['je tuerais pour votre flan', fr],
    ] as Array<[string, Options]>) {
      for (const o of both(options)) expect(run(text, o).labels, text).not.toContain('toxic');
    }
  });

  it('stays a threat without the friend, the laughter or the smile', () => {
    expect(threat('je t’attends à la sortie, tu vas comprendre', fr)).toBe('je t’attends à la sortie');
    expect(run('je sais où tu habites 😄', fr).labels).toContain('toxic');
  });
});

describe('word look-ups', () => {
  it('read words that name an object’s built-in properties as plain words', () => {
    for (const text of ['constructor toString your kids', 'watch your hasOwnProperty', 'your __proto__ is on fire']) {
      expect(() => run(text, en), text).not.toThrow();
      expect(threat(text, en), text).toBeUndefined();
    }
  });
});

describe('an employee’s end of work awaited, harm to what is theirs, pushes and harassment', () => {
  it('are toxic', () => {
    const cases: Array<[string, Options, string]> = [
      ['l’hôtesse de caisse termine à 20h, je l’attendrai dehors', fr, 'termine à 20h, je l’attendrai'],
      ["the night manager locks up at 11, I'll be waiting outside", en, "locks up at 11, I'll be waiting"],
      ['ce serait vraiment dommage que les pneus de ton camion soient crevés', fr, 'vraiment dommage que les pneus'],
      ['je vais brûler ta petite boutique', fr, 'brûler ta petite boutique'],
    ];
    expectToxicBecause('toxic.threat', cases, both);
    for (const [text, options] of [
      ['tu devrais te jeter d’un pont', fr],
      ["nobody would miss you if you quit, you're useless", en],
      ["I'll keep messaging you every night until you answer me", en],
    ] as Array<[string, Options]>) expect(run(text, options).labels, text).toContain('toxic');
  });

  it('are not when the writer waits for their own family, brings flowers, returns goods or praises a little shop', () => {
    for (const [text, options] of [
      ['ma fille finit à 17h, je l’attendrai devant le magasin', fr],
      ['mon mari finit à 18h, je l’attendrai sur le parking pour récupérer la commande', fr],
      ["she finishes at 9, I'll be waiting in the parking lot to give her the flowers 💐", en],
      ['Je retourne tout. Tailles complètement aléatoires d’un modèle à l’autre.', fr],
      ['your lovely little shop is my favourite', en],
    ] as Array<[string, Options]>) expect(run(text, options).labels, text).not.toContain('toxic');
  });
});
