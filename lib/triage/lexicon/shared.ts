import type { TermTable } from './types';

/**
 * Emoji, emoticons and internet shorthand that mean the same in French and English.
 * Source: written for Riposte (MIT), from the emoji names and their common use in brand comments.
 * Spec syntax: see ./types.ts.
 */
export const SHARED_SOURCE = 'Written for Riposte (MIT). Hand-made.';

export const SHARED_TERMS: TermTable = [
  ['😍', 'p=1.5 g=1'],
  ['🥰', 'p=1.5 g=1'],
  ['😻', 'p=1.4 g=1'],
  ['🤩', 'p=1.4 g=1'],
  ['❤', 'p=1.2 g=0.8'],
  ['♥', 'p=1.2 g=0.8'],
  ['💕', 'p=1.2 g=0.8'],
  ['💖', 'p=1.2 g=0.8'],
  ['💗', 'p=1.2 g=0.8'],
  ['💙', 'p=1.1 g=0.7'],
  ['💚', 'p=1.1 g=0.7'],
  ['💜', 'p=1.1 g=0.7'],
  ['🧡', 'p=1.1 g=0.7'],
  ['🖤', 'p=0.8 g=0.4'],
  ['😘', 'p=1.1 g=0.6'],
  ['👍', 'p=0.8 g=0.5'],
  ['👌', 'p=0.9 g=0.6'],
  ['👏', 'p=1 g=0.7'],
  ['🙌', 'p=1.1 g=0.7'],
  ['🔥', 'p=1.1 g=0.8'],
  ['💯', 'p=1.1 g=0.8'],
  ['✨', 'p=0.6 g=0.3'],
  ['🌟', 'p=0.8 g=0.5'],
  ['⭐', 'p=0.7 g=0.4'],
  ['🎉', 'p=0.9 g=0.5'],
  ['🥳', 'p=1 g=0.6'],
  ['😊', 'p=0.9 g=0.5'],
  ['🙂', 'p=0.5'],
  ['😀', 'p=0.8 g=0.3'],
  ['😃', 'p=0.8 g=0.3'],
  ['😄', 'p=0.9 g=0.4'],
  ['😁', 'p=0.9 g=0.4'],
  ['😉', 'p=0.4'],
  ['🤗', 'p=0.9 g=0.5'],
  ['😋', 'p=1.1 g=0.4'],
  ['🤤', 'p=1.1 g=0.6 l=0.2'],
  ['🙏', 'p=0.5 g=0.3'],
  ['💪', 'p=0.8 g=0.4'],
  ['🏆', 'p=0.9 g=0.5'],
  ['😎', 'p=0.7 g=0.3'],
  ['🥹', 'p=1 g=0.5'],
  ['😂', 'p=0.2'],
  ['🤣', 'p=0.2'],
  ['😅', 'p=-0.1'],
  ['😆', 'p=0.3'],
  ['😭', 'p=-0.4'],
  ['😢', 'p=-1 c=0.3'],
  ['😥', 'p=-0.9 c=0.3'],
  ['😞', 'p=-1 c=0.4'],
  ['😔', 'p=-0.9 c=0.3'],
  ['😟', 'p=-0.8 c=0.3'],
  ['😕', 'p=-0.7 c=0.3'],
  ['🙁', 'p=-0.8 c=0.3'],
  ['☹', 'p=-0.9 c=0.3'],
  ['😩', 'p=-1.1 c=0.4'],
  ['😫', 'p=-1.1 c=0.4'],
  ['😤', 'p=-1.2 c=0.5'],
  ['😠', 'p=-1.4 c=0.6'],
  ['😡', 'p=-1.6 c=0.7'],
  ['🤬', 'p=-1.9 c=0.7 t=0.3'],
  ['👎', 'p=-1.2 c=0.5'],
  ['🤮', 'p=-1.6 c=0.6'],
  ['🤢', 'p=-1.3 c=0.5'],
  ['💩', 'p=-1.3 c=0.4 t=0.2'],
  ['🖕', 'p=-1.8 t=1.2'],
  ['🤡', 'p=-1 t=0.3 sarc'],
  ['🙄', 'p=-0.9 c=0.3 sarc'],
  ['🙃', 'p=-0.4 sarc'],
  ['😒', 'p=-1 c=0.3 sarc'],
  ['😑', 'p=-0.7 sarc'],
  ['🤦', 'p=-1 c=0.4 sarc'],
  ['🤦‍♀️', 'p=-1 c=0.4 sarc'],
  ['🤦‍♂️', 'p=-1 c=0.4 sarc'],
  ['💀', 'p=-0.2'],
  ['😱', 'p=-0.6'],
  ['😳', 'p=-0.3'],
  ['🤔', 'p=-0.1 q=0.3'],
  ['❓', 'q=0.6'],
  ['💸', 'p=-0.2 s=0.3'],
  ['💰', 's=0.4'],
  ['🤑', 's=0.4'],
  ['📈', 's=0.3'],
  ['🚀', 'p=0.4 s=0.2'],
  ['👉', 's=0.2'],
  ['👇', 's=0.2'],
  ['🛒', 'l=0.6'],
  [':)', 'p=0.7'],
  [':-)', 'p=0.7'],
  [':d', 'p=0.9'],
  [';)', 'p=0.4'],
  [':(', 'p=-0.9 c=0.3'],
  [':-(', 'p=-0.9 c=0.3'],
  [':/', 'p=-0.6 c=0.2'],
  [':@', 'p=-1.2 c=0.4'],
  ['<3', 'p=1.1 g=0.6'],
  ['lol', 'p=0.1'],
  ['mdr', 'p=0.1'],
  ['ptdr', 'p=0.1'],
  ['xd', 'p=0.3'],
  ['omg', 'p=0.2'],
  ['ok', 'p=0.1'],
  ['okay', 'p=0.1'],
  ['yes', 'p=0.3'],
  ['oui', 'p=0.3'],
  ['👀', 'p=0.1 l=0.2'],
  // Spam, third round: a scam or promotion @handle (the normaliser's word for it), adult bait.
  ['spamhandle', 's=0.6'],
  ['supporthandle', 's=0.2'],
  ['🍑', 's=0.3'],
  ['🔞', 's=0.5'],
  ['🪂', 's=0.3'],
];

