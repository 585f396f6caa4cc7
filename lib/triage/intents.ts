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
  /** The finer kind inside the intent the words point to (`FACETS`), when not its plain one. */
  facet?: string;
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
  /**
   * Evidence an intent needs to be kept (default 1). Lower keeps hints too ("prix" alone): the
   * suggestions use them to fill the slots a clear intent leaves, never the panel's intent chips.
   */
  minScore?: number;
}

/**
 * [term, weight]; weight 1 decides alone, less needs company; a negative weight is evidence
 * against the intent ("spoke to me like dirt" is no thanks to the person, whatever else it says).
 */
type Term = readonly [term: string, weight: number, flags?: 'neg'];

/**
 * A customer answering the brand's reply in a thread: thanks and waiting for the promised message,
 * or details sent in private. Not a grievance: the reply that says the request is with the team
 * answers it (the escalated kind of repeated contact), not an apology for a chase.
 */
const THREAD_FOLLOW_UPS: readonly string[] = [
  'j attends votre message', 'j attends ton message', 'j attends votre mp', 'j attends ton mp', 'j attends vos nouvelles', 'j attends de vos nouvelles',
  'j attends votre appel', 'on attend votre appel', 'j attends le mail', 'j attends votre mail', 'j attends ton retour', 'j attends votre retour',
  'en attente de votre message', 'en attente de votre retour', 'j attends que votre equipe', 'je guette', 'je patiente',
  'mp envoye', 'dm envoye', 'message envoye', 'envoye en mp', 'envoye en prive', 'ecrit en prive', 'repondu en mp', 'transmis par message', 'en mp avec', 'en prive avec',
  'waiting for your dm', 'waiting for your message', 'waiting for your reply in', 'awaiting your message', 'wait to hear from', 'look forward to hearing',
  'standing by for', 'hang tight', 'keep an eye on my inbox', 'watch for your message', 'wait for the call back',
  'dm sent', 'dm d you', 'messaged you', 'sent you a dm', 'replied to your dm', 'check your inbox', 'by private message', 'in a dm', 'in your inbox',
];

