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
  'votre', 'vos', 'your', 'i', 'im', 'us', 'my', 'him', 'her', 'them', 'our', 'his', 'mom', 'mum', 'dad', 'wife', 'husband', 'son', 'daughter', 'kid', 'kids',
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
  '😂', '🤣', '😜', '😝', '😛', '😎', '😏', '😆', '😅', '😈', '🎮', '🏆', '😁', '😄', '😃', '😹',
]);

/** Playful violence: a threat between enemies, a boast between friends about a game. */
export const BANTER_WORDS: ReadonlySet<string> = new Set([
  'defoncer', 'defonce', 'exploser', 'explose', 'detruire', 'detruit', 'ecraser', 'ecrase', 'laminer', 'lamine', 'massacrer',
  'massacre', 'demolir', 'demoli', 'atomiser', 'humilier', 'tuer', 'mort', 'morte', 'morts', 'mortes',
  'destroy', 'destroyed', 'crush', 'crushed', 'down', 'dead', 'kill', 'murder', 'wreck', 'wrecked', 'rekt', 'smoke', 'annihilate', 'obliterate', 'demolish', 'bury',
]);

/** Shipping costs read next to "fdp": a price, or a word about paying. */
const SHIPPING_NEAR: ReadonlySet<string> = new Set([
  'euro', 'euros', 'eur', 'e', 'balles', 'cts', 'centimes', 'frais', 'prix', 'tarif', 'commande', 'livraison', 'colis',
  'offerts', 'offert', 'gratuits', 'gratuit', 'inclus', 'compris', 'hors', 'sans', 'avec', 'les', 'des', 'vos', 'aux', 'payer', 'paye', 'cher', 'chers',
]);

/** A loaf read next to "bâtard": the bakery, bread, an order of it. */
const BREAD_NEAR: ReadonlySet<string> = new Set([
  'baguette', 'baguettes', 'pain', 'pains', 'boulangerie', 'boulanger', 'boulangere', 'croissant', 'croissants', 'viennoiseries', 'ficelle',
  'ficelles', 'miche', 'tradition', 'traditions', 'farine', 'levain', 'four', 'fournee', 'cuit', 'croute', 'mie', 'reserver', 'commander', 'prendre', 'pris',
  'cereales', 'seigle', 'complet',
]);

/** A dog read next to "chienne" or "bitch": a breed, a litter, a breeder. */
const DOG_NEAR: ReadonlySet<string> = new Set([
  'chiot', 'chiots', 'portee', 'labrador', 'berger', 'caniche', 'race', 'chaleur', 'veterinaire', 'croquettes', 'male', 'saillie', 'eleveur', 'elevage',
  'puppy', 'puppies', 'pups', 'litter', 'spaniel', 'retriever', 'terrier', 'collie', 'breeder', 'breeding', 'whelping', 'stud', 'kennel', 'pedigree', 'vet',
  'season', 'heat', 'groom', 'grooming', 'groomer', 'board', 'boarding', 'toiletteur', 'toilettage', 'pension',
]);

/** An animal read next to "ass", "cock", "macaque", "bouc": a farm, a zoo, its other animals. */
const FARM_NEAR: ReadonlySet<string> = new Set([
  'zoo', 'ferme', 'enclos', 'soigneur', 'soigneurs', 'animaux', 'animal', 'poules', 'poule', 'chevre', 'chevres', 'moutons', 'barbarie', 'parc',
  'farm', 'enclosure', 'keeper', 'keepers', 'animals', 'hens', 'hen', 'chickens', 'rooster', 'bantam', 'wild', 'donkey', 'petting', 'somali',
  'pony', 'ponies', 'poney', 'poneys', 'horse', 'horses', 'cheval', 'chevaux', 'riding', 'stable', 'ecurie', 'ane',
]);

/** A tool or a dish read next to "bastard" (a file's cut) or "faggots" (meatballs). */
const KITCHEN_AND_TOOLS_NEAR: ReadonlySet<string> = new Set([
  'file', 'files', 'rasp', 'sharpen', 'sharpening', 'blade', 'cut', 'mill', 'gravy', 'peas', 'onion', 'meatballs', 'butcher', 'liver', 'pork', 'recipe', 'serve', 'served',
]);