/**
 * Swear words in both languages, one table for the rules and the learned layer (see ../swearing.ts).
 * `vulgar`: strong words ("fuck", "shit", "putain", "merde", "bordel", "chier"…) make a comment toxic
 * as vulgar language, since a brand's moderator wants to see them on a public page; alone they take
 * no other label away and leave the sentiment as the words around them make it, so "putain de box qui
 * redémarre" stays a complaint to answer. Insults, hate, harassment and threats at a person are the
 * lexicons' toxic terms, not these. `mild`: softer words ("zut", "mince", "damn", "hell", "bloody",
 * "freaking") make nothing toxic. The learned layer, taught by tweets labelled offensive that swear a
 * lot, reads its toxic probability without either kind, so it only adds toxic for what is left.
 * The borderline English words were chosen on TweetEval offensive's validation tweets, by the
 * tweets each would flag that nothing else flags: "crap" 4 offensive of 5, "ass" 4 of 6, "piss" 2 of 2
 * (vulgar); "damn" 1 of 5, "bloody" 0 of 1, "freaking" 0 of 2, "wth" 0 of 1 (mild: "pretty damn good",
 * "so freaking beautiful"). "hell" (4 of 7) stays mild: "a hell of a meal", "hell yes" is how fans
 * praise, and "go to hell" is an insult in the lexicons already.
 * A trailing `*` matches any word starting with the rest; an `*` inside is a letter masked as written
 * ("f*ck"); a letter may be stretched to three or more ("fuuuck", not "shiitake"); whole words, not after
 * a hyphen ("pique-nique"); any case, accents as listed. No prefix where a harmless word shares it
 * ("shitake", "bordelais", "chianti").
 */
