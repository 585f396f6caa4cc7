import type { Intent } from '../schema/intent';
import type { Language } from '../schema/platform';
import { plural } from './index';

/**
 * Names of the intents (lib/schema/intent.ts) as the panel shows them after "répond à :" /
 * "answers a": lower case, French with its own typography. Kept apart from the dictionaries so the
 * list follows the schema (the type checks every intent is named in both languages).
 */
export const INTENT_LABELS: Readonly<Record<Language, Readonly<Record<Intent, string>>>> = {
  fr: {
    'delivery-delay': 'retard de livraison',
    'order-tracking': 'suivi de commande',
    'refund-return': 'remboursement ou retour',
    'damaged-product': 'produit abîmé',
    'technical-problem': 'problème technique',
    'stock-availability': 'stock et disponibilité',
    'product-question': 'question sur un produit',
    'price-b2b-gift-card': 'prix, B2B ou carte cadeau',
    'partnership-creator': 'partenariat ou créateur',
    'crisis-rumour': 'crise ou rumeur',
    'scam-report': 'signalement d’arnaque ou d’usurpation',
    'feedback-suggestion': 'avis ou suggestion',
    praise: 'compliment',
    'thanks-team-member': 'remerciement à une personne de l’équipe',
    'urgent-out-of-hours': 'urgence ou hors horaires',
    'repeated-contact': 'relance',
    moderation: 'modération',
  },
  en: {
    'delivery-delay': 'delivery delay',
    'order-tracking': 'tracking question',
    'refund-return': 'refund or return',
    'damaged-product': 'damaged product',
    'technical-problem': 'technical problem',
    'stock-availability': 'stock question',
    'product-question': 'product question',
    'price-b2b-gift-card': 'price, B2B or gift-card question',
    'partnership-creator': 'partnership or creator request',
    'crisis-rumour': 'crisis or rumour',
    'scam-report': 'scam or impersonation report',
    'feedback-suggestion': 'feedback or suggestion',
    praise: 'compliment',
    'thanks-team-member': 'thanks to a team member',
    'urgent-out-of-hours': 'urgent or out-of-hours message',
    'repeated-contact': 'repeated contact',
    moderation: 'comment to moderate',
  },
};

export function intentLabel(language: Language, intent: Intent): string {
  return INTENT_LABELS[language][intent];
}

/** "Chosen for N similar comments", the reason a suggestion moved up on the brand's own history. */
export function chosenBeforeText(language: Language, count: number): string {
  if (language === 'fr') return plural('fr', count, 'choisi pour un commentaire semblable', `choisi pour ${count} commentaires semblables`);
  return plural('en', count, 'chosen for a similar comment', `chosen for ${count} similar comments`);
}