/** Laughter, tiredness or hunger read next to "mourir", "dead": "mourir de rire", "dead tired". */
const FIGURE_NEAR: ReadonlySet<string> = new Set(['rire', 'rigoler', 'ennui', 'faim', 'soif', 'chaud', 'froid', 'laughing', 'laughter', 'laugh', 'tired', 'bored', 'boredom', 'hungry']);

/** A game's enemy or a story's part read next to "tuer", "kill": a boss, a level, a series, a character. */
const GAME_AND_STORY_NEAR: ReadonlySet<string> = new Set([
  'boss', 'niveau', 'level', 'jeu', 'partie', 'zombie', 'zombies', 'monstre', 'monstres', 'dragon', 'raid', 'donjon', 'quete', 'mission', 'game', 'dungeon', 'quest',
  'serie', 'series', 'saison', 'saisons', 'personnage', 'personnages', 'perso', 'persos', 'heros', 'heroine', 'show', 'shows', 'season', 'seasons', 'character', 'characters',
]);

/**
 * A meeting read next to "retrouver": a café, a film, a meal or an hour ("je vais te retrouver au café
 * à 18h"). Not a day or "ce soir" alone, and not the car park or the way out, where threats are made.
 */
const MEETING_NEAR: ReadonlySet<string> = new Set([
  'cafe', 'bar', 'resto', 'restaurant', 'gare', 'cine', 'cinema', 'terrasse', 'concert', 'festival', 'apero', 'dej', 'dejeuner', 'diner', 'brunch', 'gouter',
]);

/**
 * Insult words with an everyday sense that the words beside them (`reach` either side) or a
 * number call up: "fdp" beside a price is "frais de port", a "bâtard" at the bakery is a loaf, a
 * "chienne" with her puppies a dog, a "wild ass" at the zoo an animal.
 */
export interface OtherSense {
  near: ReadonlySet<string>;
  reach: number;
}
const senses = (words: readonly string[], sense: OtherSense) => words.map((w) => [w, sense] as const);
export const OTHER_SENSES: ReadonlyMap<string, OtherSense> = new Map<string, OtherSense>([
  ...senses(['fdp'], { near: SHIPPING_NEAR, reach: 2 }),
  // A dog's or a farm's words are rare in an insult's sentence: looked for further.
  ...senses(['chienne', 'chiennes', 'bitch', 'bitches'], { near: DOG_NEAR, reach: 8 }),
  ...senses(['ass', 'cock', 'cocks', 'macaque', 'macaques', 'bouc'], { near: FARM_NEAR, reach: 8 }),
  ...senses(['bastard', 'faggot', 'faggots'], { near: KITCHEN_AND_TOOLS_NEAR, reach: 8 }),
  ...senses(['batard', 'batards'], { near: BREAD_NEAR, reach: 6 }),
  ...senses(['tuer', 'kill'], { near: GAME_AND_STORY_NEAR, reach: 2 }),
  // "Je vais te retrouver" threatens, except where the two meet for a coffee or a film.
  ...senses(['retrouver', 'retrouve', 'retrouverai', 'retrouvera'], { near: MEETING_NEAR, reach: 4 }),
  ...senses(['mourir', 'meurs', 'mort', 'morte', 'dead', 'died', 'dying'], { near: FIGURE_NEAR, reach: 2 }),
]);

/**
 * Threats that hold no insult word: what a community manager escalates first. A `~` entry may be
 * a joke between friends about a game ("t'es mort 😂") or a tip about something good ("you'll
 * regret not trying it"): see ../context.ts.
 */