const RULES: Readonly<Record<Intent, readonly Term[]>> = {
  'delivery-delay': [
    ['reporte encore', 1], ['postponed again', 1], ['rendez vous annule', 0.8], ['appointment cancelled', 0.8],
    ['adresse est introuvable', 1.2], ['adresse introuvable', 1.2], ['address can t be found', 1.2], ['address couldn t be found', 1.2], ['address not found', 1.2],
    ['nobody turned up', 1.2], ['no one turned up', 1.2],
    ['encore faut il qu il arrive', 1.2], ['qu il arrive avant', 1], ['only if it turns up', 1.2], ['turns up in time', 1], ['arrive a temps', 1], ['arrive in time', 1],
    // The day it was ordered, then the day it is now: the wait told by the calendar, a hint on its own.
    ['on est lundi', 0.4], ['on est mardi', 0.4], ['on est mercredi', 0.4], ['on est jeudi', 0.4], ['on est vendredi', 0.4], ['on est samedi', 0.4], ['it s monday', 0.4], ['it s tuesday', 0.4], ['it s wednesday', 0.4], ['it s thursday', 0.4], ['it s friday', 0.4], ['it s saturday', 0.4], ['commande a #h', 0.4], ['ordered #am', 0.4], ['ordered # am', 0.4],
    ['qui d autre attend', 1.2], ['attend sa commande', 1.2], ['attend* * commande depuis', 1.2], ['depuis le black friday', 1.2], ['since black friday', 1.2], ['black friday order', 1], ['anyone else still waiting', 1.2], ['still waiting on their', 1.2],
    ['weeks to get it', 1], ['weeks to arrive', 1], ['weeks to receive', 1], ['days to get it', 0.8], ['semaines pour le recevoir', 1], ['semaines pour la recevoir', 1], ['semaines pour arriver', 1], ['jours pour le recevoir', 0.8],
    ['a encore reporte', 1], ['encore reporte', 1], ['reporte', 0.6], ['troisieme date', 1], ['third date', 1], ['put it off', 1], ['put off again', 1],
    ['working days', 0.8], ['jours ouvres', 0.8], ['we re on #', 0.6], ['on en est a #', 0.6],
    ['day # of waiting', 1.2], ['of waiting for my', 0.8], ['j #', 0.5], ['jour # d attente', 1.2],
    ['meant to come', 1], ['meant to arrive', 1], ['was meant to', 0.6], ['cense arriver', 1], ['censee arriver', 1], ['cense venir', 1], ['cense passer', 1], ['now they re saying', 0.6], ['maintenant on me dit', 0.6], ['next week', 0.3], ['semaine prochaine', 0.3],
    ['pas recu', 1], ['toujours pas recu', 1.2], ['jamais recu', 1.2], ['toujours rien', 0.8], ['pas ete livre*', 1],
    ['toujours pas livre*', 1.2], ['pas encore arrive*', 1], ['toujours pas arrive*', 1.2], ['retard*', 0.8],
    ['en retard', 1], ['delai de livraison', 0.8], ['livraison', 0.4], ['colis', 0.4], ['attends ma commande', 1],
    ['attends mon colis', 1], ['colis bloque', 1], ['bloque', 0.6], ['depuis # jours', 0.6], ['depuis # semaines', 0.8],
    // An order left at one status: "has been in preparation for 3 weeks", "en préparation depuis 10 jours".
    ['been in preparation', 1], ['still in preparation', 1.2], ['been processing', 0.8], ['still processing', 0.8], ['en preparation depuis', 1], ['toujours en preparation', 1.2], ['en cours de preparation depuis', 1],
    ['not received', 1], ['never received', 1.2], ['never arrived', 1.2], ['hasn t arrived', 1], ['hasnt arrived', 1],
    ['still not arrived', 1.2], ['still hasn t', 0.8], ['still waiting', 1], ['still no', 0.6], ['late', 0.8],
    ['delay*', 0.8], ['delivery', 0.4], ['parcel', 0.4], ['package', 0.4], ['weeks ago', 0.6], ['days ago', 0.4], ['stuck', 0.8], ['depot', 0.4],
    ['tjrs pas recu', 1.2], ['tjs pas recu', 1.2], ['attend* toujours', 0.8], ['toujours pas eu', 1], ['jamais arrive*', 1.2], ['toujours en attente', 1],
    ['still waiting on', 1.2], ['still haven t received', 1.2], ['still havent received', 1.2], ['still not here', 1.2], ['where is my stuff', 0.8],
    ['nothing arrived', 1], ['nothin arrived', 1], ['nothing has arrived', 1], ['still nothin*', 1], ['rien recu', 1],
    ['livreur n est jamais', 1.2], ['jamais passe', 0.8], ['toute la journee', 0.6], ['r1 recu', 1.2], ['never showed up', 0.6], ['never turned up', 0.6], ['driver never', 1.2], ['courier never', 1.2], ['never came', 0.8], ['waited in all day', 1.2], ['in all day', 0.6],
    ['facteur', 0.6], ['postier*', 0.6], ['postman', 0.6], ['postie', 0.6], ['mailman', 0.6], ['attendait', 0.4], ['promis pour', 0.6], ['promised by', 0.6], ['promised for', 0.6], ['still somewhere', 0.6], ['silence radio', 0.5], ['radio silence', 0.5],
    ['voisin*', 0.5], ['neighbour*', 0.5], ['neighbor*', 0.5], ['laisse le colis', 0.8], ['depose chez', 0.8], ['left my parcel', 0.8], ['left the parcel', 0.8], ['left my package', 0.8], ['left it with', 0.6],
    ['colis perdu', 1.2], ['colis est perdu', 1.2], ['colis etait perdu', 1.2], ['perdu', 0.6], ['parcel is lost', 1.2], ['parcel s lost', 1.2], ['lost in the post', 1.2], ['lost my parcel', 1.2], ['lost', 0.5], ['ordered on', 0.6], ['commande le', 0.5], ['it s now', 0.4], ['ca fait * jours', 0.6], ['ca fait * semaines', 0.8],
    ['taking longer', 1], ['longer and longer', 0.8], ['de plus en plus de temps', 1], ['mettent * temps', 0.6],
    ['klaxon*', 0.6], ['honking', 0.6], ['sous la pluie', 0.6], ['in the rain', 0.6],
    ['livraison prevue', 0.8], ['delivery due', 0.8], ['reportee', 0.8], ['pushed back', 0.8], ['keeps getting pushed', 1], ['on parie', 0.4], ['place your bets', 0.6],
    ['greve de la poste', 1.2], ['greve des postiers', 1.2], ['postal strike', 1.2], ['la poste', 0.6], ['royal mail', 0.6], ['postal', 0.5], ['arriveront', 0.4], ['arrive after', 0.6],
    ['commande du', 0.6],
    ['devait arriver', 1], ['was due', 0.8], ['due before', 0.6], ['je dis ca je dis rien', 0.4], ['just putting it out there', 0.4],
    ['devait passer', 1], ['supposed to come', 1], ['was supposed to deliver', 1.2], ['nobody came', 1], ['no one came', 1], ['personne n est venu', 1], ['personne n est passe', 1], ['took the day off', 0.8], ['pris ma journee', 0.8], ['pose ma journee', 0.8], ['sans son cadeau', 0.6], ['without her present', 0.6], ['without his present', 0.6], ['out for delivery for', 1], ['en cours de livraison depuis', 1], ['scenic route', 0.6], ['dit le contraire', 0.6], ['says otherwise', 0.6],
    ['evidemment personne', 1], ['et personne', 0.6], ['still sitting here', 1], ['devant la porte', 0.6], ['delivery window', 0.6], ['creneau de livraison', 0.6], ['trois semaines pour', 0.8], ['three weeks for', 0.8], ['deux semaines pour', 0.8], ['two weeks for', 0.8], ['vient a pied', 1], ['a pied de', 0.6], ['walking here', 1], ['by snail', 1], ['a dos d ane', 1],
    ['n existait pas', 0.8], ['n existe pas', 0.6], ['doesn t exist', 0.8], ['village', 0.4], ['been waiting for this', 1], ['j attends ce', 0.8], ['depuis que j attends', 1],
    ['a ce rythme', 0.8], ['at this rate', 0.8], ['pour paques', 0.6], ['for easter', 0.6], ['recevrai', 0.4], ['will arrive in time for', 0.6],
  ],
  'order-tracking': [
    ['mail d expedition', 1.2], ['dispatch email', 1.2], ['shipping confirmation', 1],
    ['est bien passee', 1.2], ['elle est bien passee', 1.2], ['has it gone through', 1.2],
    ['suivre sa commande', 1.2], ['suivre ma commande', 1.2], ['suivre les commandes', 1.2], ['track orders', 1.2], ['track my order', 1.2], ['track an order', 1.2],
    ['le statut', 1], ['statut', 0.8], ['le statut est', 1.2], ['status still says', 1.2], ['status says', 1],
    ['been sent', 0.8], ['actually been sent', 1.2], ['has been sent', 1], ['has it been sent', 1.2], ['est elle partie', 1.2], ['est partie', 0.6],
    ['where is this parcel', 1.2], ['where s this parcel', 1.2], ['il est ou ce colis', 1.2], ['ou est ce colis', 1.2], ['nothing since', 0.6], ['plus rien depuis', 0.6],
    ['suivi', 0.8], ['numero de suivi', 1.2], ['lien de suivi', 1.2], ['ou en est ma commande', 1.2], ['ou en est mon colis', 1.2],
    ['ou est mon colis', 1.2], ['ou est ma commande', 1.2], ['expedie*', 0.6],
    ['tracking', 1], ['track', 0.8], ['where is my order', 1.2], ['where is my package', 1.2], ['where is my parcel', 1.2],
    ['where s my order', 1.2], ['order status', 1.2], ['shipped', 0.6], ['dispatched', 0.6], ['when will i receive', 1],
    ['status of my order', 1.2], ['shipped yet', 1], ['commande est elle expediee', 1.2], ['statut de ma commande', 1.2],
    ['est partie', 0.6], ['partie ma commande', 1.2], ['dit livre*', 1], ['marque* livre*', 1.2], ['indique livre*', 1.2], ['affiche livre*', 1.2],
    ['transporteur', 0.5], ['boite aux lettres', 0.6], ['expedition', 0.6],
    ['gone out', 1], ['says delivered', 1.2], ['marked as delivered', 1.2], ['shows delivered', 1.2], ['courier', 0.5], ['at my door', 0.6], ['tracking number', 1.2],
    ['confirmation d envoi', 1.2], ['confirmation d expedition', 1.2], ['mail d envoi', 1], ['shipping confirmation', 1.2], ['dispatch confirmation', 1.2], ['shipping email', 1],
    ['commande a ete validee', 1.2], ['validee', 0.6], ['order went through', 1.2], ['went through', 0.6],
    ['est ou ma commande', 1.2], ['est ou mon colis', 1.2], ['elle est ou', 0.8], ['il est ou', 0.8], ['where s it at', 0.8], ['where is it', 0.6], ['adresse incomplete', 1], ['adresse introuvable', 1], ['address incomplete', 1], ['incomplete address', 1], ['address not found', 1],
    ['changer l adresse', 1], ['modifier l adresse', 1], ['changer d adresse', 1], ['adresse de livraison', 0.6], ['change the delivery address', 1.2], ['change the address', 1], ['change my address', 1], ['delivery address', 0.6],
    ['en preparation', 1], ['en cours de preparation', 1.2], ['processing', 1], ['ajouter * a ma commande', 1.2], ['ajouter * * a ma commande', 1.2], ['add * to my order', 1.2], ['add something to', 0.8], ['to yesterday s order', 0.8], ['a ma commande', 0.5], ['to my order', 0.5],
    ['commande est elle passee', 1.2], ['est elle passee', 1], ['did my order go through', 1.2],
    ['retrait', 0.5], ['click and collect', 0.6], ['is ready', 0.5], ['est pret', 0.5], ['retourne a l expediteur', 1.2], ['returned to sender', 1.2], ['return to sender', 1.2],
    ['sms de livraison', 1], ['delivery texts', 1], ['delivery text', 1],
    ['message cadeau', 1], ['gift message', 1], ['vous pouvez corriger', 0.6], ['can you fix it', 0.4], ['me prevenir quand', 0.4],
    ['redirected', 0.8], ['redirect', 0.8], ['reexpedi*', 0.8],
    ['nouvelle de ma commande', 1.2], ['nouvelles de ma commande', 1.2], ['heard anything about my order', 1.2], ['heard a thing', 0.8], ['heard anything', 0.6], ['on its way', 1], ['on the way', 0.8], ['en route', 0.8], ['en chemin', 0.8], ['elle en est ou', 1], ['il en est ou', 1], ['depuis le paiement', 0.6], ['since i paid', 0.6], ['depuis que j ai paye', 0.6],
    ['where the parcel is', 1.2], ['where my parcel is', 1.2], ['where the order is', 1.2], ['link to see where', 1.2], ['see where', 0.6], ['en est le paquet', 1.2], ['en est le colis', 1.2], ['voir ou en est', 1.2],
    ['has it left', 1.2], ['has it gone', 1], ['fait la sieste', 0.6], ['having a nap', 0.6], ['in the warehouse', 0.4], ['dans l entrepot', 0.4],
    ['je la cherche', 0.8], ['je le cherche', 0.8], ['lost track of', 0.8], ['combien d entrepots', 1.2], ['how many warehouses', 1.2],
  ],
  'refund-return': [
    ['comment on fait pour renvoyer', 1.2], ['pour renvoyer un', 1], ['how do i return', 1.2], ['return an item', 1],
    ['le retour est il possible', 1.2], ['retour possible', 1],
    ['frais de retour', 1.2], ['retour a ma charge', 1.2], ['pay for returns', 1.2], ['pay for the return', 1.2], ['returns free', 1],
    ['paye deux fois', 1.2], ['paye # fois', 1.2], ['recuperer l argent', 1.2], ['recuperer mon argent', 1.2], ['paid twice', 1.2], ['paid for it twice', 1.2], ['get the money back', 1.2], ['ordered the same * twice', 0.6],
    // A refund already made, told as a fact beside praise ('ils m'ont remboursée en 3 jours'), asks for none.
    ['m ont rembourse*', -0.6], ['refunded me in', -0.6],
    ['correspond pas a la photo', 1.2], ['ne correspond pas', 0.8], ['correspond pas', 0.6], ['nothing like the photo', 1.2],
    ['commande* le mauvais', 1.2], ['commander le mauvais', 1.2], ['mauvais coloris', 1.2], ['mauvaise couleur', 0.8], ['mauvaise taille', 0.8], ['trop tard pour changer', 1], ['too late to swap', 1.2], ['too late to change', 1.2],
    ['rien sur mon compte', 1.2], ['toujours rien sur mon compte', 1.2], ['nothing on my card', 1.2], ['nothing back on my card', 1.2], ['nothing in my account', 1], ['renvoye le', 1], ['retourne le #', 1.2], ['sent back on', 1.2], ['returned on the', 1.2],
    ['rembours*', 1.2], ['retourner', 1], ['renvoyer', 0.8], ['retour de', 0.6], ['etiquette de retour', 1.2],
    ['echanger', 1], ['echange', 0.8], ['annuler ma commande', 1.2], ['annulation', 0.8],
    ['refund*', 1.2], ['return', 0.8], ['returns', 0.8], ['returning', 0.8], ['money back', 1.2], ['exchange', 0.8],
    ['cancel my order', 1.2], ['cancellation', 0.8], ['send it back', 1], ['reimburs*', 1.2], ['return label', 1.2],
    ['exchange my', 1.2], ['exchange it', 1.2],
    ['faire un retour', 1.2], ['un retour', 0.6], ['bordereau*', 1], ['renvoie*', 0.8], ['renvoy*', 0.8], ['me faire rembourser', 1.2], ['me va pas', 0.6],
    ['send something back', 1.2], ['send them back', 1.2], ['returns slip', 1.2], ['return slip', 1.2], ['returns form', 1.2], ['doesn t suit', 0.6], ['get my money back', 1.2],
    ['echanger contre', 1.2], ['swap', 1], ['swap it', 1.2], ['swap for', 1.2],
    ['send * back', 1.2], ['send * * back', 1.2], ['send * * * back', 1.2], ['renvoie le', 1], ['rbt', 0.8],
    ['debite* deux fois', 1.2], ['debite* # fois', 1.2], ['preleve* deux fois', 1.2], ['preleve* # fois', 1.2], ['debite*', 0.6], ['charged twice', 1.2], ['double charge*', 1.2], ['charged', 0.5],
    ['trompe* de', 0.8], ['modifier ma commande', 1], ['encore modifier', 0.8], ['picked the wrong', 1], ['ordered the wrong', 1], ['wrong colour', 0.6], ['wrong size', 0.6], ['change my order', 1], ['still change', 0.6],
    ['retractation', 1.2], ['change my mind', 1], ['changed my mind', 1], ['cooling off', 1.2],
    ['je retourne', 0.8], ['retourne un', 1], ['retourne le', 1], ['retourne la', 1], ['retourne mon', 1], ['retourne ma', 1],
    ['rendre', 0.8], ['le rendre', 1], ['la rendre', 1], ['rendre un', 1], ['rendre une', 1], ['rapporter', 0.8], ['send back', 1.2], ['take back', 0.6], ['take it back', 1],
    ['recu un #', 0.6], ['recu une #', 0.6], ['commande un #', 0.6], ['commande une #', 0.6], ['ordered a #', 0.6], ['got a #', 0.6], ['received a #', 0.6], ['au lieu d un', 0.8], ['au lieu du', 0.6], ['instead of', 0.5], ['wrong item', 1.2], ['mauvais article', 1.2], ['pas le bon', 0.8], ['not the one i ordered', 1.2],
    ['ressemble en rien', 0.8], ['ressemble pas', 0.6], ['looks nothing like', 0.8], ['nothing like the', 0.6], ['pas conforme', 1], ['not as described', 1.2], ['annule*', 0.8], ['cancel*', 0.8],
    ['la difference', 0.6], ['the difference back', 1.2], ['rembourser la difference', 1.2], ['charged * times', 1.2], ['charged me * times', 1.2], ['debite * fois', 1.2], ['m a debite', 0.8], ['charged me', 0.6], ['deux fois le meme', 1], ['same parcel twice', 1.2], ['same order twice', 1.2], ['recu deux fois', 1],
    ['resilier', 1], ['resiliation', 1], ['arreter l abonnement', 1.2], ['cancel my subscription', 1.2], ['stop my subscription', 1.2], ['abonnement', 0.6], ['subscription', 0.6], ['par erreur', 0.6], ['by mistake', 0.6], ['trompeu*', 0.8], ['misleading', 0.8], ['echanger la taille', 1.2], ['swap the size', 1.2], ['change the size', 1.2],
    ['sent * back', 1.2], ['sent * * back', 1.2], ['sent it back', 1.2], ['credit note', 1], ['pas d avoir', 1], ['un avoir', 0.8],
    ['il est repris', 1.2], ['est repris', 1], ['repris', 0.8], ['still return it', 1.2],
    ['mauvaise reference', 1.2], ['erreur de ma part', 0.8], ['my mistake', 0.8], ['la retourner', 1.2], ['le retourner', 1.2],
  ],
  'damaged-product': [
    ['sent le produit chimique', 1.2], ['odeur chimique', 1.2], ['produit chimique', 0.8], ['smelt of chemicals', 1.2], ['smells of chemicals', 1.2], ['chemical smell', 1.2], ['chemicals', 0.6],
    ['pas de la meme longueur', 1.2], ['not the same length', 1.2], ['elle boite', 1], ['il boite', 1],
    ['ronge*', 1], ['chewed', 1], ['vendez les pieds', 0.8], ['sell legs', 0.8],
    ['scratches', 1], ['scratches easily', 1.2], ['raye au moindre', 1.2], ['se raye', 1],
    ['won t close', 1], ['won t shut', 1], ['doesn t close', 1], ['ne ferme pas', 1], ['ferme pas', 0.8], ['ne ferme plus', 1],
    // A fault after a while, and whether the guarantee covers it: a claim on a faulty product, not a product question.
    ['normal wear', 0.6], ['wear and tear', 1], ['usure normale', 0.8], ['covered under the guarantee', 0.8], ['covered by the guarantee', 0.8], ['couvert par la garantie', 0.8], ['sous garantie', 0.6],
    ['s affaisse', 1], ['affaiss*', 1], ['has sunk', 1], ['sunk', 0.8], ['sagging', 1], ['saggy', 1], ['dans un trou', 0.6], ['in a hole', 0.6], ['chemical smell', 1.2], ['odeur de chimique', 1.2], ['odeur chimique', 1.2], ['strong smell', 1], ['forte odeur', 1], ['smell', 0.5],
    ['grince*', 1], ['creak*', 1], ['squeak*', 1], ['is missing', 0.8], ['one of the two', 0.6], ['il manque le', 1], ['il manque la', 1], ['il manque un', 1], ['il manque une', 1],
    ['trempe*', 1], ['soaked', 1], ['soaking', 0.8], ['la lampe ne marche', 1], ['ne marche plus', 0.5], ['doesn t work any more', 0.5], ['over the fence', 0.6], ['par dessus le portail', 0.6],
    ['sur toute la longueur', 0.4], ['all the way down', 0.4], ['all the way along', 0.4],
    ['chipping', 1], ['s ecaille', 1],
    ['reste* dans la main', 1.2], ['restee dans la main', 1.2], ['came off in my hand', 1.2], ['came away in my hand', 1.2],
    ['pas alignes', 1], ['ne sont pas alignes', 1.2], ['pas en face', 0.8], ['don t line up', 1.2], ['doesn t line up', 1.2], ['trous', 0.4], ['holes', 0.4], ['jammed on', 1.2], ['won t budge', 1],
    ['big chip', 1.2], ['a chip on', 1.2], ['chip in the', 1], ['gros eclat', 1.2], ['un eclat sur', 1.2], ['un eclat dans', 1],
    ['colis vide', 1.2], ['carton vide', 1.2], ['boite vide', 1.2], ['rien dedans', 1], ['empty box', 1.2], ['empty parcel', 1.2], ['empty package', 1.2], ['nothing inside', 1], ['nothing in it', 0.8],
    ['fait un bruit', 1], ['bruit de', 0.6], ['bruit bizarre', 1.2], ['sent le chaud', 1.2], ['sent le brule', 1.2], ['odeur de brule', 1.2], ['n ose plus', 0.6],
    ['makes a noise', 1], ['sounds like a', 0.6], ['weird noise', 1.2], ['strange noise', 1.2], ['smells hot', 1.2], ['smell* of burning', 1.2], ['burning smell', 1.2], ['overheat*', 1], ['daren t', 0.6], ['dare not', 0.6],
    ['casse', 1], ['cassee', 1], ['casses', 1], ['cassees', 1], ['abime*', 1], ['endommage*', 1.2], ['defectueu*', 1.2],
    ['fissure*', 1], ['dechire*', 1], ['en morceaux', 1], ['piece manquante', 1], ['il manque', 0.6], ['moisi*', 1],
    ['perime*', 1], ['raye', 0.8], ['rayee', 0.8], ['fuit', 0.8], ['tache', 0.5],
    ['broken', 0.7], ['arrived broken', 1.2], ['damaged', 1.2], ['defective', 1.2], ['faulty', 1], ['cracked', 1],
    ['smashed', 1], ['torn', 1], ['dented', 1], ['missing part*', 1], ['missing piece*', 1], ['leaking', 0.8], ['expired', 0.8], ['in pieces', 1.2], ['in a * pieces', 1.2], ['en mille morceaux', 1.2],
    ['fele*', 1], ['ebreche*', 1], ['a lache', 1], ['lache', 0.6], ['decousu*', 1], ['troue*', 1], ['inutilisable*', 1], ['raye*', 0.8],
    ['chipped', 1], ['broke', 0.8], ['broke after', 1.2], ['it broke', 1.2], ['already broke*', 1.2], ['has broken', 1], ['snapped', 1], ['ripped', 1], ['came apart', 1], ['fell apart', 1], ['falling apart', 1], ['unusable', 1], ['scratched', 1],
    ['detache*', 0.8], ['s est detache*', 1.2], ['premiere utilisation', 0.6], ['came off', 1], ['come off', 1], ['fell off', 1], ['first use', 0.6], ['first time i used', 0.6],
    ['stain*', 1], ['une tache', 0.8], ['grosse tache', 1], ['taches', 0.8],
    ['deteint', 1], ['decolore*', 1], ['retreci*', 1], ['bouloch*', 1], ['fichu', 0.8], ['shrunk', 1], ['colours ran', 1.2], ['colors ran', 1.2], ['faded', 0.8], ['ruined', 0.8], ['pilling', 1],
    ['gresille', 1], ['clignote*', 0.8], ['fendu*', 1], ['ne s allume plus', 1], ['deballage', 0.5], ['buzzes', 0.8], ['buzzing', 0.8], ['flicker*', 1], ['split', 0.6], ['won t turn on', 1], ['doesn t turn on', 1], ['stopped working', 0.8], ['unboxed', 0.5], ['out of the box', 0.6],
    ['tordu*', 1], ['bancal*', 1], ['bent', 1], ['wobbl*', 1],
    ['brise*', 1], ['shattered', 1], ['defait*', 0.8], ['s est defait*', 1.2], ['couture', 0.5], ['came undone', 1.2], ['come undone', 1.2], ['stitching', 0.5], ['seam*', 0.5], ['pas protege', 0.6], ['not protected', 0.6],
    ['lachent', 1], ['ont lache', 1], ['couture*', 0.5], ['coming apart', 1], ['come apart', 1], ['en # morceaux', 1.2], ['en * morceaux', 1.2], ['in # pieces', 1.2], ['in * pieces', 1.2],
    ['rance', 1], ['sent mauvais', 1], ['odeur bizarre', 1], ['odeur', 0.5], ['pue', 0.8], ['smells off', 1.2], ['smell* off', 1], ['smells funny', 1], ['smells weird', 1], ['gone off', 1], ['fondu', 1], ['a fondu', 1.2], ['melted', 1], ['melt*', 0.8],
    ['fumee', 0.8], ['smoke', 0.8], ['smoking', 0.6], ['a claque', 1], ['claque', 0.6], ['died', 0.8], ['just died', 1], ['rendu l ame', 1], ['grille', 0.8], ['burnt out', 1], ['burned out', 1],
    ['pas la meme taille', 1.2], ['pas la meme couleur', 1.2], ['the same size', 0.8], ['not the same size', 1.2], ['not the same colour', 1.2], ['mouille*', 0.8], ['gondole*', 1], ['soaking wet', 1], ['wet', 0.5], ['warped', 1], ['s est coince*', 1], ['est coince*', 0.6], ['jammed', 1], ['s eteint tout seul', 1.2], ['s eteint', 0.8], ['tout seul', 0.4], ['switches itself off', 1.2], ['turns itself off', 1.2], ['itself off', 1], ['by itself', 0.4], ['essaye une autre', 0.6], ['tried another', 0.6],
    ['une fuite', 0.8], ['shrink*', 0.8], ['shrank', 1.2], ['a retreci', 1.2], ['retrecit', 0.8], ['fade*', 0.6],
    ['la meme couleur', 0.8], ['colours don t match', 1], ['colors don t match', 1], ['don t match', 0.6], ['en bouillie', 1], ['is mush', 1], ['gonfle', 0.8], ['swelled', 1], ['swollen', 0.8], ['manquent', 0.8], ['are missing', 0.8], ['n y en avait que', 0.8], ['only # in the', 0.8],
    ['out of date', 1], ['past its date', 1],
    ['est partie au bout', 1.2], ['au bout d un mois', 0.6], ['poignee', 0.5],
    ['ecaill*', 1], ['flaking', 1], ['peeling', 1], ['scratched all over', 1.2], ['raye de partout', 1.2],
  ],
  'technical-problem': [
    ['lent a mourir', 1], ['site est lent', 1], ['appli est lente', 1], ['painfully slow', 1], ['website is slow', 1], ['site is slow', 1], ['app is slow', 1],
    ['chat en ligne', 0.8], ['live chat', 0.8], ['le chat ne repond', 1.2], ['chat ne repond plus', 1.2], ['chat hasn t answered', 1.2], ['chat isn t answering', 1.2], ['chat not answering', 1.2],
    ['checkout breaks', 1.2], ['breaks every time', 1], ['bug a chaque fois', 1.2],
    ['marche toujours pas', 1], ['fonctionne toujours pas', 1], ['still doesn t work', 1], ['still not working', 1], ['still isn t working', 1], ['code promo ne marche', 1.5], ['promo code doesn t work', 1.5], ['promo code isn t working', 1.5], ['promo code still', 1],
    ['doesn t show up', 0.8], ['don t show up', 0.8], ['s affiche pas', 0.8],
    ['gets rejected', 1], ['rejected at checkout', 1.2], ['says expired', 1], ['dit expire', 1], ['il dit expire', 1],
    ['code postal', 1], ['mon code postal', 1.2], ['postcode', 1], ['post code', 1], ['zip code', 1], ['says it doesn t exist', 1], ['dit qu il n existe pas', 1.2],
    ['bug*', 1], ['beug*', 1], ['plante', 0.8], ['crash*', 1], ['marche pas', 0.8], ['marche plus', 0.8],
    ['fonctionne pas', 0.8], ['fonctionne plus', 0.8], ['erreur', 1], ['impossible de payer', 1.2], ['impossible de me connecter', 1.2],
    ['impossible de se connecter', 1.2], ['connexion', 0.6], ['mot de passe', 0.8], ['appli', 0.5], ['application', 0.5],
    ['site', 0.3], ['mise a jour', 0.5], ['page blanche', 1], ['ne s affiche', 0.8], ['ne charge', 0.8],
    ['not working', 0.8], ['doesn t work', 0.8], ['doesnt work', 0.8], ['won t load', 1], ['can t log in', 1.2],
    ['cant log in', 1.2], ['log in', 0.5], ['login', 0.6], ['password', 0.8], ['error', 1], ['can t pay', 1.2], ['app', 0.5], ['reset password', 1.2], ['reinitialis*', 1],
    ['website', 0.4], ['glitch*', 1], ['checkout', 0.4], ['keeps crashing', 1.2],
    ['message d erreur', 1.5], ['code d erreur', 1.5], ['code de verification', 1.2], ['code de confirmation', 1.2], ['bouton', 0.6], ['panier', 0.5],
    ['impossible d ajouter', 1.2], ['ajouter au panier', 0.8], ['ne fait rien', 0.8], ['fait rien', 0.6], ['ecran blanc', 1], ['se deconnecte', 1], ['charge pas', 0.8],
    ['error message', 1.5], ['getting an error', 1.5], ['error code', 1.5], ['verification code', 1.2], ['confirmation code', 1.2], ['button', 0.6], ['basket', 0.4], ['cart', 0.4],
    ['can t add', 1.2], ['cant add', 1.2], ['does nothing', 0.8], ['blank page', 1.2], ['blank screen', 1.2], ['won t let me', 1], ['wont let me', 1], ['logged out', 0.8], ['keeps loading', 1],
    ['carte refusee', 1.2], ['paiement refuse', 1.2], ['refuse*', 0.5], ['card declined', 1.2], ['card is declined', 1.2], ['declined', 0.8], ['payment failed', 1.2], ['payment declined', 1.2],
    ['creation de compte', 0.6], ['mail de confirmation', 0.5], ['activation', 0.8], ['account confirmation', 1], ['confirmation email', 0.5], ['mon compte', 0.4], ['my account', 0.4],
    ['404', 1.2], ['lien mort', 1], ['lien ne marche', 1], ['hs', 0.6], ['broken link', 1.2], ['dead link', 1.2], ['link doesn t work', 1], ['is down', 0.8], ['site down', 1], ['app down', 1], ['down', 0.4],
    ['tourne en boucle', 1.2], ['valider mon panier', 1], ['keeps spinning', 1.2], ['spinning', 0.6], ['complete checkout', 1], ['site broken', 1.2], ['app broken', 1.2], ['site plante', 1.2],
    ['se connecter', 0.6], ['connecter', 0.5], ['sign in', 0.6], ['signing in', 0.6], ['log into', 0.6], ['a l infini', 0.8], ['forever', 0.4], ['spins', 0.8], ['spins forever', 1.2], ['tourne dans le vide', 1], ['fait tourner', 0.6],
    ['pas valable', 0.6], ['code invalide', 1], ['invalid', 0.8], ['not valid', 0.8], ['affiche n importe quoi', 1.2], ['n importe quoi', 0.4], ['display', 0.5], ['ecran', 0.5], ['screen', 0.5], ['shows nonsense', 1], ['nonsense', 0.4],
    ['page vide', 1.2], ['empty page', 1.2], ['lien', 0.3], ['link', 0.3], ['desinscri*', 0.4], ['unsubscrib*', 0.4], ['newsletter*', 0.4], ['creer un compte', 0.6], ['make an account', 0.6], ['create an account', 0.6], ['as a guest', 0.6], ['sans compte', 0.6],
    ['supprimer mon compte', 1.2], ['supprime mon compte', 1.2], ['delete my account', 1.2], ['since the update', 1.2], ['depuis la mise a jour', 1.2], ['update', 0.5], ['favoris', 0.6], ['saved items', 0.6], ['can t find', 0.4], ['trouve plus', 0.4], ['n apparait pas', 0.6], ['isn t showing', 0.6], ['not showing', 0.6],
    ['jamais recu le mail', 1.2], ['pas recu le mail', 1.2], ['never got a confirmation', 1.2], ['never got the email', 1.2], ['didn t get the email', 1.2],
    ['valider le panier', 1], ['check out', 0.8], ['unable to check out', 1.2], ['can t check out', 1.2], ['cant check out', 1.2],
    ['espace client', 0.6], ['retrouver ma facture', 0.8], ['find my invoice', 0.8],
    ['la page se recharge', 1.2], ['se recharge', 0.8], ['page just reloads', 1.2], ['reloads', 0.8], ['quand je clique', 0.6], ['when i click', 0.6], ['compte a ete bloque', 1.2], ['account got locked', 1.2], ['locked out', 1],
    ['refuse de s appliquer', 1.5], ['ne s applique pas', 1.5], ['s applique pas', 1.5], ['won t apply', 1.5], ['wont apply', 1.5], ['doesn t apply', 1.2], ['not applying', 1.5], ['code ne marche pas', 1.5], ['code doesn t work', 1.5], ['mail de confirmation', 0.8], ['confirmation email', 0.8], ['jamais le mail', 1], ['never get the', 0.6], ['dans les spams', 0.8], ['in spam', 0.8],
    ['telecharger', 0.8], ['download', 0.8], ['can t download', 1.2], ['arrive pas a telecharger', 1.2],
    ['disparu de mon compte', 1.2], ['disparu de mon espace', 1.2], ['ont disparu', 0.6], ['vanished from my account', 1.2], ['disappeared from my account', 1.2], ['gone from my account', 1.2], ['have vanished', 0.6],
  ],
  'stock-availability': [
    ['ne revient plus', 1.2], ['revient plus', 1], ['won t be back', 1.2], ['not coming back', 1.2], ['never coming back', 1.2],
    ['rupture', 1.2], ['en stock', 1], ['de stock', 1], ['stock', 0.8], ['reassort*', 1.2], ['epuise*', 1],
    ['dispo', 0.6], ['disponible', 0.6], ['indisponible', 1], ['de nouveau disponible', 1.2], ['revient', 0.4],
    ['reviendra', 0.6], ['retour en stock', 1.2], ['reapprovision*', 1.2], ['plus en vente', 1], ['reviendra en', 1], ['revient en', 1],
    ['in stock', 1], ['out of stock', 1.2], ['sold out', 1.2], ['restock*', 1.2], ['back in stock', 1.2],
    ['available', 0.6], ['availability', 0.8], ['unavailable', 1], ['come back in', 1], ['back in a', 0.8],
    ['plus en ligne', 1], ['il revient', 1], ['revient bientot', 1.2], ['remettez', 1], ['remis en vente', 1.2], ['remettre en vente', 1.2], ['en vente', 0.5],
    ['en avez encore', 1], ['il en reste', 1.2], ['en reste', 0.8], ['plus dispo', 1.2], ['de retour', 0.6], ['discontinu*', 1.2], ['c est fini', 0.5], ['reste t il', 1],
    ['any left', 1.2], ['all gone', 1], ['anymore', 0.5], ['coming back', 1], ['be back', 0.8], ['bring it back', 1.2], ['bringing back', 1.2], ['discontinued', 1.2],
    ['still available', 1.2], ['still have', 0.6], ['restocking', 1.2],
    ['en recevez', 1], ['recevez quand', 1], ['getting more', 1], ['more in', 0.6], ['get more in', 1.2],
    ['n avez plus', 1.2], ['vous avez plus', 1], ['no more', 0.6], ['reedit*', 1.2], ['re edit*', 1.2], ['re released', 1.2], ['re release', 1.2], ['rerelease*', 1.2],
    ['grise*', 0.8], ['greyed out', 1.2], ['grayed out', 1.2],
    ['disparu', 0.6], ['disparu du site', 1.2], ['disparu de la boutique', 1.2], ['disappeared', 0.6], ['disappeared from', 1], ['gone from the site', 1.2], ['no longer on', 1],
    ['n est plus la', 1], ['est plus la', 0.8], ['is gone', 0.8], ['encore en magasin', 0.8], ['en magasin ou', 0.6], ['still have it', 1], ['online only', 0.8], ['only online', 0.8], ['que sur internet', 0.8], ['qu en ligne', 0.8], ['y en a encore', 1], ['en a encore', 0.8],
    ['faites encore', 0.8], ['vous le faites encore', 1.2], ['still do', 0.8], ['still make', 0.8], ['l an dernier', 0.5], ['last year s', 0.6], ['last year', 0.5], ['ancien modele', 0.8], ['old model', 0.8],
    ['bringing * back', 1.2], ['bringing * * back', 1.2], ['bringing * * * back', 1.2], ['bring * back', 1.2], ['bring * * back', 1.2], ['bring * * * back', 1.2], ['remettez le', 1], ['remettez la', 1],
    ['quand', 0.25], ['when', 0.25],
    ['plus rien', 0.6], ['mis en panier', 0.6], ['in my basket', 0.6], ['it s gone', 0.8],
    ['is back', 0.8], ['let me know when', 0.6], ['de nouveau la', 0.8], ['me prevenir quand', 0.6],
    ['je guette', 0.8], ['check every day', 0.8], ['toujours rien pour', 1], ['still nothing for', 1.2],
  ],
  'product-question': [
    // A part that burnt or blew up is a hazard reported, not a question about the part.
    ['pris feu', -0.8], ['caught fire', -0.8], ['burst into flames', -0.8], ['a explose', -0.8], ['exploded', -0.8],
    ['treated with', 1], ['traite avec quoi', 1.2], ['traite avec', 0.8],
    // A colour asked for ('in black?'), a link asked for, what goes in a baby's room.
    ['en noir', 0.5], ['en blanc', 0.5], ['en gris', 0.5], ['en vert', 0.5], ['en bleu', 0.5], ['en rouge', 0.5], ['en beige', 0.5], ['en rose', 0.5], ['en jaune', 0.5], ['in black', 0.5], ['in white', 0.5], ['in grey', 0.5], ['in gray', 0.5], ['in green', 0.5], ['in blue', 0.5], ['in red', 0.5], ['in beige', 0.5], ['in pink', 0.5], ['in yellow', 0.5], ['link in bio', 0.6], ['lien en bio', 0.6], ['chambre de bebe', 0.8], ['baby s room', 0.8], ['nothing toxic in it', 1], ['pas de produits toxiques', 1],
    ['ref du', 1.2], ['la ref', 1.2], ['ref', 0.8], ['nom du modele', 1], ['name of the model', 1], ['product name', 1],
    ['besoin de la notice', 1.2], ['perdu la notice', 1.2], ['la notice du', 0.6], ['envoyer la notice', 1.2], ['need the assembly guide', 1.2], ['need the instructions', 1.2], ['lost the instructions', 1.2], ['assembly guide for', 0.8], ['send me the instructions', 1.2], ['lost mine', 0.4], ['je l ai perdue', 0.4], ['sur mesure', 1], ['made to measure', 1], ['dimmable', 1], ['variateur', 0.8],
    ['l avez en', 1.2], ['vous l avez en', 1.2], ['existe t il en', 1.2], ['have it in', 1.2], ['have this in', 1.2], ['come in', 0.6], ['comes in', 0.6],
    ['charniere*', 0.8], ['hinge*', 0.8], ['qui freinent', 1], ['soft close', 1], ['les doigts', 0.5], ['fingers', 0.5],
    ['glisse sur', 1], ['glisse t il', 1], ['antiderapant', 1], ['parquet', 0.5], ['slip on', 1], ['non slip', 1], ['underlay', 0.8], ['wooden floor*', 0.5],
    ['au four', 1], ['in the oven', 1], ['oven', 0.6], ['hob', 0.6], ['induction', 0.8], ['plaque* de cuisson', 1],
    ['come any lower', 1.2], ['any lower', 0.8], ['any higher', 0.8], ['any taller', 0.8], ['any shorter', 0.8], ['en plus bas', 1], ['en plus haut', 1], ['plus bas', 0.5], ['feet dangle', 0.6], ['pieds qui pendent', 0.6],
    ['dans l autre sens', 1], ['angle a gauche', 1], ['angle a droite', 1], ['angle gauche', 1], ['angle droit', 0.8], ['a gauche', 0.4], ['a droite', 0.4], ['existait', 0.6], ['je me demandais si', 0.3],
    ['the other way round', 1], ['other way around', 1], ['left hand', 0.8], ['right hand', 0.8], ['on the left', 0.4], ['on the right', 0.4], ['was wondering if', 0.3], ['wondering whether', 0.3],
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
    ['combien de long', 1.2], ['de long', 0.8], ['de large', 0.8], ['de haut', 0.8], ['longueur', 1], ['largeur', 1], ['hauteur', 1], ['profondeur', 1],
    ['en xs', 1], ['xs', 0.6], ['xl', 0.6], ['taille grand', 1.2], ['taille petit', 1.2], ['ca taille', 1.2], ['lave vaisselle', 1], ['lave linge', 1], ['machine a laver', 1],
    ['micro onde*', 1], ['passe au', 0.5], ['convient a*', 1], ['convient pour', 1], ['adapte* a*', 0.8], ['peau*', 0.6], ['peau* grasse*', 1.2], ['peau* sensible*', 1.2], ['peau* seche*', 1.2],
    ['vrai bois', 1.2], ['bois', 0.5], ['massif', 0.5], ['coton', 0.8], ['cuir', 0.8], ['dehoussable', 1.2], ['deshoussable', 1.2], ['amovible', 1], ['fabrique* ou', 1.2], ['fabrique* en', 1.2],
    ['quelle pointure', 1.2], ['marche avec', 0.8], ['fonctionne avec', 0.8], ['je prends quoi', 0.8], ['quel modele', 1], ['me conseille*', 0.5], ['entretien', 0.8], ['resiste* a*', 0.8],
    ['how long is', 1], ['how big', 1], ['how tall', 1], ['how wide', 1], ['how heavy', 1], ['length', 1], ['width', 1], ['height', 1], ['depth', 0.8],
    ['run* small', 1.2], ['run* large', 1.2], ['run* big', 1.2], ['what size', 1.2], ['which size', 1.2], ['dishwasher*', 1], ['microwave*', 1], ['machine wash*', 1], ['oven safe', 1],
    ['suitable for', 1], ['skin', 0.6], ['oily skin', 1.2], ['sensitive skin', 1.2], ['dry skin', 1.2], ['solid wood', 1.2], ['wood', 0.5], ['veneer', 1], ['cotton', 0.8], ['leather', 0.8],
    ['removable', 1], ['are made', 0.8], ['is it made', 1], ['wide feet', 1], ['work with', 0.5], ['works with', 0.5], ['which model', 1], ['care instructions', 1.2],
    ['batterie', 0.8], ['autonomie', 1], ['battery', 0.8], ['battery life', 1.2], ['tient combien', 0.8], ['how long does', 0.6], ['lit de #', 1], ['va sur un', 0.6], ['will it fit', 1.2], ['king size', 1], ['queen size', 1], ['made from', 1], ['quelle matiere', 1.2], ['what material', 1.2],
    ['gratte', 1], ['doux', 0.5], ['itchy', 1], ['soft', 0.5], ['# ans', 0.5], ['year old', 0.8], ['ok for', 0.6],
    ['etanche*', 1], ['exterieur', 0.8], ['dehors', 0.6], ['contient', 0.8], ['allergi*', 1], ['noix', 0.6], ['waterproof', 1], ['water resistant', 1], ['outside', 0.6], ['outdoor*', 0.8], ['contain*', 0.8], ['nuts', 0.6],
    ['lourd', 0.8], ['heavy', 0.8], ['guarantee', 0.8], ['il faut combien', 0.8], ['how many', 0.5], ['do i need', 0.5],
    ['bio', 0.8], ['c est bio', 1.2], ['organic', 0.8], ['is it organic', 1.2], ['brulent', 0.6], ['burn', 0.6], ['combien d heures', 1], ['how many hours', 1], ['combien de personnes', 1], ['how many people', 1], ['seat', 0.6], ['jusqu a combien', 0.8],
    ['fait en quoi', 1.2], ['en quoi', 0.5],
    ['rentre dans', 0.8], ['rentre t il', 1], ['fits in', 1], ['fit in', 1], ['tient dans', 0.8], ['dans le coffre', 0.6], ['in the boot', 0.6], ['in the trunk', 0.6],
    ['lactose', 1], ['lait', 0.5], ['dairy', 0.8], ['soja', 0.8], ['soy', 0.8], ['arachide*', 1], ['cacahuete*', 1], ['peanut*', 1], ['sesame', 0.8], ['intolerant*', 0.8], ['intolerance', 0.8], ['dedans', 0.5], ['y a t il du', 0.6], ['is there any', 0.5],
    ['cheveux', 0.6], ['hair', 0.6], ['boucle*', 0.5], ['curly', 0.6], ['marche aussi', 0.6], ['work on', 0.6], ['works on', 0.6], ['fonctionne sur', 0.6], ['marche sur', 0.6], ['come up', 0.8], ['comes up', 0.8], ['# stone', 0.6], ['# kg', 0.6], ['i m #', 0.5], ['je fais #', 0.5],
    ['lavage', 0.8], ['au lavage', 1], ['part au lavage', 1.2], ['laver', 0.6], ['in the wash', 1], ['come out in the wash', 1.2], ['wash', 0.6], ['kit de reparation', 1], ['kits de reparation', 1], ['reparation', 0.5], ['repair kit*', 1], ['repair*', 0.5], ['vaut le coup', 1], ['worth it', 1], ['worth the', 0.6], ['vous conseillez', 1], ['you recommend', 0.8], ['would you recommend', 1.2], ['vous recommandez', 1],
    ['lighter or darker', 1.2], ['plus fonce*', 0.8], ['plus clair*', 0.8], ['lighter', 0.6], ['darker', 0.6], ['fonce*', 0.5],
    ['fabrique* par qui', 1.2], ['who makes', 0.8], ['who actually makes', 1], ['made by', 0.8], ['existe aussi', 0.8], ['grand format', 0.8], ['large size', 0.6], ['graver', 0.8], ['engrave*', 0.8], ['personnalis* avec', 0.8],
    ['passe en machine', 1], ['go in at', 0.8], ['# degres', 0.8], ['# degrees', 0.8], ['degres', 0.6], ['degrees', 0.6], ['sechage', 0.6], ['seche linge', 1], ['dryer', 0.6], ['tumble dry*', 1], ['in the dryer', 1], ['au sechage', 1],
    ['plancher chauffant', 1.2], ['underfloor heating', 1.2], ['deux ecrans', 1], ['two monitors', 1], ['two screens', 1], ['supporte', 0.6], ['will the * hold', 1], ['washing machine', 1], ['go in the wash*', 1.2], ['lave linge', 1], ['smaller one', 1], ['bigger one', 1], ['plus petit', 0.8], ['plus grand', 0.6], ['modele plus', 0.6], ['combien de temps ca tient', 1.2], ['ca tient', 0.6], ['comment on monte', 1], ['monter', 0.5], ['percer', 0.6], ['drilling', 0.6], ['without drilling', 1], ['sans percer', 1],
    ['comment', 0.25], ['how do', 0.25], ['is it', 0.25], ['est il', 0.25], ['est elle', 0.25], ['does it', 0.3], ['can it', 0.3], ['will it', 0.3], ['est ce que ca', 0.3],
    ['piles', 0.8], ['batteries', 0.8], ['fourni*', 0.6], ['come with', 0.6], ['included', 0.5], ['incluse*', 0.5],
    ['vient d ou', 1], ['viennent d ou', 1], ['come from', 0.8], ['comes from', 0.8], ['origine', 0.8], ['origin', 0.8],
    ['norme*', 0.8], ['certifi*', 0.8], ['ce certified', 1.2], ['norme ce', 1.2],
    ['# x #', 1], ['# x # cm', 1.2], ['salle de bain', 0.6], ['bathroom', 0.6], ['humide', 0.6], ['damp', 0.6],
    ['se monte seul', 1.2], ['monter seul', 1], ['faut etre deux', 1], ['il faut etre deux', 1.2], ['put it together', 1], ['one person', 0.6], ['need two', 0.8], ['need two people', 1.2], ['tient au frais', 1.2], ['keep things cold', 1.2], ['keeps things cold', 1.2],
    ['sans qu il s abime', 1.5], ['laisser dehors', 1], ['without getting ruined', 1.5], ['stay outside', 1], ['rester dehors', 1],
    ['come off for washing', 1.5], ['se dehousse', 1.2], ['cover come off', 1.2], ['removable cover', 1.2], ['housse amovible', 1.2],
  ],
  'price-b2b-gift-card': [
    ['cabinet medical', 1], ['medical practice', 1], ['salle d attente', 0.8], ['waiting room', 0.8],
    ['pour ce volume', 1.2], ['for that volume', 1.2], ['for this volume', 1.2], ['gites', 0.8], ['holiday cottages', 0.8], ['holiday lets', 0.8],
    ['lack of professionalism', -1], ['manque de professionnalisme', -1], ['# percent off', 1], ['up to # percent off', 1.2], ['# percent sur', 1], ['jusqu a # percent', 1],
    ['# pounds', 0.5], ['# dollars', 0.5], ['# pounds delivery', 1.2], ['delivery on a #', 1], ['# euros de frais', 1.2], ['frais de port pour', 1],
    ['jusqu a #', 0.6], ['# sur tout', 0.8], ['sur tout le site', 0.8], ['up to # off', 1.2], ['# off', 0.8], ['off everything', 0.8],
    ['welcome code', 1], ['code de bienvenue', 1], ['on sale items', 1], ['sale items', 0.8], ['articles en promo', 0.8], ['our agency', 0.8], ['notre agence', 0.8], ['for # people', 0.8], ['pour # personnes', 0.8],
    ['a pris # euros', 1.2], ['pris # euros', 1], ['went up by', 1.2], ['gone up by', 1.2], ['# euros de plus', 1.2], ['# more than', 0.6],
    ['en charge des achats', 1.2], ['responsable des achats', 1.2], ['service achats', 1], ['achats pour', 0.8], ['procurement', 1.2], ['purchasing', 1], ['head of purchasing', 1.2], ['un groupe de', 0.4], ['a group of', 0.4], ['cliniques', 0.6], ['practices', 0.6], ['notre mobilier', 0.8], ['our reception', 0.6], ['reception furniture', 1], ['mobilier d accueil', 1], ['renouvellement', 0.6],
    ['valable combien', 1.2], ['valable jusqu', 1], ['valable', 0.6], ['valid for', 0.8], ['how long is it valid', 1.2], ['still valid', 0.8], ['valid until', 1],
    ['# euros le', 1], ['# euros la', 1], ['# euros pour', 1], ['# balles', 1], ['euros', 0.4], ['# quid for', 1.2], ['# pounds for', 1.2], ['# quid', 0.8], ['quid', 0.5], ['fil d or', 0.8], ['gold thread', 0.8], ['made of gold', 0.8], ['en or massif', 0.8],
    ['offert une carte', 1.2], ['une carte de chez vous', 1.2], ['one of your cards', 1.2], ['gave me one of your', 0.8],
    ['away day', 1], ['our firm', 0.8], ['notre cabinet', 0.8], ['du cabinet', 0.6], ['a gift for each', 1.2], ['un cadeau pour chacun', 1.2], ['pour chacun', 0.6], ['for each of', 0.6], ['# people', 0.4], ['# personnes', 0.4],
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
    ['prix pour les pros', 1.2], ['pour les pros', 1], ['pros', 0.6], ['personnalise*', 0.6], ['seminaire', 0.8], ['referenc*', 1], ['degressif', 1.2],
    ['grosse commande', 1.2], ['grosses commandes', 1.2], ['# pieces', 0.8], ['# unites', 0.8], ['offre entreprise', 1.2], ['offre pour les entreprises', 1.2], ['cadeaux clients', 1], ['nos clients', 0.6],
    ['je tiens un', 0.6], ['notre boutique', 0.6], ['notre magasin', 0.6], ['livrez les boutiques', 1.2], ['bon cadeau', 1.2], ['bons cadeaux', 1.2], ['carte kdo', 1.2], ['kdo', 0.6],
    ['e carte*', 1], ['solde de ma carte', 1.2], ['combien', 0.3], ['coute', 0.8], ['coutent', 0.8], ['promos', 0.8], ['prix a augmente', 1.2], ['augmente', 0.4], ['reduction*', 0.8],
    ['trade price*', 1.2], ['trade', 0.6], ['custom', 0.6], ['company event', 1], ['tiered pricing', 1.2], ['large order*', 1.2], ['big order*', 1.2], ['corporate offer', 1.2],
    ['client gifts', 1], ['our clients', 0.6], ['i own a', 0.6], ['i run a', 0.6], ['our shop', 0.6], ['our store', 0.6], ['supply shops', 1.2], ['stock your', 1], ['stockist*', 1.2],
    ['giftcard*', 1.2], ['gift certificate*', 1.2], ['balance on my', 1], ['how much for', 1.2], ['cost', 0.8], ['costs', 0.8], ['deals', 0.8], ['price gone up', 1.2], ['price increase', 1.2],
    ['collectivite*', 1.2], ['equiper', 0.8], ['ecoles', 0.6], ['palette complete', 1.2], ['par palette', 1.2], ['conditions', 0.5], ['nous sommes une', 0.5], ['nous sommes un', 0.5], ['kit out', 1], ['schools', 0.6], ['councils', 0.8], ['pallet*', 1], ['offer terms', 1], ['we re a', 0.5],
    ['moins cher', 1], ['prix barre', 1.2], ['me faire un prix', 1.2], ['un prix pour', 0.8], ['architecte*', 0.8], ['projet de', 0.5], ['cheaper', 1], ['sale price', 1.2], ['do me a price', 1.2], ['a price on', 0.8], ['architects', 0.8], ['project', 0.4],
    ['on equipe', 0.8], ['fitting out', 1], ['fit out', 1], ['any deal on', 1], ['cse', 1.2], ['comite social', 1.2], ['staff committee', 1.2], ['employees', 0.6], ['salaries', 0.6], ['offert un bon', 1.2],
    ['aux professionnels', 1], ['professional*', 0.8], ['sell to', 0.5], ['salon de coiffure', 0.6], ['hair salon', 0.6],
    ['combien pour', 1.2], ['reduc', 1], ['reducs', 1], ['etudiant*', 0.6], ['student*', 0.6], ['student discount', 1.2], ['geste commercial', 1], ['un geste', 0.8], ['a deal', 0.6], ['deal', 0.5],
    ['augmente* * prix', 1.2], ['augmente* * * prix', 1.2], ['hausse* de prix', 1.2], ['hausse* des prix', 1.2], ['price hike*', 1.2], ['raised * prices', 1.2], ['bumped * price*', 1.2], ['bumped * * price*', 1.2], ['every price', 0.8], ['prices up', 1], ['put * prices up', 1.2],
    ['frais de port', 0.8], ['frais de livraison', 0.8], ['postage', 0.8], ['shipping cost*', 0.8], ['delivery charge*', 0.8],
    ['asso', 0.6], ['association', 0.6], ['club', 0.5], ['tous ensemble', 0.6], ['order together', 1], ['commander ensemble', 1], ['commande tous ensemble', 1],
    ['gerant*', 0.8], ['hotel*', 0.6], ['restaurant*', 0.5], ['i manage a', 0.8], ['je gere un', 0.8], ['je gere une', 0.8], ['on cherche', 0.4], ['we re looking for', 0.5], ['pour # chambres', 1], ['for # rooms', 1],
    ['des bons', 0.6], ['vouchers', 1], ['offrir', 0.5], ['treat my', 0.4],
    ['mariage', 0.6], ['wedding', 0.6], ['pour # bougies', 0.8], ['price for #', 1], ['prix pour #', 1], ['tarifs pour #', 1.2], ['ont pris l ascenseur', 1], ['gone through the roof', 1], ['through the roof', 0.8], ['prix a baisse', 1.2], ['price dropped', 1.2], ['cheaper', 1], ['moins cher', 1],
    ['offrez un code', 1.2], ['give out a code', 1.2], ['code anniversaire', 1.2], ['birthday code', 1.2], ['birthday discount', 1.2], ['un code', 0.5], ['a code', 0.5], ['fidelite', 0.6], ['loyalty', 0.6], ['points', 0.3], ['etiquette', 0.6], ['en caisse', 0.6], ['at the till', 0.6], ['shelf label', 0.8], ['moitie prix', 1], ['half the price', 1], ['parrainage', 0.6], ['referral', 0.6],
    ['frais de douane', 1], ['customs charges', 1], ['customs fees', 1], ['import duty', 1], ['wedding favours', 1], ['wedding favors', 1], ['cadeaux d invites', 1], ['cadeau d invite', 1], ['personalis*', 0.6], ['personaliz*', 0.6], ['first order', 1], ['premiere commande', 1],
    ['soignant*', 0.8], ['nhs', 0.8], ['key worker*', 0.8], ['blue light', 0.8], ['militaire*', 0.6],
    ['familles nombreuses', 1], ['big families', 1], ['large families', 1], ['price match*', 1.2], ['alignez vos prix', 1.2], ['emballage cadeau', 1], ['gift wrap*', 1],
    ['kermesse', 0.8], ['school fair', 1], ['fete de l ecole', 1], ['prix doux', 0.8], ['friendly price', 0.8], ['bundle', 0.6],
    ['equipons', 0.8], ['offre pro', 1], ['trade offer', 1], ['creche', 0.5], ['nursery', 0.5],
    ['fournisseur', 0.8], ['supplier', 0.8], ['chantier*', 0.6], ['agence d archi', 1], ['architecture practice', 1], ['ventes privees', 1], ['vente privee', 1], ['private sale*', 1],
    ['appel d offres', 1.2], ['appels d offres', 1.2], ['marche public', 1.2], ['marches publics', 1.2], ['public tender*', 1.2], ['tender*', 0.8], ['mairie', 0.6], ['council', 0.5],
    ['faire une offre', 1], ['put an offer together', 1.2], ['salle de sport', 0.6], ['our gym', 0.6],
    ['payer en plusieurs fois', 0.4], ['payer en # fois', 0.4],
  ],
  'partnership-creator': [
    ['vous voulez exposer', 1.2], ['exposer', 0.8], ['like to exhibit', 1.2], ['exhibit', 0.8], ['salon de la maison', 0.6], ['home show', 0.6],
    ['design a range', 1.2], ['design a collection', 1.2], ['dessiner une collection', 1.2], ['illustratrice', 0.8], ['illustrator', 0.8],
    ['la collab avec', -1], ['the * collab', -1], ['votre collab', -1], ['your collab', -1], ['journalist*', 1], ['for a quote', 0.6],
    ['collection with you', 1], ['une collection de * avec vous', 1.2], ['collection avec vous', 1],
    ['blog de', 1], ['mon blog', 1], ['petit blog', 1], ['recipe blog', 1.2], ['my blog', 1], ['a blog', 0.8], ['#k sur insta', 1.2], ['#k on insta', 1.2], ['sur insta', 0.6], ['on insta', 0.6], ['mettre vos * en avant', 1.2], ['mettre * en avant', 1], ['show off your', 1], ['happy to show', 0.8], ['feature your products', 1.2],
    ['partenariat*', 1.2], ['collab*', 1.2], ['influenceu*', 1.2], ['createur de contenu', 1.2], ['creatrice de contenu', 1.2],
    ['createurs', 0.8], ['ugc', 1], ['ambassadeu*', 1.2], ['ambassadrice', 1.2], ['sponsor*', 1.2], ['ma communaute', 0.8],
    ['mon audience', 1], ['mes abonnes', 0.8], ['kit media', 1.2], ['media kit', 1.2], ['travailler ensemble', 1],
    ['travailler avec vous', 1], ['tester vos produits', 0.8], ['ambassadrices', 1.2],
    ['partnership*', 1.2], ['partner', 0.8], ['influencer*', 1.2], ['content creator*', 1.2], ['creator', 0.8],
    ['ambassador*', 1.2], ['my audience', 1], ['my followers', 0.8], ['my community', 0.8], ['work together', 1],
    ['work with you', 1], ['pr package', 1.2], ['pr list', 1.2], ['gifted', 0.8],
    ['influenc*', 1.2], ['createur*', 1], ['creatrice*', 1], ['tiktokeu*', 1.2], ['youtubeu*', 1.2], ['instagrameu*', 1.2], ['blogueu*', 1.2], ['podcast*', 1],
    ['chaine youtube', 1], ['ma chaine', 0.8], ['placement de produit', 1.2], ['video sponsorisee', 1.2], ['mecen*', 1.2], ['partenaire*', 1], ['portfolio', 1], ['# k abonnes', 1.2],
    ['#k abonnes', 1.2], ['abonnes', 0.6], ['mes lectrices', 0.8], ['mes lecteurs', 0.8], ['envoyez des produits', 1], ['recevoir des produits', 1], ['affili*', 1.2],
    ['bosser avec', 1], ['bossez avec', 1], ['travailler avec', 1], ['giveaway ensemble', 1.2], ['concours ensemble', 1.2], ['photographe', 0.6], ['shooter', 0.6], ['inviter', 0.6],
    ['creator*', 1], ['tiktoker*', 1.2], ['youtuber*', 1.2], ['instagrammer*', 1.2], ['blogger*', 1.2], ['vlogger*', 1.2], ['youtube channel', 1], ['my channel', 0.8],
    ['affiliate*', 1.2], ['pr box*', 1.2], ['joint giveaway', 1.2], ['giveaway together', 1.2], ['feature your', 0.8], ['my readers', 0.8], ['pitch', 0.8],
    ['partner with', 1.2], ['partners', 0.8], ['# k followers', 1.2], ['#k followers', 1.2], ['followers', 0.6], ['subscribers', 0.6], ['photographer', 0.6], ['shoot your', 0.8],
    ['on the show', 0.8], ['my show', 0.8],
    ['streameu*', 1.2], ['twitch', 0.8], ['mes lives', 0.6], ['mes reels', 0.8], ['my reels', 0.8], ['contenu', 0.4], ['je cree', 0.4], ['streamer*', 1.2], ['working together', 1], ['content', 0.4], ['my streams', 0.8], ['ambassador program*', 1.2], ['programme ambassad*', 1.2],
    ['channel', 0.3], ['send me * products', 1], ['send me * * products', 1], ['m envoyer * produits', 1], ['m envoyer * * produits', 1], ['agence d influence', 1.2], ['influencer agency', 1.2],
    ['contact presse', 1.2], ['journaliste', 1], ['magazine', 0.6], ['unboxing', 1], ['stand', 0.6], ['press contact', 1.2], ['journalist', 1], ['makers market', 1], ['stall', 0.8],
    ['mannequin*', 0.6], ['je suis mannequin', 1.2], ['shooting*', 0.6], ['shoots', 0.6], ['models for', 0.8], ['projets etudiants', 1], ['student project*', 1], ['je represente', 0.6], ['i represent', 0.6], ['un truc ensemble', 1], ['ensemble', 0.4], ['something together', 1], ['together', 0.4],
    ['illustrat*', 0.8], ['edition limitee', 0.6], ['limited edition', 0.6], ['mes dessins', 0.6], ['my drawings', 0.6], ['my art', 0.6],
    ['tiktok', 0.6], ['videos', 0.4], ['mes videos', 0.8], ['je fais des videos', 1], ['videos on', 0.6], ['i make * videos', 1], ['i make videos', 1], ['presente la collection', 0.6], ['showing the collection', 0.6], ['#k', 0.6], ['instagram', 0.4], ['youtube', 0.6],
    ['testeu*', 1], ['testers', 1], ['product testers', 1.2], ['postule*', 0.6], ['apply', 0.5], ['magazine deco', 1], ['home magazine', 1], ['writing a piece', 1], ['un article sur', 0.8], ['visuels', 0.6], ['images', 0.4],
    ['team up', 1], ['compte deco', 0.6], ['decor account', 0.6], ['a # k', 0.6],
    ['interview*', 1], ['memoire', 0.8], ['dissertation', 1], ['school project', 1], ['projet d ecole', 1],
    ['collection capsule', 1.2], ['capsule collection', 1.2], ['designer here', 0.6], ['jewellery designer', 0.8],
    ['notre chaine', 1], ['our channel', 1], ['nos prochaines videos', 1], ['our next videos', 1], ['cherche une marque', 1], ['looking for a brand', 1],
  ],
  'crisis-rumour': [
    ['plusieurs personnes signalent', 1.2], ['several people are reporting', 1.2], ['colis ouverts et vides', 1], ['parcels opened and emptied', 1], ['vous enquetez', 0.6], ['are you investigating', 0.6],
    ['serveurs sont tombes', 1.2], ['serveurs tombes', 1.2], ['servers down', 1.2], ['servers are down', 1.2], ['plus moyen de commander', 1.2], ['can t order anything', 1.2],
    ['punaises de lit', 1.2], ['punaise* de lit', 1.2], ['bed bugs', 1.2], ['bedbugs', 1.2],
    ['ils ont jamais dit', 1.2], ['n ont jamais dit', 1.2], ['they never said', 1.2], ['never said they', 1.2],
    ['depart* de feu', 1.2], ['pris feu', 1.2], ['prendre feu', 1.2], ['caught fire', 1.2], ['had fires', 1.2], ['a fire', 0.8], ['fires', 0.8], ['chez d autres', 0.6], ['other people had', 0.6],
    ['toutes les commandes', 1.2], ['every order', 1.2], ['all orders', 1.2], ['qu est ce qui se passe', 0.5], ['what is going on', 0.5],
    ['c est ecrit sur chaque', 0.8], ['it s on every', 0.8], ['bois d amazonie', 1], ['amazon timber', 1], ['deforestation', 1],
    ['c est pas eux qui', 1.5], ['c est pas la marque qui', 1.5], ['weren t they the ones', 1.5], ['aren t they the ones', 1.5], ['isn t this the company', 1.2],
    ['exploitez', 1], ['exploit* vos salaries', 1.2], ['exploiting your staff', 1.2], ['exploiting', 0.8], ['une honte', 0.5], ['a disgrace', 0.5],
    ['raconter n importe quoi', 1], ['raconte n importe quoi', 1], ['racontez n importe quoi', 1], ['making things up', 1], ['making stuff up', 1], ['jamais eu de rappel', 1.2], ['never been a recall', 1.2],
    ['licencier', 1], ['laying off', 1.2], ['lay off', 1], ['honte a vous', 0.6], ['shame on you', 0.6], ['rash', 0.8], ['reaction sur la peau', 1], ['reaction cutanee', 1],
    ['supprime* mon avis', 1.2], ['supprime* mes avis', 1.2], ['remove* my review', 1.2], ['deleted my review', 1.2], ['took down my review', 1.2],
    ['c est faux', 0.8], ['c est pas vrai', 0.8], ['quelqu un confirme', 1], ['quelqu un peut confirmer', 1.2], ['not true', 0.8], ['anyone know for sure', 1.2], ['know for sure', 0.8], ['can anyone confirm', 1.2], ['anyone confirm', 1],
    ['ferme le magasin', 0.6], ['ferme la boutique', 0.6], ['closed the * store', 0.6], ['closed the * shop', 0.6], ['closing the * store', 0.6],
    // Other customers' details shown to a customer: a leak, not a bug.
    ['adresses des autres', 1.2], ['autres clients', 0.8], ['d autres clients', 0.8], ['other customers', 0.8], ['other people s', 0.6], ['c est grave', 0.4], ['this is serious', 0.4],
    ['il y a eu une fuite', 1.2], ['has there been a leak', 1.2], ['been a leak', 1], ['vraies infos', 0.8], ['real order details', 1], ['vos clients recoivent', 0.8], ['your customers are getting', 0.8], ['says you re', 0.8], ['shutting the', 0.8], ['fermer l entrepot', 1],
    ['parait il', 0.8], ['parait il que', 1], ['noirci*', 0.6], ['blacken*', 0.6], ['quelqu un a verifie', 0.8], ['has anyone checked', 0.8],
    ['inonde*', 1], ['entrepot inonde', 1.2], ['flooded', 1], ['flooded warehouse', 1.2], ['circulent', 0.8], ['photos of your', 0.4], ['des photos de votre', 0.4],
    ['site est inaccessible', 1.2], ['inaccessible depuis', 1.2], ['unreachable all', 1.2], ['been unreachable', 1.2], ['une attaque', 1], ['an attack', 1], ['cyberattaque', 1.2], ['cyber attack', 1.2], ['cyberattack', 1.2], ['depuis ce matin', 0.4], ['all morning', 0.4],
    ['il parait qu', 1], ['parait qu', 1], ['blesse*', 1], ['injured', 1], ['injuries', 1], ['hurt by', 0.6], ['dire quelque chose', 0.6], ['say something', 0.6], ['been bought by', 1.2], ['bought by', 0.8], ['rachetes par', 1.2], ['qualite va baisser', 0.8], ['quality s going to', 0.8], ['quality is going to', 0.8], ['says you ve', 0.8], ['dit que vous avez', 1],
    ['eclats de plastique', 1.2], ['morceaux de plastique', 1.2], ['du plastique dans', 1], ['bits of plastic', 1.2], ['plastic in the', 0.8], ['pieces of plastic', 1.2], ['des clients disent', 1], ['customers say', 1], ['customers are saying', 1], ['vous allez reagir', 1.2], ['are you going to respond', 1.2], ['going to respond', 0.8],
    ['rumeur*', 1.2], ['rappel produit', 1.2], ['rappel conso', 1.2], ['rappelconso', 1.2], ['rappel', 0.6], ['rappele*', 0.8], ['le rappel', 1], ['on m a dit', 0.5], ['on m a dit que', 1],
    ['retire de la vente', 1.2], ['retires de la vente', 1.2], ['scandale', 1.2], ['polemique', 1.2], ['boycott*', 1.2],
    ['c est vrai que', 1], ['est ce vrai', 1], ['il parait que', 1], ['on dit que', 0.8], ['intoxication*', 1.2],
    ['contamin*', 1.2], ['salmonell*', 1.2], ['listeria', 1.2], ['dangereu*', 0.8], ['greve', 0.8], ['faillite', 1],
    ['liquidation', 1], ['licenciement*', 1], ['enquete', 0.6],
    ['rumour*', 1.2], ['rumor*', 1.2], ['recall*', 1.2], ['pulled from shelves', 1.2], ['scandal', 1.2], ['controversy', 1.2], ['someone said', 1],
    ['is it true', 1], ['true that', 0.8], ['i heard', 0.8], ['heard that', 0.8], ['salmonella', 1.2], ['unsafe', 0.8],
    ['dangerous', 0.8], ['lawsuit', 1], ['layoff*', 1], ['bankrupt*', 1], ['shutting down', 1], ['going out of business', 1.2],
    ['vrai ou faux', 1.2], ['info ou intox', 1.2], ['intox', 1], ['fake news', 1.2], ['fausse* info*', 1.2], ['ce qui circule', 1], ['circule', 0.6], ['on lit', 0.6],
    ['j ai lu', 0.8], ['vu passer', 0.8], ['c vrai', 1], ['c est vrai', 0.8], ['vous confirmez', 0.8], ['rappel sur', 1], ['rappel de', 0.8], ['rappel de lot*', 1.2], ['lots concernes', 1.2], ['lot concerne', 1.2],
    ['lot est il concerne', 1.2], ['malades', 0.8], ['malade apres', 1.2], ['malades apres', 1.2], ['tombe* malade*', 1], ['hopital', 0.8], ['intoxique*', 1.2], ['toxique*', 0.8],
    ['perturbateur* endocrinien*', 1.2], ['cancerigene*', 1.2], ['sur les animaux', 1], ['parait que', 1], ['reagir', 0.6], ['communique', 0.6], ['usine', 0.5], ['fermez', 0.4],
    ['fact or fiction', 1.2], ['true or false', 1.2], ['misinformation', 1.2], ['going round', 0.8], ['going around', 0.8], ['people are saying', 1], ['word is', 0.8],
    ['saw something about', 0.8], ['read that', 0.8], ['can you confirm', 0.8], ['batches', 0.6], ['batch', 0.5], ['got sick', 1.2], ['fell ill', 1.2], ['sick after', 1.2],
    ['food poisoning', 1.2], ['poison*', 1], ['toxic', 0.8], ['endocrine', 1.2], ['carcinogen*', 1.2], ['on animals', 1], ['animal testing', 1.2], ['make a statement', 1],
    ['statement', 0.8], ['someone told me', 1], ['factory', 0.5], ['on strike', 1.2], ['strike', 0.8],
    ['rachete*', 0.8], ['rachat', 0.8], ['m a dit', 0.4], ['m a dit que', 0.8], ['aux infos', 0.8], ['c est sur', 0.5], ['bought out', 1], ['takeover', 0.8], ['told me', 0.6], ['friend told me', 1], ['on the news', 0.8], ['is that right', 0.5],
    ['hospitalis*', 1.2], ['hospital', 1], ['communiquer', 0.6], ['say anything', 0.6], ['tout le monde dit', 1], ['everyone s saying', 1], ['everyone is saying', 1], ['any truth', 1.2], ['truth', 0.8],
    ['histoire de', 0.6], ['travail des enfants', 1.2], ['pirate*', 1], ['fuite de donnees', 1.2], ['mes donnees', 0.6], ['panne', 0.6], ['des nouvelles de', 0.6], ['racis*', 1], ['paraitrait', 1], ['harcelement', 1], ['story about', 0.8], ['child labour', 1.2], ['child labor', 1.2], ['hacked', 1], ['data breach', 1.2], ['personal data', 0.6], ['outage', 1], ['any news on', 0.6], ['apparently', 0.6], ['harassment', 1],
    ['huile de palme', 0.8], ['palm oil', 0.8], ['qui tourne', 0.8], ['morceaux de verre', 1.2], ['bits of glass', 1.2], ['glass in', 0.8], ['du verre', 0.8], ['corps etranger*', 1.2], ['foreign body', 1.2], ['foreign object', 1.2], ['on raconte', 1], ['is that so', 0.5],
    ['reaction allergique', 1.2], ['reactions allergiques', 1.2], ['allergic reaction*', 1.2], ['delocalis*', 1], ['entendu dire', 1], ['moving production', 1], ['c est le cas', 0.6], ['is that the case', 0.6],
    ['saw on', 0.6], ['groupe facebook', 0.6], ['facebook group', 0.6], ['fumes', 0.8], ['emanation*', 0.8], ['heard on', 0.8], ['on the radio', 0.8], ['a la radio', 0.8], ['closing', 0.6], ['fermait', 0.6], ['any news', 0.6], ['des infos', 0.6],
    ['censur*', 1], ['avis negatifs', 0.8], ['bad reviews', 0.8], ['negative reviews', 0.8], ['deleting', 0.5], ['supprime* les avis', 1.2], ['deleting * reviews', 1.2], ['traces de', 0.8], ['may contain', 0.8], ['since when', 0.6], ['c est nouveau', 0.6],
    ['dans quelles conditions', 1], ['under what conditions', 1], ['conditions de travail', 1], ['working conditions', 1], ['au bout du monde', 0.6], ['other side of the world', 0.6],
    ['data leak', 1.2], ['leses', 0.6], ['hit by the', 0.4],
    ['supprime* mon commentaire', 1.2], ['supprimer mon commentaire', 1.2], ['deleting my comment', 1.2], ['deleted my comment', 1.2],
    ['cautionne*', 1], ['ses propos', 0.8], ['stand by what', 1], ['what he said', 0.6], ['what she said', 0.6], ['his comments', 0.6], ['her comments', 0.6],
    ['dit que vos', 1], ['dit que', 0.6], ['says your', 0.8], ['claims your', 0.8], ['microplasti*', 1],
    ['fuite de gaz', 1.2], ['gas leak', 1.2],
    ['incendie', 1.2], ['un incendie', 1.2], ['fire at', 1.2], ['a fire', 1], ['inondation', 1], ['flood at', 1], ['heard there was', 1], ['il y a eu un', 0.6], ['explosion', 1.2], ['ma collegue a lu', 1], ['a lu que', 1], ['read that', 0.8], ['seraient toxiques', 1.2], ['are toxic', 1],
    ['is that true', 1], ['is this true', 1], ['j ai entendu', 0.8], ['entends partout', 1], ['j entends', 0.6], ['what s the story', 0.8], ['c est quoi l histoire', 0.8],
    ['en panne depuis', 1], ['site est en panne', 1.2], ['down since', 1], ['has been down', 1], ['website is down', 1],
    ['ont fuite', 1.2], ['donnees clients', 0.8], ['customer data', 0.8], ['has leaked', 1.2], ['have leaked', 1.2],
    // A hazard a customer met, told flatly: something foreign in food, a device burning, a body hurt.
    // Said once it may already be a crisis, so the holding reply comes first, not a private-message apology.
    ['piece* of metal', 1.2], ['bit* of metal', 1.2], ['metal in my', 1.2], ['du metal dans', 1.2], ['morceau* de metal', 1.2], ['bout* de metal', 1.2],
    ['piece* of glass', 1.2], ['shard* of glass', 1.2], ['sliver of glass', 1.2], ['broken glass in', 1.2], ['glass in my', 1.2], ['du verre dans', 1.2], ['bout* de verre', 1.2], ['eclat* de verre', 1.2],
    ['piece* of plastic', 1.2], ['bout* de plastique', 1.2], ['a screw in my', 1], ['une vis dans', 1], ['a glass in', -1.2], ['broke out in laughter', -1], ['a rash decision', -1.2], ['for a rash', -1.2], ['choked on my coffee', -1.2], ['choked on my drink', -1.2], ['pour les brulures', -1], ['sur les brulures', -1], ['pour les plaques rouges', -1], ['contre les plaques rouges', -1], ['flavo* exploded', -1], ['exploded in my mouth', -1],
    ['almost swallowed', 1], ['nearly swallowed', 1], ['choked on', 1.2], ['almost choked', 1.2], ['nearly choked', 1.2], ['choking hazard', 1.2], ['s etouffer', 1.2], ['failli s etouffer', 1.2], ['avale', 0.4],
    ['electric shock', 1.2], ['electrical shock', 1.2], ['decharge electrique', 1.2], ['burst into flames', 1.2], ['went up in flames', 1.2], ['fire hazard', 1.2], ['risque d incendie', 1.2],
    ['started smoking', 1], ['smoke coming out', 1], ['de la fumee', 0.8], ['exploded', 1], ['a explose', 1], ['overheat*', 0.6], ['surchauffe', 0.6], ['sparking', 0.8], ['etincelles', 0.8], ['sentait le brule', 0.8], ['odeur de brule', 0.8],
    ['face swelled', 1.2], ['lips swelled', 1.2], ['eyes swelled', 1.2], ['throat swelled', 1.2], ['swollen face', 1.2], ['swollen lips', 1.2], ['swollen eyes', 1.2], ['hives', 1], ['broke out in', 1], ['plaques rouges', 1], ['boutons partout', 1], ['burned my', 1], ['burnt my', 1], ['s est brule*', 1.2], ['brulure*', 1], ['cut my hand', 1.2], ['cut my finger', 1.2], ['s est coupe* le doigt', 1], ['s est coupe* la main', 1], ['s est coupe* la levre', 1], ['s est coupe* le pied', 1],
    ['a rash', 1.2], ['rash from', 1.2], ['rash after', 1.2], ['set the * on fire', 1.2], ['set my * on fire', 1.2], ['a pris feu', 1.5], ['has caught fire', 1.5],
    ['urgent care', 1.2], ['emergency room', 1.2], ['poison control', 1.2], ['aux urgences', 1.2], ['centre antipoison', 1.2],
    ['sick from', 1], ['ill from', 1], ['dead fly', 1], ['dead bug', 1], ['cockroach', 1], ['guepe morte', 1], ['mouche morte', 1], ['insecte mort', 1], ['un cafard', 1],
    ['smell* gas', 1.2], ['smelled like gas', 1.2], ['gas smell', 1.2], ['odeur de gaz', 1.2], ['sent le gaz', 1.2],
    ['could have swallowed', 1.2], ['could ve swallowed', 1.2], ['aurait pu avaler', 1.2], ['avale une piece', 1.2], ['hot oil', 0.6], ['huile bouillante', 0.6],
    ['levres ont gonfle', 1.2], ['yeux ont gonfle', 1.2], ['visage a gonfle', 1.2],
    ['verre partout', 1.2], ['glass everywhere', 1.2], ['glass went everywhere', 1.2], ['cut his mouth', 1], ['cut her mouth', 1], ['cut his lip', 1], ['cut her lip', 1], ['cut his hand', 1], ['cut her hand', 1], ['cut his finger', 1], ['cut her finger', 1], ['sharp edge', 0.6], ['a eclate', 0.6],
  ],
  'scam-report': [
    ['faux site', 1.2], ['fake site', 1.2], ['fake website', 1.2],
    ['utilise votre logo', 1.2], ['using your logo', 1.2], ['uses your logo', 1.2], ['je vous signale', 0.6], ['reporting a', 0.6],
    ['i won t', -0.5], ['compte a votre nom', 1.5], ['a votre nom', 1], ['account using your name', 1.5], ['using your name', 1.2], ['job paye', 0.6], ['job paying', 0.6],
    ['don t click', 1], ['ne cliquez pas', 1], ['ne clique pas', 1], ['it s not them', 1.2], ['c est pas eux', 1.2], ['ce n est pas eux', 1.2], ['never ask for your password', 1.2], ['ne demandent jamais', 1], ['mefie toi', 0.8],
    ['pas la vraie marque', 1.2], ['la vraie marque', 1], ['la vraie page', 1], ['not the real brand', 1.2], ['isn t the real', 1.2], ['the real brand', 1], ['the real page', 1], ['qui commente ici', 0.6], ['commenting here', 0.6],
    ['fausse page', 1.2], ['au meme nom', 1], ['attention les amis', 0.8], ['jeu concours', 0.5], ['copycat page', 1.2], ['heads up everyone', 1],
    ['arnaque*', 1], ['faux compte', 1.2], ['faux profil', 1.2], ['usurp*', 1.2], ['se fait passer pour', 1.2],
    ['se faisant passer', 1.2], ['fake', 0.8], ['phishing', 1.2], ['hameconnage', 1.2], ['escroquerie', 1],
    ['frauduleu*', 1], ['compte officiel', 0.8], ['c est vous', 0.6], ['signaler ce compte', 1], ['faux concours', 1.2], ['site officiel', 1], ['louche', 0.6],
    ['scam*', 1], ['fake account', 1.2], ['fake page', 1.2], ['fake profile', 1.2], ['impersonat*', 1.2],
    ['pretending to be', 1.2], ['fraud*', 1], ['is this you', 1], ['is this really you', 1], ['official account', 0.8],
    ['fake giveaway', 1.2], ['report this account', 1], ['legit', 0.6], ['official site', 1], ['dodgy', 0.6],
    ['c est bien vous', 1.2], ['c bien vous', 1.2], ['vraiment vous', 1], ['lien bizarre', 1], ['lien louche', 1], ['bizarre', 0.4], ['copie le votre', 1.2], ['qui copie', 1],
    ['vrai compte', 1], ['demande des paiements', 0.8], ['se fait passer', 1.2],
    ['really your', 1], ['really you', 1], ['is that you', 1], ['weird link', 1], ['suspicious link', 1], ['copying yours', 1.2], ['copying your', 1.2], ['copycat', 1.2],
    ['real account', 1], ['asking for payment*', 0.8], ['asking people for', 0.6],
    ['codes bancaires', 1], ['coordonnees bancaires', 1], ['bank details', 1], ['card details', 1], ['whatsapp', 0.6], ['un certain', 0.6], ['someone called', 0.6], ['asking for my', 0.6],
    ['site chelou', 1], ['chelou', 0.6], ['sketchy site', 1], ['sketchy', 0.6], ['facebook ad', 0.6], ['une pub', 0.4], ['renvoie vers', 0.6], ['links to', 0.4],
    ['sms', 0.5], ['lien pour payer', 1], ['link to pay', 1], ['douane', 0.5], ['customs', 0.5], ['me suis fait avoir', 0.8], ['page qui vend', 0.6], ['page selling', 0.6],
    ['j ai gagne', 0.8], ['i won', 0.8], ['saying i won', 1.2], ['c est fiable', 0.8], ['fiable', 0.5], ['is that real', 0.8], ['is this real', 0.8], ['officiel', 0.6], ['official', 0.6], ['dmed me', 0.8], ['m a ecrit pour', 0.6],
    ['se fait appeler', 1], ['calling itself', 1], ['il est a vous', 1], ['est a vous', 0.8], ['is it yours', 1], ['is that yours', 1], ['yours or not', 0.8],
    ['soi disant *', 1.2], ['soi disant', 1], ['so called *', 1.2], ['so called', 1], ['pretendu*', 0.6], ['c est votre service', 1], ['is that your team', 1], ['is that your', 0.6], ['c est votre', 0.5],
    ['de votre part', 0.6], ['on your behalf', 0.6], ['code de carte', 1], ['card pin', 1], ['mon code', 0.5], ['my pin', 0.8],
    ['pas le vrai', 1], ['n est pas le vrai', 1.2], ['not the real', 1], ['not the real one', 1.2], ['pas vous', 0.4], ['not you', 0.5], ['it s not you', 0.8], ['heads up', 0.5], ['attention tout le monde', 0.8], ['faire gagner', 0.6], ['fait gagner', 0.6], ['got a text', 0.6], ['recu un sms', 0.6], ['parcel is held', 0.8], ['colis est bloque', 0.4], ['need to pay', 0.4], ['frais a payer', 0.4],
    ['fishy', 0.8], ['smells fishy', 1.2], ['embrouille', 0.8], ['sent l embrouille', 1.2], ['au nom de votre marque', 1.2], ['in your name', 1], ['a moitie prix', 0.4], ['at half price', 0.4], ['leboncoin', 0.6], ['marketplace', 0.6], ['vinted', 0.6], ['ebay', 0.5],
    ['se presentant comme', 1.2], ['se presente comme', 1.2], ['claiming to be', 1.2], ['claims to be', 1.2], ['mon rib', 1], ['rib', 0.6],
    ['i ve won', 1], ['won a year', 1.2], ['gagne un an', 1.2], ['looks odd', 0.6], ['link looks', 0.8], ['lien a l air', 0.8],
    ['copie vos photos', 1.2], ['copie toutes vos photos', 1.2], ['copying all your photos', 1.2], ['copying your photos', 1.2], ['mefiez vous', 0.8], ['be careful', 0.5], ['vend vos', 0.5], ['selling your', 0.5],
  ],
  'feedback-suggestion': [
    ['could you do', 0.6], ['for tall people', 1], ['pour les grands', 1], ['longer lengths', 1], ['des tailles pour', 0.8],
    ['trois cartons', 1], ['three boxes', 1], ['bubble wrap', 0.8], ['papier bulle', 0.8], ['suremballage', 1.2], ['over packaging', 1.2], ['overpackag*', 1.2], ['trop d emballage', 1.2], ['so much packaging', 1.2],
    ['doux mais', 0.8], ['soft but', 0.8], ['un peu dommage', 1], ['bit of a shame', 1], ['d be great', 1], ['d be amazing', 1], ['precommander', 0.5], ['pre order', 0.4],
    ['attendais beaucoup mieux', 1.2], ['attendais mieux', 1], ['m attendais a mieux', 1], ['expected much better', 1.2], ['expected better', 1],
    ['sympa * mais', 0.8], ['nice * but', 0.8], ['photos ne montrent pas', 1.2], ['photos don t show', 1.2], ['ne montrent pas', 0.6], ['don t show the', 0.6], ['you really need a', 1], ['filter by', 0.8], ['filtre par', 0.8], ['il manque vraiment', 1],
    ['realite augmentee', 0.8], ['game changer', 1], ['ca manque vraiment', 1], ['est beau mais', 0.8], ['s lovely but', 1], ['is lovely but', 1], ['trop courtes', 0.6], ['trop courts', 0.6], ['too short', 0.6], ['vis fournies', 0.8], ['screws supplied', 0.8], ['acheter les notres', 0.8], ['buy our own', 0.8],
    ['ne rentrent pas', 1], ['ne rentre pas', 1], ['don t fit in my', 1], ['doesn t fit in my', 1], ['dommage', 0.6], ['joli* * mais', 0.8], ['lovely * but', 0.8], ['in a * version', 1], ['en version *', 0.8], ['would be perfect for', 1],
    ['used to love', 0.8], ['hit and miss', 1], ['n est plus ce qu', 1], ['plus ce qu elle etait', 1.2], ['plus ce qu il etait', 1.2], ['not what it used to be', 1.2], ['not what they used to be', 1.2], ['d be handy', 1.2], ['would be handy', 1.2], ['be handy to', 1], ['serait pratique', 1],
    ['pour gaucher*', 1], ['gaucher*', 0.8], ['left handed', 0.8], ['version is missing', 1.2], ['is missing a', 0.6], ['ca manque', 0.8], ['manque un modele', 1.2], ['un modele pour', 0.8], ['que de plastique', 1], ['so much plastic', 1], ['trop de plastique', 1], ['too much plastic', 1],
    ['dommage qu', 0.8], ['rien au dessus', 1], ['au dessus du #', 0.8], ['nothing above', 1], ['above a size', 1], ['pas la seule', 0.6], ['pas le seul', 0.6], ['not the only one', 0.6],
    ['il manque une option', 1.2], ['no option to', 1.2], ['a real pain', 0.8], ['is a pain', 0.8], ['proposez des echantillons', 1.2], ['offer fabric samples', 1.2], ['offer samples', 1.2], ['petits espaces', 0.8], ['small spaces', 0.8], ['you lack', 0.6], ['ca manque de', 0.6], ['mode sombre', 1.2], ['dark mode', 1.2], ['wouldn t go amiss', 1.2], ['serait pas du luxe', 1.2], ['only downside', 1.2], ['seul bemol', 1.2], ['downside', 0.8],
    ['comfy but', 1], ['comfortable but', 1], ['confortable mais', 1], ['un peu haute', 0.8], ['un peu haut', 0.8], ['a bit high', 0.8], ['a bit low', 0.8], ['un peu trop', 0.5], ['a bit too', 0.5],
    ['une appli avec', 1.2], ['an app with', 1.2], ['smaller version', 1], ['bigger version', 1], ['version plus petite', 1], ['version plus grande', 1], ['you need a', 0.5],
    ['suggestion*', 1.2], ['idee', 0.8], ['ce serait bien', 1], ['serait bien', 0.8], ['ce serait top', 1],
    ['il faudrait', 0.8], ['vous devriez', 0.8], ['vous devriez proposer', 1], ['ajouter', 0.6], ['ajoutez', 0.8], ['amelior*', 0.8], ['mon avis', 0.6],
    ['dommage que', 0.8], ['pas clair*', 1], ['peu clair*', 1], ['incomprehensible*', 1], ['confus*', 0.8], ['notice', 0.6],
    ['mode d emploi', 0.6], ['manuel', 0.5], ['pas intuiti*', 1], ['je propose', 0.8], ['proposition', 0.6], ['retour', 0.2], ['petit retour', 1],
    ['suggest*', 1], ['idea', 0.8], ['would be nice', 1], ['would be great', 1], ['you should', 0.8], ['please add', 1], ['you should offer', 1],
    ['improve*', 0.8], ['feedback', 1], ['confusing', 1], ['unclear', 1], ['not clear', 1], ['manual', 0.5],
    ['instructions', 0.5], ['hard to understand', 1], ['not intuitive', 1], ['i wish', 0.8],
    ['mal explique*', 1.2], ['explication*', 0.5], ['comprend rien', 1], ['rien compris', 1], ['illisible*', 1], ['notice*', 0.8], ['instruction*', 0.6],
    ['schema*', 0.6], ['que en anglais', 0.8], ['qu en anglais', 0.8], ['pas pratique', 1], ['ce serait cool', 1], ['serait cool', 1], ['serait top', 1], ['ca serait bien', 1],
    ['plairait', 1], ['pourquoi pas', 0.6], ['pourriez faire', 1], ['pourriez proposer', 1], ['petite remarque', 1.2], ['remarque', 0.8], ['trop petit pour lire', 1],
    ['une option', 0.6], ['une version', 0.5], ['version sans', 0.6],
    ['badly written', 1.2], ['poorly written', 1.2], ['badly explained', 1.2], ['make* no sense', 1], ['make* zero sense', 1], ['zero sense', 1], ['impossible to read', 1],
    ['hard to read', 1], ['hard to follow', 1], ['user guide', 0.8], ['manual*', 0.8], ['diagram*', 0.6], ['only in french', 0.8], ['only in english', 0.8],
    ['not very handy', 1], ['not handy', 1], ['d be cool', 1], ['would be cool', 1], ['would sell', 1], ['what about', 0.5], ['why not', 0.5], ['small note', 1.2],
    ['quick note', 1.2], ['could you make', 1], ['you could make', 1], ['an option', 0.6], ['a version', 0.5],
    ['guide de montage', 1], ['guide', 0.4], ['saute des etapes', 1], ['tuto*', 0.6], ['pictogramme*', 0.6], ['livret', 0.8], ['ce serait *', 1], ['ca serait *', 1], ['skips steps', 1], ['tutorial*', 0.6], ['booklet', 0.8], ['would be amazing', 1.2], ['would be awesome', 1.2], ['would be cool', 1.2], ['would be brilliant', 1.2], ['would be good', 1], ['would be helpful', 1],
    ['plan de montage', 1], ['montage', 0.4], ['assembly plan', 1], ['assembly', 0.4], ['correspondent pas', 0.6], ['don t match', 0.6], ['how about a', 1], ['et si vous', 1],
    ['separement', 0.8], ['devrait preciser', 1], ['devrait', 0.5], ['vous pourriez', 0.6], ['separately', 0.8], ['should say', 0.8], ['leaflet', 0.8], ['could you sell', 1],
    ['recycl*', 0.6], ['shame', 0.8], ['shame the', 1], ['a shame', 1], ['pity', 0.8], ['too bad', 0.8],
    ['bemol', 1.2], ['gripe', 1], ['small gripe', 1.2], ['dommage car', 1], ['shame because', 1], ['aimerais bien pouvoir', 1.2], ['aimerais pouvoir', 1.2], ['pouvoir choisir', 0.8], ['love to be able to', 1.2], ['be able to', 0.5],
    ['galere', 0.6], ['pain to', 0.8], ['est joli mais', 0.8], ['est jolie mais', 0.8], ['est bien mais', 0.8], ['looks nice but', 1], ['looks great but', 1], ['is nice but', 1], ['proposez', 0.8], ['tailles plus grandes', 1], ['plus de tailles', 1], ['bigger sizes', 1], ['more sizes', 1], ['please do', 0.8], ['please make', 1],
    ['difficile a ouvrir', 1], ['difficile a', 0.6], ['hard to open', 1], ['hard to', 0.5], ['est top mais', 1], ['would be great to', 1.2], ['serait bien de', 1.2],
    ['la prochaine fois', 0.8], ['next time', 0.8], ['penser aux', 0.6], ['spare a thought', 1], ['any plans for', 0.8], ['vous comptez', 0.6], ['version for', 0.6], ['version pour', 0.6], ['kids version', 1], ['version enfant*', 1], ['ca saoule', 0.8], ['trop de pub*', 1], ['pubs partout', 1], ['ads everywhere', 1],
    ['encore une pub', 0.8], ['another ad', 0.8], ['give it a rest', 1], ['dommage de', 0.8], ['plastique', 0.6], ['plastic', 0.6], ['emballage*', 0.4], ['packaging', 0.4], ['bit rich', 0.8], ['vous ouvrez une boutique', 1.2], ['ouvrez une boutique', 1.2], ['ouvrir une boutique', 1], ['a shop in', 0.8], ['open a shop', 1], ['un jour', 0.3], ['one day', 0.3],
    ['would be a dream', 1.2], ['serait le reve', 1.2], ['pop up', 0.6], ['boutique ephemere', 0.8], ['qualite a baisse', 1], ['c etait mieux avant', 1], ['gone downhill', 1], ['used to be better', 1],
    ['petit conseil', 1], ['mettez', 0.6], ['tip', 0.6], ['ever thought about', 1], ['vous avez pense a', 1], ['keep asking', 0.6], ['nombreux a', 0.5],
    ['celui d avant', 0.8], ['the old one', 0.8], ['l ancienne formule', 1], ['old formula', 1],
    ['quel gachis', 1], ['gachis', 0.8], ['what a waste', 1], ['waste', 0.5], ['si grande pour', 0.6], ['huge box', 0.8], ['for recycling', 0.8], ['pour les recycler', 0.8], ['reprenez', 0.6], ['reprise', 0.5], ['notif*', 0.8], ['notification*', 0.8], ['toutes les heures', 0.5], ['every hour', 0.5],
    ['filtrer', 0.8], ['filter', 0.8], ['no way to', 0.6], ['filtrer par prix', 1.2], ['filter by price', 1.2],
    ['pourquoi avoir arrete', 1], ['why did you stop', 1], ['mon prefere', 0.4], ['my favourite', 0.4],
    ['m attendais a', 0.8], ['expected better', 1], ['autre qualite', 0.6], ['pour le prix', 0.6], ['for the price', 0.6],
    ['pas mal dans l ensemble', 1.2], ['dans l ensemble', 0.6], ['pas mal mais', 0.8], ['overall', 0.4], ['does the job but', 1.2], ['does the job', 0.6], ['it s fine but', 1], ['flimsy', 0.6], ['fait un peu cheap', 1], ['un peu cheap', 0.8], ['feels a bit', 0.6], ['qu en photo', 0.8], ['que sur la photo', 0.8], ['than in the photo*', 0.8], ['than the photo*', 0.8], ['plus terne', 0.6], ['duller', 0.6],
    ['filtre par', 1], ['un filtre', 0.8], ['changerait la vie', 1], ['make life so much easier', 1.2], ['make life easier', 1.2],
    ['ce qui serait genial', 1.2], ['what would be brilliant', 1.2], ['serait genial', 1],
    ['is pretty but', 1], ['slides all over', 0.8], ['glisse partout', 0.8],
  ],
  praise: [
    ['je plussoie', 0.8], ['seconded', 0.8], ['aucun defaut', 1], ['not a single fault', 1], ['flawless', 1, 'neg'], ['du debut a la fin', 0.5], ['from start to finish', 0.5], ['rappele dans l heure', 1.2], ['called me back within', 1.2], ['grace a votre', 0.8, 'neg'], ['thanks to your', 0.8, 'neg'], ['les yeux fermes', 1], ['eyes shut', 1], ['eyes closed', 1], ['je te les conseille', 1, 'neg'], ['je te le conseille', 1, 'neg'], ['encore plus doux', 0.8], ['even softer', 0.8], ['nice to see', 0.8, 'neg'], ['actually answers', 0.8], ['actually replies', 0.8], ['can confirm', 0.8], ['je confirme', 0.8], ['spotless', 1, 'neg'], ['honestly get it', 1], ['had the same one', 0.6], ['le meme depuis', 0.6], ['service is great', 1, 'neg'], ['got my refund in', 1], ['refunded in # days', 1], ['rembourse en # jours', 1],
    ['fonce', 0.8], ['go for it', 0.8], ['et il a pas bouge', 1], ['and it hasn t budged', 1], ['je l ai depuis', 0.5], ['had mine', 0.5],
    ['quel plaisir', 1, 'neg'], ['what a joy', 1, 'neg'], ['sans plastique', 0.5], ['no plastic', 0.5],
    ['ils sont sympas', 1.2, 'neg'], ['sont sympas', 1, 'neg'], ['still looks new', 1.2, 'neg'], ['looks brand new', 1.2, 'neg'], ['looks new', 0.8, 'neg'], ['comme neuf', 1, 'neg'],
    ['no questions asked', 1.2], ['sans poser de questions', 1.2], ['sans discuter', 0.8], ['ils m ont renvoye', 0.8], ['m ont renvoye une', 0.8], ['they just sent', 0.8], ['just sent a new one', 1.2], ['t inquiete', 0.6], ['gratuitement en', 0.6], ['best person', -0.5],
    ['super reactif*', 1.2, 'neg'], ['tres reactif*', 1.2, 'neg'], ['reactif*', 0.6, 'neg'], ['sorted mine in', 1], ['sorted it in a day', 1.2],
    ['on est fans', 1, 'neg'], ['on est fan', 1, 'neg'], ['ce que ca donne chez nous', 0.6], ['ce que ca donne chez moi', 0.6], ['how it looks at ours', 0.6], ['looks at ours', 0.6],
    ['tout le monde a demande', 1, 'neg'], ['tout le monde nous demande', 1, 'neg'], ['everyone asked', 1, 'neg'], ['everyone asks', 1, 'neg'],
    ['adorent', 1, 'neg'], ['they love it', 1, 'neg'], ['avant apres', 0.4], ['before and after', 0.4], ['toujours pas decu*', 1.2], ['still not disappointed', 1.2], ['never been disappointed', 1.2],
    ['a adopte', 0.8], ['adopte le', 0.8], ['adopted the', 0.8], ['claimed the', 0.6], ['enleve l etiquette', 0.6], ['taken the label off', 0.6], ['avant meme', 0.3], ['before we d even', 0.3], ['before we even', 0.3],
    ['used to love', -1.2], ['j adorais', -0.8], ['no notes', 1],
    ['toujours aussi content*', 1, 'neg'], ['aussi contente', 0.8, 'neg'], ['cliente a vie', 1.2], ['client a vie', 1.2], ['customer for life', 1.2], ['just as happy', 0.8, 'neg'], ['still just as happy', 1, 'neg'],
    ['en parle encore', 1, 'neg'], ['still talking about it', 1, 'neg'], ['toute la famille', 0.5], ['the whole family', 0.5], ['a fete ses', 0.5], ['du grand art', 0.8, 'neg'], ['work of art', 0.8, 'neg'],
    ['bravo', 1, 'neg'], ['genial*', 1, 'neg'], ['top', 0.8, 'neg'], ['au top', 1, 'neg'], ['adore', 1, 'neg'],
    ['magnifique', 1, 'neg'], ['superbe', 1, 'neg'], ['trop bien', 1, 'neg'], ['parfait*', 0.8, 'neg'],
    ['excellent*', 1, 'neg'], ['felicitation*', 1, 'neg'], ['incroyable', 0.8, 'neg'], ['ravi', 0.8, 'neg'],
    ['ravie', 0.8, 'neg'], ['nickel', 0.8, 'neg'], ['sublime', 1, 'neg'], ['je recommande', 1, 'neg'], ['love', 0.8, 'neg'],
    ['amazing', 1, 'neg'], ['awesome', 1, 'neg'], ['great', 0.6, 'neg'], ['perfect', 0.8, 'neg'], ['fantastic', 1, 'neg'],
    ['wonderful', 1, 'neg'], ['beautiful', 0.8, 'neg'], ['well done', 1, 'neg'], ['congrats', 1, 'neg'],
    ['congratulations', 1, 'neg'], ['highly recommend', 1, 'neg'], ['obsessed', 0.8, 'neg'],
    ['trop contente', 1, 'neg'], ['trop content', 1, 'neg'], ['tres contente', 1, 'neg'], ['tres content', 1, 'neg'], ['satisfait*', 0.8, 'neg'], ['so happy', 1, 'neg'],
    ['happy with', 0.8, 'neg'], ['best', 0.5, 'neg'],
    ['rien a dire', 0.8], ['rien a redire', 1], ['au rendez vous', 0.8], ['as always', 0.6], ['comme d hab', 0.4],
    ['bon courage', 1], ['good luck', 1], ['fier', 0.6, 'neg'], ['fiere', 0.6, 'neg'], ['proud', 0.6, 'neg'], ['hate de', 0.8], ['trop hate', 1], ['can t wait', 1], ['cant wait', 1], ['mdr', 0.6], ['ptdr', 0.6], ['lmao', 0.6], ['qui a eu l idee', 0.8], ['whoever came up with', 0.8], ['10 10', 1], ['jamais decue', 1], ['jamais decu', 1], ['never disappointed', 1],
    ['genie', 0.8], ['qui a choisi', 0.6], ['whoever picked', 0.8], ['deserves a raise', 1.2], ['merite une augmentation', 1.2], ['swears by', 1], ['ne jure que par', 1], ['une pensee pour', 0.8],
    ['comme a un chien', -1.5, 'neg'], ['comme a une merde', -1.5, 'neg'], ['malpoli*', -1.2, 'neg'], ['impoli*', -1.2, 'neg'], ['desagreable*', -1.2, 'neg'], ['mal accueilli*', -1.2, 'neg'], ['mal recu*', -1, 'neg'], ['hautain*', -1.2, 'neg'], ['meprisant*', -1.2, 'neg'], ['agressi*', -1, 'neg'], ['m a crie dessus', -1.5, 'neg'], ['like dirt', -1.5, 'neg'], ['rude', -1.2, 'neg'], ['unfriendly', -1.2, 'neg'], ['condescending', -1.2, 'neg'], ['dismissive', -1.2, 'neg'], ['patronising', -1.2, 'neg'], ['patronizing', -1.2, 'neg'], ['shouted at me', -1.5, 'neg'], ['yelled at me', -1.5, 'neg'], ['merci pour rien', -1.5], ['thanks for nothing', -1.5],
    ['inspirant*', 0.8, 'neg'], ['inspiring', 0.8, 'neg'], ['je vous partage', 0.6], ['here s my', 0.6], ['softer than', 0.8], ['plus doux que', 0.8],
    ['grosse pensee', 0.8], ['pensee a', 0.6], ['big love', 1], ['ca fait plaisir', 1.2], ['lovely to see', 1.2],
    ['gorgeous', 1, 'neg'], ['stunning', 1, 'neg'], ['a tomber', 0.8, 'neg'], ['les meilleurs', 1, 'neg'], ['the best', 0.8, 'neg'],
    ['derangeais', -1.2, 'neg'], ['bothering her', -1.2, 'neg'], ['bothering him', -1.2, 'neg'],
    ['jamais trouve mieux', 1.2], ['never found better', 1.2], ['ans que j utilise', 0.8], ['years using', 0.8],
    ['tellement beau', 1, 'neg'], ['tellement belle', 1, 'neg'], ['so pretty', 1, 'neg'], ['pas ose l ouvrir', 0.8], ['didn t dare open', 0.8],
    ['thanks to you', 0.8], ['grace a vous', 0.8],
    ['never let me down', 1.2], ['never lets me down', 1.2], ['ne m a jamais decu', 1.2], ['ne m a jamais decue', 1.2], ['seule marque', 0.6], ['only brand', 0.6],
    ['still like new', 1.2], ['toujours comme neuf', 1.2], ['il est comme neuf', 1],
    // A picture shared, or laughter: faint on their own, enough to put the praise replies first when nothing else fits.
    ['voici', 0.3], ['here s', 0.3], ['regardez', 0.3], ['look at this', 0.3], ['photo', 0.3], ['resultat', 0.3], ['the result', 0.3],
    ['lol', 0.3], ['haha*', 0.3], ['merci', 0.3], ['thanks', 0.3], ['thank you', 0.3], ['beau', 0.4, 'neg'], ['belle', 0.4, 'neg'], ['lovely', 0.6, 'neg'],
  ],
  'thanks-team-member': [
    ['le monteur', 0.8], ['la monteuse', 0.8], ['d une gentillesse', 1.2], ['the fitter', 0.8], ['so kind', 0.8],
    ['cheers to him', 1], ['cheers to her', 1], ['merci a lui', 1], ['merci a elle', 1], ['the driver waited', 0.6], ['le livreur a attendu', 0.6],
    ['conseiller*', 0.6], ['conseillere*', 0.6], ['vendeu*', 0.6], ['livreu*', 0.5], ['hotesse', 0.6],
    ['tres aimable', 0.8], ['tres gentil*', 0.6], ['a pris le temps', 0.8], ['super accueil', 1], ['accueil', 0.4],
    ['merci a la', 0.5], ['merci a le', 0.5], ['merci au', 0.5], ['un grand merci a', 0.8], ['merci a', 0.5],
    ['thanks to', 0.6], ['thank you to', 0.6], ['shout out to', 1], ['shoutout to', 1], ['kudos to', 1],
    ['your agent', 0.8], ['your staff', 0.8], ['the staff', 0.6], ['the cashier', 0.6], ['the driver', 0.5],
    ['customer service rep', 0.8], ['so helpful', 0.8], ['very helpful', 0.8], ['above and beyond', 1], ['friendly staff', 1],
    ['bravo a', 0.8], ['en boutique', 0.4], ['en magasin', 0.4], ['super conseil*', 0.8], ['conseils', 0.5], ['patient*', 0.6],
    ['big thanks to', 1], ['in store', 0.4], ['great advice', 0.8], ['patient', 0.6],
    ['chapeau a', 1], ['hats off to', 1.2], ['l equipe du magasin', 1], ['l equipe de la boutique', 1], ['store team', 1], ['shop team', 1], ['bons conseils', 0.6], ['good advice', 0.6],
    ['big up', 1], ['big up a', 1.2], ['big up to', 1.2],
    ['la personne au telephone', 1], ['the person on the phone', 1], ['au telephone', 0.5], ['on the phone', 0.5], ['young lad', 0.6], ['la petite vendeuse', 1], ['branch', 0.4],
    ['comme a un chien', -1.5, 'neg'], ['comme a une merde', -1.5, 'neg'], ['malpoli*', -1.2, 'neg'], ['impoli*', -1.2, 'neg'], ['desagreable*', -1.2, 'neg'], ['mal accueilli*', -1.2, 'neg'], ['mal recu*', -1, 'neg'], ['hautain*', -1.2, 'neg'], ['meprisant*', -1.2, 'neg'], ['agressi*', -1, 'neg'], ['m a crie dessus', -1.5, 'neg'], ['like dirt', -1.5, 'neg'], ['rude', -1.2, 'neg'], ['unfriendly', -1.2, 'neg'], ['condescending', -1.2, 'neg'], ['dismissive', -1.2, 'neg'], ['patronising', -1.2, 'neg'], ['patronizing', -1.2, 'neg'], ['shouted at me', -1.5, 'neg'], ['yelled at me', -1.5, 'neg'], ['merci pour rien', -1.5], ['thanks for nothing', -1.5],
    ['l equipe de l entrepot', 1], ['warehouse team', 1], ['l equipe du service', 0.8],
    ['derangeais', -1.2, 'neg'], ['bothering her', -1.2, 'neg'], ['bothering him', -1.2, 'neg'],
    ['mention speciale', 1], ['special mention', 1], ['on the till', 0.6], ['a la caisse', 0.5], ['toujours le sourire', 0.8], ['always smiling', 0.8],
    ['le monsieur du', 1], ['la dame du', 1], ['the gentleman in', 1], ['the lady in', 1], ['the gentleman at', 1], ['the lady at', 1], ['what a star', 1], ['quelle perle', 1], ['m aider a choisir', 0.8], ['helping me choose', 0.8], ['helped me choose', 0.8], ['a pris # minutes', 1], ['spent # minutes', 0.8], ['spent twenty minutes', 1], ['pris vingt minutes', 1],
    ['je remercie', 0.8], ['like to thank', 0.8], ['service apres vente', 0.4], ['aftersales', 0.4], ['after sales', 0.4], ['a tout regle', 0.8], ['sorted everything', 0.8], ['en un appel', 0.6], ['in one call', 0.6],
  ],
  'urgent-out-of-hours': [
    ['dois absolument', 1], ['absolutely must', 1], ['pars a l etranger', 0.6], ['going abroad', 0.6],
    ['une reponse maintenant', 1.2], ['need an answer now', 1.2], ['an answer now', 1],
    ['joignables', 1], ['le 26 decembre', 0.6], ['boxing day', 1], ['jour de l an', 1], ['new year s day', 1],
    ['avant lundi', 0.8], ['before monday', 0.8],
    ['c est critique', 1.2], ['critique', 0.8], ['it s critical', 1.2], ['critical', 0.8], ['doit etre livre avant', 1], ['has to arrive before', 1], ['must arrive before', 1],
    ['repondez vite', 1.2], ['repondre vite', 1], ['answer quickly', 1.2], ['reply quickly', 1.2], ['a avale', 0.8], ['swallowed', 0.8],
    ['enterrement', 1], ['funeral', 1], ['obseques', 1], ['il me faut', 0.4], ['can it be done', 0.6], ['avant vendredi', 0.5], ['before friday', 0.5],
    ['urgent*', 1.2], ['urgence', 1.2], ['au plus vite', 0.8], ['asap', 1], ['tout de suite', 0.6], ['immediatement', 0.8],
    ['ce soir', 0.6], ['ce week end', 0.8], ['week end', 0.5], ['dimanche', 0.5], ['en pleine nuit', 1], ['horaires', 0.8], ['a quelle heure', 1], ['etes fermes', 1],
    ['joignable', 0.8], ['quelqu un', 0.3],
    ['emergency', 1.2], ['right now', 0.6], ['immediately', 0.8], ['tonight', 0.6], ['this weekend', 0.8], ['weekend', 0.5],
    ['opening hours', 1], ['open on', 0.6], ['anyone there', 1], ['anybody there', 1], ['middle of the night', 1], ['are you closed', 1], ['what time', 0.8],
    ['etes ouvert*', 1.2], ['vous ouvrez', 1], ['ouvert le', 0.5], ['ouverts le', 0.5], ['le dimanche', 0.8], ['ferie*', 1], ['horaire*', 1], ['reponse rapide', 0.6], ['besoin d une reponse', 1],
    ['rapidement', 0.6], ['pour demain', 0.8], ['tres presse*', 1],
    ['are you open', 1.2], ['on sundays', 0.8], ['on sunday', 0.8], ['bank holiday*', 1], ['your hours', 1], ['quick answer', 0.6], ['quick reply', 0.6], ['quick response', 0.6], ['need an answer', 1], ['need a quick', 1],
    ['for tomorrow', 0.8], ['in a hurry', 1], ['time sensitive', 1],
    ['le samedi', 0.8], ['samedi', 0.5], ['service client', 0.4], ['on saturday*', 0.8], ['saturday', 0.5], ['sunday', 0.5], ['customer service', 0.4],
    ['le soir', 0.6], ['in the evening', 0.6], ['numero a appeler', 0.6], ['number to call', 0.6], ['c est important', 0.6], ['it s important', 0.6],
    ['il est #h', 0.8], ['il est # h', 0.8], ['#pm', 0.6], ['it s #pm', 0.8], ['je fais quoi', 0.6], ['what do i do', 0.6], ['le week end', 0.8], ['at weekends', 1], ['weekends', 0.6], ['lundi', 0.3], ['monday', 0.3], ['attendre lundi', 1], ['wait for monday', 1], ['till monday', 0.8], ['until monday', 0.8],
    ['anybody around', 1], ['anyone around', 1], ['avant demain', 0.8], ['before tomorrow', 0.8], ['before noon', 0.6], ['avant midi', 0.6], ['sinon j annule', 0.6],
    ['vite svp', 1], ['vite stp', 1], ['vite', 0.5], ['quick please', 1], ['ferme dans', 0.8], ['shuts in', 0.8], ['closes in', 0.8],
    ['help quickly', 1], ['aide rapidement', 1], ['quickly', 0.6], ['today', 0.3], ['aujourd hui', 0.3],
    ['quelle heure', 0.8], ['vous joindre', 0.8], ['reach you', 0.6],
    ['help fast', 1.2], ['aidez moi vite', 1.2], ['in three hours', 0.8], ['dans trois heures', 0.8], ['in # hours', 0.8], ['dans # heures', 0.8], ['my flight', 0.8], ['mon vol', 0.8], ['passeport', 0.6], ['passport', 0.6],
    ['il me faut quelqu un', 1.2], ['need someone today', 1.2], ['quelqu un aujourd hui', 1.2], ['someone today', 1],
    ['pendant les vacances', 1], ['vacances de noel', 1], ['christmas holidays', 1], ['over the holidays', 1], ['over christmas', 1], ['pendant les fetes', 1],
    ['entre midi et deux', 1], ['over lunchtime', 1], ['at lunchtime', 1], ['pause dejeuner', 1], ['lunch break', 1],
  ],
  'repeated-contact': [
    ['head office', 1], ['and even dm d', 1.2], ['even dm d', 1], ['even messaged', 1], ['et meme sur insta', 1.2], ['meme sur insta', 1], ['ecrit au sav', 1], ['emailed after sales', 1.2],
    ['ri au nez', 2], ['rire au nez', 2], ['laughed at me', 2], ['laughed in my face', 2], ['la direction', 1], ['quelqu un de la direction', 1.5], ['someone senior', 1.2], ['speak to a manager', 1.2], ['speak to someone senior', 1.5],
    ['vous allez repondre', 0.8], ['going to answer', 0.8], ['keep posting', 1], ['just keep posting', 1.2], ['continuer a poster', 1],
    ['desinscrit* # fois', 1.5], ['desinscrit* plusieurs fois', 1.5], ['unsubscribed # times', 1.5], ['unsubscribed several times', 1.5],
    // What staff said, told in a story ('on m'a dit 6 semaines, puis 10'), then a plea for a call: escalation, not a rumour.
    ['peut m appeler', 1.2], ['m appeler au moins', 1.2], ['quelqu un peut m appeler', 1.2], ['je sais plus quoi faire', 0.8], ['sais plus quoi faire', 0.8], ['someone with authority', 1.2], ['ring me', 0.8], ['don t know what else to do', 0.8], ['puis #', 0.4],
    ['zero reponse', 1.2], ['zero answers', 1.2], ['zero answer', 1.2], ['trois appels', 1], ['three calls', 1], ['deux mails', 0.6], ['two emails', 0.6], ['pigeon voyageur', 0.6], ['carrier pigeon', 0.6],
    ['promis un rappel', 1.2], ['un rappel sous', 1], ['rappel sous #h', 1.2], ['rappel sous # h', 1.2], ['callback within', 1.2],
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
    ['ca fait # fois', 1.2], ['# fois que', 1], ['nobody gets back', 1.2], ['no one gets back', 1.2], ['nobody got back', 1.2], ['never got back', 1.2], ['#rd time i', 1.2],
    ['je vous ai ecrit', 0.8], ['wrote to you', 0.8],
    ['reitere', 1], ['asking again', 1], ['sans retour', 0.8], ['without any reply', 1], ['without a reply', 1], ['without any answer', 1],
    ['me rappellerait', 1.2], ['me rappeler', 0.6], ['call me back', 1], ['promised to call', 1],
    ['#e message*', 1.2], ['#eme message*', 1.2], ['#rd dm', 1.2], ['#th dm', 1.2], ['#nd dm', 1.2], ['#rd message', 1.2], ['#th message', 1.2], ['toujours personne', 1], ['still nobody', 1], ['still no one', 1], ['vos dm', 0.4], ['vos mp', 0.4], ['your dms', 0.4],
    ['crickets', 1], ['silence', 0.5], ['emailed support', 0.6], ['ecrit au sav', 0.8], ['wrote to support', 0.8], ['on est le #', 0.6], ['it s the #', 0.4], ['on hold', 0.8], ['attente au tel*', 1], ['mis en attente', 0.8], ['raccroch*', 1], ['hung up', 1],
    ['dossier', 0.6], ['mon dossier', 0.8], ['transmis', 0.8], ['escalad*', 1], ['escalat*', 1], ['passed on', 0.8], ['my file', 0.6], ['my case', 0.6], ['was told', 0.6],
    ['je vous ai appele*', 1], ['appele*', 0.5], ['rang', 0.4], ['a chaque fois', 0.8], ['every time', 0.6], ['promised a callback', 1.2], ['callback', 0.8], ['on me rappelle', 1], ['# times', 0.4], ['three times', 0.4], ['four times', 0.6], ['keep coming', 0.6], ['parler a un humain', 1], ['talk to an actual human', 1.2], ['actual human', 1], ['un humain', 0.8], ['a human', 0.6], ['real person', 1],
    ['injoignable*', 1], ['unreachable', 1], ['sonne dans le vide', 1.2], ['rings out', 1.2], ['personne ne decroche', 1.2], ['nobody picks up', 1.2],
    ['comme a un chien', 1, 'neg'], ['comme a une merde', 1, 'neg'], ['malpoli*', 0.8, 'neg'], ['impoli*', 0.8, 'neg'], ['desagreable*', 0.6, 'neg'], ['mal accueilli*', 0.8, 'neg'], ['hautain*', 0.8, 'neg'], ['meprisant*', 0.8, 'neg'], ['m a crie dessus', 1, 'neg'], ['like dirt', 1, 'neg'], ['rude', 0.8, 'neg'], ['unfriendly', 0.6, 'neg'], ['condescending', 0.8, 'neg'], ['dismissive', 0.8, 'neg'], ['patronising', 0.8, 'neg'], ['patronizing', 0.8, 'neg'], ['shouted at me', 1, 'neg'], ['yelled at me', 1, 'neg'],
    ['aucun rappel', 1.2], ['messages vocaux', 0.8], ['message vocal', 0.8], ['repondeur', 0.8], ['voicemail*', 0.8], ['rang back', 0.8], ['nobody rang back', 1.2], ['no one rang back', 1.2], ['en cours de traitement', 1], ['being processed', 1], ['reclamation', 0.6], ['my complaint', 0.6],
    ['lache l affaire', 1], ['je laisse tomber', 0.8], ['i give up', 0.8], ['give up', 0.6], ['#h au telephone', 1], ['# h au telephone', 1], ['heures au telephone', 1], ['hours on the phone', 1], ['not a word', 1], ['pas un mot', 0.8], ['my email on', 0.6], ['mon mail du', 0.6], ['aucune nouvelle depuis', 1],
    ['derangeais', 0.8, 'neg'], ['bothering her', 0.8, 'neg'], ['bothering him', 0.8, 'neg'],
    ['j ai gagne votre *', 1.2], ['i won your *', 1.2], ['won your competition', 1.2], ['mon lot', 0.6], ['my prize', 0.6],
    ['deja tout explique', 1.2], ['deja explique', 1], ['already explained', 1], ['deux fois', 0.6], ['twice', 0.5], ['start again', 0.6], ['recommence', 0.6],
    ['troisieme personne', 1], ['third person', 1], ['explique mon probleme', 0.8], ['explained my problem', 0.8],
    ['fifth time', 1.2], ['fourth time', 1.2], ['second time', 0.8], ['cinquieme fois', 1.2], ['quatrieme fois', 1.2], ['deuxieme fois', 0.8], ['same order', 0.5], ['meme commande', 0.5], ['anyone actually read', 1.2], ['anyone read these', 1.2], ['does anyone read', 1.2], ['quelqu un lit', 1.2], ['vous lisez vos', 1],
    ['passez moi', 1], ['pouvoir de decider', 1], ['reponses toutes faites', 1], ['put me through', 1], ['canned answers', 1], ['make a decision', 0.6],
    ['avis partout', 1.2], ['reviews everywhere', 1.2], ['tell which', 1], ['# millions de consommateurs', 1.2],
    ['ca fait trois fois', 1.2], ['trois fois que', 1], ['three times i ve', 1.2], ['formulaire de contact', 0.6], ['contact form', 0.6], ['a quoi il sert', 0.6], ['what is it even for', 0.6],
    ...THREAD_FOLLOW_UPS.map((term): [string, number] => [term, 1]),
  ],
  moderation: [
    ['des singes', 1], ['monkeys', 1],
    ['et toi avec', 1], ['and so are you', 1], ['is trash', 1], ['c est de la m', 0.8],
    ['tu sers a rien', 1.2], ['sers a rien', 1], ['t es nul', 1], ['t es nulle', 1],
    ['charlatan*', 1], ['sans scrupules', 0.8], ['cowboys', 1], ['no shame', 0.6],
    ['bons a rien', 1.2], ['bon a rien', 1.2], ['bande de bons a rien', 1.2], ['good for nothing', 1.2], ['bunch of idiots', 1.2],
    ['bras casses', 1.2], ['servez a rien', 1], ['servez a rien du tout', 1.2], ['completely useless', 1], ['bunch of clowns', 1.2],
    ['retournez a l ecole', 1.2], ['retourne a l ecole', 1.2], ['go back to school', 1.2], ['back to school before', 1.2],
    ['connard*', 1.2], ['connasse*', 1.2], ['encule*', 1.2], ['ta gueule', 1.2], ['fdp', 1.2], ['abruti*', 1.2], ['cretin*', 1.2],
    ['debile*', 1], ['batard*', 1.2], ['bande de nuls', 1.2], ['idiot*', 1], ['stupid', 1], ['moron*', 1.2],
    ['fuck you', 1.2], ['shut up', 1], ['scum', 1.2], ['losers', 1],
    // Spam posted under the brand's posts: something to hide and warn about, not to answer.
    ['reclamer votre lot', 1.2], ['cliquez ici', 1], ['gagnez', 0.5], ['contactez moi en dm', 1.2], ['claim your', 1.2], ['click here', 1],
    ['dm me', 1], ['a day from home', 1.2], ['vous avez ete selectionne', 1.2], ['you ve been selected', 1.2],
    // Followers sold or promised: the audience words are the bait, not a creator's own audience.
    ['gagn* #k abonnes', 1.4], ['gagn* # k abonnes', 1.4], ['gagn* # abonnes', 1.4], ['gagn* des abonnes', 1.4], ['abonnes reels', 1.2], ['vrais abonnes', 1.2],
    ['acheter des abonnes', 1.4], ['achete* des abonnes', 1.4], ['boost* votre compte', 1.2], ['boost* ton compte', 1.2], ['# followers reels', 1.4], ['followers reels', 1.2],
    ['gain #k followers', 1.4], ['gain # k followers', 1.4], ['gain # followers', 1.4], ['get #k followers', 1.4], ['get # followers', 1.4], ['grow your followers', 1.2],
    ['buy followers', 1.4], ['real followers', 1.2], ['boost your account', 1.2], ['boost your page', 1.2], ['cheap followers', 1.4],
    ['guignol*', 1], ['bouffon*', 1], ['espece de', 0.8], ['incapables', 0.6], ['clown*', 1], ['useless', 0.5], ['bunch of', 0.5],
    ['ferme la', 1.2], ['ta bouche', 1], ['shut your mouth', 1.2], ['shut your', 1], ['sellout', 0.6],
    ['des pigeons', 1], ['is a mug', 1],
    ['de merde', 1], ['boite de merde', 1.2], ['crap company', 1.2], ['crap', 0.6], ['merde', 0.6], ['go under', 0.6], ['coulerez', 0.8],
    ['conneries', 1], ['t as vu ta tete', 1.2], ['look at your face', 1.2], ['posting rubbish', 0.8],
    ['crooks', 1], ['escrocs', 1],
    ['get lost', 1.2], ['faire voir', 1.2], ['voleurs', 1], ['thieves', 1], ['rapaces', 1], ['vultures', 1],
    ['jokers', 1], ['rigolos', 1],
    ['shut it', 1.2], ['ferme la toi', 1.2],
    ['spam*', 0.8], ['insulte*', 0.8], ['injure*', 0.8], ['insult*', 0.8], ['haine', 0.6], ['hate speech', 0.8], ['abuse', 0.6],
    ['de mes deux', 1.2], ['retourne jouer', 1.2], ['go back to playing', 1.2], ['joke of a', 1],
    ['liars', 1], ['menteurs', 1], ['incompetent', 0.6],
    ['charlots', 1], ['meritez de couler', 1.2], ['deserve to go bust', 1.2], ['go bust', 0.8],
  ],
};

