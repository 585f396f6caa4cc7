import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/triage';
import { labelsOf, run } from './helpers';

describe('classify: negation scopes', () => {
  it('reads "pas content" and "not happy" as complaints, not praise', () => {
    for (const text of ['Je ne suis pas du tout content de la box', 'not happy with the new router']) {
      const c = run(text);
      expect(c.labels).toContain('complaint');
      expect(c.labels).not.toContain('praise');
      expect(c.sentiment.value).toBe('negative');
      expect(c.reasons.some((r) => r.rule === 'negation')).toBe(true);
    }
  });

  it('turns "never received" / "jamais reçu" / "toujours pas livré" into complaints', () => {
    expect(labelsOf("J'ai jamais reçu mon colis")).toContain('complaint');
    expect(labelsOf("Haven't received my order")).toContain('complaint');
    expect(labelsOf('Commande toujours pas livrée')).toContain('complaint');
    expect(labelsOf("it doesn't work")).toContain('complaint');
    expect(labelsOf('ça ne marche pas')).toContain('complaint');
  });

  it('cancels a complaint word under negation ("pas de retard", "no issues")', () => {
    expect(labelsOf('Pas de retard cette fois, merci')).not.toContain('complaint');
    expect(labelsOf('no issues at all, thanks')).not.toContain('complaint');
    expect(run('pas mal du tout').sentiment.value).toBe('positive');
    expect(run('not bad').sentiment.value).toBe('positive');
  });

  it('reads "never been better" and "n’a jamais été aussi douce" as praise, and a time of use as no wait', () => {
    for (const text of ['my skin has never been better', 'ma peau n’a jamais été aussi douce']) {
      const c = run(text);
      expect(c.labels).toEqual(['praise']);
      expect(c.sentiment.value).toBe('positive');
    }
    expect(labelsOf('Been using it for 2 weeks, no issues at all')).not.toContain('complaint');
    expect(labelsOf('Waiting for 2 weeks now, nothing')).toContain('complaint');
  });

  it('stops the scope at punctuation', () => {
    // "pas" belongs to the first clause: "génial" after the full stop is not negated.
    expect(run('Pas de retard. Génial !').sentiment.value).toBe('positive');
  });
});

describe('classify: social-media spelling', () => {
  it('matches without accents and with elongations and capitals', () => {
    expect(labelsOf('je veux etre rembourse')).toContain('complaint');
    expect(labelsOf('c nuuuuul')).toContain('complaint');
    expect(run('sooo bad').sentiment.value).toBe('negative');
    expect(run('trop biiiien 😍').sentiment.value).toBe('positive');
    expect(labelsOf('LE PIRE SERVICE CLIENT DU MONDE')).toContain('complaint');
  });

  it('reads durations glued to their unit ("2h", "45min") as numbers', () => {
    expect(labelsOf("Ça fait 2h que j'attends au téléphone")).toContain('complaint');
    expect(labelsOf('3h de retard, encore')).toContain('complaint');
    expect(labelsOf('Colis reçu en 2j, merci !')).not.toContain('complaint');
  });

  it('keeps emoji as evidence', () => {
    expect(run('😡😡😡').sentiment.value).toBe('negative');
    expect(run('😍😍').labels).toContain('praise');
    expect(run('😍😍').language).toBe('other');
  });

  it('splits French elisions and joins English contractions', () => {
    expect(labelsOf("J'adore !")).toContain('praise');
    expect(labelsOf("I can't log in since yesterday")).toContain('complaint');
  });
});

describe('classify: sarcasm', () => {
  it('reads praise next to an irony marker and a problem as a complaint', () => {
    for (const text of ['Super, encore un retard 🙄', 'Great, another outage. Love it 🙃', 'Rep hung up on me. Great service 👍']) {
      const c = run(text);
      expect(c.labels).toContain('complaint');
      expect(c.labels).not.toContain('praise');
      expect(c.sentiment.value).toBe('negative');
    }
    expect(run('Super, encore un retard 🙄').reasons.some((r) => r.rule === 'sarcasm')).toBe(true);
  });

  it('leaves sincere praise alone', () => {
    const c = run('Super service, merci Léa !');
    expect(c.labels).toContain('praise');
    expect(c.sentiment.value).toBe('positive');
  });

  it('lets the clause after "mais" / "but" decide', () => {
    const c = run('Le produit est top mais livraison en retard de 2 semaines');
    expect(c.labels).toContain('complaint');
    expect(c.labels).not.toContain('praise');
  });
});