export const THREATS: readonly string[] = [
  // French
  'je sais ou tu habites', 'je sais ou t habites', 'on sait ou tu habites', '~je sais ou vous habitez', '~on sait ou vous habitez',
  'je sais ou tu bosses', 'je sais ou tu travailles', 'on sait ou tu travailles', 'je sais ou tu vis',
  'je sais ou tu creches', 'je sais ou tu dors', 'je sais ou tu te gares', 'je sais ou tu gares', 'je sais ou vivent tes', 'je sais ou sont tes enfants',
  'je connais ton adresse', 'on connait ton adresse', 'j ai ton adresse', 'on a ton adresse',
  '~tu vas le regretter', '~vous allez le regretter', '~tu vas le payer', '~vous allez le payer', 'tu vas me le payer', 'vous allez me le payer',
  'tu vas payer', 'vous allez payer', 'tu le paieras', 'vous le paierez', 'tu vas le sentir passer', 'vous allez le sentir passer',
  'on va venir vous chercher', 'on va venir te chercher', 'on viendra te chercher', 'on viendra vous chercher', 'je vais venir te chercher',
  'je vais venir vous chercher', 'on va vous retrouver', 'je vais vous retrouver', 'on te retrouvera', 'je te retrouverai',
  '~fais gaffe a toi', '~faites gaffe a vous', 'gare a toi', 'gare a vous', 'tu perds rien pour attendre', 'vous perdez rien pour attendre',
  'tu ne perds rien pour attendre', 'attends toi a', 'attendez vous a', '~je t attends a la sortie', 'on t attend a la sortie',
  'on vous attend a la sortie', 'je vais te faire la peau', 'on va te faire la peau', 'je vais te buter', 'on va te buter',
  '~je vais te tuer', 'on va vous bruler', 'tes jours sont comptes', 'vos jours sont comptes', 'tu vas voir ce qui va t arriver',
  'tu vas comprendre ta douleur', 'je vais te faire payer', 'on va vous faire payer', 'je te ferai payer', '~t es mort', '~tes mort', '~t es morte',
  'je vais te casser', 'on va te casser', 'on va te defoncer', 'je vais te planter',
  '~je te defonce', '~tu vas regretter', 'ce que tu vas prendre', 'ce que vous allez prendre', 'je t eclate la', 'je vais t eclater', 'on va t eclater', 't eclater la tete', 't eclater la gueule',
  'tu vas voir ce que tu vas voir', 'vous allez voir ce que vous allez voir', 'ca va mal finir pour toi', 'ca va mal finir pour vous',
  'tu vas finir a l hopital', 'vous allez finir a l hopital', 'je vais te faire du mal', 'on va te faire du mal', 'on va vous faire du mal',
  'on va cramer ton', 'on va cramer votre', 'je vais cramer ton', 'je vais cramer votre', 'on va bruler ton', 'on va bruler votre',
  'tant que le directeur tient debout', 'tant qu il tient debout',
  'te casser les jambes', 'vous casser les jambes', 'te rendre une petite visite', 'vous rendre une petite visite',
  'regarder derriere lui', 'regarder derriere elle', 'regarder derriere toi', 'regarder derriere vous', 'bidon d essence', 'jerrican d essence',
  'je m occupe personnellement de', 'on s occupe personnellement de', 'et pas pour discuter', 'et pas par courrier', 'et pas pour parler',
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
  'look over his shoulder', 'look over her shoulder', 'look over your shoulder', 'can of petrol', 'can of gasoline', 'can of gas',
  'wont be to chat', 'it wont be to talk', 'and not to chat', 'wont be coming to talk', 'not coming to talk', 'and not to talk', 'deal with him personally', 'deal with her personally', 'deal with you personally',
  'burn your store', 'burn your shop', 'burn your house', 'burn it down', 'burn the place down', 'your family isnt safe', 'your kids arent safe',
];

/** SMS spellings read as the word THREATS are written with ("watch ur back", "i kno where u live"). */
export const THREAT_ALIASES: Readonly<Record<string, string>> = {
  u: 'you', ya: 'you', yu: 'you', ur: 'your', kno: 'know', knw: 'know', noe: 'know', gna: 'gonna', gunna: 'gonna', ull: 'youll', youl: 'youll',
  jsais: 'je sais', chsais: 'je sais', jsai: 'je sais', jvais: 'je vais', jte: 'je te', ik: 'i know', vs: 'vous', ds: 'dans',
};

/** After a `~` threat, words that make it a tip about something good ("you'll regret not trying it"). */
export const NOT_A_THREAT_AFTER: ReadonlySet<string> = new Set([
  'pas', 'jamais', 'not', 'never', 'missing', 'rater', 'manquer', 'louper', 'miss', 'dont', 'skipping',
]);

/** Anywhere in the comment, care that makes a `~` warning kind ("fais gaffe à toi sur la route 😘"). */
export const CARE: ReadonlySet<string> = new Set([
  '❤', '😘', '🥰', '😍', '🙏', '💕', '💖', '🤗', '😋', '🍻', '🥂', '💐', '🌹', 'bisous', 'bisou', 'biz', 'bises', 'soin', 'courage', 'retablissement',
  'xoxo', 'care', 'hugs', 'luck',
]);

