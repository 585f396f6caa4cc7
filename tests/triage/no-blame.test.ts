import { describe, expect, it } from 'vitest';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { EN_BRAND as en, FR_BRAND as fr, run } from './helpers';

const model = loadBundledModel();
/** Both systems: the rules alone and the rules with the learned layer. */
const both = (options: typeof fr | typeof en) => [options, { ...options, model }] as const;
const complaintIn = (texts: readonly string[], options: typeof fr | typeof en, expected: boolean) => {
  for (const text of texts) for (const o of both(options)) expect(run(text, o).labels.includes('complaint'), text).toBe(expected);
};

describe('problem words that blame no one at the brand', () => {
  it("the writer's own mishap told to ask for help is a request, not a complaint", () => {
    complaintIn(["lost my card on holiday, how do I freeze it?", 'I dropped my phone and cracked the screen, can I book a repair in store?', "I've lost my card, can you send a new one?", 'booked the wrong date, my bad, can I swap it?'], en, false);
    complaintIn(["j'ai oublié mon mot de passe, comment je fais ?", "j'ai perdu mon ticket de caisse, je peux quand même échanger ?", 'je me suis trompé de date en réservant, je peux échanger mon billet ?', "c'est ma faute, j'ai commandé la mauvaise taille, je peux l'échanger ?"], fr, false);
    const read = run('I dropped my phone and cracked the screen, can I book a repair in store?', { ...en, model });
    expect(read.labels).toContain('question');
    expect(read.reasons.find((r) => r.rule === 'complaint.own')?.match).toBe('I dropped');
  });

  it('is still a complaint when the brand is blamed beside it', () => {
    complaintIn(['I lost my card 2 weeks ago and still no replacement', "j'ai perdu ma carte et vous m'avez débité 30€ de frais", 'I forgot my password and you locked my account for a week', 'the courier dropped my parcel in a puddle'], en, true);
  });

  it('thanks for a problem solved are praise, not a complaint', () => {
    complaintIn(['thanks for replacing the faulty kettle so fast, the new one works perfectly', 'thank you for fixing the broken link, works now', 'all sorted now, cheers for the help with the late delivery'], en, false);
    complaintIn(["merci d'avoir remplacé le colis abîmé, super réactifs", 'merci pour la réparation rapide de la fuite dans notre rue'], fr, false);
    expect(run('thanks for replacing the faulty kettle so fast, the new one works perfectly', { ...en, model }).labels).toContain('praise');
  });

  it('thanks with a "but", a "still" or an eye-roll still complain', () => {
    complaintIn(['thanks for fixing the app, but now it crashes every time I log in', 'thanks for replacing the router 🙄 still no internet'], en, true);
    complaintIn(["merci d'avoir réparé la box mais elle ne marche toujours pas"], fr, true);
  });

  it("bad news about the writer's day, then comfort from the brand, is no complaint", () => {
    complaintIn(['worst week ever, at least my order came early 🙌', 'horrible day at work but the milkshake fixed it'], en, false);
    complaintIn(['il fait un temps horrible, heureusement le chauffage marche dans le train', 'journée de boulot horrible mais votre café m’a sauvée'], fr, false);
    expect(run('worst week ever, at least my order came early 🙌', en).reasons.find((r) => r.rule === 'complaint.life')?.match).toBe('worst');
  });

  it('is a complaint again when the bad news is the brand’s, or without the turn to comfort', () => {
    complaintIn(['horrible day, my order never arrived', 'my order was late again, at least the pizza was hot', 'worst customer service day of my life'], en, true);
    complaintIn(['semaine pourrie, mon colis est encore perdu'], fr, true);
  });
});
