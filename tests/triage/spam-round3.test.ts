import { describe, expect, it } from 'vitest';
import { SPAM_HANDLE_KEY, SUPPORT_HANDLE_KEY, TokenKind, normalise, unmask, unspace } from '@/lib/triage/normalise';
import { labelsOf, run } from './helpers';

describe('normalise: words spelt out to dodge the rules', () => {
  it('joins letters one space or dot apart; two or three spaces separate the words spelt out', () => {
    expect(unspace('W h a t s A p p me')).toBe('WhatsApp me');
    expect(unspace('F R E E  F O L L O W E R S')).toBe('FREE FOLLOWERS');
    expect(unspace('C H E C K  M Y  B I O')).toBe('CHECK MY BIO');
    expect(unspace('link in my b i o')).toBe('link in my bio');
    expect(unmask('T.É.L.É.G.R.A.M : @x')).toBe('TÉLÉGRAM : @x');
  });

  it('leaves French "à" and letters against an apostrophe alone', () => {
    expect(unspace('il y a à peine 2 jours')).toBe('il y a à peine 2 jours');
    expect(unspace("y a t'il un souci")).toBe("y a t'il un souci");
    expect(unspace('y a t il des réductions')).toBe('y a t il des réductions');
    expect(unspace('ce point me dérange')).toBe('ce point me dérange');
    expect(unspace('It works. Me too')).toBe('It works. Me too');
  });

  it('joins spaced digits, so a phone number spelt out is still one', () => {
    expect(unspace('+ 4 4 7 7 0 0 9 0 0 1 2 3')).toBe('+447700900123');
    expect(normalise('W h a t s a p p : + 3 3 6 1 2 3 4 5 6 7 8').phone).toBe(true);
    expect(normalise('Note 4 sur 5, livraison en 2 jours').phone).toBe(false);
  });

  it('reads a spoken dot as a link ("site dot xyz", "site (.) com", "site . com")', () => {
    for (const text of ['claim yours → appl-giveaway dot xyz', 'go to kidsmedia (.) com', 'kidsmediausa . com', 'monsite point com']) {
      expect(normalise(text).urls).toBe(1);
    }
    expect(normalise('Great product. Com on, restock it').urls).toBe(0);
  });

  it('turns emoji letters and small capitals into plain letters; a flag pair stays a flag', () => {
    expect(unmask('🅒🅗🅔🅒🅚 🅜🅨 🅟🅡🅞🅕🅘🅛🅔')).toBe('CHECK MY PROFILE');
    expect(unmask('🅵🆁🅴🅴')).toBe('FREE');
    expect(unmask('ꜰʀᴇᴇ ꜰᴏʟʟᴏᴡᴇʀꜱ')).toBe('free followers');
    expect(unmask('🇫 🇷 🇪 🇪 iPhone')).toBe('FREE iPhone');
    expect(unmask('Bravo les Bleus 🇫🇷')).toBe('Bravo les Bleus 🇫🇷');
  });

  it('reads digits standing for letters, and keeps product names and numbers with a unit', () => {
    const keys = (text: string) => normalise(text).tokens.map((t) => t.key);
    expect(keys('fr33 f0llowers l1kes st0ry 0nlyfans')).toEqual(['free', 'followers', 'likes', 'story', 'onlyfans']);
    expect(keys('mp3 ps5 b2b covid19 top10 sub4sub')).toEqual(['mp3', 'ps5', 'b2b', 'covid19', 'top10', 'sub4sub']);
    expect(keys('1er 10k')).toEqual(['1', 'er', '10', 'k']);
  });

  it('reads a capital I between lower-case letters as an l', () => {
    expect(unmask('teIegram foIlow')).toBe('telegram follow');
    expect(unmask('I think It is fine, iPhone')).toBe('I think It is fine, iPhone');
  });

  it('names the channel of a chat link (t.me, wa.me) before it', () => {
    const tokens = normalise('here 👉 t.me/fullvidz or wa.me/33612345678').tokens;
    expect(tokens.filter((t) => t.kind === TokenKind.Word).map((t) => [t.key, t.alt])).toEqual([
      ['here', null],
      ['telegram', 't.me/fullvidz'],
      ['or', null],
      ['whatsapp', 'wa.me/33612345678'],
    ]);
    expect(normalise('see www.example.com').tokens.filter((t) => t.kind === TokenKind.Word).map((t) => t.key)).toEqual(['see']);
  });

  it('puts a word before a scam or help-desk @handle that the rules can weigh, showing the handle', () => {
    const tokens = normalise('thanks to @recover_funds_kate and @marie_lou, ask @help_desk_0x1').tokens;
    const named = tokens.filter((t) => t.kind === TokenKind.Word && (t.key === SPAM_HANDLE_KEY || t.key === SUPPORT_HANDLE_KEY));
    expect(named.map((t) => [t.key, t.alt])).toEqual([
      [SPAM_HANDLE_KEY, '@recover_funds_kate'],
      [SUPPORT_HANDLE_KEY, '@help_desk_0x1'],
    ]);
    expect(normalise('thanks to @recover_funds_kate').words).toBe(2);
    expect(normalise('@fx_mentor_john').mentions).toBe(1);
  });
});

