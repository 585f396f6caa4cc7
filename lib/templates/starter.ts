import type { Language, Platform } from '../schema/platform';
import type { VoiceProfile } from '../schema/brand';
import type { Intent } from '../schema/intent';
import { TemplateSchema, type Template, type TemplateCategory } from '../schema/template';

/**
 * The starter library: everyday situations, at least one made for each intent, each in French
 * (vouvoiement and tutoiement) and English, installed for a new brand and meant to be edited: a
 * brand that says "tu" gets the tutoiement French, any other the vouvoiement. No sign-off in the
 * text: rendering adds the brand's. Greetings use a fallback so a reply never says
 * "Bonjour [first_name]"; links come from brand variables; what only the agent knows is a fill-in.
 * Wording stays neutral in gender ("une personne de l'équipe", not "un conseiller").
 */

/** Brand variables the starter templates use: the onboarding asks for them. */
export const STARTER_VARIABLES: ReadonlyArray<{ name: string; description: Record<Language, string> }> = [
  { name: 'support_link', description: { fr: 'Lien vers l’espace client ou l’aide', en: 'Link to the customer account or help centre' } },
  { name: 'faq_link', description: { fr: 'Lien vers la FAQ', en: 'Link to the FAQ' } },
  { name: 'partnership_email', description: { fr: 'Adresse pour les partenariats', en: 'Email address for partnerships' } },
  { name: 'community_rules_link', description: { fr: 'Lien vers la charte de modération', en: 'Link to the community guidelines' } },
  {
    name: 'opening_hours',
    description: {
      fr: 'Horaires du service client (« du lundi au vendredi, de 9 h à 18 h ») ; opening_hours_en pour l’anglais',
      en: 'Customer care hours (“Monday to Friday, 9am to 6pm”); opening_hours_fr for French',
    },
  },
];

interface StarterText {
  title: string;
  body: string;
  tags: string[];
  variants?: Partial<Record<Platform, string>>;
}

interface StarterSituation {
  key: string;
  category: TemplateCategory;
  /**
   * What the situation answers, the first one most of all (lib/schema/intent.ts). Empty on
   * purpose for a catch-all (the FAQ answer): it should not outrank a template made for the intent.
   */
  intents: readonly Intent[];
  fr: StarterText;
  /** The French text for a brand that says "tu": same title and tags as `fr`. */
  tu: Pick<StarterText, 'body' | 'variants'>;
  en: StarterText;
}