/**
 * Finer kinds inside an intent, for choosing between replies made for one intent (a gift card, a
 * trade price or a plain price): the terms listed point to that kind, every other term of the
 * intent to its plain kind. A template's kind is read from its own title and tags the same way.
 */
const FACETS: Partial<Record<Intent, Record<string, readonly string[]>>> = {
  'price-b2b-gift-card': {
    gift: [
      'valable combien', 'valable jusqu', 'valable', 'valid for', 'how long is it valid', 'still valid', 'valid until',
      'offert une carte', 'une carte de chez vous', 'one of your cards', 'gave me one of your',
      'carte cadeau', 'cartes cadeaux', 'carte cadeaux', 'bon d achat', 'cheque cadeau', 'bon cadeau', 'bons cadeaux', 'carte kdo', 'kdo', 'e carte*', 'solde de ma carte',
      'offert un bon', 'des bons', 'offrir', 'emballage cadeau', 'gift wrap*', 'gift card*', 'gift voucher*', 'voucher', 'vouchers', 'e gift', 'giftcard*', 'gift certificate*', 'balance on my', 'treat my',
    ],
    trade: [
      'our agency', 'notre agence', 'for # people', 'pour # personnes',
      'en charge des achats', 'responsable des achats', 'service achats', 'achats pour', 'procurement', 'purchasing', 'head of purchasing', 'un groupe de', 'a group of', 'cliniques', 'practices', 'notre mobilier', 'our reception', 'reception furniture', 'mobilier d accueil', 'renouvellement',
      'away day', 'our firm', 'notre cabinet', 'du cabinet', 'a gift for each', 'un cadeau pour chacun', 'pour chacun', 'for each of',
      'devis', 'en gros', 'tarifs pro', 'tarif pro', 'vendez en gros', 'concept store', 'proposition commerciale', 'faire une proposition', 'grossiste*', 'revendeu*', 'revendre',
      'professionnel*', 'entreprise', 'b2b', 'commande groupee', 'en quantite', 'grande quantite', 'comite d entreprise', 'pour mes salaries', 'pour nos salaries',
      'prix pour les pros', 'pour les pros', 'pros', 'personnalise*', 'seminaire', 'referenc*', 'degressif', 'grosse commande', 'grosses commandes', '# pieces', '# unites',
      'offre entreprise', 'offre pour les entreprises', 'cadeaux clients', 'nos clients', 'je tiens un', 'notre boutique', 'notre magasin', 'livrez les boutiques',
      'collectivite*', 'equiper', 'ecoles', 'palette complete', 'par palette', 'nous sommes une', 'nous sommes un', 'me faire un prix', 'un prix pour', 'architecte*', 'projet de',
      'on equipe', 'cse', 'comite social', 'salaries', 'aux professionnels', 'salon de coiffure', 'asso', 'association', 'tous ensemble', 'commander ensemble',
      'commande tous ensemble', 'gerant*', 'hotel*', 'restaurant*', 'je gere un', 'je gere une', 'on cherche', 'pour # chambres',
      'quote', 'wholesale', 'bulk', 'trade pricing', 'reseller*', 'resell', 'corporate', 'for my company', 'for our company', 'for our team', 'volume discount', 'trade price*',
      'trade', 'custom', 'company event', 'tiered pricing', 'large order*', 'big order*', 'corporate offer', 'client gifts', 'our clients', 'i own a', 'i run a', 'our shop',
      'our store', 'supply shops', 'stock your', 'stockist*', 'kit out', 'schools', 'councils', 'pallet*', 'offer terms', 'we re a', 'do me a price', 'a price on', 'architects',
      'project', 'fitting out', 'fit out', 'any deal on', 'staff committee', 'employees', 'professional*', 'sell to', 'hair salon', 'club', 'order together', 'i manage a',
      'we re looking for', 'for # rooms', 'fournisseur', 'supplier', 'chantier*', 'agence d archi', 'architecture practice', 'equipons', 'offre pro', 'trade offer', 'mairie', 'appel d offres', 'faire une offre', 'put an offer together', 'salle de sport', 'our gym', 'appels d offres', 'marche public', 'marches publics', 'public tender*', 'tender*', 'council', 'mediatheque', 'library', 'creche', 'nursery', 'kermesse', 'school fair', 'fete de l ecole', 'bundle', 'wedding favours', 'wedding favors', 'cadeaux d invites', 'cadeau d invite', 'personalis*', 'personaliz*',
    ],
  },
  'crisis-rumour': {
    rumour: [
      'parait il', 'has anyone checked', 'quelqu un a verifie', 'ils ont jamais dit', 'n ont jamais dit', 'they never said', 'never said they',
      'raconter n importe quoi', 'raconte n importe quoi', 'racontez n importe quoi', 'making things up', 'making stuff up', 'jamais eu de rappel', 'never been a recall',
      'c est ecrit sur chaque', 'it s on every', 'bois d amazonie', 'amazon timber',
      'c est pas eux qui', 'c est pas la marque qui', 'weren t they the ones', 'aren t they the ones', 'isn t this the company',
      'c est faux', 'c est pas vrai', 'quelqu un confirme', 'quelqu un peut confirmer', 'not true', 'anyone know for sure', 'know for sure', 'can anyone confirm', 'anyone confirm',
      'word is', 'fact or fiction', 'is that true', 'is this true', 'j ai entendu', 'entends partout', 'j entends', 'what s the story', 'c est quoi l histoire', 'rumeur*', 'rumour*', 'rumor*', 'on m a dit', 'c est vrai que', 'est ce vrai', 'il parait que', 'on dit que', 'someone said', 'is it true', 'true that', 'i heard', 'heard that', 'vrai ou faux', 'info ou intox', 'intox', 'fake news', 'fausse* info*', 'ce qui circule', 'circule', 'on lit', 'j ai lu', 'vu passer', 'c vrai', 'c est vrai', 'vous confirmez', 'read that', 'a lu que', 'ma collegue a lu', 'tout le monde dit', 'everyone s saying', 'everyone is saying', 'any truth', 'truth', 'on raconte', 'entendu dire', 'paraitrait', 'qui tourne', 'dit que vos', 'dit que', 'says your', 'claims your', 'apparently', 'is that so', 'c est le cas', 'is that the case',
    ],
  },
  'feedback-suggestion': {
    wish: [
      'il manque une option', 'no option to', 'proposez des echantillons', 'offer fabric samples', 'offer samples', 'petits espaces', 'small spaces', 'you lack', 'ca manque de', 'mode sombre', 'dark mode', 'wouldn t go amiss', 'serait pas du luxe', 'une appli avec', 'an app with', 'smaller version', 'bigger version', 'version plus petite', 'version plus grande',
      'could you do', 'for tall people', 'pour les grands', 'longer lengths', 'des tailles pour',
      'd be handy', 'would be handy', 'be handy to', 'serait pratique', 'in a * version', 'en version *', 'would be perfect for',
      'd be great', 'd be amazing', 'precommander', 'pre order', 'you really need a', 'filter by', 'filtre par', 'il manque vraiment', 'ca manque', 'ca manque vraiment', 'manque un modele', 'un modele pour', 'pour gaucher*', 'version is missing', 'game changer', 'realite augmentee',
      'suggestion*', 'idee', 'ce serait bien', 'serait bien', 'ce serait top', 'il faudrait', 'vous devriez', 'vous devriez proposer', 'ajouter', 'ajoutez', 'amelior*', 'je propose',
      'proposition', 'suggest*', 'idea', 'would be nice', 'would be great', 'you should', 'please add', 'you should offer', 'improve*', 'i wish', 'ce serait cool', 'serait cool',
      'serait top', 'ca serait bien', 'plairait', 'pourquoi pas', 'pourriez faire', 'pourriez proposer', 'une option', 'une version', 'version sans', 'd be cool', 'would be cool',
      'would sell', 'what about', 'why not', 'could you make', 'you could make', 'an option', 'a version', 'ce serait *', 'ca serait *', 'would be amazing', 'would be awesome',
      'would be brilliant', 'would be good', 'would be helpful', 'how about a', 'et si vous', 'vous pourriez', 'could you sell', 'aimerais bien pouvoir', 'aimerais pouvoir',
      'pouvoir choisir', 'love to be able to', 'be able to', 'proposez', 'tailles plus grandes', 'plus de tailles', 'bigger sizes', 'more sizes', 'please do', 'please make',
      'would be great to', 'serait bien de', 'la prochaine fois', 'next time', 'spare a thought', 'any plans for', 'vous comptez', 'version for', 'version pour', 'kids version',
      'version enfant*', 'vous ouvrez une boutique', 'ouvrez une boutique', 'ouvrir une boutique', 'a shop in', 'open a shop', 'would be a dream', 'serait le reve', 'pop up',
      'boutique ephemere', 'petit conseil', 'mettez', 'tip', 'ever thought about', 'vous avez pense a', 'keep asking', 'ce qui serait genial', 'what would be brilliant', 'serait genial',
    ],
  },
  moderation: {
    spam: [
      'reclamer votre lot', 'cliquez ici', 'gagnez', 'contactez moi en dm', 'claim your', 'click here', 'dm me', 'a day from home', 'vous avez ete selectionne',
      'you ve been selected', 'spam*',
    ],
  },
  'urgent-out-of-hours': {
    hours: [
      'joignables', 'le 26 decembre', 'boxing day', 'jour de l an', 'new year s day',
      'avant lundi', 'before monday',
      'ce soir', 'ce week end', 'week end', 'dimanche', 'en pleine nuit', 'horaires', 'a quelle heure', 'etes fermes', 'joignable', 'tonight', 'this weekend', 'weekend',
      'opening hours', 'open on', 'anyone there', 'anybody there', 'middle of the night', 'are you closed', 'what time', 'etes ouvert*', 'vous ouvrez', 'ouvert le', 'ouverts le',
      'le dimanche', 'ferie*', 'horaire*', 'are you open', 'on sundays', 'on sunday', 'bank holiday*', 'your hours', 'le samedi', 'samedi', 'on saturday*', 'saturday', 'sunday',
      'le soir', 'in the evening', 'le week end', 'at weekends', 'weekends', 'lundi', 'monday', 'attendre lundi', 'wait for monday', 'till monday', 'until monday', 'anybody around',
      'anyone around', 'quelqu un', 'quelle heure', 'vous joindre', 'reach you', 'entre midi et deux', 'over lunchtime', 'at lunchtime', 'pause dejeuner', 'lunch break', 'pendant les vacances', 'vacances de noel', 'christmas holidays', 'over the holidays', 'over christmas', 'pendant les fetes', 'il est #h', 'il est # h', '#pm', 'it s #pm', 'ferme dans', 'shuts in', 'closes in',
    ],
  },
  'repeated-contact': {
    escalated: [
      'ri au nez', 'rire au nez', 'laughed at me', 'laughed in my face', 'la direction', 'quelqu un de la direction', 'someone senior', 'speak to a manager', 'speak to someone senior',
      'j ai gagne votre *', 'i won your *', 'won your competition', 'mon lot', 'my prize', 'comme a un chien', 'comme a une merde', 'malpoli*', 'impoli*', 'desagreable*', 'mal accueilli*', 'hautain*', 'meprisant*', 'm a crie dessus', 'like dirt', 'rude',
      'unfriendly', 'condescending', 'dismissive', 'patronising', 'patronizing', 'shouted at me', 'yelled at me', 'derangeais', 'bothering her', 'bothering him',
      'transmis', 'escalad*', 'escalat*', 'parler a un humain', 'talk to an actual human', 'actual human', 'un humain', 'a human', 'real person', 'dossier', 'mon dossier', 'passed on', 'my file', 'my case', 'was told', 'me rappellerait', 'me rappeler', 'call me back', 'promised to call', 'passez moi', 'pouvoir de decider', 'reponses toutes faites', 'put me through', 'canned answers', 'make a decision', 'avis partout', 'reviews everywhere', 'tell which', '# millions de consommateurs', ...THREAD_FOLLOW_UPS],
  },
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

/** The kind inside its intent a label points to (`FACETS`): spam is moderated with a warning, not as an insult. */
const LABEL_FACETS: Readonly<Record<string, string>> = { spam: 'spam' };

/** What a label adds to an intent its words already show. */
const LABEL_BACKING = 0.3;

/** Triage labels that imply an intent on their own. */
const LABEL_INTENTS: Readonly<Record<string, Intent>> = { toxic: 'moderation', spam: 'moderation', praise: 'praise' };

// A wish is no praise either: "ce serait génial", "would be amazing", "I'd love to".
const NEGATORS = /(?:^|[^a-z0-9])(?:pas|plus|jamais|not|never|no|isn t|isnt|wasn t|wasnt|serait|would be|d be|would|i d)(?: (?:tres|vraiment|si|tellement|so|very|really|that))? $/;

/**
 * Just before a flaw, words that ask whether it happens rather than say it did: "ça rétrécit",
 * "est-ce que ça déteint", "does it shrink", "will it fade", "is it likely to crack".
 */
const ASKED =
  /(?:^| )(?:ca|ca ne|est ce que ca|est ce qu il|est ce qu elle|est ce qu ils|il risque de|elle risque de|ca risque de|risque t il de|risque t elle de|si ca|si jamais ca|does it|do they|will it|would it|can it|could it|is it likely to|are they likely to|does the \w+|do the \w+|if it|tends? to|tend a|tendance a) $/;

/**
 * Praise words that are as often a sneer: said of a clear problem and nothing kinder, they are
 * sarcasm ("Well done, three weeks to receive an empty box"), like any kind word standing alone.
 */
const IRONIC_PRAISE = new Set(['bravo', 'well done', 'brilliant', 'felicitations', 'felicitation', 'congrats', 'congratulations', 'chapeau', 'hats off', 'bien joue', 'nice one', 'good job', 'great job', 'du grand art', 'work of art', 'super', 'top', 'genial', 'great', 'perfect', 'parfait', 'merci', 'thanks', 'thank you']);
/** Problems plain enough that praise beside them, in those words only, is sarcasm. */
const PLAIN_PROBLEMS: readonly Intent[] = ['delivery-delay', 'damaged-product', 'refund-return', 'technical-problem', 'repeated-contact'];

function ironicPraise(found: ReadonlyMap<Intent, IntentMatch>, text: string, labelledPraise: boolean): boolean {
  const praise = found.get('praise');
  if (!praise && !labelledPraise) return false;
  // A kind word standing alone as a sentence of its own ("Magnifique, la poignée…", "…, sympa") is as often a sneer.
  const alone = new Set(fold(text).split(CLAUSE_BREAK).map((c) => c.trim().replace(/[^a-z0-9 ]+/g, ' ').trim()).filter((c) => c !== '' && !c.includes(' ')));
  if (praise && !praise.reasons.every((r) => IRONIC_PRAISE.has(r.match) || alone.has(r.match))) return false;
  // The triage's praise label alone stands for a kind word it heard: a sneer only when such a word stands alone ("Brilliant, another…").
  if (!praise && ![...alone].some((w) => IRONIC_PRAISE.has(w))) return false;
  // Together: "three weeks late AND a broken leg" is plain enough.
  const problems = PLAIN_PROBLEMS.reduce((sum, intent) => sum + Math.max(0, found.get(intent)?.score ?? 0), 0);
  if (problems >= 1) return true;
  // Mail still coming after one opted out is a plain failure too ("Génial, encore un mail alors que je me suis désinscrite").
  const topic = detectRequestTopic(text);
  return topic?.topic === 'opt-out' && problems + topic.score >= 1;
}

/** A comment opening with a quotation: the brand's own words, given back ("« Qualité premium » …"). */
const LEADING_QUOTE = /^\s*(?:«\s*([^»]+)»|"([^"]+)"|“([^”]+)”)/u;