describe('spam, third round: flagged by cause', () => {
  const spam: Record<string, string[]> = {
    'a scam @handle credited or to contact': [
      'I was scammed by a fake broker but @recover_funds_kate helped me get everything back',
      'Follow @cryptoqueen_ for daily signals',
      'Great post! Send it to @ig.viral.hub to get more reach',
      'Mon compte récupéré grâce à @hack_secours 🙏',
      'Magnifique ! Envoie ta photo à @insta_repost_fr',
    ],
    'a help-desk @handle with recovery': ['DM @help_desk_0x1 on IG for account recovery, they got mine back'],
    'contact channels in any spelling': ['W h a t s A p p me + 4 4 7 7 0 0 9 0 0 1 2 3', 'T e l e g r a m 👉 @fx_mentor_john for free signals', 'contacte moi sur Télégram pour les signaux'],
    'emoji letters': ['🅒🅗🅔🅒🅚 🅜🅨 🅟🅡🅞🅕🅘🅛🅔 😘'],
    'money per period': ['I started with 500 and now I earn 6,800 weekly thanks to expert Ms Sarah', 'Je gagne deux mille euros par semaine, écris lui'],
    loans: ['Crédit sans justificatif accordé en 48h, même fiché Banque de France', 'Need a loan of $5,000? contact our loan firm'],
    'romance and adult bait': ["I'm Jessica 24, looking for a serious man, my number is in my profile", 'wanna see more of me? tap my pic', 'Coucou je m’ennuie ce soir, viens discuter sur mon profil 🔞'],
    'chain messages': ["Copy and paste this to 10 videos or you'll have bad luck for 7 years", 'Copie ce message sur 5 vidéos sinon 10 ans de malchance'],
    'bot compliments': ["Beautiful shot!! I think you'd love my page too", 'Sublime photo !! passe voir mon compte'],
    'phishing and prizes': [
      'Your account will be disabled in 24 hours for violating our community guidelines. Appeal here',
      'Votre compte sera désactivé sous 24h, contestez ici',
      'Claim your $1000 gift card now, see my stories',
    ],
    airdrops: ['Free airdrop is live, connect your wallet before it ends', 'Airdrop gratuit, connectez votre portefeuille'],
    'music promotion': ['NEW HEAT search my name on all platforms', 'Nouveau son dispo sur toutes les plateformes'],
    'leetspeak and a capital I for l': ['fr33 f0llowers, check my st0ry', 'teIegram: @daily_pips_club'],
    'a chat link': ['The full uncut video is here 👉 t.me/fullvidz'],
    'jobs paid by the hour, links in "our" bio': ["We're hiring remote assistants, $45/hr, apply through the link in our bio", 'On recrute ! 50€ par heure, lien dans notre bio'],
    'miracle results and fixed matches': ['I lost 20kg in one month with this tea, ask me which one', 'Fixed matches, 100% sure odds, join my VIP group', 'Pronostics foot 100% fiables, rejoins mon groupe VIP'],
    'plugs pinned on one’s own page, snap or Twitch; a friend’s account': ['Ladies, I look 10 years younger without botox, details pinned on my account', 'Hey sexy, come say hi on my snap', 'Watch me play live tonight on my Twitch', 'Mon pote fait des montages, allez sur son insta @max.edits'],
    'recovery and trading handles with the verb after them': ['She changed my life!! @amelia.trades.daily turned my 2k into 14k, message her now', 'If your IG got disabled, @unlock.socials restores them fast, no upfront fee'],
    'fake draws and prayer chains': ['1 like = 1 prayer 🙏 ignore = bad luck for a year', 'Partage à 15 amis sinon ton vœu ne se réalisera jamais', 'Congrats!! You have won our monthly draw, check your DMs from @nikee.giveaways', 'Type Amen and share to 7 groups, a miracle will happen tonight', 'Copie ce texte et envoie-le à 10 personnes'],
  };
  for (const [cause, texts] of Object.entries(spam)) {
    it(cause, () => {
      for (const text of texts) expect(labelsOf(text), text).toContain('spam');
    });
  }

  it('shows the handle, not the normaliser’s word, in the reason', () => {
    const reasons = run('Follow @cryptoqueen_ for daily signals').reasons.filter((r) => r.label === 'spam');
    expect(reasons.map((r) => r.match)).toContain('follow @cryptoqueen_');
  });
});