describe('classify: questions', () => {
  it('finds questions without a question mark', () => {
    for (const text of ['Est-ce que vous livrez à Lyon', 'y a-t-il une offre étudiante', 'how do I reset my password', 'vous livrez à Bruxelles', 'La crème est-elle sans parfum']) {
      expect(labelsOf(text), text).toContain('question');
    }
  });

  it('does not take rhetorical or friend-directed questions for questions to the brand', () => {
    expect(labelsOf('Sérieux ???')).not.toContain('question');
    expect(labelsOf('3 weeks for a refund, are you kidding me?')).not.toContain('question');
    expect(labelsOf('@emma_bt on le teste ensemble ?')).not.toContain('question');
    // …but "vous" speaks to the brand even after a tag.
    expect(labelsOf('@TeleOnde vous allez répondre un jour ??')).toContain('question');
  });

  it('flags a question about a problem as a complaint too', () => {
    expect(labelsOf('Ma facture a augmenté de 10€, c’est normal ?')).toEqual(expect.arrayContaining(['complaint', 'question']));
  });
});

describe('classify: leads', () => {
  it('flags purchase and partnership intent', () => {
    expect(labelsOf('Je veux commander 50 viennoiseries pour un séminaire')).toContain('lead');
    expect(labelsOf('where can I buy this in London?')).toEqual(expect.arrayContaining(['lead', 'question']));
    expect(labelsOf('We are a team of 40, would love a demo')).toContain('lead');
    expect(labelsOf('Partenariat possible ? On est une agence')).toContain('lead');
  });

  it('does not read "my order" in a complaint as a lead', () => {
    expect(labelsOf('my order never arrived')).not.toContain('lead');
    expect(labelsOf('je ne veux pas acheter ça')).not.toContain('lead');
  });
});

describe('classify: French words that are other English words', () => {
  it('reads English "hate" as negative, not as the French "hâte" (can\'t wait)', () => {
    expect(run('I hate this app').sentiment.value).toBe('negative');
    expect(run('hated the new update').sentiment.value).toBe('negative');
    expect(run("J'ai hâte de recevoir ma commande !").sentiment.value).toBe('positive');
  });

  it('knows everyday English feelings: excited, glad, proud, boring, failed', () => {
    expect(run('So excited for the launch tomorrow').sentiment.value).toBe('positive');
    expect(run('Glad I found this shop').sentiment.value).toBe('positive');
    expect(run('The new season is boring').sentiment.value).toBe('negative');
    expect(run('My payment failed twice').sentiment.value).toBe('negative');
  });

  it('does not read "top", "extra", "content" or "fan" in English as French praise', () => {
    for (const text of ['Thursday top stories: the lawsuit and the vote', 'Into extra time at 1-1 in the first round', 'He may have to be content with one title', 'A fan base of low-information voters']) {
      expect(run(text).sentiment.value, text).not.toBe('positive');
    }
    expect(run('Service au top, merci').sentiment.value).toBe('positive');
  });
});