/**
 * The brand's claim quoted back: its kind words are the brand's, not the writer's, and a "bravo"
 * after it is a retort ("« Livraison écoresponsable » en trois cartons, bravo"). No praise then,
 * unless the writer's own words beyond the quote and the ironic ones say something kind.
 */
function quotedBack(found: ReadonlyMap<Intent, IntentMatch>, text: string): boolean {
  const praise = found.get('praise');
  const quote = LEADING_QUOTE.exec(text);
  if (!quote) return false;
  // No kind words of the writer's own and the quote questioned after it ("« À votre écoute » … de quoi ?"):
  // the kind words the praise label saw are the brand's, handed back.
  if (!praise) return quotedRetort(text);
  const inQuote = view(quote[1] ?? quote[2] ?? quote[3] ?? '');
  return praise.reasons.every((r) => IRONIC_PRAISE.has(r.match) || inQuote.includes(` ${r.match} `));
}

/**
 * A claim of the brand's quoted and then questioned ("« Service primé » … qui vous l'a donné ?",
 * "\"Award-winning customer service\" who gave you that award?"): a retort, answered as a grievance
 * even when no failure is named.
 */
export function quotedRetort(text: string): boolean {
  const quote = LEADING_QUOTE.exec(text);
  if (quote === null) return false;
  const rest = text.slice(quote[0].length);
  // …or contradicted straight after ("« Des clients heureux depuis 1987 » plus depuis cette année").
  return rest.includes('?') || CONTRADICTED.test(view(rest));
}