describe('spam, third round: look-alikes stay clear', () => {
  const clear: Record<string, string[]> = {
    'customers asking for WhatsApp support, links, codes, refunds': [
      'Is there an official WhatsApp number for customer support? The chat on the site isn’t working',
      'Vous avez un numéro WhatsApp pour le SAV ? Personne ne répond',
      'Can you send me the link to the refund form?',
      'C’est quoi le code promo de la vidéo ?',
      'Please call me back, I left 3 messages on your hotline',
      'DM @acme_support for a refund, they were quick',
      'Can I pay in 3 installments? Is there a credit option?',
    ],
    'people reporting a scam or a fake support account': [
      'Someone called @help_desk_brand just DMed me asking for my password, is that really you??',
      'Attention, un faux compte @service_client_brand demande vos coordonnées bancaires, signalez-le',
      'I got an email saying my account will be closed unless I verify. Is that from you or a scam?',
      'A support agent on Telegram asked me to pay a fee to unlock my refund, reporting it',
    ],
    'creators proposing a partnership': ['Hi team, I run a small travel channel (12k subs), would you be open to a paid collab?', 'Je suis créatrice de contenu déco, une collaboration vous intéresserait ?'],
    'giveaway entrants tagging friends': ['Entered! Tagging @marie_lou and @kev1n, fingers crossed 🤞', 'Je participe ! J’invite @lea.mrt et @juju_92 🍀'],
    'questions about jobs, VIP programmes, draws, songs': [
      'Are you hiring? I saw a post about remote jobs with your logo, is it really you?',
      'How do I join the VIP program? I have ordered 8 times this year',
      'Someone commented "check your DMs" saying I won, is that your account?',
      'Where can I stream the new ad song? It is stuck in my head',
      'I lost 5kg since I started your protein bars, thank you',
      'Type Amen if you want them to bring back the old recipe 😂',
      'Vous recrutez des vendeurs pour Noël ? Je suis dispo',
      'Mon compte a été piraté, j’ai tout récupéré via le formulaire officiel, merci',
    ],
    'customers with durations, sums, links and names in handles': [
      'Flight delayed 3hr and 10 min, still at the gate... https://example.com/photo',
      'Checked in 24 hr ahead and we are still seated apart on a 5hr flight!',
      'Why is my loyalty number missing? The number is in my profile',
      'Thanks for giving away my seat, great job https://example.com/pic',
      'People paid a thousand dollars and got no answer https://example.com/thread',
      '@MiaSloanMD glad you enjoyed the flight, details here: https://example.com/form',
    ],
    'followers, live replays, referral programmes, customers’ own accounts': [
      'I have been following your page since 900 followers, so proud of you',
      'Will the live be replayed? I will be at work at 9pm',
      'Do you have a referral program? I keep recommending you to friends',
      'Mon compte a été piraté et quelqu’un a commandé avec ma carte, aidez-moi',
      'Vous avez un programme de parrainage ?',
    ],
    fans: ['Who’s watching in 2026? Still a banger 🔥', 'Been following since 2019, proud of how far you’ve come', 'Bravo les Bleus 🇫🇷🇫🇷', 'il y a à peine 2 jours que je l’ai, déjà fan'],
  };
  for (const [kind, texts] of Object.entries(clear)) {
    it(kind, () => {
      for (const text of texts) expect(labelsOf(text), text).not.toContain('spam');
    });
  }
});
