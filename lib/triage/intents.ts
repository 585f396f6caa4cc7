/**
 * Intents: what a comment is about, one layer finer than the triage labels (lib/schema/intent.ts).
 * Rules over the accent-folded text, French and English side by side (franglais happens), each
 * hit kept as a reason ("“carte cadeau” → price / B2B / gift card"), like the labels' reasons.
 *
 * Term syntax (written as people type, folded like the comment): a trailing `*` matches any word
 * starting there ("rembours*" → remboursement); `#` matches a number ("la # ou la #"); words
 * match whole. A term marked `neg` is cancelled by a negator just before it ("pas top").
 * Pure, synchronous, browser-free.
 */
import { fold } from '../identity/fold';
import { INTENTS, type Intent } from '../schema/intent';

export interface IntentReason {
  /** `intent.<intent>` for a text rule, `intent.label` when a triage label implied it. */
  rule: string;
  intent: Intent;
  /** The words as they appear (folded) in the text, or the label. */
  match: string;
  /** Short English explanation, for a tooltip. */
  detail: string;
}

export interface IntentMatch {
  intent: Intent;
  /** Summed evidence; an intent is kept from 1. */
  score: number;
  reasons: IntentReason[];
}

export interface IntentOptions {
  /** Triage labels already found (toxic/spam imply moderation, praise implies praise). */
  labels?: readonly string[];
}

/** [term, weight]; weight 1 decides alone, less needs company. */
type Term = readonly [term: string, weight: number, flags?: 'neg'];

