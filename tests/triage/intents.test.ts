import { describe, expect, it } from 'vitest';
import { INTENTS, IntentSchema, type Intent } from '@/lib/schema/intent';
import { detectIntents, detectRequestTopic, inferTemplateIntents, intentFacets, intentName, quotedRetort } from '@/lib/triage/intents';

function intents(text: string, labels?: string[]): Intent[] {
  return detectIntents(text, { labels }).map((m) => m.intent);
}

function primary(text: string): Intent | undefined {
  return intents(text)[0];
}

describe('detectIntents', () => {
  const cases: ReadonlyArray<[Intent, string, string]> = [
    ['delivery-delay', 'Toujours pas reçu ma commande, ça fait 3 semaines', 'My parcel still hasn’t arrived, ordered 2 weeks ago'],
    ['order-tracking', 'Où en est ma commande ? Je n’ai pas de numéro de suivi', 'Where is my order? I need the tracking number'],
    ['refund-return', 'Je voudrais être remboursée, comment faire ?', 'How do I get a refund? I want my money back'],
    ['damaged-product', 'Mon mixeur est arrivé cassé', 'The vase arrived damaged, cracked on one side'],
    ['technical-problem', 'L’appli plante à chaque connexion', 'The app keeps crashing when I log in'],
    ['stock-availability', 'Quand est-ce que le pull bleu revient en stock ?', 'Is the blue jumper sold out? Any restock planned?'],
    ['product-question', 'La 45 ou la 60 ?', 'Does it run true to size? Which size for a UK 10?'],
    ['price-b2b-gift-card', 'Vous vendez des cartes cadeaux ?', 'Do you offer bulk pricing for businesses?'],
    ['partnership-creator', 'Je suis influenceuse (25k abonnés), ouverte à un partenariat ?', 'Content creator here, would love to collab!'],
    ['crisis-rumour', 'C’est vrai que vos yaourts font l’objet d’un rappel produit ?', 'Is it true your baby formula is being recalled?'],
    ['scam-report', 'Attention, un faux compte se fait passer pour vous', 'There is a fake account impersonating you, be careful'],
    ['feedback-suggestion', 'Ce serait bien d’ajouter une option sombre', 'It would be nice to have a dark mode, please add it'],
    ['praise', 'Bravo, le nouveau modèle est magnifique', 'Amazing product, well done!'],
    ['thanks-team-member', 'Merci à Julie du magasin de Lyon, très aimable !', 'Shout out to Sam at the Leeds store, went above and beyond'],
    ['urgent-out-of-hours', 'C’est urgent, j’ai besoin d’une réponse ce soir', 'Urgent! Anyone there this weekend?'],
    ['repeated-contact', 'Troisième fois que je vous écris, personne ne répond', 'I have already emailed you several times, no reply'],
    ['moderation', 'Bande de nuls, fermez-la', 'Shut up you morons'],
  ];

  it('covers every intent of the schema, in French and in English', () => {
    expect(new Set(cases.map(([intent]) => intent))).toEqual(new Set(INTENTS));
    expect(() => IntentSchema.parse('gift-card')).toThrow();
  });

  for (const [intent, fr, en] of cases) {
    it(`finds ${intent} in French and English`, () => {
      expect(intents(fr)).toContain(intent);
      expect(intents(en)).toContain(intent);
    });
  }

  it('explains each intent with the words behind it', () => {
    const [gift] = detectIntents('Vous vendez des cartes cadeaux ?');
    expect(gift).toMatchObject({ intent: 'price-b2b-gift-card' });
    expect(gift?.reasons).toContainEqual({
      rule: 'intent.price-b2b-gift-card',
      intent: 'price-b2b-gift-card',
      match: 'cartes cadeaux',
      detail: '“cartes cadeaux” suggests price / B2B / gift card',
      facet: 'gift',
    });
    expect(intentName('crisis-rumour')).toBe('crisis or rumour');
  });

  it('reads the issue’s misses as what they are', () => {
    expect(primary('Hello! I am a content creator with 40k followers, would love to work with you')).toBe('partnership-creator');
    expect(primary('Coucou, je suis créatrice de contenu UGC, une collab serait possible ?')).toBe('partnership-creator');
    expect(primary('Il paraît que vos biberons sont rappelés, c’est une rumeur ?')).toBe('crisis-rumour');
    expect(primary('Heard a rumour about a product recall on your crisps, is it true?')).toBe('crisis-rumour');
    expect(primary('Vous faites des tarifs pour une commande de 200 pièces pour notre entreprise ?')).toBe('price-b2b-gift-card');
    expect(primary('Can I buy a gift card online?')).toBe('price-b2b-gift-card');
    expect(primary('La notice de montage est incompréhensible, les schémas ne sont pas clairs')).toBe('feedback-suggestion');
    expect(primary('The instruction manual is really confusing, you should add pictures')).toBe('feedback-suggestion');
  });

  it('never reads a size question as stock', () => {
    for (const text of ['La 45 ou la 60 ?', 'Quelle taille prendre pour un 38 ?', 'Does the M fit a 90 cm chest?']) {
      expect(intents(text)).not.toContain('stock-availability');
      expect(primary(text)).toBe('product-question');
    }
  });

  it('keeps several intents, strongest first', () => {
    const found = intents('Troisième relance : toujours pas reçu mon colis, c’est urgent');
    expect(found).toEqual(expect.arrayContaining(['repeated-contact', 'delivery-delay', 'urgent-out-of-hours']));
  });

  it('does not read negated praise as praise, nor a lone weak word as an intent', () => {
    expect(intents('Franchement pas top cette fois')).not.toContain('praise');
    expect(intents('Not great, honestly')).not.toContain('praise');
    expect(intents('le site')).toEqual([]);
    expect(intents('')).toEqual([]);
  });

  it('reads word families and everyday phrasings, not only the sentences the rules were tuned on', () => {
    const cases: ReadonlyArray<[Intent, string]> = [
      ['partnership-creator', 'Youtubeuse cuisine, je peux vous proposer un placement de produit ?'],
      // An order left at one status is a delay, whatever the status is called.
      ['delivery-delay', 'Sympa la vidéo, mais ma commande est en préparation depuis 12 jours'],
      ['delivery-delay', 'My order has been in preparation for 3 weeks, who can I talk to?'],
      ['partnership-creator', 'Vlogger with a small but loyal audience, any affiliate programme?'],
      ['crisis-rumour', 'info ou intox ce qu on lit sur vos conserves ?'],
      ['crisis-rumour', 'My neighbour fell ill after your smoked salmon, is there a recall?'],
      ['price-b2b-gift-card', 'Vous faites un tarif dégressif pour les collectivités ?'],
      ['price-b2b-gift-card', 'Do you sell e-giftcards?'],
      ['feedback-suggestion', 'La notice est mal expliquée, on y comprend rien'],
      ['feedback-suggestion', 'The user guide is poorly written, the diagrams make zero sense'],
      ['product-question', 'Ça taille petit ? je fais du 40'],
      ['product-question', 'Is the rug machine washable? How wide is it?'],
      ['refund-return', 'How do I send the lamp back?'],
      ['technical-problem', 'Getting an error message when I type my promo code'],
      ['damaged-product', 'La bougie a complètement fondu pendant le transport'],
      ['damaged-product', 'The sauce smells funny already'],
      ['repeated-contact', 'Deuxième appel, et on m’a encore raccroché au nez'],
      ['product-question', 'Is there any soy in the granola?'],
      ['refund-return', 'Je peux le rendre en magasin ?'],
      ['urgent-out-of-hours', 'Quelqu’un est là le week-end ?'],
    ];
    for (const [intent, text] of cases) expect(primary(text), text).toBe(intent);
  });

  it('reads a long word with one typing slip as the rule word, and leaves other words alone', () => {
    expect(primary('Le pull est indisponilbe depuis 2 semaines')).toBe('stock-availability');
    expect(primary('Do you sell wholesle?')).toBe('price-b2b-gift-card');
    expect(primary('is this a phisihng link?')).toBe('scam-report');
    expect(detectIntents('Ma livrasion a deux semaines de retard')[0]?.reasons.map((r) => r.match)).toContain('livraison');
    // Another word or another form of one, not a slip: a different first or last letter.
    expect(intents('il faut changer l’adresse de livraison')).not.toContain('refund-return');
    expect(intents('retourne bosser au lieu de poster')).not.toContain('refund-return');
  });

  it('keeps hints below the threshold only when asked', () => {
    expect(intents('Prix svp')).toEqual([]);
    const [hint] = detectIntents('Prix svp', { minScore: 0.5 });
    expect(hint).toMatchObject({ intent: 'price-b2b-gift-card', score: 0.8 });
  });

  it('does not read a wish as praise', () => {
    expect(primary('Ce serait génial une version sans parfum')).toBe('feedback-suggestion');
    expect(intents('Ce serait génial une version sans parfum')).not.toContain('praise');
    expect(intents('A refill pack would be amazing')).not.toContain('praise');
    expect(intents('Génial, merci !')).toContain('praise');
  });

  it('leaves out a clause that sets a topic aside, when another clause is left to read', () => {
    expect(intents('Pas de souci avec la livraison, mais le rouge à lèvres a fondu dans le colis')).toEqual(['damaged-product']);
    expect(intents('Delivery was fine, but the lipstick melted in the parcel')).toEqual(['damaged-product']);
    expect(intents('Not a return, I just want to know the lampshade’s diameter')).toEqual(['product-question']);
    expect(intents('Ce n’est pas pour un retour, je voudrais savoir la taille de l’abat-jour')).toEqual(['product-question']);
    expect(intents('Rien à voir avec ma commande mais vous recrutez ?')).toEqual([]);
    expect(detectIntents('Not a refund I want, I want to exchange it')[0]?.reasons.map((r) => r.match)).toEqual(['exchange it']);
    // Alone, the clause is all there is to read.
    expect(intents('La livraison était rapide')).toEqual([]);
    // A long clause is the comment's own story, not a topic set aside.
    expect(intents('Not a word since my email on the 12th, is that normal?')).toEqual(['repeated-contact']);
    expect(detectIntents('La livraison était rapide', { minScore: 0.25 }).map((m) => m.intent)).toEqual(['delivery-delay']);
  });

  it('lets a longer phrase of one intent claim the words of a shorter term of another', () => {
    // "taille" alone asks about size; "pas la même taille" is a flaw.
    expect(primary('Quelle taille ?')).toBe('product-question');
    expect(intents('Les deux bols n’ont pas la même taille')).toEqual(['damaged-product']);
    // "ajouter" alone is a suggestion; adding an article to one's order is about the order.
    expect(intents('Je peux ajouter un article à ma commande ?')).toEqual(['order-tracking']);
    // "soi-disant" / "so-called" claim the word after them: a fake refund is a scam, not a refund.
    expect(primary('Quelqu’un m’écrit pour un soi-disant remboursement, c’est vous ?')).toBe('scam-report');
    expect(intents('Someone DMing me about a so-called refund')).not.toContain('refund-return');
    // Terms side by side, neither inside the other, both count.
    expect(intents('Colis en retard et arrivé cassé')).toEqual(expect.arrayContaining(['delivery-delay', 'damaged-product']));
  });

  it('reads a flaw asked about as a product question, a flaw reported as damage', () => {
    expect(primary('Ça rétrécit au séchage ou pas ?')).toBe('product-question');
    expect(primary('Does it shrink in the dryer?')).toBe('product-question');
    expect(primary('Est-ce que ça déteint ?')).toBe('product-question');
    expect(primary('Mon pull a rétréci au lavage')).toBe('damaged-product');
    expect(primary('It shrank in the wash')).toBe('damaged-product');
    expect(primary('Ça a déteint sur tout le linge')).toBe('damaged-product');
  });

  it('weighs evidence against an intent: rudeness is no thanks to a person, even under a praise label', () => {
    expect(intents('Merci à la vendeuse, super accueil')).toContain('thanks-team-member');
    expect(intents('La vendeuse m’a parlé comme à un chien, super l’accueil', ['praise'])).toEqual(['repeated-contact']);
    expect(intents('The woman at the store spoke to me like dirt, lovely welcome', ['praise'])).toEqual(['repeated-contact']);
    // Negated, it is no evidence either way; the words against are never given as reasons.
    expect(intents('Vendeuse pas désagréable du tout, merci Julie', ['praise'])).toContain('praise');
    for (const m of detectIntents('Staff were rude, thanks for nothing', { minScore: -10 })) {
      expect(m.reasons.every((r) => !['rude', 'thanks for nothing'].includes(r.match) || m.intent === 'repeated-contact')).toBe(true);
    }
  });

  it('reads congratulations on a plain failure as sarcasm, and keeps praise said beside a problem in kinder words', () => {
    expect(intents('Bravo, trois semaines pour recevoir un colis vide', ['praise'])).not.toContain('praise');
    expect(intents('Well done, three weeks to receive an empty box')).toEqual(expect.arrayContaining(['damaged-product']));
    expect(intents('Well done, three weeks to receive an empty box')).not.toContain('praise');
    expect(intents('Colis arrivé en retard mais le produit est magnifique')).toContain('praise');
    // A kind word standing alone beside a plain failure is a sneer too; alone beside nothing wrong, it is praise.
    expect(intents('Livré avec deux semaines de retard et un pied cassé. Magnifique.')).not.toContain('praise');
    expect(intents('Magnifique. Rien à redire')).toContain('praise');
    // Mail still coming after unsubscribing is a failure a kind word sneers at, also when only the triage's label heard it.
    expect(intents('Génial, encore un mail de promo alors que je me suis désinscrite')).not.toContain('praise');
    expect(intents('Brilliant, another promo email three days after I unsubscribed', ['praise'])).not.toContain('praise');
    expect(intents('Brilliant, thanks for the quick reply', ['praise'])).toContain('praise');
    // The brand's claim quoted back: its kind words are not the writer's, and a "bravo" after it is a retort.
    expect(intents('« Le cadeau parfait pour la fête des mères » encore faut-il qu’il arrive avant', ['praise'])).not.toContain('praise');
    expect(intents('"Eco-friendly packaging" three boxes and bubble wrap for one cushion, well done', ['praise'])).not.toContain('praise');
    expect(intents('"Best sofa ever" is right, we love it')).toContain('praise');
    // A wish is no praise: "I'd love to" asks for something.
    expect(intents('I’d love to design a collection with you')).not.toContain('praise');
  });

  it('reads an eye-roll as sarcasm: no praise from the words nor from the label', () => {
    expect(intents('Tout l’immeuble était ravi 🙄', ['praise'])).not.toContain('praise');
    expect(intents('Livreur à 6h du mat, génial 😒')).not.toContain('praise');
    expect(intents('Tout l’immeuble était ravi', ['praise'])).toContain('praise');
  });

  it('takes moderation and praise from the triage labels too', () => {
    const [match] = detectIntents('👎👎', { labels: ['toxic'] });
    expect(match).toMatchObject({ intent: 'moderation', reasons: [{ rule: 'intent.label', match: 'toxic' }] });
    expect(intents('😍', ['praise'])).toEqual(['praise']);
  });
});