/**
 * Veiled threats: someone or something of the reader's (YOURS before a VEILED_TARGETS word) in the
 * sentence of a word that watches, waits, knows, warns or harms (VEILED_CUES) — « ta femme devrait
 * faire attention en rentrant ce soir », "we've got people watching your warehouse".
 */
export const YOURS: ReadonlySet<string> = new Set(['ton', 'ta', 'tes', 'votre', 'vos', 'your', 'ur', 'son', 'sa', 'ses', 'his', 'her', 'their']);

/**
 * Targets a cue reaches with any determiner ("j'ai noté la plaque", « je l'attendrai à la sortie »,
 * "the parking lot when her shift ends" reads its possessive already).
 */
export const VEILED_BARE_TARGETS: ReadonlySet<string> = new Set(['plaque', 'immatriculation', 'plate']);

/**
 * When someone finishes work, with any subject ("la blonde de l'accueil finit à 21h", "she locks up at
 * 10"): a wait or a parking lot in the same comment makes it a threat, unless the writer speaks of
 * their own family (« mon mari finit à 18h, je l'attendrai sur le parking »).
 */
export const SCHEDULE_WORDS: ReadonlySet<string> = new Set(['finit', 'termine', 'debauche', 'finishes', 'locks', 'clocks']);
export const OWN_KIN_BEFORE: ReadonlySet<string> = new Set(['mon', 'ma', 'mes', 'my', 'our', 'notre', 'nos']);

/** Premises named with any determiner, threatened with harm in a comment about moderation or a refusal (« ça brûle bien, un entrepôt… pensez-y avant de refuser mon retour »). */
export const PREMISES_BARE: ReadonlySet<string> = new Set(['entrepot', 'depot', 'magasin', 'boutique', 'agence', 'resto', 'restaurant', 'vitrine', 'warehouse', 'store', 'shop', 'storefront', 'office', 'building']);

/** What a veiled threat is aimed at, and which cues reach it. */
export type VeiledTarget = 'kin' | 'home' | 'whereabouts' | 'premises' | 'shift' | 'vehicle' | 'bare' | 'schedule';
export const VEILED_TARGETS: ReadonlyMap<string, VeiledTarget> = new Map(Object.entries({
  femme: 'kin', mari: 'kin', copine: 'kin', copain: 'kin', enfants: 'kin', enfant: 'kin', gosses: 'kin', gosse: 'kin', gamins: 'kin',
  gamin: 'kin', gamine: 'kin', fille: 'kin', filles: 'kin', fils: 'kin', famille: 'kin', mere: 'kin', pere: 'kin', proches: 'kin',
  wife: 'kin', husband: 'kin', girlfriend: 'kin', boyfriend: 'kin', kids: 'kin', kid: 'kin', children: 'kin', child: 'kin',
  daughter: 'kin', son: 'kin', family: 'kin', mom: 'kin', mum: 'kin', mother: 'kin', dad: 'kin', father: 'kin', loved: 'kin',
  maison: 'home', domicile: 'home', appart: 'home', appartement: 'home', immeuble: 'home', house: 'home', home: 'home', apartment: 'home', flat: 'home',
  adresse: 'whereabouts', ecole: 'whereabouts', college: 'whereabouts', rue: 'whereabouts', plaque: 'whereabouts', immatriculation: 'whereabouts', horaires: 'whereabouts',
  address: 'whereabouts', school: 'whereabouts', street: 'whereabouts', plate: 'whereabouts', plates: 'whereabouts', schedule: 'whereabouts', route: 'whereabouts',
  depot: 'premises', entrepot: 'premises', magasin: 'premises', boutique: 'premises', vitrine: 'premises', vitrines: 'premises', resto: 'premises',
  restaurant: 'premises', local: 'premises', locaux: 'premises', agence: 'premises', usine: 'premises', bureaux: 'premises',
  warehouse: 'premises', store: 'premises', shop: 'premises', storefront: 'premises', window: 'premises', windows: 'premises',
  office: 'premises', offices: 'premises', building: 'premises', factory: 'premises', premises: 'premises',
  service: 'shift', sortie: 'shift', shift: 'shift', shifts: 'shift', boulot: 'shift', taf: 'shift',
  voiture: 'vehicle', caisse: 'vehicle', scooter: 'vehicle', camion: 'vehicle', camionnette: 'vehicle',
  car: 'vehicle', truck: 'vehicle', van: 'vehicle', bike: 'vehicle',
}) as Array<[string, VeiledTarget]>);

