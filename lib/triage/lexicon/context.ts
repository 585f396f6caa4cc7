/**
 * Word lists that decide whether an insult or a threat in a comment is the writer's own: words
 * that report what someone else said, friends' banter about a game, "fdp" as shipping costs, and
 * threats that hold no insult word. Folded like comment text (lower case, no accents, elisions
 * split: "m'a traitée" → m, a, traitee). Written for Riposte (MIT). Read by ../context.ts.
 */

/** Verbs that report words said or written to someone ("m'a traitée de", "called me", "told me to"). */
export const REPORT_VERBS: ReadonlySet<string> = new Set([
  'traite', 'traitee', 'traites', 'traitees', 'traiter', 'traitait', 'traitaient', 'traitent',
  'insulte', 'insultee', 'insultes', 'insultees', 'insulter', 'insultait',
  'appele', 'appelee', 'appeles', 'appeler', 'appelait', 'appelle', 'surnomme', 'surnommee', 'qualifie', 'qualifiee',
  'dit', 'dire', 'disait', 'lance', 'lancee', 'repondu', 'crie', 'hurle', 'ecrit', 'sorti', 'balance', 'envoye',
  'called', 'calling', 'calls', 'named', 'told', 'tells', 'telling', 'said', 'says', 'saying', 'yelled', 'yelling',
  'screamed', 'screaming', 'shouted', 'shouting', 'cursed', 'swore', 'labelled', 'labeled', 'texted', 'wrote', 'replied', 'messaged',
]);

/**
 * Words between a French object pronoun and its verb ("m'a traitée", "s'est fait traiter",
 * "l'avait même traitée"), skipped when looking back from the verb for who was spoken to.
 */
export const REPORT_AUX: ReadonlySet<string> = new Set([
  'a', 'ai', 'as', 'avons', 'avez', 'suis', 'sommes', 'avait', 'ont', 'avaient', 'aurait', 'est', 'etait', 'fait', 'faite', 'fais', 'meme', 'deja', 'carrement', 'limite',
  'aussi', 'encore', 'ete', 'vient', 'venait', 'de', 'd', 'juste', 'ose', 'osee', 'se', 's', 'en', 'y',
]);

/**
 * After the verb, who the reported words were said to or about, when it is the writer, their
 * family or a third party spoken to ("a dit à ma mère", "called me", "told her", "said I was"):
 * the words are reported. A third person as the subject ("says he is a…") is someone's opinion
 * passed on, not words said to anyone.
 */
export const REPORTED_TO: ReadonlySet<string> = new Set([
  'm', 'me', 'moi', 'nous', 'lui', 'leur', 'j', 'je', 'ma', 'mon', 'mes', 'sa', 'son', 'ses', 'notre', 'nos',
  'i', 'im', 'us', 'my', 'him', 'her', 'them', 'our', 'his', 'mom', 'mum', 'dad', 'wife', 'husband', 'son', 'daughter', 'kid', 'kids',
]);

/** Words skipped after the verb before the one that says who was spoken to ("a dit à ma mère", "said to me"). */
export const REPORT_LINKS: ReadonlySet<string> = new Set(['a', 'que', 'qu', 'de', 'd', 'to', 'at', 'that', 'an']);

/** Verbs of the passive that report ("got called a", "was told to"). */
export const REPORT_PASSIVE: ReadonlySet<string> = new Set(['got', 'get', 'gets', 'getting', 'was', 'were', 'been', 'being', 'be']);

/** The reader as the one spoken to or about: words aimed at them are the writer's own. */
export const READER: ReadonlySet<string> = new Set(['tu', 't', 'te', 'toi', 'you', 'u', 'youre', 'ya']);

/** Words that start another clause: a reported span stops there ("m'a dit ta gueule et a raccroché"). */
export const CLAUSE_BREAK: ReadonlySet<string> = new Set(['et', 'mais', 'puis', 'and', 'but', 'then']);

/**
 * A verb that opens the main clause right after the reporting verb and who it reached ("le
 * commercial qui m'a appelé est un abruti", "the guy who called me is an idiot"): the verb was
 * a phone call, and what follows is the writer's own.
 */
export const COPULAS: ReadonlySet<string> = new Set(['est', 'etait', 'sont', 'etaient', 'is', 'was', 'are', 'were', 'isnt', 'wasnt']);

/** The longest reported span after its verb, in tokens. */
export const REPORT_REACH = 12;