describe('intentFacets', () => {
  it('tells a gift card, a trade price and a plain price apart inside one intent', () => {
    expect(intentFacets('Carte cadeau . carte cadeau . offrir')).toEqual(new Map([['price-b2b-gift-card', 'gift']]));
    expect(intentFacets('Trade pricing . wholesale . bulk order')).toEqual(new Map([['price-b2b-gift-card', 'trade']]));
    expect(intentFacets('Prix . promo . combien')).toEqual(new Map([['price-b2b-gift-card', '']]));
    // Intents without kinds are left out.
    expect(intentFacets('Colis en retard')).toEqual(new Map());
  });

  it('tells a wish from a remark, and opening hours from plain urgency', () => {
    expect(intentFacets('Suggestion . idée . il faudrait')).toEqual(new Map([['feedback-suggestion', 'wish']]));
    expect(intentFacets('Feedback . manual . instructions')).toEqual(new Map([['feedback-suggestion', '']]));
    expect(intentFacets('Horaires . week-end . soir')).toEqual(new Map([['urgent-out-of-hours', 'hours']]));
    expect(intentFacets('Urgent . urgence . vite')).toEqual(new Map([['urgent-out-of-hours', '']]));
  });

  it('tells a rumour to check from an incident to handle', () => {
    expect(intentFacets('Rumeur . info ou intox . il paraît que')).toEqual(new Map([['crisis-rumour', 'rumour']]));
    expect(intentFacets('Crisis . recall . outage')).toEqual(new Map([['crisis-rumour', '']]));
  });

  it('reads a pound or dollar amount as a price, a request for the manual as a product question, the brand’s own collab as no partnership', () => {
    expect(intents('£40 delivery on a £60 lamp, are you having a laugh')[0]).toBe('price-b2b-gift-card');
    expect(intents('Need the assembly guide for the Mezza bed, lost mine')[0]).toBe('product-question');
    expect(intents('Besoin de la notice du lit, je l’ai perdue')[0]).toBe('product-question');
    expect(intents('Obsessed with the illustrator collab, any mugs left?')).not.toContain('partnership-creator');
    expect(intents('Je fais des vidéos déco, une collab avec vous ?')).toContain('partnership-creator');
  });

  it('reads a percentage off as a price, the calendar as a hint of a wait, a guarantee asked for a sagging seat as a fault', () => {
    expect(intents('« -30 % sur les luminaires » sauf celui que je veux')[0]).toBe('price-b2b-gift-card');
    expect(intents('whats the code for the 20% off')[0]).toBe('price-b2b-gift-card');
    // A share that is no discount says nothing of a price.
    expect(intents('Batterie à 20% au bout d’une heure', [])).not.toContain('price-b2b-gift-card');
    // The calendar alone is a hint for the slots a clear intent leaves, not a clear intent.
    expect(detectIntents('"Order by 2pm for next day" ordered 9am Monday, it\'s Thursday', { minScore: 0 }).map((m) => m.intent)).toContain('delivery-delay');
    expect(intents('The seat has sunk after a year, my husband says it is normal wear, is it covered under the guarantee?')[0]).toBe('damaged-product');
  });

  it('reads "I won\'t" as no win, a denial of a claim as a rumour, and a job offered by an account in the brand\'s name as a scam', () => {
    expect(detectIntents('Can I change the delivery time? I won\'t be in', { minScore: 0 }).map((m) => m.intent)).not.toContain('scam-report');
    expect(detectIntents('I won a voucher, is that really you?', { minScore: 0 }).map((m) => m.intent)).toContain('scam-report');
    expect(intentFacets('@Ryan stop making things up, there\'s never been a recall').get('crisis-rumour')).toBe('rumour');
    expect(intents('Mon fils a reçu un message d’un compte à votre nom qui lui propose un job payé 50€ par jour')[0]).toBe('scam-report');
  });

  it('lets a fault after a "but" outweigh kind words before it, and reads "weren\'t they the ones…" as a rumour', () => {
    expect(intents('La table est magnifique mais elle raye au moindre contact')[0]).toBe('damaged-product');
    expect(intents('Colis arrivé en retard mais le produit est magnifique')).toContain('praise');
    expect(intentFacets('@Lou weren\'t they the ones with the chairs that kept breaking?').get('crisis-rumour')).toBe('rumour');
    expect(detectIntents('@Lou c\'est pas eux qui vendaient les chaises qui cassaient ?', { minScore: 0 }).map((m) => m.intent)).not.toContain('scam-report');
  });

  it('leaves out a topic the writer passes over, with its details in brackets', () => {
    const text = 'Bon je vais pas m’étendre sur la livraison (2h de retard, le carton déchiré) mais envoyez moi la facture';
    expect(detectIntents(text, { minScore: 0 }).map((m) => m.intent)).not.toContain('delivery-delay');
    expect(detectRequestTopic(text)?.topic).toBe('invoice');
    expect(intents('La livraison avait 2h de retard et le carton était déchiré')).toContain('delivery-delay');
  });

  it('reads a claim contested in a reply as a rumour, and other customers’ details on show as an incident', () => {
    expect(intentFacets('@Dave no that’s not true, they haven’t closed the store. Anyone know for sure')).toEqual(new Map([['crisis-rumour', 'rumour']]));
    expect(intentFacets('@Léa c’est faux, quelqu’un confirme ?')).toEqual(new Map([['crisis-rumour', 'rumour']]));
    const leak = detectIntents('Mon compte affiche les adresses des autres clients');
    expect(leak[0]?.intent).toBe('crisis-rumour');
    expect(intentFacets('Mon compte affiche les adresses des autres clients').get('crisis-rumour')).toBe('');
  });

  it('gives the finer kind a tie, and marks each reason with its kind', () => {
    expect(intentFacets('transmis . relance')).toEqual(new Map([['repeated-contact', 'escalated']]));
    const [match] = detectIntents('On cherche du linge pour 40 chambres, quel prix ?');
    expect(match?.intent).toBe('price-b2b-gift-card');
    expect(match?.reasons.map((r) => r.facet ?? '')).toEqual(expect.arrayContaining(['trade', '']));
  });
});

