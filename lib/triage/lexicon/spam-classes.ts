/**
 * Spam evidence written as word classes rather than phrases, for Riposte (MIT). Self-promotion and
 * offers change wording faster than a list of phrases can follow, but keep their parts: a possessive
 * with something of one's own to show (my + reels, ma + prod), a call to look, listen or follow, a
 * contact channel (dm, inbox, WhatsApp) with something to sell, a warning that an account will be
 * closed, a chain letter's threat. Each part weighs under the bar of 1 on its own — a customer's "my
 * page", a fan's "go watch it" stay clean — and two of them meet it in whatever order they come,
 * since evidence adds up over the comment. Terms a hand-written table already lists keep its weight.
 */
import type { TermTable } from './types';

/** One class: its words and the spam evidence each carries. */
type Weighted = ReadonlyArray<readonly [words: readonly string[], weight: number]>;

/** Every pairing of the first words with the second ("my" × "reels" → "my reels"). */
const pairs = (first: readonly string[], second: readonly string[]): string[] => first.flatMap((a) => second.map((b) => `${a} ${b}`));

/** Close enough to the matcher's keys to tell two spellings of one term apart (accents, case, elision). */
function foldKey(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/\b([a-z])['’]/g, '$1 ')
    .replace(/['’]/g, '')
    .replace(/[\s\-,.:;!?]+/g, ' ')
    .trim();
}

/** The hand-written terms, then each class term they do not list already, with `s=<weight>`. */
export function withSpamClasses(terms: TermTable, classes: Weighted): TermTable {
  const seen = new Set(terms.map(([t]) => foldKey(t)));
  const out: (readonly [string, string])[] = [...terms];
  for (const [words, weight] of classes) {
    for (const w of words) {
      const key = foldKey(w);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push([w, `s=${weight}`]);
    }
  }
  return out;
}

// — English —
const EN_MY = ['my', 'our'];
const EN_FRESH = ['new', 'latest', 'last', 'first', 'little', 'debut', 'next'];
/** Things a creator or seller shows; a customer rarely says "my reels" to a brand. */
const EN_SHOWN_STRONG = [
  'channel', 'chanel', 'chnl', 'reels', 'shorts', 'edits', 'podcast', 'mixtape', 'tape', 'beats', 'prod', 'playlist', 'vlog',
  'vlogs', 'art page', 'fan page', 'fanpage', 'gaming page', 'merch', 'soundcloud', 'spotify', 'twitch', 'tiktok', 'tik tok',
  'insta', 'ig', 'yt', 'youtube', 'clothing line', 'portfolio', 'covers', 'ep', 'album', 'single', 'music', 'songs', 'tracks',
  'artwork', 'paintings', 'drawings', 'illustrations', 'sketches', 'designs', 'photography', 'short film', 'stream', 'streams',
  'live', 'highlights', 'pinned post', 'pinned comment', 'pinned video', 'snap', 'onlyfans', 'only fans', 'telegram', 'link', 'discord', 'pfp', 'other account',
  'second account', 'backup page', 'server', 'newsletter', 'patreon', 'kofi', 'linktree', 'depop', 'etsy', 'vinted',
];
/** Things a customer may have too ("my page was hacked"): weaker. */
const EN_SHOWN_WEAK = ['page', 'profile', 'acct', 'acc', 'stuff', 'vids', 'vidz', 'videos', 'video', 'content', 'art', 'edit', 'work', 'shop', 'store', 'site', 'website', 'story', 'stories', 'feed', 'bio', 'blog', 'pics', 'photos', 'song', 'beat', 'episode', 'upload', 'uploads', 'brand', 'business'];

/** What a page is about, between the possessive and the noun ("my cooking page", "ma chaîne gaming" comes after). */
const EN_TOPICS = [
  'cooking', 'baking', 'gaming', 'art', 'music', 'beauty', 'makeup', 'fitness', 'travel', 'food', 'dance', 'comedy', 'fashion', 'tech',
  'nail', 'nails', 'hair', 'skincare', 'crochet', 'knitting', 'photography', 'drawing', 'meme', 'memes', 'edit', 'fan', 'small', 'own',
  'business', 'youtube', 'tiktok', 'insta', 'instagram', 'facebook', 'backup', 'personal', 'other', 'skate', 'anime', 'reaction', 'prank',
  'vlogging', 'lash', 'tattoo', 'cake', 'car', 'pet', 'cat', 'dog',
];
const EN_TOPIC_NOUNS = ['page', 'channel', 'account', 'acct', 'profile', 'shop', 'store', 'blog', 'videos', 'vids', 'content', 'business', 'shorts', 'reels', 'edits', 'podcast'];
/** Someone close selling or making something: "my cousin sells", "ma pote fait". */
const EN_KIN = pairs(['my cousin', 'my friend', 'my sister', 'my brother', 'my bestie', 'my mate', 'my aunt', 'my mum', 'my mom', 'my girlfriend', 'my boyfriend'], ['sells', 'makes', 'does', 'has a', 'runs a', 'just started', 'started']);
/** Someone else's page pushed by a friend or a bot: "order from her page", "his channel". */
const EN_THEIR = pairs(['her', 'his'], ['page', 'channel', 'account', 'profile', 'shop', 'store', 'ig', 'insta', 'telegram', 'whatsapp', 'number', 'website']);

/** A call to look, listen, follow or share — alone it is a fan's "go watch it". */
const EN_CALLS = [
  'tap', 'search', 'stream', 'join', 'rate', 'head to', 'hop on', 'go to',
  'peep', 'peep the', 'go look', 'go peep', 'come check', 'tap in', 'pull up', 'swing by', 'stop by', 'pop by',
  'give it a spin', 'give it a go', 'give it a try', 'stream it', 'drop a follow', 'drop a like', 'drop a sub', 'smash that',
  'hit that follow', 'hit follow', 'show some love', 'show me some love', 'show love', 'look me up', 'search my name', 'feedback welcome', 'would appreciate the support', 'appreciate the support', 'any support', 'support me', 'means a lot',
  'would mean a lot', 'mean the world', 'new here', "i'm new here", 'every view', 'every like', 'every follow', 'every share',
  'every stream', 'every listen', 'dont scroll', "don't scroll", 'scroll past', 'subscibe', 'subcribe', 'subsribe', 'suscribe',
  'folow', 'follw', 'folow me', 'in my bio',
  'on my profile', 'on my page', 'in my profile', 'in my highlights', 'tap the link', 'link up', 'stream now', 'out now', 'available on', 'is out', 'is up', 'just released', 'finally out', 'tap my name', 'click my name',
];
/** A way to reach the author off the comment. */
const EN_CONTACT = [
  'dm her', 'dm him', 'message her', 'message him', 'write to me', 'write me', 'hmu', 'inbox for', 'message me for details',
  'message me fast', 'dm for a', 'send us a dm', 'email me', 'drop me a dm', 'slide in my dms', 'check your dms', 'check dm',
  'inbox me', 'pm me', 'hmu', 'hit me up', 'telegram me', 'whatsapp me', 'contact me', 'contact us', 'message us',
  'dm to order', 'dm to book', 'dm for', 'dm me for', 'message me privately', 'privately', 'add me', 'add me on snap', 'snap me',
  'text me on', 'reach him', 'reach her', 'reach out to him', 'reach out to her', 'write to him', 'write to her', 'wa me', 'on telegram',
  'via whatsapp', 'via telegram',
];
/** Something on offer: price, service, replica, loan, signals. */
const EN_OFFER = [
  'cheap', 'for cheap', 'cheap and fast', 'best price', 'best prices', 'wholesale', 'bulk orders', 'bulk order', 'replicas', 'replica',
  'commissions open', 'commissions', 'taking orders', 'open for orders', 'shop now', 'order now', 'buy now', 'ship worldwide',
  'ships worldwide', 'worldwide shipping', 'dot com', 'affordable', 'i build', 'i design', 'i edit', 'for only', 'only #', 'off everything', 'off all', 'limited offer', 'limited time', 'deal', 'deals', 'signals', 'forex signals', 'mentor', 'my mentor',
  'weekly profit', 'a week from', 'changed my life', 'was skeptical', 'i was skeptical', 'financial freedom', 'testimony',
  'lonely', 'handsome', 'hi handsome', 'hey handsome', 'hello dear', 'hi dear', 'be friends', 'naughty', 'pics of me', 'photos of me',
  'nudes', '🔞', 'free cams', 'cams', 'no signup', 'dont tell anyone', "don't tell anyone", 'giving away', 'tag # friends',
  'tag # people', 'share this post', 'to win', 'win a', 'win an', 'support team', 'violated', 'our policies', 'community standards',
  'will be suspended', 'will be disabled', 'will be deleted', 'will be removed', 'verify here', 'verify your account', 'verify now',
  'confirm your details', 'confirm your account', 'customer care', 'helpline', 'copy and paste', 'copy paste', 'share this with',
  'bad luck', 'or you will', "or you'll", 'type amen', 'amen', 'your crush', 'to # people', 'send this to', 'ignore this',
  'books open', 'bookings open', 'booking open', 'slots open', 'slots available', 'taking bookings', 'dm for a slot', 'apply via', 'apply now',
  'ambassadors', 'brand ambassadors', 'free products', 'free samples', 'paypal only', 'cashapp only', 'paypal', 'tickets for sale',
  'fake ids', 'passports', 'driving licences', 'all countries', 'money will come', 'if you read this', 'send it to', '# friends and',
  'turned my', 'into # k', 'god bless her', 'god bless him', "she's on", 'she is on', "he's on", 'he is on', 'win rate', 'calls in my',
  'was reported', 'been reported', 'appeal here', 'appeal', 'official', 'sweetheart', 'new in town', 'wanna chat', 'want to chat',
  'lets chat', '🍑', '💋', 'giveaways', 'show us some love', 'show us love', 'have a look', 'go have a look', '# each', 'half price',
  'pre save', 'presave', 'drops friday', 'drops tonight', 'dropping soon', 'we ship', 'message them', 'contact them', 'dm them', "they're legit",
  'they are legit', 'got my account back', 'look him up', 'look her up', 'debt free', 'trading program', 'scheduled for removal', 'due to copyright',
  'review it here', 'appeal it here', 'ignore if', 'if you love your', 'prayer group', 'testimonies', 'loans available',
  'no credit check', 'text #', 'booking link', 'meet 😈', 'near you', 'girls near you', 'real followers', 'spotify premium', 'netflix premium',
  'get verified', 'blue tick', 'serious man', 'looking for a serious', 'widow', 'hit # followers', 'get to #', 'to # followers', 'before my birthday', 'every follower',
];
/**
 * The hand-written calls that end on the possessive ("like my"): the matcher reads the longest term
 * from each word, so such a call takes the possessive and the noun after it must come with it.
 * Other calls are single words ("tap", "join") that meet "my pfp" as a term of its own.
 */
const EN_CALL_VERBS = ['like', 'hear'];
const EN_SPAM: Weighted = [
  [pairs(['started a', 'started my'], pairs(EN_TOPICS, ['page', 'channel', 'account', 'shop', 'podcast'])), 0.7],
  [pairs(['started a', 'launched a', 'opened a', 'just started a', 'just launched a'], EN_TOPIC_NOUNS), 0.6],
  [EN_KIN, 0.5],
  [pairs(['type', 'comment'], ['yes', 'amen', 'yes if', 'no if', '1 if', 'amen if']), 0.8],
  [pairs(['my'], pairs(EN_TOPICS, EN_TOPIC_NOUNS)), 0.6],
  [pairs(EN_CALL_VERBS, pairs(['my'], [...EN_SHOWN_STRONG, ...EN_SHOWN_WEAK.slice(0, 12), 'name', 'username'])), 1],
  [pairs(EN_CALL_VERBS, pairs(['my'], EN_SHOWN_WEAK)), 0.8],
  [pairs(EN_MY, pairs(EN_FRESH, EN_SHOWN_STRONG)), 0.7],
  [pairs(EN_MY, EN_SHOWN_STRONG), 0.6],
  [pairs(EN_MY, pairs(EN_FRESH, EN_SHOWN_WEAK)), 0.5],
  [pairs(EN_MY, EN_SHOWN_WEAK), 0.4],
  [pairs(['every'], pairs(['view', 'like', 'follow', 'share', 'stream', 'listen', 'sub', 'subscriber', 'follower'], ['helps', 'counts', 'matters'])), 1],
  [['drop a follow', 'drop a sub', 'look me up', 'commissions open', 'dm to order', 'dm to book', 'type amen', 'free cams', 'nudes', 'copy and paste', 'will be suspended', 'will be disabled', 'verify here', 'verify your account'], 0.8],
  [[...EN_THEIR, 'over on my', 'on my other', 'my number', 'tell me what you think', 'let me know what you think', 'what i post'], 0.45],
  [EN_CALLS, 0.5],
  [EN_CONTACT, 0.6],
  [EN_OFFER, 0.4],
];

// — French —
const FR_MY = ['mon', 'ma', 'mes', 'notre'];
const FR_FRESH = ['nouveau', 'nouvel', 'nouvelle', 'dernier', 'dernière', 'premier', 'première', 'petit', 'petite'];
const FR_SHOWN_STRONG = [
  'chaîne', 'chaine', 'chaîne youtube', 'podcast', 'prod', 'prods', 'clip', 'clips', 'morceau', 'morceaux', 'titre', 'album', 'ep', 'mixtape',
  'playlist', 'dessins', 'peintures', 'créations', 'creas', 'illustrations', 'insta', 'tiktok', 'snap', 'twitch', 'spotify', 'soundcloud',
  'live', 'lives', 'musique', 'musiques', 'sons', 'reels', 'vlog', 'portfolio', 'boutique en ligne', 'shop', 'telegram', 'lien', 'post épinglé',
  'commentaire épinglé', 'vidéo épinglée', 'discord', 'serveur discord', 'patreon', 'vinted', 'etsy', 'autre compte', 'deuxième compte',
];
/** « ma page cuisine » : the topic comes after the noun in French. */
const FR_TOPIC_PAGES = pairs(['ma page', 'ma chaîne', 'mon compte', 'ma boutique', 'mon shop', 'mon site'], ['cuisine', 'gaming', 'beauté', 'makeup', 'maquillage', 'fitness', 'sport', 'voyage', 'dessin', 'humour', 'mode', 'ongles', 'tech', 'musique', 'art', 'vinted', 'etsy', 'insta', 'tiktok', 'pro', 'perso', 'secondaire', 'de secours', 'en ligne', 'de bijoux', 'de vêtements', 'de recettes']);
const FR_SHOWN_WEAK = ['page', 'profil', 'compte insta', 'son', 'vidéo', 'vidéos', 'video', 'videos', 'contenu', 'story', 'stories', 'bio', 'site', 'boutique', 'travail', 'art', 'projet', 'photos', 'marque', 'blog'];
const FR_CALLS = [
  'suivez', 'likez', 'rejoignez', 'rejoins', 'découvrez', 'streamez', 'passez sur', 'passe sur',
  'allez voir', 'passez voir', 'venez voir', 'viens voir', 'va voir', 'allez écouter', 'venez écouter', 'viens écouter', 'jetez un oeil',
  'jetez un œil', 'jette un oeil', 'jette un œil', 'faire un tour', 'passez y', 'passe y', 'abonnez vous', 'abonne toi', 'abonnez vous à',
  'abonne toi à', 'abonnez', 'abonez vous', 'abonnés vous', 'un like', 'un petit like', 'ça aide', 'ca aide',
  'ça m’aiderait', 'ça m’aide', 'soutenez', 'soutenez moi', 'soutenir un petit', 'épinglé', 'épinglée', 'en épinglé',
  'lien en story', 'dans ma bio', 'sur mon profil', 'sur ma page', 'je lance ma', 'je lance mon', 'je débute', 'nouvelle sur insta', 'nouveau sur insta', 'nouvelle sur tiktok', 'nouveau sur tiktok', 'petit artiste', 'petite artiste',
  'petit youtubeur', 'petite youtubeuse', 'petit créateur', 'petite créatrice', 's’entraider', "s'entraider", 'entraide', 'ça me ferait plaisir',
  'ça me ferait trop plaisir', 'me ferait trop plaisir', 'dispo sur', 'disponible sur', 'en écoute',
];
const FR_CONTACT = [
  'écris moi', 'écrivez nous', 'viens en mp', 'passe en mp', 'en message privé', 'envoie moi un message',
  'contactez moi', 'contacte moi', 'contactez la', 'contactez le', 'contactez nous', 'écrivez moi', 'ecris moi', 'écrivez lui', 'écrivez au',
  'appelez le', 'appelez au', 'envoyez moi', 'mp', 'en dm', 'dm moi', 'par mail', 'sur telegram', 'par whatsapp', 'ajoute moi', 'ajoutez moi',
  'ajoute moi sur', 'viens en privé', 'en privé', 'discuter en privé', 'tu veux discuter', 'prix en mp', 'infos en mp',
];
const FR_OFFER = [
  'pas cher', 'pas chère', 'prix cassés', 'prix imbattables', 'promo folle', 'à vie', 'comptes netflix', 'compte netflix', 'abonnements iptv', 'iptv',
  'à domicile', 'sans justificatif', 'entre particuliers', 'crédit rapide', 'prêt rapide', 'prêt entre particuliers', 'voyante', 'voyant',
  'marabout', 'retour de l’être aimé', "retour de l'être aimé", 'retour affectif', 'signaux', 'signaux crypto', 'résultats garantis',
  'gains garantis', 'mentor', 'mentor en trading', 'multiplié', 'mon investissement', 'depuis chez vous', 'depuis chez soi', 'gagnez', 'gagner de l’argent',
  'revenus passifs', 'coquines', 'photos coquines', 'coquin', 'célibataire', 'mon chéri', 'coucou mon chéri', 'vente de', 'livraison offerte', 'commandes ouvertes',
  'tag # amis', 'tague # amis', 'identifie # amis', 'identifiez # amis', 'pour gagner', 'à gagner', 'sera suspendu*', 'sera supprimé*', 'sera désactivé*',
  'sera bloqué*', 'confirmez vos', 'confirmez votre', 'vérifiez votre compte', 'partage ce message', 'partagez ce message',
  'sinon malheur', 'malheur', 'copie colle', 'copier coller', 'à # personnes', 'tape amen', 'amen', 'est sorti', 'est sortie', 'vient de sortir', 'enfin sorti', 'enfin sortie', 'qui veut des abonnés', 'j’ai la technique', "j'ai la technique",
  'petits prix', 'à petits prix', 'je viens d’ouvrir', "je viens d'ouvrir", 'vient d’ouvrir', "vient d'ouvrir", 'mois offert', 'premier mois offert',
  'séance offerte', 'offert', 'coach en ligne', 'beau gosse', 'ma belle', 'viens me parler', 'parler en privé', 'allez streamer', 'streamez',
  'dispo partout', 'disponible partout', 'ça compte énormément', 'je vends', 'vends des followers', 'vends des abonnés', 'followers français',
  'envoie ce message', 'envoyez ce message', 'ton vœu', 'ton voeu', 'se réalisera', 'tes fonds', 'mes fonds', 'fonds perdus', 'récupérer vos fonds',
  'récupérer mes fonds', 'a été signalé', 'éviter la suppression', 'cliquez ici', 'inscrivez vous', 'testez gratuitement', 'tester nos produits',
  'mes dispos', 'dispos', 'sont en story', 'infos en story', 'tout en story', 'on a lancé', 'on lance', 'notre marque', 'sur notre site', 'avec le code', 'grâce au programme',
  'quitté mon cdi', 'quitter mon cdi', 'il explique tout', 'elle explique tout', 'homme sérieux', 'femme sérieuse', 'cherche un homme',
  'cherche une femme', 'je revends', 'si intéressé', 'si intéressée', 'si intéressés', 'mp si intéressé', 'problèmes d’amour', "problèmes d'amour",
  'appelez vite', 'enfreint nos règles', 'enfreint', 'faites appel', 'avant 24h', 'demi tarif', 'moitié prix', 'pour discuter',
  'gratuitement', 'je t’apprends', "je t'apprends", 'je vous apprends', 'arrête de galérer', 'par mois', 'ambassadrices', 'ambassadeurs',
];
const FR_SPAM: Weighted = [
  [pairs(['son', 'sa'], ['insta', 'tiktok', 'profil', 'page', 'compte', 'site', 'boutique', 'shop', 'chaîne', 'snap', 'telegram', 'whatsapp', 'numéro']), 0.5],
  [pairs(['ma pote', 'mon pote', 'ma cousine', 'mon cousin', 'ma soeur', 'ma sœur', 'mon frère', 'ma copine', 'mon copain', 'ma tante', 'ma mère', 'une amie', 'un ami'], ['fait des', 'vend des', 'vend', 'a lancé', 'lance', 'propose']), 0.5],
  [pairs(['tape', 'écris', 'ecris', 'mets'], ['oui', 'amen', 'oui si', '1 si']), 0.8],
  [FR_TOPIC_PAGES, 0.6],
  [pairs(FR_MY, pairs(FR_FRESH, FR_SHOWN_STRONG)), 0.7],
  [pairs(FR_MY, FR_SHOWN_STRONG), 0.6],
  [pairs(FR_MY, pairs(FR_FRESH, FR_SHOWN_WEAK)), 0.5],
  [pairs(FR_MY, FR_SHOWN_WEAK), 0.4],
  [['sinon malheur', 'tape amen', 'photos coquines', 'retour de l’être aimé', "retour de l'être aimé", 'marabout', 'prix en mp', 'prêt entre particuliers', 'sans justificatif', 'partage ce message', 'copie colle', 'sera suspendu*', 'sera désactivé*'], 0.8],
  [FR_CALLS, 0.5],
  [FR_CONTACT, 0.6],
  [FR_OFFER, 0.4],
];

export const EN_SPAM_CLASSES = EN_SPAM;
export const FR_SPAM_CLASSES = FR_SPAM;