export const SWEARING: ReadonlyArray<readonly [word: string, kind: 'vulgar' | 'mild']> = [
  ...(['fuck*', 'f*ck*', 'f**k*', 'fck*', 'fkn', 'fking', 'fuk', 'fukn', 'fukin', 'fucc*', 'motherf*', 'wtf', 'omfg', 'ffs', 'stfu',
    'shit', 'shits', 'shitty', 'shite', 'shitting', 'shitload', 'shitshow', 'shitstorm', 'shithole', 'shithead', 'sh*t', 'bullshit*', 'horseshit',
    'crap', 'crappy', 'ass', 'asses', 'arse', 'piss', 'pissed', 'pissing', 'bollocks',
    'putain*', 'p*tain', 'ptn', 'ptain', 'pitain', 'merde*', 'merdique*', 'merdier', 'm*rde', 'emmerd*', 'bordel', 'bordels', 'bordelique', 'bordélique',
    'foutre', 'fout', 'foutu*', 'foutez', 'foutent', 'foutage', 'chier', 'chie', 'chié', 'chiant', 'chiante', 'chiants', 'chiantes', 'chiasse', 'chiottes',
    'niquer', 'nique', 'niqué*', 'couille*'] as const).map((w) => [w, 'vulgar'] as const),
  // "dead ass" is "seriously" in slang ("dead ass the best fries"), read before "ass".
  ...(['dead ass', 'deadass', 'damn', 'damned', 'dammit', 'damnit', 'goddamn*', 'god damn', 'hell', 'heck', 'bloody', 'freaking', 'frigging', 'friggin', 'effing', 'wth',
    'zut', 'mince', 'punaise', 'purée', 'puree', 'bon sang', 'nom de dieu'] as const).map((w) => [w, 'mild'] as const),
];

/**
 * A count of goods or people asked about is buying ("could you do 40 mini quiches", "30 seats",
 * "un groupe de 18"): a number followed by a word — but not by a unit of time, weight, size,
 * money or data, a time of day or an ordinal, which count nothing one buys.
 */
export const NOT_A_COUNT_AFTER: ReadonlySet<string> = new Set([
  'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'heure', 'heures', 'hour', 'hours', 'jour', 'jours', 'day', 'days',
  'semaine', 'semaines', 'week', 'weeks', 'mois', 'month', 'months', 'an', 'ans', 'year', 'years', 'yr', 'yrs',
  'kg', 'kilo', 'kilos', 'g', 'gr', 'cm', 'mm', 'm', 'km', 'ml', 'cl', 'l', 'euro', 'euros', 'eur', 'dollar', 'dollars', 'usd',
  'gb', 'go', 'mb', 'mo', 'mega', 'megas', 'mbps', 'gig', 'gigs', 'fois', 'time', 'times', 'x', 'pm', 'am',
  'ou', 'or', 'et', 'and', 'a', 'to', 'th', 'st', 'nd', 'rd', 'e', 'eme', 'er', 'ere', 'percent', 'pourcent', 'etoiles', 'stars',
]);
/**
 * A count follows a verb of ordering, a preposition or "we are" ("do 40", "for 80", "a group of 18",
 * "on serait 28"), or opens a clause; after a noun it is a model or a size ("router 7 extenders").
 */
export const COUNT_AFTER: ReadonlySet<string> = new Set([
  'do', 'make', 'bake', 'cook', 'cater', 'prepare', 'send', 'ship', 'buy', 'need', 'want', 'get', 'take', 'order', 'reserve', 'book', 'for', 'of',
  'about', 'around', 'with', 'like', 'are', 're', 'be',
  'faire', 'preparer', 'envoyer', 'livrer', 'acheter', 'prendre', 'avoir', 'commander', 'reserver', 'pour', 'de', 'd', 'environ', 'avec', 'est', 'sommes', 'serait', 'serions', 'besoin', 'voudrais',
]);

/**
 * Words that may come right after a term marked `end` without making it part of a longer phrase:
 * the reader named or insulted, a plea, a time, or a new clause's subject ("ferme la toi", "ferme
 * la stp", "fermez la maintenant", "ferme la tu saoules"); any other word makes the term an article
 * before a noun ("ferme la piscine", "fermez la boutique").
 */
export const CLAUSE_AFTER: ReadonlySet<string> = new Set([
  'toi', 'vous', 'stp', 'svp', 'maintenant', 'donc', 'deja', 'un', 'une', 'sale', 'espece', 'bande', 'mec', 'frere', 'wsh', 'mdr', 'ptdr',
  'putain', 'ptn', 'bordel', 'merde', 'et', 'ou', 'mais', 'tu', 't', 'je', 'j', 'on', 'il', 'elle', 'personne', 'bref', 'ok', 'oh',
  'connard', 'connasse', 'abruti', 'idiot', 'bouffon', 'boloss', 'gros', 'grosse', 'pauvre',
]);