const RULES: Readonly<Record<Intent, readonly Term[]>> = {
  'delivery-delay': [
    ['pas recu', 1], ['toujours pas recu', 1.2], ['jamais recu', 1.2], ['toujours rien', 0.8], ['pas ete livre*', 1],
    ['toujours pas livre*', 1.2], ['pas encore arrive*', 1], ['toujours pas arrive*', 1.2], ['retard*', 0.8],
    ['en retard', 1], ['delai de livraison', 0.8], ['livraison', 0.4], ['colis', 0.4], ['attends ma commande', 1],
    ['attends mon colis', 1], ['colis bloque', 1], ['bloque', 0.6], ['depuis # jours', 0.6], ['depuis # semaines', 0.8],
    ['not received', 1], ['never received', 1.2], ['never arrived', 1.2], ['hasn t arrived', 1], ['hasnt arrived', 1],
    ['still not arrived', 1.2], ['still hasn t', 0.8], ['still waiting', 1], ['still no', 0.6], ['late', 0.8],
    ['delay*', 0.8], ['delivery', 0.4], ['parcel', 0.4], ['package', 0.4], ['weeks ago', 0.6], ['days ago', 0.4], ['stuck', 0.8], ['depot', 0.4],
  ],
  'order-tracking': [
    ['suivi', 0.8], ['numero de suivi', 1.2], ['lien de suivi', 1.2], ['ou en est ma commande', 1.2], ['ou en est mon colis', 1.2],
    ['ou est mon colis', 1.2], ['ou est ma commande', 1.2], ['expedie*', 0.6],
    ['tracking', 1], ['track', 0.8], ['where is my order', 1.2], ['where is my package', 1.2], ['where is my parcel', 1.2],
    ['where s my order', 1.2], ['order status', 1.2], ['shipped', 0.6], ['dispatched', 0.6], ['when will i receive', 1],
    ['status of my order', 1.2], ['shipped yet', 1], ['commande est elle expediee', 1.2], ['statut de ma commande', 1.2],
  ],
  'refund-return': [
    ['rembours*', 1.2], ['retourner', 1], ['renvoyer', 0.8], ['retour de', 0.6], ['etiquette de retour', 1.2],
    ['echanger', 1], ['echange', 0.8], ['annuler ma commande', 1.2], ['annulation', 0.8],
    ['refund*', 1.2], ['return', 0.8], ['returns', 0.8], ['returning', 0.8], ['money back', 1.2], ['exchange', 0.8],
    ['cancel my order', 1.2], ['cancellation', 0.8], ['send it back', 1], ['reimburs*', 1.2], ['return label', 1.2],
    ['exchange my', 1.2], ['exchange it', 1.2],
  ],
  'damaged-product': [
    ['casse', 1], ['cassee', 1], ['casses', 1], ['cassees', 1], ['abime*', 1], ['endommage*', 1.2], ['defectueu*', 1.2],
    ['fissure*', 1], ['dechire*', 1], ['en morceaux', 1], ['piece manquante', 1], ['il manque', 0.6], ['moisi*', 1],
    ['perime*', 1], ['raye', 0.8], ['rayee', 0.8], ['fuit', 0.8], ['tache', 0.5],
    ['broken', 0.7], ['arrived broken', 1.2], ['damaged', 1.2], ['defective', 1.2], ['faulty', 1], ['cracked', 1],
    ['smashed', 1], ['torn', 1], ['dented', 1], ['missing part*', 1], ['missing piece*', 1], ['leaking', 0.8], ['expired', 0.8], ['in pieces', 1.2],
  ],
  'technical-problem': [
    ['bug*', 1], ['beug*', 1], ['plante', 0.8], ['crash*', 1], ['marche pas', 0.8], ['marche plus', 0.8],
    ['fonctionne pas', 0.8], ['fonctionne plus', 0.8], ['erreur', 1], ['impossible de payer', 1.2], ['impossible de me connecter', 1.2],
    ['impossible de se connecter', 1.2], ['connexion', 0.6], ['mot de passe', 0.8], ['appli', 0.5], ['application', 0.5],
    ['site', 0.3], ['mise a jour', 0.5], ['page blanche', 1], ['ne s affiche', 0.8], ['ne charge', 0.8],
    ['not working', 0.8], ['doesn t work', 0.8], ['doesnt work', 0.8], ['won t load', 1], ['can t log in', 1.2],
    ['cant log in', 1.2], ['log in', 0.5], ['login', 0.6], ['password', 0.8], ['error', 1], ['can t pay', 1.2], ['app', 0.5], ['reset password', 1.2], ['reinitialis*', 1],
    ['website', 0.4], ['glitch*', 1], ['checkout', 0.4], ['keeps crashing', 1.2],
  ],
  'stock-availability': [
    ['rupture', 1.2], ['en stock', 1], ['de stock', 1], ['stock', 0.8], ['reassort*', 1.2], ['epuise*', 1],
    ['dispo', 0.6], ['disponible', 0.6], ['indisponible', 1], ['de nouveau disponible', 1.2], ['revient', 0.4],
    ['reviendra', 0.6], ['retour en stock', 1.2], ['reapprovision*', 1.2], ['plus en vente', 1], ['reviendra en', 1], ['revient en', 1],
    ['in stock', 1], ['out of stock', 1.2], ['sold out', 1.2], ['restock*', 1.2], ['back in stock', 1.2],
    ['available', 0.6], ['availability', 0.8], ['unavailable', 1], ['coming back', 0.6], ['come back in', 1], ['back in a', 0.8],
  ],
  'product-question': [
    ['taille', 1], ['tailles', 1], ['taille t elle', 1.2], ['pointure', 1], ['dimension*', 1], ['mesure*', 0.8],
    ['la # ou la #', 1], ['le # ou le #', 1], ['compatible*', 1], ['composition', 1], ['matiere', 1], ['ingredient*', 1],
    ['allergene*', 1], ['comment on utilise', 1], ['comment utiliser', 1], ['comment laver', 1], ['lavable', 1],
    ['garantie', 0.8], ['difference entre', 1], ['couleur*', 0.6], ['poids', 0.8], ['capacite', 0.8], ['vegan', 1],
    ['convient', 0.6], ['quelle taille', 1.2], ['fabrique*', 0.6], ['made in', 0.6], ['paraffine', 1],
    ['size', 1], ['sizes', 1], ['sizing', 1], ['fit', 0.6], ['fits', 0.6], ['true to size', 1.2], ['dimensions', 1],
    ['measure*', 0.8], ['compatibility', 1], ['material', 1], ['made of', 1], ['how do i use', 1], ['how to use', 1],
    ['washable', 1], ['warranty', 0.8], ['difference between', 1], ['colour*', 0.6], ['color*', 0.6], ['weight', 0.6],
    ['capacity', 0.8], ['gluten', 0.8], ['which one', 0.6], ['# cm', 0.5], ['# mm', 0.5], ['chest', 0.5],
    ['waist', 0.5], ['tour de poitrine', 1], ['tour de hanches', 1],
    ['diametre', 1], ['existe en', 0.8], ['existe t il en', 1], ['existe t elle en', 1], ['ampoule*', 1], ['culot', 0.8],
    ['diameter', 1], ['does it come in', 1], ['come in', 0.6], ['bulb*', 1],
  ],
  'price-b2b-gift-card': [
    ['prix', 0.8], ['tarif*', 1], ['combien ca coute', 1], ['coute combien', 1], ['devis', 1.2], ['en gros', 0.8],
    ['c est combien', 1.2], ['quel est le prix', 1.2], ['le prix', 1], ['code promo', 1.2], ['promo', 0.8], ['soldes', 1], ['black friday', 1],
    ['trop cher', 1], ['cher', 0.5], ['tarifs pro', 1.2], ['vendez en gros', 1.2], ['concept store', 1], ['proposition commerciale', 1.2], ['faire une proposition', 1],
    ['grossiste*', 1.2], ['revendeu*', 1.2], ['revendre', 1], ['professionnel*', 0.6], ['entreprise', 0.6],
    ['b2b', 1.2], ['commande groupee', 1.2], ['en quantite', 1], ['grande quantite', 1.2], ['remise', 0.8],
    ['tarif pro', 1.2], ['carte cadeau', 1.2], ['cartes cadeaux', 1.2], ['carte cadeaux', 1.2], ['bon d achat', 1.2],
    ['cheque cadeau', 1.2], ['comite d entreprise', 1.2], ['pour mes salaries', 1], ['pour nos salaries', 1],
    ['price', 0.8], ['prices', 0.8], ['pricing', 1], ['how much', 0.8], ['quote', 1], ['wholesale', 1.2], ['bulk', 1.2],
    ['the price', 1], ['how much is', 1.2], ['discount code', 1.2], ['promo code', 1.2], ['on sale', 1], ['black friday', 1],
    ['expensive', 0.8], ['trade pricing', 1.2],
    ['reseller*', 1.2], ['resell', 1], ['corporate', 0.8], ['for my company', 1], ['for our company', 1], ['for our team', 0.6],
    ['volume discount', 1.2], ['discount', 0.6], ['gift card*', 1.2], ['gift voucher*', 1.2], ['voucher', 0.8], ['e gift', 1],
  ],
  'partnership-creator': [
    ['partenariat*', 1.2], ['collab*', 1.2], ['influenceu*', 1.2], ['createur de contenu', 1.2], ['creatrice de contenu', 1.2],
    ['createurs', 0.8], ['ugc', 1], ['ambassadeu*', 1.2], ['ambassadrice', 1.2], ['sponsor*', 1.2], ['ma communaute', 0.8],
    ['mon audience', 1], ['mes abonnes', 0.8], ['kit media', 1.2], ['media kit', 1.2], ['travailler ensemble', 1],
    ['travailler avec vous', 1], ['tester vos produits', 0.8], ['ambassadrices', 1.2],
    ['partnership*', 1.2], ['partner', 0.8], ['influencer*', 1.2], ['content creator*', 1.2], ['creator', 0.8],
    ['ambassador*', 1.2], ['my audience', 1], ['my followers', 0.8], ['my community', 0.8], ['work together', 1],
    ['work with you', 1], ['pr package', 1.2], ['pr list', 1.2], ['gifted', 0.8],
  ],
  'crisis-rumour': [
    ['rumeur*', 1.2], ['rappel produit', 1.2], ['rappel conso', 1.2], ['rappelconso', 1.2], ['rappel', 0.6], ['rappele*', 0.8], ['le rappel', 1], ['on m a dit', 1],
    ['retire de la vente', 1.2], ['retires de la vente', 1.2], ['scandale', 1.2], ['polemique', 1.2], ['boycott*', 1.2],
    ['c est vrai que', 1], ['est ce vrai', 1], ['il parait que', 1], ['on dit que', 0.8], ['intoxication*', 1.2],
    ['contamin*', 1.2], ['salmonell*', 1.2], ['listeria', 1.2], ['dangereu*', 0.8], ['greve', 0.8], ['faillite', 1],
    ['liquidation', 1], ['licenciement*', 1], ['enquete', 0.6],
    ['rumour*', 1.2], ['rumor*', 1.2], ['recall*', 1.2], ['pulled from shelves', 1.2], ['scandal', 1.2], ['controversy', 1.2], ['someone said', 1],
    ['is it true', 1], ['true that', 0.8], ['i heard', 0.8], ['heard that', 0.8], ['salmonella', 1.2], ['unsafe', 0.8],
    ['dangerous', 0.8], ['lawsuit', 1], ['layoff*', 1], ['bankrupt*', 1], ['shutting down', 1], ['going out of business', 1.2],
  ],
  'scam-report': [
    ['arnaque*', 1], ['faux compte', 1.2], ['faux profil', 1.2], ['usurp*', 1.2], ['se fait passer pour', 1.2],
    ['se faisant passer', 1.2], ['fake', 0.8], ['phishing', 1.2], ['hameconnage', 1.2], ['escroquerie', 1],
    ['frauduleu*', 1], ['compte officiel', 0.8], ['c est vous', 0.6], ['signaler ce compte', 1], ['faux concours', 1.2], ['site officiel', 1], ['louche', 0.6],
    ['scam*', 1], ['fake account', 1.2], ['fake page', 1.2], ['fake profile', 1.2], ['impersonat*', 1.2],
    ['pretending to be', 1.2], ['fraud*', 1], ['is this you', 1], ['is this really you', 1], ['official account', 0.8],
    ['fake giveaway', 1.2], ['report this account', 1], ['legit', 0.6], ['official site', 1], ['dodgy', 0.6],
  ],
  'feedback-suggestion': [
    ['suggestion*', 1.2], ['idee', 0.8], ['ce serait bien', 1], ['serait bien', 0.8], ['ce serait top', 1],
    ['il faudrait', 0.8], ['vous devriez', 0.8], ['vous devriez proposer', 1], ['ajouter', 0.6], ['ajoutez', 0.8], ['amelior*', 0.8], ['mon avis', 0.6],
    ['dommage que', 0.8], ['pas clair*', 1], ['peu clair*', 1], ['incomprehensible*', 1], ['confus*', 0.8], ['notice', 0.6],
    ['mode d emploi', 0.6], ['manuel', 0.5], ['pas intuiti*', 1], ['je propose', 0.8], ['proposition', 0.6], ['retour', 0.2], ['petit retour', 1],
    ['suggest*', 1], ['idea', 0.8], ['would be nice', 1], ['would be great', 1], ['you should', 0.8], ['please add', 1], ['you should offer', 1],
    ['improve*', 0.8], ['feedback', 1], ['confusing', 1], ['unclear', 1], ['not clear', 1], ['manual', 0.5],
    ['instructions', 0.5], ['hard to understand', 1], ['not intuitive', 1], ['i wish', 0.8],
  ],
  praise: [
    ['bravo', 1, 'neg'], ['genial*', 1, 'neg'], ['top', 0.8, 'neg'], ['au top', 1, 'neg'], ['adore', 1, 'neg'],
    ['magnifique', 1, 'neg'], ['superbe', 1, 'neg'], ['trop bien', 1, 'neg'], ['parfait*', 0.8, 'neg'],
    ['excellent*', 1, 'neg'], ['felicitation*', 1, 'neg'], ['incroyable', 0.8, 'neg'], ['ravi', 0.8, 'neg'],
    ['ravie', 0.8, 'neg'], ['nickel', 0.8, 'neg'], ['sublime', 1, 'neg'], ['je recommande', 1, 'neg'], ['love', 0.8, 'neg'],
    ['amazing', 1, 'neg'], ['awesome', 1, 'neg'], ['great', 0.6, 'neg'], ['perfect', 0.8, 'neg'], ['fantastic', 1, 'neg'],
    ['wonderful', 1, 'neg'], ['beautiful', 0.8, 'neg'], ['well done', 1, 'neg'], ['congrats', 1, 'neg'],
    ['congratulations', 1, 'neg'], ['highly recommend', 1, 'neg'], ['obsessed', 0.8, 'neg'],
  ],
  'thanks-team-member': [
    ['conseiller*', 0.6], ['conseillere*', 0.6], ['vendeu*', 0.6], ['livreu*', 0.5], ['hotesse', 0.6],
    ['tres aimable', 0.8], ['tres gentil*', 0.6], ['a pris le temps', 0.8], ['super accueil', 1], ['accueil', 0.4],
    ['merci a la', 0.5], ['merci a le', 0.5], ['merci au', 0.5], ['un grand merci a', 0.8], ['merci a', 0.5],
    ['thanks to', 0.6], ['thank you to', 0.6], ['shout out to', 1], ['shoutout to', 1], ['kudos to', 1],
    ['your agent', 0.8], ['your staff', 0.8], ['the staff', 0.6], ['the cashier', 0.6], ['the driver', 0.5],
    ['customer service rep', 0.8], ['so helpful', 0.8], ['very helpful', 0.8], ['above and beyond', 1], ['friendly staff', 1],
  ],
  'urgent-out-of-hours': [
    ['urgent*', 1.2], ['urgence', 1.2], ['au plus vite', 0.8], ['asap', 1], ['tout de suite', 0.6], ['immediatement', 0.8],
    ['ce soir', 0.6], ['ce week end', 0.8], ['week end', 0.5], ['dimanche', 0.5], ['en pleine nuit', 1], ['horaires', 0.8], ['a quelle heure', 1], ['etes fermes', 1],
    ['joignable', 0.8], ['quelqu un', 0.3],
    ['emergency', 1.2], ['right now', 0.6], ['immediately', 0.8], ['tonight', 0.6], ['this weekend', 0.8], ['weekend', 0.5],
    ['opening hours', 1], ['open on', 0.6], ['anyone there', 1], ['anybody there', 1], ['middle of the night', 1], ['are you closed', 1], ['what time', 0.8],
  ],
  'repeated-contact': [
    ['relance*', 1], ['deja ecrit', 1], ['deja contacte', 1], ['deja appele', 1], ['deja signale', 1], ['deja envoye', 0.8],
    ['deja demande', 1], ['plusieurs fois', 1], ['plusieurs mails', 1], ['plusieurs messages', 1], ['plusieurs appels', 1],
    ['encore une fois', 0.6], ['je repete', 1], ['troisieme fois', 1.2], ['#eme fois', 1.2], ['#e fois', 1.2],
    ['toujours pas de reponse', 1.2], ['aucune reponse', 1], ['pas de reponse', 0.8], ['sans reponse', 1],
    ['personne ne repond', 1.2], ['personne ne me repond', 1.2], ['vous ne repondez', 1], ['repondez', 0.6],
    ['already emailed', 1], ['already contacted', 1], ['already called', 1], ['already messaged', 1], ['already asked', 1],
    ['already reported', 1], ['several times', 1], ['multiple times', 1], ['many times', 0.8], ['third time', 1.2],
    ['#rd time', 1.2], ['#th time', 1.2], ['no reply', 1], ['no response', 1], ['no answer', 1], ['still no answer', 1.2],
    ['nobody answers', 1.2], ['no one answers', 1.2], ['nobody replies', 1.2], ['no one replies', 1.2], ['ignoring me', 1], ['do you ever reply', 1.2], ['say it again', 1],
    ['ignoring my', 1], ['following up', 0.8], ['chasing', 0.8], ['again', 0.4],
  ],
  moderation: [
    ['connard*', 1.2], ['connasse*', 1.2], ['encule*', 1.2], ['ta gueule', 1.2], ['fdp', 1.2], ['abruti*', 1.2], ['cretin*', 1.2],
    ['debile*', 1], ['batard*', 1.2], ['bande de nuls', 1.2], ['idiot*', 1], ['stupid', 1], ['moron*', 1.2],
    ['fuck you', 1.2], ['shut up', 1], ['scum', 1.2], ['losers', 1],
    // Spam posted under the brand's posts: something to hide and warn about, not to answer.
    ['reclamer votre lot', 1.2], ['cliquez ici', 1], ['gagnez', 0.5], ['contactez moi en dm', 1.2], ['claim your', 1.2], ['click here', 1],
    ['dm me', 1], ['a day from home', 1.2], ['vous avez ete selectionne', 1.2], ['you ve been selected', 1.2],
  ],
};

