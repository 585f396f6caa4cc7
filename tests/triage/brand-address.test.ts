import { describe, expect, it } from 'vitest';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { swearWords } from '@/lib/triage/swearing';
import { EN_BRAND as en, FR_BRAND as fr, run } from './helpers';

const model = loadBundledModel();
/** Both systems: the rules alone and the rules with the learned layer. */
const both = (options: typeof fr | typeof en) => [options, { ...options, model }] as const;

const notToxic = (texts: readonly string[], options: typeof fr | typeof en) => {
  for (const text of texts) for (const o of both(options)) expect(run(text, o).labels, text).not.toContain('toxic');
};
const toxic = (texts: readonly string[], options: typeof fr | typeof en) => {
  for (const text of texts) for (const o of both(options)) expect(run(text, o).labels, text).toContain('toxic');
};

describe('a brand spoken to in the second person', () => {
  it('is praised in slang that borrows death and violence', () => {
    notToxic(["I'd die for your cinnamon rolls, ship them to Lyon please", 'deadass the best burger in town, you guys outdid yourselves', 'dead ass this jacket is so warm'], en);
    notToxic(['vous me tuez avec vos promos, mon compte en banque pleure', 'tu me tues avec tes blagues 😂'], fr);
    expect(run("I'd die for your cinnamon rolls, ship them to Lyon please", { ...en, model }).labels).toContain('praise');
  });

  it('is teased without the model hearing the other language ("sale" is a sale in English)', () => {
    notToxic(["you're killing me with this sale, my cart is full again", 'is the sale still on this weekend?', 'what a con, the bundle costs more than the two items apart'], en);
    // The French insult is still one in French.
    toxic(['sale con va'], fr);
  });

  it('loses a series or a character without anyone threatened', () => {
    notToxic(['Arrêtez de tuer vos personnages préférés à chaque saison', 'ils ont osé tuer le héros au dernier épisode, je suis dégoûtée'], fr);
    toxic(['je vais te tuer'], fr);
  });

  it('is asked a calm question with "vous" without the model hearing an insult in its letters', () => {
    // "assos" shares letters with the insult "cassos": a question to the brand needs 0.85 to be toxic.
    for (const o of both(fr)) expect(run('vous donnez les invendus aux assos le soir ?', o).labels).toEqual(['question']);
    notToxic(['le retard de ma commande commence à être long', 'encore du retard sur la ligne ce matin'], fr);
  });

  it('hears staff named in a complaint without an insult at them', () => {
    notToxic(["un de vos vigiles m'a parlé comme à un chien, je veux un responsable", 'your cashier refused my card twice without a word'], fr);
  });

  it('is still insulted, cursed and wished harm', () => {
    toxic(["la conasse de l'accueil m'a ri au nez", 'quel conard ce vendeur'], fr);
    toxic(['hope your shop burns down', 'hope your warehouse burns down with the managers inside'], en);
  });
});

describe('a mild phrase that holds a strong word', () => {
  it('is mild as a whole ("dead ass" is "seriously")', () => {
    expect(swearWords('dead ass the best fries').map((w) => [w.word, w.vulgar])).toEqual([['dead ass', false]]);
    expect(swearWords('deadass').map((w) => w.vulgar)).toEqual([false]);
    expect(swearWords('kiss my ass').map((w) => [w.word, w.vulgar])).toEqual([['ass', true]]);
  });
});