describe('classify: spam shapes', () => {
  it.each([
    'Lien en bio 💰',
    'Make $500 a day from home, link in bio',
    'Contactez moi sur WhatsApp +44 7700 900123',
    'F4F? I follow back everyone 🔁',
    'DM for collab 🔥',
    '💰 Invest $250 in crypto and get $5000 in 7 days 💰',
    'Billets à -90% 👉 www.vols-pas-chers.xyz',
  ])('%s', (text) => {
    const c = run(text);
    expect(c.labels).toContain('spam');
    expect(c.labels).not.toContain('praise');
    expect(c.sentiment.value).toBe('neutral');
  });

  it.each([
    'Hey guys I just started a youtube channel please subscribe',
    'http://www.example.com/free-gift-cards get free gift cards now',
    'I make $500 a day working from home, visit my profile',
    'Go to my channel and like my videos pls',
    "I'm a small youtuber trying to grow, would mean a lot if you checked out my covers",
    'Huh, anyway check out this you[tube] channel: kobyoshi02',
    'Great video, I also make videos about cooking, check them out',
    'Can you guys please help me reach 1000 subs',
    'my channel please subscribe',
    'subscribe to my chanel pls',
    'Thanks to my investment manager Mr Smith I earn 2 BTC a week, contact him on WhatsApp',
    'Abonnez-vous à ma chaîne svp',
    'Passez sur ma chaîne, je fais des vidéos de cuisine',
    'Aidez-moi à atteindre 1000 abonnés',
    'Allez voir mes vidéos, je débute sur YouTube',
    'PLEASE SUBSCRIBE ME!!!!!!!!',
    'share and subscribe guys',
    'Love this song! Check out our cover of it on our channel',
    'Add me on snapchat: lily_22',
    'Ajoutez-moi sur snap : juju_75',
    'Nice pic! DM us to get featured on our page 📸',
    'Earn with me 💸 details in bio',
    'follow my backup account @lisa.backup2',
    'Je lance ma chaîne de recettes, un petit abonnement me ferait plaisir',
    'I was heartbroken until I contacted Dr Ogun, a powerful spell caster, email him',
    'Vous avez besoin d\'un prêt rapide ? Taux 2%, contactez-moi par mail',
  ])('self-promotion and offers: %s', (text) => {
    const c = run(text);
    expect(c.labels).toContain('spam');
    expect(c.labels).not.toContain('question');
    expect(c.reasons.some((r) => r.label === 'spam' && r.match !== '')).toBe(true);
  });

  it.each([
    'I subscribed because of you, best channel on youtube',
    'Congrats on reaching 1 million subscribers!!',
    'You helped me reach 1000 subs, thank you for the tips',
    'I follow you on my insta and love your page',
    'Can you send me the link to the product in the video?',
    "Hi, I'm a content creator with 50k followers, I'd love to discuss a partnership with your brand",
    "I'm a small business, can we partner? check my page",
    'I was charged twice and still no refund, I want my money back',
    'My page got hacked and now it is posting crypto ads, how do I recover it?',
    'Please check my order, it has been two weeks',
    'Je me suis abonnée grâce à cette vidéo, merci !',
    "J'ai partagé votre vidéo sur ma page",
    'Bonjour, je suis créatrice de contenu, seriez-vous ouverts à un partenariat ?',
    'Attention, un faux compte à votre nom propose des cartes cadeaux',
    'Please subscribe me to the restock alert for the blue one',
    'Add me on the waiting list please',
    'Qui veut gagner des places ? Le concours de la marque est génial',
    'The link in bio is broken',
    'Details in the email please, the info in bio is outdated',
    'I sent you a DM with my order number, check it please',
    'I lost $200 because your app charged me twice, I want a refund',
  ])('look-alike, not spam: %s', (text) => {
    expect(labelsOf(text)).not.toContain('spam');
  });

  it('does not call a friend tag or a single link in a real complaint spam', () => {
    expect(labelsOf('@julie regarde ça 😂')).not.toContain('spam');
    expect(labelsOf('Colis jamais reçu, suivi ici https://track.example.com/123 depuis 3 semaines')).not.toContain('spam');
  });
});

describe('classify: toxicity', () => {
  it('needs a target for mild insults, not for strong ones', () => {
    expect(labelsOf('vous êtes des idiots')).toContain('toxic');
    expect(labelsOf("you're stupid")).toContain('toxic');
    expect(labelsOf('Stupid update, everything moved')).not.toContain('toxic');
    expect(labelsOf('fuck you')).toContain('toxic');
    expect(labelsOf('bande de connards')).toContain('toxic');
  });

  it('knows short, slang and verlan insults, and "guenon" only aimed at a person', () => {
    for (const text of ['t un btrd', 'espèce de triso', 'quel narvalo celui-là', 'ferme-la sale tepu', 'grosse teupu', 'sale guenon va', 'typical incel take']) {
      expect(labelsOf(text), text).toContain('toxic');
    }
    expect(labelsOf('la guenon du zoo a eu un petit')).not.toContain('toxic');
  });

  it('reads "fdp" in a shop and "tapette à mouches" as the things they name', () => {
    for (const text of ['fdp offerts dès 50 €', 'les fdp sont inclus ?', 'La tapette à mouches électrique marche bien']) {
      expect(labelsOf(text), text).not.toContain('toxic');
    }
    expect(labelsOf('ta gueule fdp')).toContain('toxic');
  });

  it('calls swearing at a product toxic as vulgar, and keeps the complaint', () => {
    const c = run('ce produit est de la merde, remboursez moi');
    expect(c.labels).toEqual(['complaint', 'toxic']);
    expect(c.reasons).toContainEqual(expect.objectContaining({ rule: 'toxic.vulgar', label: 'toxic', match: 'merde', detail: 'vulgar: merde' }));
  });

  it('takes no question, complaint, lead or praise away for vulgar words alone', () => {
    expect(labelsOf('putain de box qui redémarre toute la soirée')).toEqual(['complaint', 'toxic']);
    // A bare swear word is an interjection, no grievance; said of a thing, it is one.
    expect(labelsOf("Merde j'ai raté le live, il sera dispo en replay ?")).toEqual(['question', 'toxic']);
    expect(labelsOf('this product is shit')).toEqual(['complaint', 'toxic']);
    expect(labelsOf('holy shit I want this jacket, how much is it?')).toEqual(expect.arrayContaining(['question', 'toxic']));
    const praise = run('Putain c’est beau, bravo à toute l’équipe 😍');
    expect(praise.labels).toEqual(['praise', 'toxic']);
    expect(praise.sentiment.value).toBe('positive');
    expect(run('putain de box qui redémarre toute la soirée').sentiment.value).toBe('negative');
  });

  it('still lets an insult at a person replace a mild complaint or question', () => {
    const c = run('vous êtes des idiots, toujours pas de fibre');
    expect(c.labels).toContain('toxic');
    expect(c.labels).not.toContain('complaint');
    expect(c.reasons.some((r) => r.rule === 'toxic.vulgar')).toBe(false);
  });

  it('does not call mild swearing toxic', () => {
    for (const text of ['zut, raté le live', 'mince alors, plus de stock', 'damn this is good', 'what the hell happened to my order', 'bloody brilliant', 'so freaking cute']) {
      expect(labelsOf(text), text).not.toContain('toxic');
    }
  });
});