const CONTRADICTED = /^ (?:plus|pas|jamais|sauf|not|no longer|never|except|yeah right|mon oeil) /;

/**
 * A reply to another commenter that opens by calling their words false ("@Yanis faux, la marque est
 * toujours française", "@Paul rubbish, …"): a claim about the brand contested, answered with facts.
 * A bare "non" is left out: it as often corrects a policy as a rumour.
 */
const REPLY_DENIAL = /^@[^\s,:]+[\s,:]+(?:(?:totally|completely|so|completement|tout a fait) )?(?:faux|c est faux|archi faux|wrong|rubbish|nonsense|not true|that s not true|untrue|n importe quoi|fake news)(?![a-z0-9])/;
const REPLY_DENIAL_WEIGHT = 1.2;

/** Where a comment turns: what follows outweighs kind words before it. */
const BUT = / (?:mais|but|par contre|however) /;
const MIXED_WEIGHT = 0.6;

/**
 * Where a long comment states its one ask after the story ("… Je veux juste savoir comment me faire
 * rembourser"): what follows is the point, however much the story before it names.
 */
const ASK = /(?:^| )(?:je veux juste|je voudrais juste|j aimerais juste|je veux simplement|tout ce que je veux|i just want|i only want|all i want|i d just like) /g;
const ASK_REACH = 48;
const ASK_WEIGHT = 0.8;

