import { describe, expect, it } from 'vitest';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { normalise } from '@/lib/triage/normalise';
import { EN_BRAND as en, FR_BRAND as fr, run } from './helpers';

const model = loadBundledModel();
const frM = { ...fr, model };
const enM = { ...en, model };

/** Both systems: the rules alone and the rules with the learned layer. */
const both = (options: typeof fr | typeof en) => [options, { ...options, model }] as const;

describe('quoted spans', () => {
  it('finds « … », “ … ” and "…" as token ranges, and ignores an unclosed mark', () => {
    expect(normalise('il a dit « dégage » puis “ciao”').quotes).toEqual([3, 4, 5, 6]);
    expect(normalise('un "gros nul" quoi').quotes).toEqual([1, 3]);
    expect(normalise('écran de 6" seulement').quotes).toEqual([]);
  });
});

describe('insults a customer reports', () => {
  const reports = [
    ["le vendeur m'a traité d'incapable devant ma femme, je demande des excuses", fr],
    ['votre hôtesse au tel m\'a dit "vous êtes vraiment débile", inadmissible', fr],
    ["ma fille s'est fait traiter de sale gamine par le livreur, c'est honteux", fr],
    ['au drive on m\'a lancé « casse-toi » parce que je contestais le ticket', fr],
    ['je me suis fait traiter de conne par votre vendeuse', fr],
    ['jme suis fait insulter de connard par un client et le vigile a rien fait', fr],
    ['the delivery guy called my husband a moron when he asked for ID', en],
    ['your rep told me to shut my mouth and hung up', en],
    ['a cashier at the mall store said I was "too dumb to use a card reader"', en],
  ] as const;

  it('are complaints, not toxic, with the reported words named in a reason', () => {
    for (const [text, options] of reports) {
      for (const o of both(options)) {
        const c = run(text, o);
        expect(c.labels, text).not.toContain('toxic');
        expect(c.labels, text).toContain('complaint');
        expect(c.sentiment.value, text).toBe('negative');
      }
    }
    const reason = (text: string, options: typeof fr | typeof en) => run(text, options).reasons.find((r) => r.rule === 'toxic.reported')?.detail;
    expect(reason("le vendeur m'a traité d'incapable devant ma femme, je demande des excuses", fr)).toBe('reported, not the writer\'s own words: “incapable”');
    expect(reason('au drive on m\'a lancé « casse-toi » parce que je contestais le ticket', fr)).toBe('reported, not the writer\'s own words: “casse-toi”');
    expect(reason('the delivery guy called my husband a moron when he asked for ID', en)).toBe('reported, not the writer\'s own words: “moron”');
    // A "vous" asked to act is not the one the quote names.
    expect(run('mon fils a reçu « t\'es qu\'un débile » sur votre appli, vous modérez quoi ?', frM).labels).not.toContain('toxic');
  });

  it('stay toxic when aimed at the reader or endorsed by the writer', () => {
    for (const [text, options] of [
      ['« minable », c\'est le mot qui te va', fr],
      ["on t'a traité de clown et franchement c'est mérité", fr],
      ["je l'ai traité de connard et je regrette pas", fr],
      ["il m'a dit ça et toi t'es un abruti", fr],
      ["t'es qu'un « pro » du dimanche, pauvre tache", fr],
      ['"moron" is exactly what you are', en],
      ['« menteurs », voilà ce que vous êtes', fr],
      ['my brother called you a clown and he was right', en],
    ] as const) {
      for (const o of both(options)) expect(run(text, o).labels, text).toContain('toxic');
    }
  });

  it("reads a phone call that comes before the writer's own insult as a call", () => {
    expect(run("le technicien qui m'a appelé est un abruti", fr).labels).toContain('toxic');
    expect(run('the agent who called me was a complete idiot', en).labels).toContain('toxic');
  });

  it('drops a vulgar word heard only inside the reported words', () => {
    const c = run("l'agent de sécurité m'a dit « va te faire foutre » quand j'ai demandé le responsable", frM);
    expect(c.labels).not.toContain('toxic');
    expect(c.reasons.some((r) => r.rule === 'toxic.vulgar')).toBe(false);
    // The writer's own swearing still counts.
    expect(run("l'agent m'a dit « non » et putain j'étais furax", fr).reasons.some((r) => r.rule === 'toxic.vulgar')).toBe(true);
  });
});