const INTENT_NAMES: Readonly<Record<Intent, string>> = {
  'delivery-delay': 'delivery delay',
  'order-tracking': 'order tracking',
  'refund-return': 'refund or return',
  'damaged-product': 'damaged product',
  'technical-problem': 'technical problem',
  'stock-availability': 'stock and availability',
  'product-question': 'product question',
  'price-b2b-gift-card': 'price / B2B / gift card',
  'partnership-creator': 'partnership or creator',
  'crisis-rumour': 'crisis or rumour',
  'scam-report': 'scam or impersonation report',
  'feedback-suggestion': 'feedback or suggestion',
  praise: 'praise',
  'thanks-team-member': 'thanks to a person of the team',
  'urgent-out-of-hours': 'urgent or out of hours',
  'repeated-contact': 'repeated contact',
  moderation: 'moderation',
};

/** English name of an intent, for reasons and logs (the UI translates `intent.<id>`). */
export function intentName(intent: Intent): string {
  return INTENT_NAMES[intent];
}

/** Triage labels that imply an intent on their own. */
const LABEL_INTENTS: Readonly<Record<string, Intent>> = { toxic: 'moderation', spam: 'moderation', praise: 'praise' };

const NEGATORS = /(?:^|[^a-z0-9])(?:pas|plus|jamais|not|never|no|isn t|isnt|wasn t|wasnt)(?: (?:tres|vraiment|si|tellement|so|very|really|that))? $/;