describe('detectRequestTopic', () => {
  it('reads requests no intent is made for, in both languages, with the words behind them', () => {
    expect(detectRequestTopic('Il me faudrait une facture avec la TVA')).toMatchObject({ topic: 'invoice', words: expect.arrayContaining(['facture']) });
    expect(detectRequestTopic('are you hiring for the summer')?.topic).toBe('job');
    expect(detectRequestTopic('Au titre du RGPD, supprimez tout')?.topic).toBe('personal-data');
    expect(detectRequestTopic('does your site work with a screen reader')?.topic).toBe('accessibility');
    expect(detectRequestTopic('mes points fidélité ont disparu')?.topic).toBe('loyalty');
    expect(detectRequestTopic('how do I stop getting your promo texts')?.topic).toBe('opt-out');
    expect(detectRequestTopic('Le magasin de Lille ouvre quand ?')?.topic).toBe('store-opening');
    expect(detectRequestTopic('Vous acceptez Klarna ?')?.topic).toBe('payment');
    expect(detectRequestTopic('Vous reprenez l’ancien matelas ?')?.topic).toBe('take-back');
    expect(detectRequestTopic('Do you deliver on Saturdays?')?.topic).toBe('delivery-terms');
  });

  it('finds none in an ordinary comment, and counts a shorter term inside a longer one once', () => {
    expect(detectRequestTopic('Mon colis est en retard')).toBeUndefined();
    expect(detectRequestTopic('carte de fidélité')?.score).toBe(1.2);
  });
});

