import { describe, expect, it } from 'vitest';
import { withSpamClasses } from '@/lib/triage/lexicon/spam-classes';
import { labelsOf } from './helpers';

describe('spam word classes', () => {
  it.each([
    // own thing + call, either order
    'my new reels are up, go peep',
    'peep my tiktok if you like dance edits',
    'my soundcloud needs some love, stream it',
    'Stream my playlist, lofi beats all night',
    'Pinned video on my profile 👀 go look',
    // contact + offer
    'Custom portraits for cheap, hit me up',
    'Replica sneakers at the best price, whatsapp me',
    // account-closure scare, chain letter
    'Your account will be disabled today, verify your account now',
    'Copy and paste this under 3 videos or bad luck follows you',
    // French
    'Ma nouvelle prod est dispo sur spotify, allez écouter',
    'Venez voir mes dessins, un petit like ça aide',
    'Suivez ma page pour des astuces tous les jours',
    'Ongles en gel à domicile, prix en mp',
    'Votre page sera désactivée, confirmez vos informations ici',
    // a topic between the possessive and the noun, bookings
    'Follow my nail page for weekly sets',
    'Slots open this week for lash extensions, inbox me',
    'Ma page cuisine a besoin de vous, allez voir',
    // someone close selling, engagement bait
    'My sister makes scented soaps, dm her for prices',
    'Type amen if you believe, scroll past if you dont',
    'Mon cousin vend des maillots, allez voir son insta',
  ])('flags %s', (text) => {
    expect(labelsOf(text)).toContain('spam');
  });

  it.each([
    'I showed my kids your channel and they loved it',
    'Can you check my order? It still says pending',
    'My page got hacked and your support team helped, thanks',
    'I took photos of the broken box, where do I send them?',
    'Is the giveaway open to Canada?',
    'Super vidéo, je la partage à ma sœur',
    'Mon compte client ne marche plus depuis hier',
    'Le service client m’a répondu en mp, merci',
    'Petite créatrice moi aussi, bravo pour votre parcours',
    'Ma fille écoute votre playlist en boucle',
    'I paid with PayPal and still no refund',
    'Le premier mois offert ne s’est pas appliqué sur ma facture',
    'Her channel is where I found you, love your products',
    'My sister loves your soaps, she buys them every month',
    'J’ai mis votre recette en story sur mon insta',
  ])('leaves %s alone', (text) => {
    expect(labelsOf(text)).not.toContain('spam');
  });

  it('adds class terms after the hand-written ones, which keep their weight', () => {
    const terms = withSpamClasses(
      [['my channel', 's=0.6']],
      [
        [['my channel', 'my Reels'], 0.5],
        [['my reels', 'peep'], 0.4],
      ],
    );
    expect(terms).toEqual([
      ['my channel', 's=0.6'],
      ['my Reels', 's=0.5'],
      ['peep', 's=0.4'],
    ]);
  });
});