describe('classify: language', () => {
  it('detects French and English, and other for emoji or other languages', () => {
    expect(run('Le colis est arrivé cassé').language).toBe('fr');
    expect(run('The parcel arrived broken').language).toBe('en');
    expect(run('🔥🔥').language).toBe('other');
    expect(run('¿Hacen envíos a España?').language).toBe('other');
    expect(run('Sehr schlechter Service, nie wieder!').language).toBe('other');
  });

  it('falls back to the brand language when one or two words give no clue', () => {
    expect(run('Bravo', { brand: { language: 'en', lexicon: [], competitors: [] } }).language).toBe('en');
    expect(run('Bravo', { brand: { language: 'fr', lexicon: [], competitors: [] } }).language).toBe('fr');
    expect(run('merci').language).toBe('fr');
    expect(run('thanks').language).toBe('en');
  });

  it('still applies the other language rules to franglais', () => {
    expect(labelsOf('le support is a joke, ticket ouvert depuis 2 semaines')).toContain('complaint');
  });
});

describe('classify: reasons and input', () => {
  it('explains every flag with the words that raised it', () => {
    const c = run('Colis jamais reçu, je veux être remboursé !!');
    for (const label of c.labels) expect(c.reasons.some((r) => r.label === label)).toBe(true);
    const reason = c.reasons.find((r) => r.label === 'complaint');
    expect(reason?.detail).toMatch(/recu|rembourse/);
  });

  it('accepts a full Comment and an empty text', () => {
    const comment = {
      platform: 'x' as const,
      id: 'c1',
      author: { name: 'Ana', verified: false },
      text: 'Merci pour la réponse rapide 👍',
      truncated: false,
      postUrl: 'https://x.com/brand/status/1',
    };
    expect(classify(comment).labels).toContain('praise');
    const empty = run('');
    expect(empty.labels).toEqual([]);
    expect(empty.sentiment).toEqual({ value: 'neutral', score: 0 });
    expect(empty.language).toBe('other');
  });
});

describe('classify: ordinals', () => {
  it('counts a repeat ("4th outage") but not a date, an anniversary or a street', () => {
    expect(labelsOf('Oh great, the 4th outage this month')).toContain('complaint');
    expect(run('Moisturizer out of stock again, that is the 3rd time').sentiment.value).toBe('negative');
    for (const text of ['Reserving two cakes for the 24th', 'Concert on September 18th, who is coming', 'See you on the 3rd of May', 'Happy 20th anniversary', 'Your shop on 5th avenue opens at nine']) {
      const c = run(text);
      expect(c.reasons.filter((r) => /\d+ (th|rd)$/u.test(r.match))).toEqual([]);
      expect(c.labels).not.toContain('complaint');
      expect(c.sentiment.value).not.toBe('negative');
    }
  });
});

describe('classify: names that hold a praise word', () => {
  it('hears no praise in "Super Bowl" but still in "super"', () => {
    expect(run('Super Bowl Sunday at the bar tonight').sentiment.value).toBe('neutral');
    expect(run('super helpful staff').sentiment.value).toBe('positive');
  });
});

describe('classify: a thread follow-up waiting for the brand', () => {
  it('reads no grievance in waiting for the brand’s answer, and one when the wait has lasted', () => {
    for (const text of ['Merci, j’attends votre message.', 'Thanks, waiting for your email']) {
      const c = run(text);
      expect(c.labels).not.toContain('complaint');
      expect(c.sentiment.value).not.toBe('negative');
    }
    expect(labelsOf('J’attends votre réponse depuis 3 semaines')).toContain('complaint');
    expect(labelsOf('waiting for your reply for 3 days now')).toContain('complaint');
    expect(labelsOf('still waiting for your reply')).toContain('complaint');
  });
});