describe('the ask a long comment ends on', () => {
  it('puts the intent asked for after the story ahead of the ones the story names', () => {
    const story = 'Trois semaines que j’attends, le carton était trempé, la lampe ne s’allume plus, on m’a dit de rappeler.';
    expect(intents(`${story} Je veux juste savoir comment me faire rembourser`)[0]).toBe('refund-return');
    expect(intents(`${story} Comment me faire rembourser`)[0]).not.toBe('refund-return');
  });
});

describe('kind words, then a fault', () => {
  it('reads the fault first and the review beside it, where praise alone read the fault as nothing', () => {
    const all = (text: string) => detectIntents(text, { minScore: 0.3 }).map((m) => m.intent);
    const found = all('Great products but the website is painfully slow');
    expect(found[0]).toBe('technical-problem');
    expect(found).toContain('feedback-suggestion');
    expect(all('Great products, the website is painfully slow')).not.toContain('feedback-suggestion');
  });
});

describe('a reply that calls another commenter’s words false', () => {
  it('is a claim about the brand to answer with facts; a bare "no" is not', () => {
    const rumour = (text: string) => detectIntents(text).find((m) => m.intent === 'crisis-rumour');
    expect(rumour('@Yanis faux, la marque est toujours française')?.reasons.some((r) => r.facet === 'rumour')).toBe(true);
    expect(rumour('@Yanis wrong, the brand is still British')).toBeDefined();
    expect(rumour('@Noah totally wrong, they are made in the UK')).toBeDefined();
    expect(rumour('@Yanis no, the returns are free for 30 days')).toBeUndefined();
    expect(rumour('Wrong size sent, @Yanis')).toBeUndefined();
  });
});

