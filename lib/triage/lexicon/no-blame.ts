/**
 * Problem words that blame no one at the brand (../no-blame.ts): the writer's own mishap (a lost
 * card, a dropped phone, a wrong date booked) told to ask for help, and thanks for a problem solved.
 * Terms as the normaliser folds them (no accents, apostrophes as spaces). Written for Riposte (MIT).
 */

/**
 * Phrases in which the writer is the one who did it. Not "dropped my" or "by mistake" alone: "the
 * courier dropped my parcel", "you charged me by mistake" blame the brand; nor "I lost" or "j'ai
 * perdu" alone, which the brand's fault may cause ("l'appli me déconnecte, j'ai perdu mon rapport"):
 * only what its owner loses (a card, a wallet, a password).
 */
export const OWN_MISHAP: readonly string[] = [
  // English
  'i dropped', 'ive dropped', 'i have dropped', 'i forgot', 'ive forgotten', 'i have forgotten', 'i broke', 'ive broken', 'i smashed', 'i cracked',
  'i crashed', 'i spilled', 'i spilt', 'i deleted', 'ive deleted', 'i have deleted', 'i accidentally', 'accidentally ordered', 'accidentally booked', 'accidentally bought', 'accidentally deleted',
  'i locked myself out', 'i left my', 'i typed the wrong', 'i entered the wrong', 'i booked the wrong', 'i ordered the wrong', 'i put the wrong', 'i picked the wrong',
  // What only its owner loses or forgets.
  'lost my card', 'lost my bank card', 'lost my wallet', 'lost my phone', 'lost my keys', 'lost my passport', 'forgot my password', 'forgot my pin', 'forgotten my password',
  'lost my receipt', 'lost the receipt', 'lost my ticket', 'lost my boarding pass', 'lost my login', 'forgot my login',
  'my fault', 'my bad', 'my mistake', 'my own fault', 'silly me', 'stupid me', 'dumb me', 'my own stupidity',
  // French
  'j ai oublie', 'j ai casse', 'j ai fait tomber', 'j ai renverse', 'j ai supprime', 'j ai efface', 'j ai bloque ma', 'j ai egare',
  'je me suis trompe', 'je me suis trompee', 'je me suis plante', 'je me suis plantee', 'je me suis enferme', 'je me suis enfermee',
  'j ai commande par erreur', 'j ai reserve par erreur', 'j ai paye par erreur', 'j ai achete par erreur', 'j ai tape le mauvais', 'j ai mis la mauvaise', 'j ai mis le mauvais',
  'perdu ma carte', 'perdu mon portefeuille', 'perdu mon telephone', 'perdu mes cles', 'oublie mon mot de passe', 'oublie mon code',
  'perdu mon ticket', 'perdu le ticket', 'perdu mon recu', 'perdu mon billet', 'perdu mes identifiants', 'oublie mes identifiants',
  'ma faute', 'de ma faute', 'mea culpa', 'quelle idiote', 'quel idiot', 'quelle cruche', 'je suis bete', 'suis bete',
];

/**
 * Thanks for a problem solved, or word that it is: "thanks for replacing the faulty plug", « merci
 * d'avoir remplacé le colis abîmé », "all sorted now".
 */
export const PROBLEM_SOLVED: readonly string[] = [
  'thanks for fixing', 'thanks for replacing', 'thanks for sorting', 'thanks for resolving', 'thanks for repairing', 'thanks for refunding',
  'thank you for fixing', 'thank you for replacing', 'thank you for sorting', 'thank you for resolving', 'thank you for repairing', 'thank you for refunding',
  'cheers for fixing', 'cheers for sorting', 'thanks for the replacement', 'thanks for the refund', 'thank you for the replacement', 'thank you for the refund', 'thanks for the quick fix',
  'all sorted', 'all fixed', 'sorted now', 'fixed now', 'works now', 'working now', 'problem solved', 'issue resolved', 'resolved now',
  'merci pour la reparation', 'merci pour le remplacement', 'merci pour le remboursement', 'merci pour le geste',
  'merci d avoir repare', 'merci d avoir remplace', 'merci d avoir regle', 'merci d avoir resolu', 'merci d avoir rembourse', 'merci d avoir corrige',
  'c est regle', 'c est resolu', 'probleme regle', 'probleme resolu', 'ca marche maintenant', 'ca fonctionne maintenant', 'tout est regle', 'tout est rentre dans l ordre',
];

/**
 * Words that keep the brand in the blame beside a mishap of the writer's or thanks: what it still
 * has not done ("lost my card two weeks ago and still no new one"), what keeps happening.
 */
export const STILL_BLAMED: ReadonlySet<string> = new Set([
  'still', 'again', 'never', 'yet', 'anyone', 'nobody', 'refused', 'refuses', 'wont', 'cant', 'charged',
  'toujours', 'encore', 'jamais', 'personne', 'refuse', 'refusent', 'impossible', 'debite', 'preleve',
]);

/**
 * A "but" after a mishap or thanks turns to what is wrong ("thanks for fixing it, but now…"); after
 * bad news about the writer's day it turns to the brand's comfort ("awful week, but your croissants").
 */
export const BUT: ReadonlySet<string> = new Set(['but', 'except', 'however', 'mais', 'sauf', 'cependant', 'pourtant']);

/**
 * The writer's day, week, weather or commute: bad words beside them ("horrible day at work", « semaine
 * pourrie », "stuck in traffic") are bad news about life, not about the brand, when the comment then
 * turns to the brand's comfort (CONSOLATION). Not "days", "night", "cold" or "work", which complaints
 * use ("3 days without internet", "cold fries", "doesn't work").
 */
export const LIFE_WORDS: ReadonlySet<string> = new Set([
  'day', 'week', 'weekend', 'morning', 'monday', 'mondays', 'weather', 'traffic', 'commute', 'boss', 'exams', 'exam', 'life',
  'journee', 'semaine', 'matinee', 'lundi', 'meteo', 'temps', 'trafic', 'bouchons', 'boulot', 'taf', 'patron', 'partiels', 'examens', 'vie',
]);

/** The turn to the brand's comfort after bad news ("…, at least my order came early", « mais le café m'a sauvé »). */
export const CONSOLATION: ReadonlySet<string> = new Set([
  'least', 'glad', 'luckily', 'thankfully', 'fortunately', 'saved', 'fixed', 'but',
  'heureusement', 'moins', 'sauve', 'sauvee', 'rattrape', 'mais',
]);

/** What the brand sells or does: beside them a bad word is about the brand again ("worst customer service day"). */
export const SERVICE_WORDS: ReadonlySet<string> = new Set([
  'service', 'order', 'orders', 'delivery', 'deliveries', 'parcel', 'package', 'staff', 'app', 'product', 'customer', 'support', 'refund', 'driver', 'flight', 'train', 'bus', 'internet', 'connection', 'bill', 'account',
  'commande', 'commandes', 'livraison', 'colis', 'personnel', 'appli', 'application', 'produit', 'client', 'clients', 'sav', 'remboursement', 'livreur', 'vol', 'connexion', 'facture', 'compte', 'box',
]);