/**
 * The cues, each with the targets it threatens: waiting at the end of a shift, watching a family or
 * a warehouse, knowing a plate or a home, a warning to a family, fire or breakage at a shop.
 */
export type VeiledCue = 'watch' | 'wait' | 'lurk' | 'know' | 'careful' | 'harm';
export const VEILED_CUES: ReadonlyMap<string, VeiledCue> = new Map(Object.entries({
  surveille: 'watch', surveillons: 'watch', surveillent: 'watch', surveiller: 'watch', guette: 'watch', guettons: 'watch', guetter: 'watch',
  observe: 'watch', observons: 'watch', epie: 'watch', suivi: 'watch', suivie: 'watch', filer: 'watch', file: 'watch', photographie: 'watch',
  watching: 'watch', watched: 'watch', following: 'watch', followed: 'watch', stalking: 'watch', photographed: 'watch', tailing: 'watch',
  parking: 'lurk', outside: 'lurk', dehors: 'lurk', devant: 'lurk',
  attendre: 'wait', attendrai: 'wait', attendra: 'wait', attendrons: 'wait', attendront: 'wait', waiting: 'wait',
  connait: 'know', connais: 'know', connaissons: 'know', connaissent: 'know', know: 'know', knows: 'know',
  note: 'know', notee: 'know', noted: 'know', photographiee: 'know', releve: 'know',
  attention: 'careful', prudent: 'careful', prudente: 'careful', prudents: 'careful', gaffe: 'careful', careful: 'careful',
  incendie: 'harm', feu: 'harm', bruler: 'harm', cramer: 'harm', flammes: 'harm', brique: 'harm', pave: 'harm',
  brule: 'harm', essence: 'harm', fire: 'harm', burn: 'harm', burns: 'harm', petrol: 'harm', gasoline: 'harm', burning: 'harm', flames: 'harm', brick: 'harm', smash: 'harm', smashed: 'harm', torch: 'harm',
}) as Array<[string, VeiledCue]>);

/** Which targets each cue threatens: a shop awaited or known is a customer's, a shift awaited is not. */
export const VEILED_REACH: Readonly<Record<VeiledCue, readonly VeiledTarget[]>> = {
  watch: ['kin', 'home', 'whereabouts', 'premises', 'vehicle'],
  wait: ['kin', 'home', 'whereabouts', 'shift', 'vehicle', 'schedule'],
  lurk: ['shift', 'schedule'],
  know: ['whereabouts'],
  careful: ['kin'],
  harm: ['home', 'premises', 'vehicle'],
};

/**
 * A warning about a thing or a hazard, not a person: after a cue ("attention aux aimants", "careful
 * with the hot handle"), or anywhere in the sentence ("le sol est glissant", "product recall").
 */
export const VEILED_OBJECT_AFTER: ReadonlySet<string> = new Set(['avec', 'aux', 'au', 'with', 'of', 'about', 'around', 'near']);
export const VEILED_HAZARDS: ReadonlySet<string> = new Set([
  'glissant', 'glissante', 'glisse', 'mouille', 'marche', 'escalier', 'sol', 'aimant', 'aimants', 'piles', 'pile', 'rappel', 'allergie', 'allergenes',
  'produit', 'jouet', 'jouets', 'piece', 'pieces', 'chaud', 'chaude', 'brulant', 'tranchant', 'route', 'verglas', 'travaux', 'arnaque', 'arnaques', 'faux', 'fausse', 'phishing',
  'slippery', 'wet', 'step', 'stairs', 'floor', 'magnet', 'magnets', 'battery', 'batteries', 'recall', 'allergy', 'allergens', 'product', 'toy', 'toys',
  'hot', 'sharp', 'ice', 'icy', 'roadworks', 'scam', 'scams', 'fake', 'alarm', 'detector', 'detecteur', 'extinguisher', 'extincteur', 'drill', 'exercice',
  // Well-wishing after a storm or a flood.
  'hope', 'espere', 'storm', 'tempete', 'flood', 'inondation', 'inondations', 'canicule', 'heatwave',
]);