describe('quotedRetort', () => {
  it('reads a quoted claim questioned after it, and nothing else', () => {
    expect(quotedRetort('"Award-winning customer service" who gave you that award?')).toBe(true);
    expect(quotedRetort('« À votre écoute » … de quoi exactement ?')).toBe(true);
    expect(quotedRetort('« Qualité premium » et c’est vrai')).toBe(false);
    expect(quotedRetort('Who gave you the "award-winning" label?')).toBe(false);
    expect(quotedRetort('« Des clients heureux depuis 1987 » plus depuis cette année')).toBe(true);
    expect(quotedRetort('"Happy customers since 1987" not since this year anyway')).toBe(true);
    expect(quotedRetort('"Happy customers since 1987" and I am one of them')).toBe(false);
  });

  it('takes the praise label from the quoted claim when the writer adds no kind word', () => {
    expect(intents('« Un service client à votre écoute » ... à l’écoute de quoi exactement ?', ['praise'])).not.toContain('praise');
  });
});

describe('inferTemplateIntents', () => {
  it('reads the title and tags first', () => {
    expect(inferTemplateIntents({ title: 'Cartes cadeaux', tags: ['bon d’achat'], body: 'Bonjour, merci pour votre message.' })).toEqual([
      'price-b2b-gift-card',
    ]);
  });

  it('falls back on the body when the title and tags say nothing', () => {
    expect(inferTemplateIntents({ title: 'Réponse 12', tags: [], body: 'Nous sommes désolés que votre colis soit en retard.' })).toEqual([
      'delivery-delay',
    ]);
    expect(inferTemplateIntents({ title: 'Hello', tags: [], body: 'Hi there!' })).toEqual([]);
  });
});