interface CompiledTerm {
  intent: Intent;
  term: string;
  weight: number;
  neg: boolean;
  re: RegExp;
  /** The longest fixed piece of the term: a cheap `includes` before the RegExp. */
  literal: string;
}

function compile(term: string): RegExp {
  const words = fold(term).replace(/[^a-z0-9#* ]+/g, ' ').trim().split(/\s+/);
  const source = words
    .map((w) => w.replace(/#/g, '\\d+').replace(/\*$/, '[a-z0-9]*'))
    .join(' ');
  return new RegExp(`(?<![a-z0-9])${source}(?![a-z0-9])`, 'g');
}

function literalOf(term: string): string {
  const pieces = fold(term).replace(/[^a-z0-9#* ]+/g, ' ').split(/[#*]/);
  return pieces.reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
}

/** Longest terms first: a shorter term inside a longer hit of the same intent then adds nothing. */
const COMPILED: readonly CompiledTerm[] = INTENTS.flatMap((intent) =>
  RULES[intent]
    .filter(([, weight]) => weight > 0)
    .map(([term, weight, flags]) => ({ intent, term, weight, neg: flags === 'neg', re: compile(term), literal: literalOf(term) })),
).sort((a, b) => b.term.length - a.term.length);

/** Folded text with every non-alphanumeric run as one space: "Où est-ce ?" → "ou est ce". */
function view(text: string): string {
  return ` ${fold(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/**
 * The intents of a comment, strongest first, each with the words behind it. An intent needs
 * summed evidence of 1: one clear phrase ("carte cadeau") or two weaker ones ("colis" + "retard").
 * A term counts once however often it repeats.
 */
export function detectIntents(text: string, options: IntentOptions = {}): IntentMatch[] {
  const folded = view(text);
  const found = new Map<Intent, IntentMatch>();
  const add = (intent: Intent, weight: number, reason: IntentReason): void => {
    let m = found.get(intent);
    if (!m) found.set(intent, (m = { intent, score: 0, reasons: [] }));
    m.score += weight;
    m.reasons.push(reason);
  };
  // A shorter term inside a longer hit of the same intent ("retard" in "en retard") adds nothing.
  const spans = new Map<Intent, Array<[number, number]>>();
  for (const rule of COMPILED) {
    if (!folded.includes(rule.literal)) continue;
    rule.re.lastIndex = 0;
    const hit = rule.re.exec(folded);
    if (!hit) continue;
    const start = hit.index;
    const end = start + hit[0].length;
    const taken = spans.get(rule.intent) ?? [];
    if (taken.some(([s, e]) => start >= s && end <= e)) continue;
    if (rule.neg && NEGATORS.test(folded.slice(Math.max(0, start - 24), start))) continue;
    taken.push([start, end]);
    spans.set(rule.intent, taken);
    add(rule.intent, rule.weight, {
      rule: `intent.${rule.intent}`,
      intent: rule.intent,
      match: hit[0],
      detail: `“${hit[0]}” suggests ${INTENT_NAMES[rule.intent]}`,
    });
  }
  for (const label of options.labels ?? []) {
    const intent = LABEL_INTENTS[label];
    if (intent === undefined) continue;
    // The label backs words already found only a little; alone, it decides.
    const weight = found.has(intent) ? 0.3 : 1;
    add(intent, weight, { rule: 'intent.label', intent, match: label, detail: `flagged ${label}: ${INTENT_NAMES[intent]}` });
  }
  const order = new Map(INTENTS.map((intent, i) => [intent, i]));
  return [...found.values()]
    .filter((m) => m.score >= 1 - 1e-9)
    .map((m) => ({ ...m, score: Math.round(m.score * 100) / 100 }))
    .sort((a, b) => b.score - a.score || (order.get(a.intent) ?? 0) - (order.get(b.intent) ?? 0));
}

/**
 * Intents of a template written by a user, from its own words: the title and tags name the
 * situation better than the reply's wording, so they are read first; the body only when they say
 * nothing. Keeps the intents within half of the strongest, at most three.
 */
export function inferTemplateIntents(template: { title: string; tags: readonly string[]; body: string }): Intent[] {
  const head = detectIntents([template.title, ...template.tags].join(' . '));
  const matches = head.length > 0 ? head : detectIntents(template.body);
  const top = matches[0]?.score ?? 0;
  return matches
    .filter((m) => m.score >= top / 2)
    .slice(0, 3)
    .map((m) => m.intent);
}