/** Games and sports friends tease each other about. */
export const GAME_WORDS: ReadonlySet<string> = new Set([
  'fifa', 'pes', 'mario', 'kart', 'mariokart', 'smash', 'fortnite', 'warzone', 'cod', 'valorant', 'minecraft', 'rocket', 'league',
  'uno', 'monopoly', 'belote', 'tarot', 'poker', 'echecs', 'chess', 'scrabble', 'bowling', 'babyfoot', 'baby', 'foot', 'five',
  'match', 'partie', 'game', 'games', 'tournoi', 'tournament', 'pingpong', 'ping', 'tennis', 'padel', 'squash', 'petanque',
  'basket', 'jeu', 'jeux', 'manette', 'console', 'ps5', 'ps4', 'switch', 'xbox', 'quiz', 'karaoke', 'course', 'race', 'revanche',
  'rematch', 'ranked', 'coop', 'squad', 'darts', 'flechettes', 'billard', 'pool', 'golf', 'volley', 'badminton', 'cartes', 'cards',
]);

/** Laughter and teasing: what turns a friend's "je vais te défoncer" into a joke. */
export const LAUGHTER: ReadonlySet<string> = new Set([
  'mdr', 'mdrr', 'mdrrr', 'ptdr', 'xptdr', 'lol', 'lool', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hihi', 'xd', 'jpp', 'ahah', 'ahahah',
  '😂', '🤣', '😜', '😝', '😛', '😎', '😏', '😆', '😅', '😈', '🎮', '🏆', '😁',
]);

/** Playful violence: a threat between enemies, a boast between friends about a game. */
export const BANTER_WORDS: ReadonlySet<string> = new Set([
  'defoncer', 'defonce', 'exploser', 'explose', 'detruire', 'detruit', 'ecraser', 'ecrase', 'laminer', 'lamine', 'massacrer',
  'massacre', 'demolir', 'demoli', 'atomiser', 'humilier', 'tuer', 'mort', 'morte', 'morts', 'mortes',
  'destroy', 'destroyed', 'crush', 'crushed', 'down', 'dead', 'kill', 'murder', 'wreck', 'wrecked', 'rekt', 'smoke', 'annihilate', 'obliterate', 'demolish', 'bury',
]);

/** Shipping costs read next to "fdp": a price, or a word about paying. */
export const SHIPPING_NEAR: ReadonlySet<string> = new Set([
  'euro', 'euros', 'eur', 'e', 'balles', 'cts', 'centimes', 'frais', 'prix', 'tarif', 'commande', 'livraison', 'colis',
  'offerts', 'offert', 'gratuits', 'gratuit', 'inclus', 'compris', 'hors', 'sans', 'avec', 'les', 'des', 'vos', 'aux', 'payer', 'paye', 'cher', 'chers',
]);

/**
 * Threats that hold no insult word: what a community manager escalates first. A `~` entry may be
 * a joke between friends about a game ("t'es mort 😂") or a tip about something good ("you'll
 * regret not trying it"): see ../context.ts.
 */