/**
 * Threats that hang on a condition: a consequence (VEILED_CONSEQUENCES) after a repeat
 * (VEILED_REPEATS: « dis encore un mot et tu verras ce que ça coûte », "one more ban and you'll
 * see"), or anywhere in the sentence of a moderation act (VEILED_TRIGGERS: "you're going to wish
 * you'd never blocked me").
 */
export const VEILED_CONSEQUENCES: readonly string[] = [
  'on verra bien combien de temps', 'combien de temps votre', 'combien de temps ton', 'restera debout', 'reste debout',
  'il comprendra', 'elle comprendra', 'ils comprendront', 'i know where your', 'we know where your', 'on sait ou est', 'je sais ou est',
  'je sais a quelle heure', 'on sait a quelle heure', 'i know what time', 'we know what time',
  'tu verras', 'vous verrez', 'tu vas voir', 'vous allez voir', 'tu vas comprendre', 'vous allez comprendre', 'tu vas regretter', 'vous allez regretter',
  'tu regretteras', 'vous regretterez', 'ce que ca coute', 'ce que ca va te couter', 'ce que ca va vous couter', 'ce dont je suis capable',
  'de quoi je suis capable', 'ca va mal se passer', 'ca va mal finir', 'ca va chauffer', 'tu vas le sentir', 'vous allez le sentir',
  'youll see', 'you will see', 'youre gonna see', 'youre going to see', 'youll be sorry', 'you will be sorry', 'youll regret', 'you will regret',
  'youre gonna regret', 'youre going to regret', 'youll wish', 'you will wish', 'youre gonna wish', 'youre going to wish', 'what im capable of',
  'what i am capable of', 'what i can do', 'what happens next', 'youll find out', 'wont end well for you', 'wont end well',
];
export const VEILED_REPEATS: readonly string[] = [
  'encore un', 'encore une', 'un mot de plus', 'dis encore', 'recommence', 'recommencez', 'continue comme ca', 'continuez comme ca', 'refais ca', 'refaites ca',
  'one more', 'keep it up', 'keep this up', 'do that again', 'try that again', 'do it again', 'once more',
];
export const VEILED_TRIGGERS: readonly string[] = [
  'supprime*', 'efface*', 'bloque*', 'bannis', 'banni', 'bannir', 'bannie', 'bannissez', 'censure*', 'ignore*', 'me parler comme ca', 'refuse l entree', 'refuser mon',
  'ban', 'bans', 'banned', 'banning', 'delete', 'deleted', 'deleting', 'block', 'blocked', 'blocking', 'blocks', 'refuse my', 'refusing my', 'censor', 'censored', 'mute', 'muted', 'ignored', 'ignoring',
];

/** A customer threatening to leave, sue or review, not to harm: « encore un retard et tu verras, je résilie ». */
export const VEILED_RECOURSE: ReadonlySet<string> = new Set([
  'resilie', 'resilier', 'resiliation', 'concurrent', 'concurrence', 'concurrents', 'avocat', 'tribunal', 'plainte', 'avis', 'ufc', 'remboursement',
  'rembourse', 'change', 'changer', 'operateur', 'client', 'cliente', 'commande', 'commandes', 'achete', 'acheter',
  'cancel', 'cancelling', 'canceling', 'switch', 'switching', 'competitor', 'competitors', 'lawyer', 'court', 'review', 'reviews', 'refund',
  'customer', 'order', 'orders', 'buy', 'buying', 'bought', 'subscription', 'abonnement', 'resultat', 'resultats', 'results', 'difference',
]);

/**
 * Frames that give the reader a name: a negative word just after one of NAMING_BEFORE (« on
 * t'appelle la boulette », "your coworkers call you a joke"; in the next sentence when the frame
 * asks: « tu sais comment on t'appelle ici ? « la boulette » »), or before one of NAMING_AFTER in
 * its sentence (« "nulle", c'est tout ce que t'es », "clueless is the nicest word I have for you"),
 * is an insult at the reader even when it is no insult word.
 */