/** Emoji that turn kind words into sarcasm. */
const SARCASM = /[🙄😒🤡]/u;

/**
 * Emoji of delight, laughter or a shared picture: faint praise (a hint, not an intent), which the
 * folded view of the words cannot see. It tells the suggestions a pleased comment from a grievance.
 */
const DELIGHT = /[😍🥰❤💛💙💚💜🧡😂🤣👏🙌💪📸📷🔥✨😊🙏🎄🎉🐾]/u;
const DELIGHT_WEIGHT = 0.3;

interface CompiledTerm {
  intent: Intent;
  /** `FACETS`' kind for the term, '' for the intent's plain kind. */
  facet: string;
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

const FACET_OF = new Map<string, string>();
for (const [intent, facets] of Object.entries(FACETS)) {
  for (const [facet, terms] of Object.entries(facets)) for (const term of terms) FACET_OF.set(`${intent}|${term}`, facet);
}

/** Longest terms first: a shorter term inside a longer hit of the same intent then adds nothing. */
const COMPILED: readonly CompiledTerm[] = INTENTS.flatMap((intent) =>
  RULES[intent]
    .filter(([, weight]) => weight !== 0)
    .map(([term, weight, flags]) => ({
      intent,
      facet: FACET_OF.get(`${intent}|${term}`) ?? '',
      term,
      weight,
      neg: flags === 'neg',
      re: compile(term),
      literal: literalOf(term),
    })),
).sort((a, b) => b.term.length - a.term.length);

/** The longest whole word a term needs as is (no `*`, no `#`), if any: the key it is looked up by. */
function anchorOf(term: string): string | undefined {
  const whole = fold(term).replace(/[^a-z0-9#* ]+/g, ' ').trim().split(/\s+/).filter((w) => /^[a-z0-9]+$/.test(w));
  return whole.reduce<string | undefined>((a, b) => (a === undefined || b.length > a.length ? b : a), undefined);
}

/**
 * Rules by the whole word they need, so a comment only tries the rules its words can start;
 * those made of prefixes and numbers only ("rembours*", "#e fois") are tried on every comment.
 * Positions in `COMPILED` keep the longest-first order.
 */
const BY_ANCHOR = new Map<string, number[]>();
const UNANCHORED: number[] = [];
COMPILED.forEach((rule, i) => {
  const anchor = anchorOf(rule.term);
  if (anchor === undefined) UNANCHORED.push(i);
  else {
    let list = BY_ANCHOR.get(anchor);
    if (!list) BY_ANCHOR.set(anchor, (list = []));
    list.push(i);
  }
});

/** The rules worth trying on a folded comment, in `COMPILED` order. */
function candidateRules(folded: string): number[] {
  const anchored: number[] = [];
  for (const word of new Set(folded.trim().split(' '))) {
    const rules = BY_ANCHOR.get(word);
    if (rules) for (const i of rules) anchored.push(i);
  }
  anchored.sort((a, b) => a - b);
  // Both lists are in order: merged, not sorted again (the unanchored ones are many).
  const out = new Array<number>(UNANCHORED.length + anchored.length);
  let u = 0;
  let a = 0;
  for (let k = 0; k < out.length; k += 1) {
    out[k] = a >= anchored.length || (u < UNANCHORED.length && (UNANCHORED[u] as number) < (anchored[a] as number)) ? (UNANCHORED[u++] as number) : (anchored[a++] as number);
  }
  return out;
}

const CURRENCY_WORDS: Readonly<Record<string, string>> = { '£': 'pounds', '$': 'dollars' };
/**
 * "£40" → "40 pounds": the amount read as words, where a price's terms can see it ("€" stays out:
 * French amounts are written with the word as often, and the euro terms were tuned without it).
 */
const AMOUNT = /([£$]) ?(\d+)(?:[.,]\d+)?|(\d+)(?:[.,]\d+)? ?([£$])/g;

/** "-30 %", "50% off" → "30 percent", "50 percent off". */
const PERCENT = /(\d+) ?%/g;

/** Folded text with every non-alphanumeric run as one space: "Où est-ce ?" → "ou est ce". */
function view(text: string): string {
  const folded = fold(text);
  const amounts = /[£$]/.test(folded) ? folded.replace(AMOUNT, (_, c1: string, n1: string, n2: string, c2: string) => ` ${n1 ?? n2} ${CURRENCY_WORDS[c1 ?? c2] ?? ''} `) : folded;
  const percents = amounts.includes('%') ? amounts.replace(PERCENT, ' $1 percent ') : amounts;
  return ` ${percents.replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/**
 * A topic the writer sets aside before the real one: "pas de souci avec la livraison, mais…",
 * "not a return, I just…", "delivery was fine, but…". Such a clause says what the comment is not
 * about, so its words are no evidence; it is dropped when another clause is left to read.
 */
const SET_ASIDE_START =
  /^ (?:mais |but )?(?:(?:pas|aucun|aucune|zero) (?:de |d )?(?:souci|soucis|probleme|problemes|reproche) (?:avec|pour|sur|cote|concernant)|rien a voir avec|ca n a rien a voir|(?:ce n est|c est|ce n etait|c etait) pas (?:pour|au sujet|a propos|une question sur|un probleme de)|ne concerne pas|(?:it s |it is |this is |this isn t |this is not )?nothing to do with|(?:it s |this is |it is )?not (?:a|an|about|for a|for an|asking about|regarding|complaining about|a complaint about)|no (?:problem|problems|issue|issues|complaint|complaints) (?:with|about)|not complaining about)(?: |$)/;
const SET_ASIDE_END =
  / (?:was|were|is|are|came|arrived|went) (?:fine|ok|okay|perfect|great|quick|fast|on time|spot on|no problem)(?: (?:though|tho|actually))? $| (?:etait|est|sont|etaient|est arrivee?|s est bien passee?|a ete) (?:nickel|parfaite?|ok|rapide|impeccable|bien|a l heure|dans les temps|top)(?: (?:hein|quand meme))? $/;
const SET_ASIDE_WORDS = 7;
const CLAUSE_BREAK = /[,.;:!?()\n]+| (?=(?:mais|but|par contre|however) )/;

/**
 * A topic the writer says they will pass over, with its details in brackets: "je vais pas m'étendre
 * sur la livraison (2h de retard, …) mais envoyez-moi la facture". However long, it is not the ask.
 */
const PASSED_OVER = /(?:je (?:ne )?vais pas m.etendre sur|je passe sur|passons sur|i won.?t go into|leaving aside)[^(.!?;,]*(?:\s*\([^)]*\))?/g;

/** The folded view without the clauses that set a topic aside (`SET_ASIDE_*`), if any other is left. */
function withoutSetAside(comment: string): string {
  const folded = fold(comment);
  const rest = folded.replace(PASSED_OVER, ' . ');
  const text = rest !== folded && view(rest).trim() !== '' ? rest : folded;
  const whole = view(text);
  if (!/ (?:pas|aucune?|zero|rien|ne|nothing|not|no|fine|ok|okay|perfect|great|quick|fast|time|on|nickel|parfaite?|rapide|impeccable|bien|temps|top|passee?) /.test(whole)) return whole;
  const clauses = fold(text).split(CLAUSE_BREAK).map(view).filter((c) => c.trim() !== '');
  if (clauses.length < 2) return whole;
  // A topic set aside is named briefly ("not a return"); a long clause is the comment's own story.
  const kept = clauses.filter((c) => c.trim().split(' ').length > SET_ASIDE_WORDS || (!SET_ASIDE_START.test(c) && !SET_ASIDE_END.test(c)));
  if (kept.length === 0 || kept.length === clauses.length) return whole;
  return ` ${kept.map((c) => c.trim()).join(' ')} `;
}

/**
 * Typing slips: a word of the comment one slip (a letter missing, extra, wrong or swapped) away
 * from a word of the rules reads as that word ("livraion", "commnde", "remboursemnt"). Only rule
 * words of at least `TYPO_MIN` letters, where a slip rarely lands on another real word, only when
 * exactly one is that close, and never a word a `*` term already reads. Found with deletions on
 * both sides (symmetric delete), then checked.
 */
const TYPO_MIN = 8;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Each rule word and each of its one-letter deletions → that word; `null` where two words meet. */
function slipIndex(pieces: Iterable<string>): Map<string, string | null> {
  const index = new Map<string, string | null>();
  const put = (key: string, word: string): void => {
    const held = index.get(key);
    if (held === undefined) index.set(key, word);
    else if (held !== word) index.set(key, null);
  };
  const all = [...new Set(pieces)].filter((w) => w.length >= TYPO_MIN);
  for (const word of all) put(word, word);
  for (const word of all) for (const d of deletions(word)) if (index.get(d) !== d) put(d, word);
  return index;
}

const RULE_WORDS = new Set<string>();
const RULE_PREFIXES = new Set<string>();
for (const rule of COMPILED) {
  for (const w of fold(rule.term).replace(/[^a-z0-9#* ]+/g, ' ').trim().split(/\s+/)) {
    if (/^[a-z0-9]+$/.test(w)) RULE_WORDS.add(w);
    else if (/^[a-z0-9]+\*$/.test(w)) RULE_PREFIXES.add(w.slice(0, -1));
  }
}
const WORD_SLIPS = slipIndex(RULE_WORDS);
const PREFIX_LENGTHS = [...new Set([...RULE_PREFIXES].map((p) => p.length))];

function startsWithPrefix(word: string): boolean {
  return PREFIX_LENGTHS.some((n) => RULE_PREFIXES.has(word.slice(0, n)));
}

/**
 * One letter missing, extra, wrong, or two neighbours swapped (the deletions above also let two
 * slips through), inside the word: a different first or last letter is more often another word or
 * another form of it ("changer" beside "échanger", "retourne" beside "retourner") than a slip.
 */
function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const shorter = Math.min(a.length, b.length);
  if (i === 0 || i >= shorter - 1) return false;
  const rest = (x: string, from: number) => x.slice(from);
  if (a.length === b.length) {
    return rest(a, i + 1) === rest(b, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2));
  }
  return a.length > b.length ? rest(a, i + 1) === rest(b, i) : rest(a, i) === rest(b, i + 1);
}

/** The rule word a slipped word stands for, if exactly one is that close. */
function unslip(word: string): string | undefined {
  if (word.length < TYPO_MIN - 1 || RULE_WORDS.has(word) || /\d/.test(word) || startsWithPrefix(word)) return undefined;
  for (const key of [word, ...deletions(word)]) {
    const hit = WORD_SLIPS.get(key);
    if (hit && oneSlip(word, hit)) return hit;
  }
  return undefined;
}

/** The folded view with slipped words read as the rule words they stand for. */
function unslipped(folded: string): string {
  let changed = false;
  const words = folded.trim().split(' ').map((w) => {
    const fixed = unslip(w);
    if (fixed === undefined) return w;
    changed = true;
    return fixed;
  });
  return changed ? ` ${words.join(' ')} ` : folded;
}

/**
 * Where a compiled term first matches the folded text, as [start, end), or null. The literal is a
 * cheap substring test that rules most terms out before their regex runs.
 */
function firstSpan(rule: { re: RegExp; literal: string }, folded: string): [number, number] | null {
  if (!folded.includes(rule.literal)) return null;
  rule.re.lastIndex = 0;
  const hit = rule.re.exec(folded);
  return hit ? [hit.index, hit.index + hit[0].length] : null;
}

/**
 * The intents of a comment, strongest first, each with the words behind it. An intent needs
 * summed evidence of 1: one clear phrase ("carte cadeau") or two weaker ones ("colis" + "retard").
 * A term counts once however often it repeats.
 */
export function detectIntents(text: string, options: IntentOptions = {}): IntentMatch[] {
  const folded = unslipped(withoutSetAside(text));
  const found = new Map<Intent, IntentMatch>();
  const add = (intent: Intent, weight: number, reason: IntentReason): void => {
    let m = found.get(intent);
    if (!m) found.set(intent, (m = { intent, score: 0, reasons: [] }));
    m.score += weight;
    // Evidence against an intent lowers it but is no reason to suggest it.
    if (weight > 0) m.reasons.push(reason);
  };
  // A shorter term inside a longer hit of the same intent ("retard" in "en retard") adds nothing;
  // nor does one inside a longer hit of another intent: the longer phrase says what the words are
  // about ("taille" in "pas la même taille" is a flaw, not a size question).
  const spans = new Map<Intent, Array<[number, number]>>();
  const claimed: Array<[number, number]> = [];
  for (const i of candidateRules(folded)) {
    const rule = COMPILED[i] as CompiledTerm;
    const span = firstSpan(rule, folded);
    if (!span) continue;
    const [start, end] = span;
    const taken = spans.get(rule.intent) ?? [];
    if (taken.some(([s, e]) => start >= s && end <= e)) continue;
    if (claimed.some(([s, e]) => start >= s && end <= e && e - s > end - start)) continue;
    if (rule.neg && NEGATORS.test(folded.slice(Math.max(0, start - 24), start))) continue;
    taken.push([start, end]);
    spans.set(rule.intent, taken);
    claimed.push([start, end]);
    // A flaw asked about, not reported ("ça rétrécit au lavage ?", "does it shrink?"), is a product question.
    const intent = rule.intent === 'damaged-product' && rule.weight > 0 && ASKED.test(folded.slice(Math.max(0, start - 28), start)) ? 'product-question' : rule.intent;
    const words = folded.slice(start, end);
    add(intent, rule.weight, {
      rule: `intent.${intent}`,
      intent,
      match: words,
      detail: `“${words}” suggests ${INTENT_NAMES[intent]}`,
      ...(rule.facet && intent === rule.intent ? { facet: rule.facet } : {}),
    });
  }
  // Kind words before a "but" and a fault after it: the fault is the point ("magnifique mais elle raye").
  const praise = found.get('praise');
  const pivot = praise ? folded.search(BUT) : -1;
  if (praise && pivot > 0 && (spans.get('praise') ?? []).every(([s]) => s < pivot) && PLAIN_PROBLEMS.some((i) => (found.get(i)?.score ?? 0) >= 0.8 && (spans.get(i) ?? []).some(([s]) => s > pivot))) {
    praise.score *= 0.5;
    // Both weighed in one comment is a review: the reply thanking for the feedback fits it too.
    add('feedback-suggestion', MIXED_WEIGHT, { rule: 'intent.feedback-suggestion', intent: 'feedback-suggestion', match: 'but', detail: `kind words, then a fault: ${INTENT_NAMES['feedback-suggestion']}` });
  }
  const denial = REPLY_DENIAL.exec(fold(text).replace(/[^a-z0-9@\s,:]+/g, ' ').replace(/ +/g, ' ').trim());
  if (denial) add('crisis-rumour', REPLY_DENIAL_WEIGHT, { rule: 'intent.crisis-rumour', intent: 'crisis-rumour', match: denial[0], detail: `“${denial[0]}” suggests ${INTENT_NAMES['crisis-rumour']}`, facet: 'rumour' });
  let ask = -1;
  for (const m of folded.matchAll(ASK)) ask = (m.index ?? 0) + m[0].length;
  if (ask > 0) {
    for (const [intent, taken] of spans) {
      if (intent !== 'praise' && taken.some(([s]) => s >= ask - 1 && s <= ask + ASK_REACH)) {
        add(intent, ASK_WEIGHT, { rule: `intent.${intent}`, intent, match: 'ask', detail: `the ask the comment ends on suggests ${INTENT_NAMES[intent]}` });
      }
    }
  }
  const delight = DELIGHT.exec(text);
  if (delight) add('praise', DELIGHT_WEIGHT, { rule: 'intent.praise', intent: 'praise', match: delight[0], detail: `“${delight[0]}” suggests ${INTENT_NAMES.praise}` });
  // An eye-roll says the kind words are sarcasm ("tout l'immeuble était ravi 🙄"): no praise then;
  // so does congratulating a plain failure ("Bravo, trois semaines pour un colis vide").
  const sarcastic = SARCASM.test(text) || ironicPraise(found, text, options.labels?.includes('praise') ?? false) || quotedBack(found, text);
  if (sarcastic) found.delete('praise');
  for (const label of options.labels ?? []) {
    const intent = LABEL_INTENTS[label];
    if (intent === undefined || (sarcastic && intent === 'praise')) continue;
    // The label backs words already found only a little; alone, or beside a mere hint, it decides
    // (words against the intent still count: "comme à un chien" is no praise under a praise label).
    const held = found.get(intent)?.score;
    const weight = held === undefined ? 1 : held > 0 ? Math.max(LABEL_BACKING, 1 - held) : LABEL_BACKING;
    const facet = LABEL_FACETS[label];
    add(intent, weight, { rule: 'intent.label', intent, match: label, detail: `flagged ${label}: ${INTENT_NAMES[intent]}`, ...(facet ? { facet } : {}) });
  }
  const order = new Map(INTENTS.map((intent, i) => [intent, i]));
  const minScore = options.minScore ?? 1;
  return [...found.values()]
    .filter((m) => m.score >= minScore - 1e-9)
    .map((m) => ({ ...m, score: Math.round(m.score * 100) / 100 }))
    .sort((a, b) => b.score - a.score || (order.get(a.intent) ?? 0) - (order.get(b.intent) ?? 0));
}

/**
 * Requests no intent is made for, which a brand answers with a general reply (its FAQ, a private
 * message) rather than a precise one: an invoice, a job application, one's personal data, access
 * for a disability, loyalty points, opting out of messages, a shop's opening. Read like the
 * intents, so that their words are no longer mistaken for the nearest intent's ("points
 * fidélité" is no price question).
 */
export const REQUEST_TOPICS = ['invoice', 'payment', 'delivery-terms', 'job', 'personal-data', 'accessibility', 'loyalty', 'opt-out', 'store-opening', 'take-back'] as const;
export type RequestTopic = (typeof REQUEST_TOPICS)[number];

export interface TopicMatch {
  topic: RequestTopic;
  /** Summed evidence, on the intents' scale (1 is clear). */
  score: number;
  /** The words behind it, folded. */
  words: string[];
}

const TOPIC_RULES: Readonly<Record<RequestTopic, readonly Term[]>> = {
  invoice: [
    ['facture*', 1], ['attestation*', 1], ['attestation de garantie', 1.2], ['pour mon assurance', 0.8], ['ma facture', 1.2], ['recu ma facture', 1.2], ['duplicata', 1], ['ticket de caisse', 1], ['justificatif*', 0.8], ['note de frais', 1], ['comptable', 0.6], ['compta', 0.6], ['avec la tva', 0.8], ['hors taxe*', 0.6],
    ['invoice*', 1], ['certificate', 0.8], ['warranty certificate', 1.2], ['for my insurance', 0.8], ['my invoice', 1.2], ['got my invoice', 1.2], ['receipt*', 0.8], ['a copy of the receipt', 1.2], ['proper receipt', 1.2], ['expenses claim', 1], ['expense claim', 1], ['expense report', 1], ['accountant', 0.6], ['my accounts', 0.6], ['vat invoice', 1.2], ['vat receipt', 1.2], ['with the vat', 0.8],
  ],
  payment: [
    ['split payment', 1.2], ['split the payment', 1.2], ['interest free', 1], ['sans frais', 0.4], ['# fois sans frais', 1.2],
    ['paie en # fois', 1], ['payer en # fois', 1], ['en # fois', 0.6], ['prelevement', 0.8], ['cheque* vacances', 1.2], ['ancv', 1], ['paiement en plusieurs fois', 1.2],
    ['instalment*', 1], ['installment*', 1], ['pay in #', 0.8], ['klarna', 1], ['payment plan', 1], ['direct debit', 0.8], ['second payment', 0.8],
  ],
  'delivery-terms': [
    ['retrait en magasin', 1], ['retrait le jour meme', 1.2], ['le jour meme', 0.6], ['same day click and collect', 1.2], ['same day collection', 1.2], ['same day', 0.6],
    ['vous livrez', 0.8], ['livrez en', 1], ['livrez le samedi', 1.2], ['livraison le samedi', 1.2], ['livraison en etage', 1.2], ['livrez en etage', 1.2], ['livrez a l etranger', 1.2],
    ['do you deliver', 0.8], ['do you ship to', 1.2], ['ship to', 0.6], ['deliver on saturday*', 1.2], ['deliver upstairs', 1.2], ['deliver abroad', 1.2], ['ship abroad', 1.2], ['deliver to the', 0.4],
  ],
  job: [
    ['candidature*', 1], ['postuler', 1], ['postule pour', 1], ['recrut*', 1], ['embauch*', 1], ['offre* d emploi', 1.2], ['emploi', 0.6], ['job etudiant', 1.2], ['job d ete', 1.2], ['un job', 1],
    ['un stage', 1], ['stage de', 0.6], ['alternance', 1], ['mon cv', 1], ['cv', 0.8], ['entretien d embauche', 1.2], ['le poste de', 1], ['travailler chez vous', 1], ['bosser chez vous', 1],
    ['applied for', 1], ['reconversion', 1], ['formez des', 0.8], ['changing careers', 1], ['career change', 1], ['do you train', 0.8], ['join your team', 1.2], ['rejoindre votre equipe', 1.2], ['apprentice', 1], ['work placement', 1.2], ['placement', 0.6], ['work experience', 1], ['graduate scheme', 1.2], ['job application', 1.2], ['hiring', 1], ['vacancy', 1], ['vacancies', 1], ['a job', 0.8], ['the job in', 1], ['student job', 1.2], ['summer job', 1.2],
    ['internship*', 1], ['apprenticeship*', 1], ['my cv', 1], ['my resume', 1], ['job interview', 1.2], ['work for you', 1], ['working for you', 1], ['recruit*', 1],
  ],
  'personal-data': [
    ['rgpd', 1.2], ['gdpr', 1.2], ['effaciez', 1], ['historique d achat*', 0.8], ['purchase history', 0.8], ['delete my account and', 1], ['supprimer mon compte et', 1], ['cnil', 1], ['droit a l oubli', 1.2], ['donnees personnelles', 0.6], ['mes donnees', 0.5], ['les donnees que vous avez', 1.2], ['vous avez sur moi', 1],
    ['effacer mes', 0.8], ['supprimer toutes les donnees', 1.2], ['supprimer mes donnees', 1.2], ['mon adresse mail', 0.4],
    ['right to be forgotten', 1.2], ['personal data', 0.6], ['my data', 0.5], ['data you hold', 1.2], ['you hold on me', 1], ['you have on me', 1], ['erase', 0.8], ['delete my data', 1.2],
    ['my details', 0.4],
  ],
  accessibility: [
    ['lecteur d ecran', 1.2], ['langue des signes', 1.2], ['place handicape', 1.2], ['places handicapes', 1.2], ['malvoyant*', 1], ['aveugle*', 0.8], ['fauteuil roulant', 1], ['en fauteuil', 1], ['pmr', 1], ['handicap*', 1], ['accessib*', 0.8], ['sourd*', 0.8],
    ['malentendant*', 1], ['poussette', 0.6], ['rampe', 0.6], ['marches', 0.4],
    ['screen reader*', 1.2], ['sign language', 1.2], ['disabled parking', 1.2], ['blue badge', 1.2], ['partially sighted', 1], ['visually impaired', 1], ['blind', 0.6], ['wheelchair*', 1], ['disabled', 1], ['disability', 1], ['deaf', 0.8],
    ['hearing impaired', 1], ['pushchair', 0.6], ['ramp', 0.6], ['step free', 1], ['steps', 0.4],
  ],
  loyalty: [
    ['fidelite', 1], ['carte de fidelite', 1.2], ['points fidelite', 1.2], ['mes points', 0.5], ['cagnotte', 1], ['programme de fidelite', 1.2],
    ['loyalty', 1], ['loyalty card', 1.2], ['loyalty points', 1.2], ['reward points', 1.2], ['my points', 0.5], ['rewards', 0.6], ['points', 0.4],
  ],
  'opt-out': [
    ['desinscri*', 1], ['appels commerciaux', 1.2], ['ne veux plus recevoir', 1.2], ['noter mon refus', 1], ['catalogues papier', 0.8], ['vos pubs', 0.8], ['pubs par courrier', 1.2], ['ca s arrete quand', 0.8], ['retirez moi de', 1.2], ['vos listes', 0.8], ['mails par jour', 1], ['ne plus recevoir', 1.2], ['arretez de m envoyer', 1.2], ['arreter de recevoir', 1.2], ['me retirer de', 1], ['liste de diffusion', 1], ['sms promo', 1], ['vos sms', 0.8],
    ['newsletter*', 0.4], ['vos mails', 0.5], ['demarchage', 1], ['pub par sms', 1], ['harcel* de', 0.6],
    ['unsubscrib*', 1], ['sales calls', 1.2], ['don t want any more', 0.8], ['paper catalogues', 0.8], ['your leaflets', 0.8], ['leaflets in the post', 1.2], ['when does it stop', 0.8], ['take me off', 1.2], ['your lists', 0.8], ['emails a day', 1], ['stop getting', 1], ['stop receiving', 1.2], ['stop sending', 1.2], ['remove me from', 1.2], ['opt out', 1.2], ['mailing list', 1], ['promo texts', 1], ['promotional texts', 1],
    ['your texts', 0.8], ['your emails', 0.5], ['cold call*', 1], ['spamming me', 1],
    // Messages sent to a number one never gave: opting out first, the data second.
    ['jamais donne mon numero', 1.2], ['mon numero', 0.5], ['gave you my number', 1.2], ['my number', 0.5],
  ],
  'take-back': [
    ['reprenez l ancien', 1.2], ['reprendre l ancien', 1.2], ['reprenez les anciens', 1.2], ['reprise de l ancien', 1.2], ['recupere* l ancien', 1],
    ['take the old * away', 1.2], ['take away the old', 1.2], ['take the old', 1], ['take back old', 1.2], ['old mattress', 0.8], ['ancien matelas', 0.8],
  ],
  'store-opening': [
    ['ouvre quand', 1], ['ouvrira', 1], ['ouverture du magasin', 1.2], ['ouverture de la boutique', 1.2], ['date d ouverture', 1.2], ['nouveau magasin', 1], ['nouvelle boutique', 1], ['inauguration', 1],
    ['travaux', 0.4], ['magasin de', 0.3], ['boutique de', 0.3], ['et la boutique de', 0.8], ['et le magasin de', 0.8], ['on nous la promet', 0.6], ['on nous le promet', 0.6],
    ['when does the * store', 1], ['when does the * shop', 1], ['store * open', 0.6], ['shop * open', 0.6], ['new store', 1], ['new shop', 1], ['opening date', 1.2], ['grand opening', 1.2],
    ['store opens', 1], ['shop opens', 1], ['builders', 0.4], ['what about the * shop', 1], ['what about the * store', 1], ['promising it for', 0.6],
  ],
};

interface CompiledTopicTerm {
  topic: RequestTopic;
  weight: number;
  re: RegExp;
  literal: string;
  length: number;
}

/** Longest first, like the intents' terms: a shorter term inside a longer hit adds nothing. */
const TOPIC_COMPILED: readonly CompiledTopicTerm[] = REQUEST_TOPICS.flatMap((topic) =>
  TOPIC_RULES[topic].map(([term, weight]) => ({ topic, weight, re: compile(term), literal: literalOf(term), length: term.length })),
).sort((a, b) => b.length - a.length);

/** The request topic a comment is most about (`REQUEST_TOPICS`), if any word points to one. */
export function detectRequestTopic(text: string): TopicMatch | undefined {
  const folded = view(text);
  const found = new Map<RequestTopic, TopicMatch>();
  const claimed: Array<[number, number]> = [];
  for (const rule of TOPIC_COMPILED) {
    const span = firstSpan(rule, folded);
    if (!span) continue;
    const [start, end] = span;
    if (claimed.some(([s, e]) => start >= s && end <= e)) continue;
    claimed.push([start, end]);
    let m = found.get(rule.topic);
    if (!m) found.set(rule.topic, (m = { topic: rule.topic, score: 0, words: [] }));
    m.score += rule.weight;
    m.words.push(folded.slice(start, end));
  }
  let best: TopicMatch | undefined;
  for (const m of found.values()) if (!best || m.score > best.score) best = m;
  return best && { ...best, score: Math.round(best.score * 100) / 100 };
}

/** Whether an intent has finer kinds (`FACETS`). */
export function intentHasFacets(intent: Intent): boolean {
  return FACETS[intent] !== undefined;
}

/**
 * The kind (`FACETS`) most of a text's words point to for each of its intents that has kinds, ''
 * for the plain kind: what a template is about inside the intent it answers.
 */
export function intentFacets(text: string): Map<Intent, string> {
  const out = new Map<Intent, string>();
  for (const match of detectIntents(text, { minScore: 0 })) {
    if (FACETS[match.intent] === undefined) continue;
    const counts = new Map<string, number>();
    for (const r of match.reasons) counts.set(r.facet ?? '', (counts.get(r.facet ?? '') ?? 0) + 1);
    let best = '';
    let most = -1;
    // On a tie the finer kind wins: the plain one is what is left when nothing finer is said.
    for (const [facet, n] of counts) if (n > most || (n === most && best === '')) [best, most] = [facet, n];
    out.set(match.intent, best);
  }
  return out;
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