describe("friends' banter", () => {
  it('is not toxic between friends about a game', () => {
    for (const [text, options] of [
      ['@nico je vais te défoncer au babyfoot demain 😂', fr],
      ['@ines prépare toi à te faire exploser à Mario Kart ce soir mdr', fr],
      ['@sam you are so dead at bowling tonight lol', en],
      ['@jules gonna destroy you at chess again 😂', en],
    ] as const) {
      for (const o of both(options)) expect(run(text, o).labels, text).not.toContain('toxic');
    }
    const c = run('@nico je vais te défoncer au babyfoot demain 😂', fr);
    expect(c.reasons.find((r) => r.rule === 'toxic.banter')?.detail).toBe('banter between friends: “je vais te défoncer”');
  });

  it('stays toxic when it is an insult, or a threat with no game or laughter', () => {
    for (const [text, options] of [
      ['@nico t\'es vraiment qu\'un gros con 😂', fr],
      ['je vais te défoncer si tu reviens ici', fr],
      ['@sam you pathetic loser lol', en],
    ] as const) {
      for (const o of both(options)) expect(run(text, o).labels, text).toContain('toxic');
    }
  });
});

describe('insult words in an everyday sense', () => {
  const senses: Array<[sense: string, everyday: string[], insults: string[]]> = [
    ['"fdp" beside a price: shipping costs', ['fdp 5,90 pour une carte postale, sérieux ?', 'le pull 39€ et fdp 8€, ça pique', 'à ce prix là les fdp devraient être offerts'], ['casse toi fdp', 'ce mec est un fdp']],
    [
      '"bâtard" beside bread or an order: a loaf',
      ['J’ai pris un bâtard et deux baguettes pour ce soir', 'Je voudrais réserver 2 bâtards pour samedi', 'le pain bâtard aux céréales est top'],
      ['sale bâtard', 'le livreur est un bâtard'],
    ],
    ['"chienne" beside a breed or a litter: a dog', ['Votre chienne labrador a eu ses chiots ?', 'ma chienne berger attend une portée'], ['sale chienne', 'espèce de chienne']],
    [
      '"retrouver" beside a café, a film or a meal: a meeting',
      ['je vais te retrouver au café à 18h', 'on va te retrouver à la gare demain matin'],
      ['je vais te retrouver et tu vas le regretter', 'je vais te retrouver sur le parking ce soir'],
    ],
  ];
  for (const [sense, everyday, insults] of senses) {
    it(`${sense}; an insult otherwise`, () => {
      for (const text of everyday) for (const o of both(fr)) expect(run(text, o).labels, text).not.toContain('toxic');
      for (const text of insults) for (const o of both(fr)) expect(run(text, o).labels, text).toContain('toxic');
    });
  }
});

describe('threats without insult words', () => {
  it('are toxic with a threat reason in the comment\'s words', () => {
    for (const [text, options, words] of [
      ['je sais où tu bosses, pense à ça', fr, 'je sais où tu bosses'],
      ['vous allez me le payer, tous autant que vous êtes', fr, 'vous allez me le payer'],
      ['on viendra vous chercher, un par un', fr, 'on viendra vous chercher'],
      ['fais gaffe à toi dans le parking', fr, 'fais gaffe à toi'],
      ['we know where you live, enjoy your weekend', en, 'we know where you live'],
      ["you're gonna pay, mark my words", en, 'you\'re gonna pay'],
      ['your days are numbered', en, 'your days are numbered'],
      ['ça va mal finir pour toi, crois-moi', fr, 'ça va mal finir pour toi'],
      ["I'm gonna ruin your life for this", en, 'I\'m gonna ruin your life'],
      ['watch ur back', en, 'watch ur back'],
      ['jsais ou tu crèches', fr, 'jsais ou tu crèches'],
    ] as const) {
      for (const o of both(options)) expect(run(text, o).labels, text).toContain('toxic');
      const r = run(text, options).reasons.find((x) => x.rule === 'toxic.threat');
      expect(r?.match, text).toBe(words);
      expect(r?.detail, text).toBe(`threat: “${words}”`);
    }
  });

  it('are not threats when they recommend something, report one, or tease a friend about a game', () => {
    for (const [text, options] of [
      ["tu vas le regretter si tu goûtes pas la tarte au citron, elle est divine", fr],
      ["you'll regret not grabbing the blue one, it sold out in an hour", en],
      ['« je sais où tu habites » : voilà le message reçu de votre vendeur, je fais quoi ?', fr],
      ['@lou t\'es mort au uno ce soir 😂', fr],
      ['tu pars en moto ce week-end ? fais gaffe à toi 😘', fr],
      ['watch yourself on the ice and take care', en],
    ] as const) {
      for (const o of both(options)) expect(run(text, o).labels, text).not.toContain('toxic');
    }
  });

  it('take the praise away from the taunt around them', () => {
    const c = run('keep it up and see what happens', enM);
    expect(c.labels).toContain('toxic');
    expect(c.labels).not.toContain('praise');
  });

  it('reach the end of a long reported clause', () => {
    for (const o of both(fr)) expect(run("un de vos vigiles a dit à mon fils qu'il était un petit voleur", o).labels).not.toContain('toxic');
  });

  it('are not vetoed by the model', () => {
    for (const text of ['watch your back', 'gare à toi']) expect(run(text, text.startsWith('g') ? frM : enM).labels, text).toContain('toxic');
  });
});