export const NAMING_BEFORE: readonly string[] = [
  'on t appelle', 'on vous appelle', 'ils t appellent', 'ils vous appellent', 'tout le monde t appelle', 't appellent', 'vous appellent',
  'te surnomment', 'ton surnom', 'ton surnom c est', 'votre surnom', 'le mot qui vous va c est', 'le mot qui te va c est', 'le seul mot pour vous c est', 'call you', 'calls you', 'called you',
  'your nickname', 'your nickname is',
];
export const NAMING_AFTER: readonly string[] = [
  'tout ce que t es', 'tout ce que tu es', 'c est ce que t es', 'c est ce que tu es', 'voila ce que tu es', 'voila ce que t es', 'voila ce que vous etes',
  'c est ce que vous etes', 'tout ce que vous etes', 'le mot qui te decrit', 'le mot qui vous decrit', 'te resume', 'vous resume', 'te va bien',
  'word i have for you', 'words i have for you', 'the nicest word i have for you', 'the kindest word i have for you', 'the nicest thing i can say about you',
  'le mot le plus gentil que j ai pour toi', 'le plus gentil que j ai pour toi', 'le plus gentil que je puisse te dire', 'word for you', 'words for you', 'is what you are', 'thats what you are', 'that s what you are',
  'exactly what you are', 'describes you', 'sums you up', 'is the only way to describe', 'only way to describe', 'the only word for',
  'y a pas d autre mot pour', 'pas d autre mot pour', 'il n y a pas d autre mot pour', 'le seul mot pour',
];
/** How many tokens after a NAMING_BEFORE frame the name is looked for ("call you a total joke"). */
export const NAMING_REACH = 3;

/**
 * Irony that wishes harm ("ce serait dommage que…", "shame if…"): a threat when harm, breakage or
 * "something happening" follows in its sentence (« ce serait dommage qu'elle finisse en morceaux »,
 * "shame if something caught fire"); a shop closing or a product discontinued is regret.
 */
export const IRONY_FRAMES: readonly string[] = [
  'ce serait dommage qu', 'ce serait dommage que', 'ce serait bete qu', 'ce serait bete que', 'dommage s il arrivait', 'ce serait triste qu', 'ce serait triste que',
  'vraiment dommage qu', 'vraiment dommage que', 'real pity if', 'real shame if',
  'shame if', 'a pity if', 'would be a shame if', 'be a shame if', 'would be a pity if', 'be a shame for', 'hate for something to',
];
export const IRONY_HARM: ReadonlySet<string> = new Set([
  'pave', 'brique', 'pneus', 'vitre', 'vitres', 'travers', 'rayee', 'rayees', 'creves', 'brick', 'bricks', 'tires', 'tyres', 'slashed', 'scratched', 'keyed',
  'morceaux', 'eclats', 'brule', 'brulait', 'brulerait', 'crame', 'cramait', 'flambe', 'feu', 'incendie', 'casse', 'cassee', 'cassees', 'arrive', 'arrivait', 'accident',
  'pieces', 'shattered', 'smashed', 'broken', 'burned', 'burnt', 'burns', 'fire', 'flames', 'happened', 'happen', 'happens', 'accidents',
]);

/**
 * Words that insult in one language and are ordinary in the other: in an English comment "sale",
 * "con", "bite", "queue" are a sale, a con, a bite, a queue; in a French one "retard" is a delay. The
 * model's toxic head reads both languages through one vocabulary and learnt these from the language
 * that insults with them ("you're killing me with this sale" read 0.93 toxic on "sale"), so it reads
 * a comment without the other language's insults. The rules already read them per language.
 */
export const FALSE_FRIENDS: Readonly<Record<'fr' | 'en', ReadonlySet<string>>> = {
  en: new Set(['sale', 'sales', 'con', 'cons', 'bite', 'bites', 'queue', 'queues', 'pine', 'pines', 'gland', 'glands']),
  fr: new Set(['retard', 'retards']),
};

/**
 * Praise slang that borrows violence (terms as the lexicons write them): the model's toxic head
 * learnt "kill" and "tuer" from threats, so it reads the comment without them when they praise.
 */
export const VIOLENT_PRAISE: ReadonlySet<string> = new Set([
  'killed it', 'kill for', 'killing it', 'crushed it', 'smashed it', 'to die for', 'die for', 'killing me with', 'killer', 'badass',
  'ca defonce', 'mortel', 'c est mortel', 'la tuerie', 'une tuerie', 'tout tuer', 'tuerais pour', 'tuerait pour', 'vous me tuez avec', 'tu me tues avec',
]);