export const THREATS: readonly string[] = [
  // French
  'je sais ou tu habites', 'je sais ou t habites', 'on sait ou tu habites', 'je sais ou vous habitez', 'on sait ou vous habitez',
  'je sais ou tu bosses', 'je sais ou tu travailles', 'on sait ou tu travailles', 'je sais ou tu vis',
  'je sais ou tu creches', 'je sais ou tu dors', 'je sais ou tu te gares', 'je sais ou tu gares', 'je sais ou vivent tes', 'je sais ou sont tes enfants',
  'je connais ton adresse', 'on connait ton adresse', 'j ai ton adresse', 'on a ton adresse',
  '~tu vas le regretter', '~vous allez le regretter', '~tu vas le payer', '~vous allez le payer', 'tu vas me le payer', 'vous allez me le payer',
  'tu vas payer', 'vous allez payer', 'tu le paieras', 'vous le paierez', 'tu vas le sentir passer', 'vous allez le sentir passer',
  'on va venir vous chercher', 'on va venir te chercher', 'on viendra te chercher', 'on viendra vous chercher', 'je vais venir te chercher',
  'je vais venir vous chercher', 'on va vous retrouver', 'je vais vous retrouver', 'on te retrouvera', 'je te retrouverai',
  '~fais gaffe a toi', '~faites gaffe a vous', 'gare a toi', 'gare a vous', 'tu perds rien pour attendre', 'vous perdez rien pour attendre',
  'tu ne perds rien pour attendre', 'attends toi a', 'attendez vous a', 'je t attends a la sortie', 'on t attend a la sortie',
  'on vous attend a la sortie', 'je vais te faire la peau', 'on va te faire la peau', 'je vais te buter', 'on va te buter',
  '~je vais te tuer', 'on va vous bruler', 'tes jours sont comptes', 'vos jours sont comptes', 'tu vas voir ce qui va t arriver',
  'tu vas comprendre ta douleur', 'je vais te faire payer', 'on va vous faire payer', 'je te ferai payer', '~t es mort', '~tes mort', '~t es morte',
  'je vais te casser', 'on va te casser', 'on va te defoncer', 'je vais te planter',
  'tu vas voir ce que tu vas voir', 'vous allez voir ce que vous allez voir', 'ca va mal finir pour toi', 'ca va mal finir pour vous',
  'tu vas finir a l hopital', 'vous allez finir a l hopital', 'je vais te faire du mal', 'on va te faire du mal', 'on va vous faire du mal',
  'on va cramer ton', 'on va cramer votre', 'je vais cramer ton', 'je vais cramer votre', 'on va bruler ton', 'on va bruler votre',
  'te casser les jambes', 'vous casser les jambes', 'te rendre une petite visite', 'vous rendre une petite visite',
  // English
  'i know where you live', 'we know where you live', 'i know where you work', 'we know where you work', 'i know where your kids',
  'i have your address', 'watch your back', '~watch yourself', 'you better watch out', 'youd better watch out',
  '~youll pay for this', '~your gonna pay', '~your going to pay', '~your gonna regret', '~you gonna pay', '~you gonna regret', '~you will pay for this', '~youre gonna pay', '~you re gonna pay', '~youre going to pay', 'ill make you pay', 'i will make you pay',
  '~youll regret this', '~you will regret this', '~youre gonna regret', '~youll regret it', 'ill make you regret', 'i will make you regret', 'gonna make you regret',
  'were coming for you', 'we are coming for you', 'im coming for you', 'i am coming for you', 'coming after you', 'im gonna find you', 'were gonna find you',
  'your days are numbered', 'youve been warned', 'you have been warned', 'sleep with one eye open', 'see what happens to you',
  'ill get you', 'im going to hurt you', 'gonna hurt you', 'ill hurt you', '~ill kill you', '~i will kill you', '~gonna kill you', '~youre dead', '~your dead',
  'youre next', 'wait till i find you', 'wait until i find you', 'ill be waiting for you',
  'and see what happens', 'whats coming to you', 'what s coming to you', 'something bad is going to happen to you', 'something bad will happen to you', 'something is gonna happen to you',
  'ill ruin your life', 'im going to ruin your life', 'im gonna ruin your life', 'gonna ruin your life', 'ill be waiting outside your',
  'burn your store', 'burn your shop', 'burn your house', 'burn it down', 'burn the place down', 'your family isnt safe', 'your kids arent safe',
];

/** SMS spellings read as the word THREATS are written with ("watch ur back", "i kno where u live"). */
export const THREAT_ALIASES: Readonly<Record<string, string>> = {
  u: 'you', ya: 'you', yu: 'you', ur: 'your', kno: 'know', knw: 'know', noe: 'know', gna: 'gonna', gunna: 'gonna', ull: 'youll', youl: 'youll',
  jsais: 'je sais', chsais: 'je sais', jsai: 'je sais', ik: 'i know', vs: 'vous', ds: 'dans',
};

/** After a `~` threat, words that make it a tip about something good ("you'll regret not trying it"). */
export const NOT_A_THREAT_AFTER: ReadonlySet<string> = new Set([
  'pas', 'jamais', 'not', 'never', 'missing', 'rater', 'manquer', 'louper', 'miss', 'dont', 'skipping',
]);

/** Anywhere in the comment, care that makes a `~` warning kind ("fais gaffe à toi sur la route 😘"). */
export const CARE: ReadonlySet<string> = new Set([
  '❤', '😘', '🥰', '😍', '🙏', '💕', '💖', '🤗', 'bisous', 'bisou', 'biz', 'bises', 'soin', 'courage', 'retablissement',
  'xoxo', 'care', 'hugs', 'luck',
]);