export const STARTER_SITUATIONS: readonly StarterSituation[] = [
  {
    key: 'praise-thanks',
    category: 'praise',
    intents: ['praise', 'thanks-team-member'],
    fr: {
      title: 'Remerciement pour un compliment',
      body: "Merci beaucoup {{first_name|à vous}} pour ce message, il fait très plaisir à toute l'équipe {{brand}} ! Nous sommes ravis que l'expérience vous ait plu et nous transmettons vos mots à celles et ceux qui y ont contribué. À très bientôt 💛",
      tags: ['compliment', 'merci', 'bravo', 'génial', 'super', 'adore', 'top', 'satisfait', 'ravi', 'recommande', 'qualité', 'fan'],
      variants: { x: "Merci {{first_name|à vous}} pour ce message, toute l'équipe {{brand}} est ravie ! À très bientôt 💛" },
    },
    tu: {
      body: "Merci beaucoup {{first_name|à toi}} pour ce message, il fait très plaisir à toute l'équipe {{brand}} ! On est ravis que l'expérience t'ait plu et on transmet tes mots à celles et ceux qui y ont contribué. À très bientôt 💛",
      variants: { x: "Merci {{first_name|à toi}} pour ce message, toute l'équipe {{brand}} est ravie ! À très bientôt 💛" },
    },
    en: {
      title: 'Thanks for a compliment',
      body: 'Hi {{first_name|there}}, thank you so much for this lovely message! The whole {{brand}} team is delighted you enjoyed it, and we will pass your kind words on to everyone who made it happen. See you soon 💛',
      tags: ['compliment', 'love', 'great', 'amazing', 'awesome', 'best', 'happy', 'recommend', 'quality', 'fan'],
      variants: { x: 'Thank you {{first_name|so much}}, the whole {{brand}} team is delighted you enjoyed it! See you soon 💛' },
    },
  },
  {
    key: 'praise-photo',
    category: 'praise',
    // Answers a photo, which no intent names: it fits praise by its category, after the thanks.
    intents: [],
    fr: {
      title: 'Photo partagée : demander à la republier',
      body: "Merci {{first_name|à vous}} pour cette très belle photo ! Nous aimerions beaucoup la partager sur le compte {{brand}}, en vous créditant bien sûr. Seriez-vous d'accord ? Une simple réponse « oui » à ce commentaire suffit.",
      tags: ['photo', 'partage', 'republier', 'repost', 'contenu', 'image'],
      variants: { x: 'Merci {{first_name|à vous}} pour cette belle photo ! Pouvons-nous la partager sur le compte {{brand}}, en vous créditant ? Un « oui » en réponse suffit.' },
    },
    tu: {
      body: "Merci {{first_name|à toi}} pour cette très belle photo ! On aimerait beaucoup la partager sur le compte {{brand}}, en te créditant bien sûr. Tu es d'accord ? Un simple « oui » en réponse à ce commentaire suffit.",
      variants: { x: "Merci {{first_name|à toi}} pour cette belle photo ! On peut la partager sur le compte {{brand}}, en te créditant ? Un « oui » en réponse suffit." },
    },
    en: {
      title: 'Shared photo: ask to repost',
      body: 'Thank you {{first_name|so much}} for this lovely photo! We would love to share it on the {{brand}} account, with full credit to you of course. Would that be OK? A simple “yes” in reply is all we need.',
      tags: ['photo', 'picture', 'repost', 'share', 'content'],
      variants: { x: 'Thank you {{first_name|so much}} for this lovely photo! May we share it on the {{brand}} account, with credit to you? A “yes” in reply is all we need.' },
    },
  },
  {
    key: 'feedback-thanks',
    category: 'thanks',
    intents: ['feedback-suggestion'],
    fr: {
      title: 'Merci pour votre retour',
      body: "Merci {{first_name|à vous}} d'avoir pris le temps de nous faire ce retour. Ce sont des avis comme le vôtre qui nous aident à progresser : nous l'avons partagé avec l'équipe concernée.",
      tags: ['retour', 'avis', 'feedback', 'remarque', 'merci', 'notice', 'mode d’emploi', 'instructions', 'explications', 'schémas'],
    },
    tu: {
      body: "Merci {{first_name|à toi}} d'avoir pris le temps de nous faire ce retour. Ce sont des avis comme le tien qui nous aident à progresser : on l'a partagé avec l'équipe concernée.",
    },
    en: {
      title: 'Thanks for your feedback',
      body: 'Hi {{first_name|there}}, thank you for taking the time to share your feedback. Comments like yours help us improve, and we have passed it on to the team concerned.',
      tags: ['feedback', 'review', 'opinion', 'thanks', 'manual', 'instructions', 'user guide', 'diagrams'],
    },
  },
  {
    key: 'feature-request',
    category: 'thanks',
    intents: ['feedback-suggestion'],
    fr: {
      title: 'Suggestion de fonctionnalité',
      body: "Merci {{first_name|à vous}} pour cette suggestion, c'est une très bonne idée. Nous l'avons transmise à notre équipe produit, qui étudie chaque proposition de la communauté. Nous ne pouvons pas promettre de date, mais nous reviendrons vers vous ici si elle voit le jour.",
      tags: ['suggestion', 'idée', 'fonctionnalité', 'amélioration', 'option', 'ajouter', 'serait bien', 'il faudrait', 'vous devriez', 'pourquoi pas'],
      variants: { x: 'Merci {{first_name|à vous}} pour cette idée ! Elle est transmise à notre équipe produit, qui étudie chaque proposition. Nous reviendrons vers vous ici si elle voit le jour.' },
    },
    tu: {
      body: "Merci {{first_name|à toi}} pour cette suggestion, c'est une très bonne idée. On l'a transmise à notre équipe produit, qui étudie chaque proposition de la communauté. On ne peut pas promettre de date, mais on revient vers toi ici si elle voit le jour.",
      variants: { x: "Merci {{first_name|à toi}} pour cette idée ! Elle est transmise à notre équipe produit, qui étudie chaque proposition. On revient vers toi ici si elle voit le jour." },
    },
    en: {
      title: 'Feature request',
      body: "Thanks {{first_name|a lot}} for the suggestion, it's a great idea. We have passed it on to our product team, who review every idea from the community. We can't promise a date, but we will come back to you here if it makes it in.",
      tags: ['suggestion', 'idea', 'feature', 'request', 'improvement', 'option', 'add', 'wish', 'you should', 'please add', 'would be nice', 'what about'],
      variants: { x: "Thanks {{first_name|a lot}} for the idea! It's with our product team, who review every suggestion. We'll come back to you here if it makes it in." },
    },
  },
  {
    key: 'apology-private-message',
    category: 'complaint',
    intents: [],
    fr: {
      title: 'Excuses et passage en message privé',
      body: 'Bonjour {{first_name|à vous}}, nous sommes sincèrement désolés pour ce désagrément. Pour regarder votre situation de près sans exposer vos informations personnelles, pourriez-vous nous écrire en message privé avec votre numéro de commande ? Nous vous répondons au plus vite.',
      tags: ['excuses', 'désolé', 'problème', 'déçu', 'mécontent', 'inadmissible', 'message privé', 'réclamation'],
      variants: { x: 'Bonjour {{first_name|à vous}}, toutes nos excuses pour ce désagrément. Pourriez-vous nous écrire en message privé avec votre numéro de commande ? Nous regardons cela au plus vite.' },
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, on est sincèrement désolés pour ce désagrément. Pour regarder ta situation de près sans exposer tes informations personnelles, tu peux nous écrire en message privé avec ton numéro de commande ? On te répond au plus vite.",
      variants: { x: "Bonjour {{first_name|à toi}}, toutes nos excuses pour ce désagrément. Tu peux nous écrire en message privé avec ton numéro de commande ? On regarde ça au plus vite." },
    },
    en: {
      title: 'Apology and move to private messages',
      body: "Hi {{first_name|there}}, we're truly sorry about this. So we can look into it properly without sharing your personal details here, could you send us a private message with your order number? We'll get back to you as quickly as we can.",
      tags: ['apology', 'sorry', 'problem', 'disappointed', 'unhappy', 'unacceptable', 'private message', 'complaint'],
      variants: { x: "Hi {{first_name|there}}, we're truly sorry about this. Could you send us a private message with your order number? We'll look into it right away." },
    },
  },
  {
    key: 'refund-procedure',
    category: 'complaint',
    intents: ['refund-return'],
    fr: {
      title: 'Procédure de remboursement',
      body: "Bonjour {{first_name|à vous}}, nous comprenons votre demande de remboursement. Vous pouvez la faire en quelques minutes depuis votre espace client : {{support_link}}. Vous recevez un e-mail de confirmation dès qu'elle est traitée ; le délai dépend ensuite de votre moyen de paiement. Si quelque chose bloque, écrivez-nous en message privé et nous vous aiderons.",
      tags: ['remboursement', 'rembourser', 'retour', 'annulation', 'argent', 'avoir'],
      variants: {
        x: 'Bonjour {{first_name|à vous}}, vous pouvez demander votre remboursement depuis votre espace client : {{support_link}}. Un souci ? Écrivez-nous en message privé.',
        instagram: "Bonjour {{first_name|à vous}}, vous pouvez demander votre remboursement en quelques minutes depuis votre espace client (lien dans notre bio). Vous recevez un e-mail de confirmation dès qu'elle est traitée. Si quelque chose bloque, écrivez-nous en message privé.",
      },
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, on comprend ta demande de remboursement. Tu peux la faire en quelques minutes depuis ton espace client : {{support_link}}. Tu reçois un e-mail de confirmation dès qu'elle est traitée ; le délai dépend ensuite de ton moyen de paiement. Si quelque chose bloque, écris-nous en message privé et on t'aide.",
      variants: {
        x: "Bonjour {{first_name|à toi}}, tu peux demander ton remboursement depuis ton espace client : {{support_link}}. Un souci ? Écris-nous en message privé.",
        instagram: "Bonjour {{first_name|à toi}}, tu peux demander ton remboursement en quelques minutes depuis ton espace client (lien dans notre bio). Tu reçois un e-mail de confirmation dès qu'elle est traitée. Si quelque chose bloque, écris-nous en message privé.",
      },
    },
    en: {
      title: 'Refund procedure',
      body: "Hi {{first_name|there}}, we understand you'd like a refund. You can request it in a few minutes from your account: {{support_link}}. You'll get a confirmation email as soon as it's processed, and the timing then depends on your payment method. If anything gets in the way, send us a private message and we'll help.",
      tags: ['refund', 'money back', 'return', 'cancel', 'cancellation', 'reimburse'],
      variants: {
        x: "Hi {{first_name|there}}, you can request your refund from your account: {{support_link}}. Any trouble? Send us a private message and we'll help.",
        instagram: "Hi {{first_name|there}}, you can request your refund in a few minutes from your account (link in our bio). You'll get a confirmation email as soon as it's processed. If anything gets in the way, send us a private message.",
      },
    },
  },
  {
    key: 'delivery-delay',
    category: 'complaint',
    intents: ['delivery-delay'],
    fr: {
      title: 'Retard de livraison',
      body: 'Bonjour {{first_name|à vous}}, nous sommes désolés que votre colis se fasse attendre. Pour vérifier où il en est, pourriez-vous nous envoyer votre numéro de commande en message privé ? Nous contactons le transporteur si besoin et revenons vers vous rapidement.',
      tags: ['livraison', 'retard', 'colis', 'commande', 'pas reçu', 'toujours rien', 'transporteur', 'attente'],
      variants: { x: 'Bonjour {{first_name|à vous}}, désolés pour ce retard. Envoyez-nous votre numéro de commande en message privé : nous vérifions auprès du transporteur et revenons vers vous vite.' },
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, on est désolés que ton colis se fasse attendre. Pour vérifier où il en est, tu peux nous envoyer ton numéro de commande en message privé ? On contacte le transporteur si besoin et on revient vers toi rapidement.",
      variants: { x: "Bonjour {{first_name|à toi}}, désolés pour ce retard. Envoie-nous ton numéro de commande en message privé : on vérifie auprès du transporteur et on revient vers toi vite." },
    },
    en: {
      title: 'Late delivery',
      body: "Hi {{first_name|there}}, we're sorry your parcel is taking so long. So we can check where it is, could you send us your order number in a private message? We'll contact the carrier if needed and get back to you quickly.",
      tags: ['delivery', 'late', 'delay', 'parcel', 'package', 'order', 'not received', 'still waiting', 'carrier', 'shipping'],
      variants: { x: "Hi {{first_name|there}}, sorry for the wait. Send us your order number by private message: we'll check with the carrier and get back to you quickly." },
    },
  },
  {
    key: 'technical-issue',
    category: 'complaint',
    intents: ['technical-problem'],
    fr: {
      title: 'Problème technique ou bug',
      body: "Bonjour {{first_name|à vous}}, merci de nous avoir signalé ce problème et désolés pour la gêne. Pourriez-vous nous préciser en message privé sur quel appareil et quelle version cela se produit, avec une capture d'écran si possible ? Nos équipes techniques regardent cela de près.",
      tags: ['bug', 'beug', 'panne', 'marche pas', 'fonctionne pas', 'erreur', 'application', 'appli', 'site', 'plantage'],
      variants: { x: "Bonjour {{first_name|à vous}}, désolés pour la gêne. Pourriez-vous nous indiquer en message privé votre appareil et sa version, avec une capture d'écran ? Nos équipes regardent cela." },
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, merci de nous avoir signalé ce problème et désolés pour la gêne. Tu peux nous préciser en message privé sur quel appareil et quelle version ça se produit, avec une capture d'écran si possible ? Nos équipes techniques regardent ça de près.",
      variants: { x: "Bonjour {{first_name|à toi}}, désolés pour la gêne. Tu peux nous indiquer en message privé ton appareil et sa version, avec une capture d'écran ? Nos équipes regardent ça." },
    },
    en: {
      title: 'Technical issue or bug',
      body: "Hi {{first_name|there}}, thanks for flagging this, and sorry for the trouble. Could you tell us in a private message which device and version you're using, with a screenshot if possible? Our technical team is looking into it.",
      tags: ['bug', 'broken', 'not working', 'error', 'app', 'website', 'crash', 'glitch'],
      variants: { x: "Hi {{first_name|there}}, sorry for the trouble. Could you send us your device and version by private message, with a screenshot? Our team is looking into it." },
    },
  },
  {
    key: 'order-tracking',
    category: 'question',
    intents: ['order-tracking'],
    fr: {
      title: 'Suivi de commande',
      body: "Bonjour {{first_name|à vous}}, vous pouvez suivre votre commande à tout moment grâce au lien reçu dans l'e-mail de confirmation d'expédition, ou depuis votre espace client : {{support_link}}. Si le suivi n'a pas bougé depuis plusieurs jours, écrivez-nous en message privé avec votre numéro de commande.",
      tags: ['suivi', 'commande', 'colis', 'où en est', 'expédition', 'expédiée', 'numéro de suivi'],
      variants: {
        x: "Bonjour {{first_name|à vous}}, le suivi de votre commande se trouve dans l'e-mail d'expédition et sur {{support_link}}. Il ne bouge plus ? Écrivez-nous en message privé.",
        instagram: "Bonjour {{first_name|à vous}}, vous pouvez suivre votre commande grâce au lien reçu dans l'e-mail d'expédition, ou depuis votre espace client (lien dans notre bio). Le suivi ne bouge plus ? Écrivez-nous en message privé.",
      },
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, tu peux suivre ta commande à tout moment grâce au lien reçu dans l'e-mail de confirmation d'expédition, ou depuis ton espace client : {{support_link}}. Si le suivi n'a pas bougé depuis plusieurs jours, écris-nous en message privé avec ton numéro de commande.",
      variants: {
        x: "Bonjour {{first_name|à toi}}, le suivi de ta commande se trouve dans l'e-mail d'expédition et sur {{support_link}}. Il ne bouge plus ? Écris-nous en message privé.",
        instagram: "Bonjour {{first_name|à toi}}, tu peux suivre ta commande grâce au lien reçu dans l'e-mail d'expédition, ou depuis ton espace client (lien dans notre bio). Le suivi ne bouge plus ? Écris-nous en message privé.",
      },
    },
    en: {
      title: 'Order tracking',
      body: "Hi {{first_name|there}}, you can track your order at any time with the link in your shipping confirmation email, or from your account: {{support_link}}. If the tracking hasn't moved for several days, send us a private message with your order number.",
      tags: ['tracking', 'track', 'order', 'where is', 'parcel', 'shipped', 'tracking number'],
      variants: {
        x: "Hi {{first_name|there}}, your tracking link is in your shipping email and on {{support_link}}. Not moving? Send us a private message.",
        instagram: "Hi {{first_name|there}}, you can track your order with the link in your shipping email, or from your account (link in our bio). Tracking not moving? Send us a private message.",
      },
    },
  },
  {
    key: 'product-question',
    category: 'question',
    intents: ['product-question'],
    fr: {
      title: 'Question sur un produit',
      body: 'Bonjour {{first_name|à vous}}, merci pour votre question. {{answer?}} Toutes les caractéristiques sont aussi détaillées sur la fiche du produit, et notre équipe reste disponible en message privé.',
      tags: ['produit', 'question', 'taille', 'compatible', 'composition', 'matière', 'utilisation', 'comment', 'dimensions', 'entretien', 'lavable', 'lave-vaisselle', 'batterie', 'peau'],
      variants: { x: 'Bonjour {{first_name|à vous}}, merci pour votre question. {{answer?}} Notre équipe reste disponible en message privé.' },
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, merci pour ta question. {{answer?}} Toutes les caractéristiques sont aussi détaillées sur la fiche du produit, et notre équipe reste disponible en message privé.",
      variants: { x: "Bonjour {{first_name|à toi}}, merci pour ta question. {{answer?}} Notre équipe reste disponible en message privé." },
    },
    en: {
      title: 'Product question',
      body: "Hi {{first_name|there}}, thanks for your question. {{answer?}} You'll also find all the details on the product page, and our team is happy to help further by private message.",
      tags: ['product', 'question', 'size', 'compatible', 'material', 'made of', 'how to', 'use', 'dimensions', 'care', 'washable', 'dishwasher', 'battery', 'skin'],
      variants: { x: 'Hi {{first_name|there}}, thanks for your question. {{answer?}} Our team is happy to help further by private message.' },
    },
  },
  {
    key: 'out-of-stock',
    category: 'question',
    intents: ['stock-availability'],
    fr: {
      title: 'Produit en rupture de stock',
      body: "Bonjour {{first_name|à vous}}, ce produit est victime de son succès et momentanément indisponible. Activez l'alerte « retour en stock » sur sa fiche pour recevoir un e-mail dès qu'il revient.",
      tags: ['stock', 'rupture', 'disponible', 'dispo', 'réassort', 'épuisé', 'quand', 'retour'],
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, ce produit est victime de son succès et momentanément indisponible. Active l'alerte « retour en stock » sur sa fiche pour recevoir un e-mail dès qu'il revient.",
    },
    en: {
      title: 'Product out of stock',
      body: "Hi {{first_name|there}}, this product is so popular it's temporarily out of stock. Turn on the “back in stock” alert on the product page and you'll get an email as soon as it's available again.",
      tags: ['stock', 'sold out', 'available', 'availability', 'restock', 'back', 'when'],
    },
  },
  {
    key: 'faq-answer',
    category: 'question',
    intents: [],
    fr: {
      title: 'Réponse dans la FAQ',
      body: 'Bonjour {{first_name|à vous}}, bonne question. Vous trouverez la réponse détaillée dans notre FAQ : {{faq_link}}. Si elle ne répond pas complètement à votre question, dites-le-nous ici et nous compléterons avec plaisir.',
      tags: ['faq', 'question', 'information', 'aide', 'comment faire', 'savoir'],
      variants: {
        instagram: 'Bonjour {{first_name|à vous}}, bonne question. Vous trouverez la réponse détaillée dans notre FAQ (lien dans notre bio). Si elle ne répond pas complètement à votre question, dites-le-nous ici.',
      },
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, bonne question. Tu trouveras la réponse détaillée dans notre FAQ : {{faq_link}}. Si elle ne répond pas complètement à ta question, dis-le-nous ici et on complètera avec plaisir.",
      variants: { instagram: "Bonjour {{first_name|à toi}}, bonne question. Tu trouveras la réponse détaillée dans notre FAQ (lien dans notre bio). Si elle ne répond pas complètement à ta question, dis-le-nous ici." },
    },
    en: {
      title: 'Answer in the FAQ',
      body: "Hi {{first_name|there}}, good question. You'll find a detailed answer in our FAQ: {{faq_link}}. If it doesn't fully answer your question, just let us know here and we'll be glad to help further.",
      tags: ['faq', 'question', 'information', 'help', 'how do', 'know'],
      variants: {
        instagram: "Hi {{first_name|there}}, good question. You'll find a detailed answer in our FAQ (link in our bio). If it doesn't fully answer your question, just let us know here.",
      },
    },
  },
  {
    key: 'partnership-request',
    category: 'lead',
    intents: ['partnership-creator'],
    fr: {
      title: 'Demande de partenariat ou d’influence',
      body: 'Bonjour {{first_name|à vous}}, merci pour votre intérêt pour {{brand}}. Les demandes de partenariat et de collaboration sont étudiées par notre équipe marketing : vous pouvez lui écrire à {{partnership_email}} en présentant votre projet et votre communauté. Elle vous répondra dans les meilleurs délais.',
      tags: ['partenariat', 'collaboration', 'collab', 'influenceur', 'influenceuse', 'ambassadeur', 'créateur', 'sponsor'],
      variants: { x: 'Bonjour {{first_name|à vous}}, merci pour votre intérêt. Pour un partenariat, écrivez à {{partnership_email}} en présentant votre projet : notre équipe marketing vous répondra.' },
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, merci pour ton intérêt pour {{brand}}. Les demandes de partenariat et de collaboration sont étudiées par notre équipe marketing : tu peux lui écrire à {{partnership_email}} en présentant ton projet et ta communauté. Elle te répondra dans les meilleurs délais.",
      variants: { x: "Bonjour {{first_name|à toi}}, merci pour ton intérêt. Pour un partenariat, écris à {{partnership_email}} en présentant ton projet : notre équipe marketing te répondra." },
    },
    en: {
      title: 'Partnership or influencer request',
      body: 'Hi {{first_name|there}}, thanks for your interest in {{brand}}. Partnership and collaboration requests are handled by our marketing team: you can email them at {{partnership_email}} with a short introduction to your project and your community. They will get back to you as soon as possible.',
      tags: ['partnership', 'collaboration', 'collab', 'influencer', 'ambassador', 'creator', 'sponsor', 'sponsorship'],
      variants: { x: 'Hi {{first_name|there}}, thanks for your interest! For partnerships, email {{partnership_email}} with a short intro to your project: our marketing team will reply.' },
    },
  },
  {
    key: 'sales-lead',
    category: 'lead',
    intents: ['price-b2b-gift-card'],
    fr: {
      title: 'Intérêt commercial : vers l’équipe commerciale',
      body: "Bonjour {{first_name|à vous}}, merci pour votre intérêt. Notre équipe commerciale se fera un plaisir de vous présenter nos offres et de vous préparer une proposition adaptée : pourriez-vous nous laisser vos coordonnées en message privé ? Une personne de l'équipe vous recontacte rapidement.",
      tags: ['devis', 'tarif', 'tarif pro', 'prix', 'offre', 'entreprise', 'professionnel', 'intéressé', 'commande groupée', 'revendeur', 'en gros', 'boutiques', 'projet', 'pro', 'grossiste', 'dégressif', 'grosse commande', 'personnalisé', 'événement', 'clients', 'référencer', 'CSE', 'salariés', 'équiper', 'collectivités', 'architecte', 'palette'],
      variants: { x: 'Bonjour {{first_name|à vous}}, merci pour votre intérêt. Laissez-nous vos coordonnées en message privé : notre équipe commerciale vous prépare une proposition adaptée.' },
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, merci pour ton intérêt. Notre équipe commerciale se fera un plaisir de te présenter nos offres et de te préparer une proposition adaptée : tu peux nous laisser tes coordonnées en message privé ? Une personne de l'équipe te recontacte rapidement.",
      variants: { x: "Bonjour {{first_name|à toi}}, merci pour ton intérêt. Laisse-nous tes coordonnées en message privé : notre équipe commerciale te prépare une proposition adaptée." },
    },
    en: {
      title: 'Sales interest: to the sales team',
      body: 'Hi {{first_name|there}}, thanks for your interest. Our sales team would be happy to walk you through our offers and prepare a proposal that fits your needs: could you send us your contact details in a private message? Someone from the team will be in touch shortly.',
      tags: ['quote', 'pricing', 'trade pricing', 'price', 'offer', 'business', 'interested', 'bulk order', 'reseller', 'wholesale', 'shops', 'project', 'trade', 'custom', 'company', 'event', 'large order', 'stockist', 'clients', 'staff committee', 'employees', 'fit out', 'kit out', 'schools', 'architects', 'pallet'],
      variants: { x: 'Hi {{first_name|there}}, thanks for your interest. Send us your contact details by private message and our sales team will prepare a proposal for you.' },
    },
  },
  {
    key: 'toxic-moderation',
    category: 'moderation',
    intents: ['moderation'],
    fr: {
      title: 'Modération : rappel au respect',
      body: "Bonjour, nous sommes ouverts à toutes les critiques, mais nous ne pouvons pas accepter les insultes ni les propos irrespectueux, envers notre équipe comme envers les autres membres de la communauté. Si vous rencontrez un problème, nous sommes là pour en parler calmement. Notre charte de modération : {{community_rules_link}}",
      tags: ['insulte', 'respect', 'modération', 'charte', 'agressif', 'injure', 'haine'],
      variants: { x: 'Nous sommes ouverts aux critiques, pas aux insultes. Si vous rencontrez un problème, nous sommes là pour en parler calmement. Notre charte : {{community_rules_link}}' },
    },
    tu: {
      body: "Bonjour, on est ouverts à toutes les critiques, mais on ne peut pas accepter les insultes ni les propos irrespectueux, envers notre équipe comme envers les autres membres de la communauté. Si tu rencontres un problème, on est là pour en parler calmement. Notre charte de modération : {{community_rules_link}}",
      variants: { x: "On est ouverts aux critiques, pas aux insultes. Si tu rencontres un problème, on est là pour en parler calmement. Notre charte : {{community_rules_link}}" },
    },
    en: {
      title: 'Moderation: a call for respect',
      body: "Hello, we welcome all feedback, criticism included, but we can't accept insults or disrespectful comments, whether aimed at our team or at other members of the community. If something went wrong, we're here to talk about it calmly. Our community guidelines: {{community_rules_link}}",
      tags: ['insult', 'respect', 'moderation', 'guidelines', 'rules', 'abuse', 'hate', 'aggressive'],
      variants: { x: "We welcome criticism, not insults. If something went wrong, we're here to talk about it calmly. Our community guidelines: {{community_rules_link}}" },
    },
  },
  {
    key: 'scam-warning',
    category: 'moderation',
    intents: ['moderation', 'scam-report'],
    fr: {
      title: 'Spam : alerte arnaque',
      body: "Attention : ce message n'a aucun lien avec {{brand}}. Nous ne vous contacterons jamais par message privé pour vous demander un paiement ou vos coordonnées bancaires. Merci de ne pas cliquer sur ce lien et de signaler ce compte.",
      tags: ['spam', 'arnaque', 'faux compte', 'lien', 'concours', 'hameçonnage', 'phishing'],
    },
    tu: {
      body: "Attention : ce message n'a aucun lien avec {{brand}}. On ne te contactera jamais par message privé pour te demander un paiement ou tes coordonnées bancaires. Ne clique pas sur ce lien et signale ce compte, merci.",
    },
    en: {
      title: 'Spam: scam warning',
      body: "Heads-up: this message has nothing to do with {{brand}}. We will never contact you by private message to ask for a payment or your bank details. Please don't click the link, and report the account.",
      tags: ['spam', 'scam', 'fake account', 'link', 'giveaway', 'phishing'],
    },
  },
  {
    key: 'crisis-holding',
    category: 'crisis',
    intents: ['crisis-rumour'],
    fr: {
      title: 'Crise : message d’attente',
      body: 'Bonjour {{first_name|à vous}}, nous avons connaissance de la situation et nos équipes sont pleinement mobilisées pour la comprendre et y répondre. Nous partagerons des informations vérifiées dès que possible sur nos canaux officiels. Merci de votre patience et de votre confiance.',
      tags: ['crise', 'incident', 'situation', 'rappel produit', 'panne', 'polémique', 'scandale', 'explications', 'communiquer', 'intoxication', 'grève'],
      variants: { x: 'Nous avons connaissance de la situation et nos équipes sont mobilisées. Nous partagerons des informations vérifiées dès que possible sur nos canaux officiels. Merci de votre patience.' },
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, on a connaissance de la situation et nos équipes sont pleinement mobilisées pour la comprendre et y répondre. On partagera des informations vérifiées dès que possible sur nos canaux officiels. Merci pour ta patience et ta confiance.",
      variants: { x: "On a connaissance de la situation et nos équipes sont mobilisées. On partagera des informations vérifiées dès que possible sur nos canaux officiels. Merci pour ta patience." },
    },
    en: {
      title: 'Crisis: holding statement',
      body: "Hi {{first_name|there}}, we're aware of the situation and our teams are fully focused on understanding it and responding. We will share verified information on our official channels as soon as we can. Thank you for your patience and trust.",
      tags: ['crisis', 'incident', 'situation', 'recall', 'outage', 'controversy', 'statement', 'explanation', 'answers', 'poisoning', 'strike', 'scandal'],
      variants: { x: "We're aware of the situation and our teams are on it. We will share verified information on our official channels as soon as we can. Thank you for your patience." },
    },
  },
  {
    key: 'crisis-update',
    category: 'crisis',
    intents: ['crisis-rumour'],
    fr: {
      title: 'Crise : point d’étape',
      body: 'Bonjour {{first_name|à vous}}, voici notre dernier point d’information, publié le {{date}} : {{update_link?}}. Nous le mettrons à jour dès que nous en saurons plus. Merci pour votre patience.',
      tags: ['crise', 'mise à jour', 'point', 'information', 'nouvelles', 'communiqué'],
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, voici notre dernier point d’information, publié le {{date}} : {{update_link?}}. On le mettra à jour dès qu'on en saura plus. Merci pour ta patience.",
    },
    en: {
      title: 'Crisis: progress update',
      body: "Hi {{first_name|there}}, here is our latest update, published on {{date}}: {{update_link?}}. We'll keep it updated as soon as we know more. Thank you for your patience.",
      tags: ['crisis', 'update', 'news', 'information', 'statement', 'progress'],
    },
  },
  {
    key: 'out-of-hours',
    category: 'other',
    intents: ['urgent-out-of-hours'],
    fr: {
      title: 'Hors horaires d’ouverture',
      body: 'Bonjour {{first_name|à vous}}, merci pour votre message. Notre équipe est disponible {{opening_hours}} et reviendra vers vous dès son retour. En attendant, la réponse se trouve peut-être dans notre FAQ : {{faq_link}}',
      tags: ['horaires', 'week-end', 'soir', 'nuit', 'fermé', 'absent', 'disponible', 'joignable', 'heure'],
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, merci pour ton message. Notre équipe est disponible {{opening_hours}} et reviendra vers toi dès son retour. En attendant, la réponse se trouve peut-être dans notre FAQ : {{faq_link}}",
    },
    en: {
      title: 'Out of hours',
      body: "Hi {{first_name|there}}, thanks for your message. Our team is available {{opening_hours}} and will get back to you as soon as we're back. In the meantime, you may find the answer in our FAQ: {{faq_link}}",
      tags: ['hours', 'opening hours', 'weekend', 'evening', 'night', 'closed', 'available', 'what time', 'reach'],
    },
  },
  {
    key: 'escalated',
    category: 'other',
    intents: ['repeated-contact'],
    // Also the reply to a follow-up in a thread ("DM envoyé", "j'attends votre message"): it says the message came in.
    fr: {
      title: 'Demande reçue et transmise à une équipe',
      body: "Bonjour {{first_name|à vous}}, merci pour votre message et votre patience. Nous l'avons bien reçu et transmis à notre équipe {{team?}}, qui dispose de tous les éléments pour vous répondre. Elle reviendra vers vous directement dès que possible.",
      tags: ['transmis', 'escalade', 'équipe', 'service', 'suivi', 'relance', 'bien reçu', 'en attente'],
      variants: { x: 'Bonjour {{first_name|à vous}}, bien reçu, merci pour votre patience. Votre demande est entre les mains de notre équipe {{team?}}, qui reviendra vers vous directement.' },
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, merci pour ton message et ta patience. On l'a bien reçu et transmis à notre équipe {{team?}}, qui a tous les éléments pour te répondre. Elle reviendra vers toi directement dès que possible.",
      variants: { x: "Bonjour {{first_name|à toi}}, bien reçu, merci pour ta patience. Ta demande est entre les mains de notre équipe {{team?}}, qui reviendra vers toi directement." },
    },
    en: {
      title: 'Request received and passed on to a team',
      body: "Hi {{first_name|there}}, thanks for your message and your patience. We've received it and passed it on to our {{team?}} team, who have everything they need to help you. They'll get back to you directly as soon as possible.",
      tags: ['escalated', 'passed on', 'team', 'department', 'follow up', 'chase', 'received', 'waiting'],
      variants: { x: "Hi {{first_name|there}}, got it, thanks for your patience. Your request is with our {{team?}} team, who'll get back to you directly." },
    },
  },
  {
    key: 'damaged-product',
    category: 'complaint',
    intents: ['damaged-product', 'refund-return'],
    fr: {
      title: 'Produit arrivé abîmé ou défectueux',
      body: "Bonjour {{first_name|à vous}}, désolés que votre commande soit arrivée dans cet état, ce n'est pas ce que nous voulons pour vous. Envoyez-nous en message privé une photo du produit et votre numéro de commande : nous vous proposerons un remplacement ou un remboursement, sans que vous ayez à le renvoyer à vos frais.",
      tags: ['cassé', 'abîmé', 'endommagé', 'défectueux', 'photo', 'remplacement', 'livré cassé', 'pièce manquante'],
      variants: { x: 'Bonjour {{first_name|à vous}}, désolés pour ce produit abîmé. Envoyez-nous une photo et votre numéro de commande en message privé : nous vous proposons un remplacement ou un remboursement.' },
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, désolés que ta commande soit arrivée dans cet état, ce n'est pas ce qu'on veut pour toi. Envoie-nous en message privé une photo du produit et ton numéro de commande : on te proposera un remplacement ou un remboursement, sans que tu aies à le renvoyer à tes frais.",
      variants: { x: 'Bonjour {{first_name|à toi}}, désolés pour ce produit abîmé. Envoie-nous une photo et ton numéro de commande en message privé : on te propose un remplacement ou un remboursement.' },
    },
    en: {
      title: 'Product arrived damaged or faulty',
      body: "Hi {{first_name|there}}, we're sorry your order arrived like this, that's not what we want for you. Send us a photo of the item and your order number in a private message and we'll offer you a replacement or a refund, with no return at your expense.",
      tags: ['broken', 'damaged', 'faulty', 'defective', 'cracked', 'photo', 'replacement', 'missing part'],
      variants: { x: "Hi {{first_name|there}}, sorry your item arrived damaged. Send us a photo and your order number by private message and we'll offer a replacement or a refund." },
    },
  },
  {
    key: 'gift-card',
    category: 'question',
    intents: ['price-b2b-gift-card'],
    fr: {
      title: 'Carte cadeau',
      body: 'Bonjour {{first_name|à vous}}, nos cartes cadeaux s’achètent en ligne et s’utilisent sur tout le site, en une ou plusieurs fois. Toutes les infos (montants, validité, utilisation) sont ici : {{faq_link}}. Une question sur une carte déjà reçue ? Écrivez-nous en message privé avec son numéro.',
      tags: ['carte cadeau', 'chèque cadeau', 'bon d’achat', 'validité', 'offrir', 'solde de la carte'],
      variants: {
        x: 'Bonjour {{first_name|à vous}}, nos cartes cadeaux s’utilisent sur tout le site, en une ou plusieurs fois. Montants et validité : {{faq_link}}. Une question sur une carte reçue ? Écrivez-nous en message privé.',
        instagram: 'Bonjour {{first_name|à vous}}, nos cartes cadeaux s’achètent en ligne et s’utilisent sur tout le site, en une ou plusieurs fois. Montants et validité : voir la FAQ (lien dans notre bio). Une question sur une carte reçue ? Écrivez-nous en message privé.',
      },
    },
    tu: {
      body: 'Bonjour {{first_name|à toi}}, nos cartes cadeaux s’achètent en ligne et s’utilisent sur tout le site, en une ou plusieurs fois. Toutes les infos (montants, validité, utilisation) sont ici : {{faq_link}}. Une question sur une carte déjà reçue ? Écris-nous en message privé avec son numéro.',
      variants: {
        x: 'Bonjour {{first_name|à toi}}, nos cartes cadeaux s’utilisent sur tout le site, en une ou plusieurs fois. Montants et validité : {{faq_link}}. Une question sur une carte reçue ? Écris-nous en message privé.',
        instagram: 'Bonjour {{first_name|à toi}}, nos cartes cadeaux s’achètent en ligne et s’utilisent sur tout le site, en une ou plusieurs fois. Montants et validité : voir la FAQ (lien dans notre bio). Une question sur une carte reçue ? Écris-nous en message privé.',
      },
    },
    en: {
      title: 'Gift card',
      body: "Hi {{first_name|there}}, our gift cards can be bought online and used across the whole site, in one go or several. Amounts, validity and how to use them are all here: {{faq_link}}. A question about a card you've received? Send us a private message with its number.",
      tags: ['gift card', 'gift voucher', 'voucher', 'e-gift card', 'expiry', 'balance'],
      variants: {
        x: "Hi {{first_name|there}}, our gift cards work across the whole site, in one go or several. Amounts and validity: {{faq_link}}. A question about a card you've received? Send us a private message.",
        instagram: "Hi {{first_name|there}}, our gift cards can be bought online and used across the whole site, in one go or several. Amounts and validity: see the FAQ (link in our bio). A question about a card you've received? Send us a private message.",
      },
    },
  },
  {
    key: 'price-question',
    category: 'question',
    intents: ['price-b2b-gift-card'],
    fr: {
      title: 'Question de prix ou de promotion',
      body: 'Bonjour {{first_name|à vous}}, merci pour votre question. {{answer?}} Le prix à jour est toujours celui de la fiche produit, et nos offres sont annoncées en avant-première dans notre newsletter.',
      tags: ['prix', 'combien', 'promo', 'réduction', 'code promo', 'soldes', 'cher', 'coûte', 'black friday', 'bon plan', 'augmentation'],
    },
    tu: {
      body: 'Bonjour {{first_name|à toi}}, merci pour ta question. {{answer?}} Le prix à jour est toujours celui de la fiche produit, et nos offres sont annoncées en avant-première dans notre newsletter.',
    },
    en: {
      title: 'Price or promotion question',
      body: "Hi {{first_name|there}}, thanks for your question. {{answer?}} The current price is always the one on the product page, and our offers are announced first in our newsletter.",
      tags: ['price', 'how much', 'cost', 'promo', 'discount', 'promo code', 'sale', 'expensive', 'deal', 'black friday', 'price increase'],
    },
  },
  {
    key: 'thanks-team-member',
    category: 'praise',
    intents: ['thanks-team-member', 'praise'],
    fr: {
      title: 'Merci pour une personne de l’équipe',
      body: "Merci {{first_name|à vous}} pour ce message ! Nous le transmettons tout de suite à la personne concernée, qui va être ravie de le lire. C'est exactement l'accueil que nous voulons offrir.",
      tags: ['conseillère', 'conseiller', 'vendeuse', 'vendeur', 'accueil', 'équipe', 'aimable', 'merci à'],
    },
    tu: {
      body: "Merci {{first_name|à toi}} pour ce message ! On le transmet tout de suite à la personne concernée, qui va être ravie de le lire. C'est exactement l'accueil qu'on veut offrir.",
    },
    en: {
      title: 'Thanks to a team member',
      body: "Thank you {{first_name|so much}} for this message! We're passing it straight on to our colleague, who will be delighted to read it. That's exactly the welcome we want everyone to get.",
      tags: ['staff', 'team', 'colleague', 'agent', 'helpful', 'kind', 'shout out', 'thanks to'],
    },
  },
  {
    key: 'repeated-contact',
    category: 'complaint',
    intents: ['repeated-contact'],
    fr: {
      title: 'Relance : excuses pour l’attente',
      body: "Bonjour {{first_name|à vous}}, vous n'auriez pas dû avoir à nous relancer, toutes nos excuses. Nous reprenons votre demande en priorité : écrivez-nous en message privé avec votre numéro de commande ou de dossier, et une personne de l'équipe la suit jusqu'au bout.",
      tags: ['relance', 'pas de réponse', 'déjà écrit', 'plusieurs fois', 'attente', 'sans réponse', 'priorité'],
      variants: { x: "Bonjour {{first_name|à vous}}, désolés d'avoir dû nous relancer. Écrivez-nous en message privé avec votre numéro de dossier : nous reprenons votre demande en priorité." },
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, tu n'aurais pas dû avoir à nous relancer, toutes nos excuses. On reprend ta demande en priorité : écris-nous en message privé avec ton numéro de commande ou de dossier, et une personne de l'équipe la suit jusqu'au bout.",
      variants: { x: "Bonjour {{first_name|à toi}}, désolés que tu aies dû nous relancer. Écris-nous en message privé avec ton numéro de dossier : on reprend ta demande en priorité." },
    },
    en: {
      title: 'Follow-up: sorry for the wait',
      body: "Hi {{first_name|there}}, you shouldn't have had to chase us, and we're sorry. We're picking your request up as a priority: send us a private message with your order or case number and one person from the team will see it through.",
      tags: ['follow up', 'no reply', 'no answer', 'already contacted', 'several times', 'waiting', 'priority'],
      variants: { x: "Hi {{first_name|there}}, sorry you had to chase us. Send us a private message with your case number and we'll pick your request up as a priority." },
    },
  },
  {
    key: 'scam-report-thanks',
    category: 'moderation',
    intents: ['scam-report'],
    fr: {
      title: 'Faux compte signalé : merci',
      body: "Merci {{first_name|à vous}} de nous avoir alertés. Ce compte n'est pas le nôtre : nous l'avons signalé. Nous ne demandons jamais de paiement ni de coordonnées bancaires par message privé, et nos seuls comptes officiels portent le badge vérifié. Ne cliquez sur aucun lien qu'il envoie.",
      tags: ['faux compte', 'arnaque', 'usurpation', 'signalement', 'compte officiel', 'message privé', 'concours'],
      variants: { x: "Merci {{first_name|à vous}} pour l'alerte. Ce compte n'est pas le nôtre et nous l'avons signalé. Nous ne demandons jamais de paiement par message privé : ne cliquez sur aucun lien." },
    },
    tu: {
      body: "Merci {{first_name|à toi}} de nous avoir alertés. Ce compte n'est pas le nôtre : on l'a signalé. On ne demande jamais de paiement ni de coordonnées bancaires par message privé, et nos seuls comptes officiels portent le badge vérifié. Ne clique sur aucun lien qu'il envoie.",
      variants: { x: "Merci {{first_name|à toi}} pour l'alerte. Ce compte n'est pas le nôtre et on l'a signalé. On ne demande jamais de paiement par message privé : ne clique sur aucun lien." },
    },
    en: {
      title: 'Fake account reported: thank you',
      body: "Thanks {{first_name|a lot}} for letting us know. That account isn't ours and we've reported it. We never ask for payment or bank details by private message, and our only official accounts carry the verified badge. Please don't click any link it sends.",
      tags: ['fake account', 'scam', 'impersonation', 'report', 'official account', 'private message', 'giveaway'],
      variants: { x: "Thanks {{first_name|a lot}} for the heads-up. That account isn't ours and we've reported it. We never ask for payment by private message: please don't click any link." },
    },
  },
  {
    key: 'rumour-facts',
    category: 'crisis',
    intents: ['crisis-rumour'],
    fr: {
      title: 'Rumeur : rétablir les faits',
      body: "Bonjour {{first_name|à vous}}, merci de nous poser la question plutôt que de relayer l'information. {{answer?}} Nos annonces officielles sont publiées uniquement sur nos comptes et notre site : en cas de doute, c'est là qu'il faut vérifier.",
      tags: ['rumeur', 'vrai', 'faux', 'il paraît', 'fausse information', 'démenti', 'faits'],
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, merci de nous poser la question plutôt que de relayer l'information. {{answer?}} Nos annonces officielles sont publiées uniquement sur nos comptes et notre site : en cas de doute, c'est là qu'il faut vérifier.",
    },
    en: {
      title: 'Rumour: setting the facts straight',
      body: "Hi {{first_name|there}}, thanks for asking us rather than passing it on. {{answer?}} Our official announcements are only ever published on our own accounts and website: if in doubt, that's the place to check.",
      tags: ['rumour', 'true', 'false', 'heard', 'misinformation', 'facts', 'official'],
    },
  },
  {
    key: 'urgent-request',
    category: 'other',
    intents: ['urgent-out-of-hours'],
    fr: {
      title: 'Demande urgente : en priorité',
      body: "Bonjour {{first_name|à vous}}, nous avons bien vu que c'est urgent. Écrivez-nous en message privé avec votre numéro de commande et ce qu'il vous faut : nous traitons votre demande en priorité. Notre équipe répond {{opening_hours}}.",
      tags: ['urgent', 'urgence', 'vite', 'rapidement', 'priorité', 'aujourd’hui', 'besoin'],
    },
    tu: {
      body: "Bonjour {{first_name|à toi}}, on a bien vu que c'est urgent. Écris-nous en message privé avec ton numéro de commande et ce qu'il te faut : on traite ta demande en priorité. Notre équipe répond {{opening_hours}}.",
    },
    en: {
      title: 'Urgent request: as a priority',
      body: "Hi {{first_name|there}}, we can see this is urgent. Send us a private message with your order number and what you need, and we'll handle it as a priority. Our team replies {{opening_hours}}.",
      tags: ['urgent', 'emergency', 'asap', 'quickly', 'priority', 'today', 'need'],
    },
  },
];

/** Stable ids: seeding twice for the same brand is idempotent instead of duplicating the library. */
export function starterTemplateId(brandId: string, key: string, language: Language): string {
  return `starter:${brandId}:${key}:${language}`;
}

/** Fresh starter rows for a brand, validated, French first, the French in the brand's form of address. */
export function starterTemplates(brandId: string, now: Date, address: VoiceProfile['address'] = 'vous'): Template[] {
  const stamp = now.toISOString();
  const rows: Template[] = [];
  for (const language of ['fr', 'en'] as const) {
    for (const situation of STARTER_SITUATIONS) {
      const text = situation[language];
      const own = language === 'fr' && address === 'tu' ? situation.tu : text;
      rows.push(
        TemplateSchema.parse({
          id: starterTemplateId(brandId, situation.key, language),
          brandId,
          title: text.title,
          body: own.body,
          category: situation.category,
          tags: text.tags,
          intents: [...situation.intents],
          language,
          variants: own.variants ?? {},
          usageCount: 0,
          createdAt: stamp,
          updatedAt: stamp,
        }),
      );
    }
  }
  return rows;
}
