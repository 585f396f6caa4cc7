import type { DetectedLanguage } from '@/lib/schema/classification';
import { LANGUAGE_VOTES } from './compile';
import { TokenKind, type NormalisedText } from './normalise';

/** The word evidence for each language (0 each when no word is known). */
export interface LanguageEvidence {
  fr: number;
  en: number;
  other: number;
  /** The part of `other` read from letters French and English never write, which names bring too. */
  letters: number;
}

/**
 * Common words of languages Riposte does not speak, beside the function words the rule tables
 * carry: Dutch, Polish, Turkish, the Scandinavian languages, Romanian, Indonesian, Catalan, Czech,
 * and more Spanish, Italian, Portuguese and German — the language head never saw the first eight
 * and reads a short comment in them as English ("Heel mooi, dank je wel!", "Riktigt bra service").
 * The Spanish, Italian, Portuguese and German ones also include the function words most frequent
 * in XLM-T's training tweets in those languages (without a model, the rules read half of them as
 * French from "de", "la", "que"). Hindi written in Latin letters ("kya hua yaar", "mujhe interest
 * nhi"), which the language head learned from XLM-T's Hindi tweets: without these words the rules
 * read two thirds of them as English; they are the most frequent words of those tweets, less names,
 * hashtags and the ones English or French also write ("main", "hum", "jab", "mere" as "mère",
 * "ke" and "ki" as French SMS for "que" and "qui"). Written without accents, as the tokens are.
 * None is a French or English word: each occurs in fewer than three of XLM-T's English or French
 * training tweets, TweetEval's offensive tweets, the airline tweets or the French MLMA tweets
 * ("bhai": three, by Indian writers), none is in the rule tables, and words brand comments use in
 * French or English ("tan", "ver") are left out.
 */
const OTHER_WORDS = new Set([
  // Dutch
  'ik', 'jij', 'jullie', 'wij', 'wel', 'mooi', 'bedankt', 'graag', 'goed', 'echt', 'zijn', 'wordt', 'worden', 'hebben', 'heb',
  'heeft', 'maar', 'ook', 'zo', 'wanneer', 'waarom', 'geen', 'mijn', 'jouw', 'onze', 'deze', 'naar', 'bij', 'uit', 'alleen',
  'leuk', 'prachtig', 'geweldig', 'bestelling', 'levering', 'zeer', 'weer', 'veel', 'helemaal', 'kunnen', 'jammer', 'slecht',
  'slechte', 'ontvangen', 'nooit', 'meer', 'gaan', 'komt', 'krijgen', 'prijs', 'vandaag',
  // Polish
  'nie', 'jest', 'sie', 'bardzo', 'dziekuje', 'dzieki', 'prosze', 'czy', 'jak', 'tak', 'juz', 'jeszcze', 'tylko', 'mnie',
  'bylo', 'bedzie', 'kiedy', 'gdzie', 'dlaczego', 'polecam', 'zamowienie', 'zamowienia', 'ktory', 'ktora', 'jestem',
  'jestesmy', 'moze', 'wszystko', 'wszystkim', 'dobry', 'dobrze', 'swietny', 'fajny', 'fajne', 'ladne', 'ladny', 'piekne',
  'tez', 'oraz', 'przez', 'przy', 'dostalem', 'dostalam', 'kosztuje',
  // Turkish
  'cok', 'guzel', 'tesekkurler', 'tesekkur', 'ederim', 'bir', 'icin', 'degil', 'yok', 'siz', 'nasil', 'neden', 'kadar',
  'siparis', 'siparisim', 'hala', 'gelmedi', 'harika', 'berbat', 'tavsiye', 'merhaba', 'lutfen', 'olacak', 'olmus', 'memnun',
  'kaldim', 'gibi', 'daha', 'hep', 'simdi',
  // Swedish, Danish, Norwegian
  'inte', 'ikke', 'har', 'jeg', 'mycket', 'meget', 'varfor', 'hvorfor', 'nar', 'hvornar', 'skickar', 'kommer', 'tillbaka',
  'fatt', 'jattefint', 'fint', 'riktigt', 'helt', 'hvad', 'koster', 'kostar', 'igen', 'modtaget', 'tusind', 'ogsa', 'ocksa',
  'ganska', 'vad', 'hur', 'bara', 'skal',
  // Romanian
  'foarte', 'frumos', 'frumoasa', 'multumesc', 'multumim', 'mersi', 'primit', 'comanda', 'cand', 'stoc', 'recomand', 'dureaza',
  'atat', 'livrarea', 'pentru', 'raspuns', 'sunt', 'deloc', 'este', 'sau', 'dar', 'acum', 'bine', 'vreau', 'poate', 'unde',
  'ati', 'aveti',
  // Indonesian, Malay
  'bagus', 'sekali', 'terima', 'kasih', 'kapan', 'stok', 'lagi', 'kak', 'pesanan', 'saya', 'belum', 'sampai', 'berapa',
  'harganya', 'harga', 'mantap', 'pelayanan', 'sangat', 'baik', 'kenapa', 'pengiriman', 'pengirimannya', 'barangnya',
  'barang', 'sesuai', 'gambar', 'kecewa', 'banget', 'tokonya', 'toko', 'ini', 'itu', 'tidak', 'gak', 'nggak', 'aku', 'kamu',
  'sudah', 'udah', 'juga', 'bisa', 'mau', 'dengan', 'untuk', 'dari', 'gan',
  // Catalan
  'moltes', 'gracies', 'quan', 'tornara', 'estar', 'encara', 'aixo', 'servei', 'triga', 'enviament', 'perque', 'tambe',
  'doncs', 'amb', 'aquest', 'aquesta',
  // Czech, Slovak
  'moc', 'pekne', 'dekuji', 'dekujeme', 'kdy', 'zase', 'skladem', 'jeste', 'jsem', 'nedostal', 'nedostala', 'objednavku',
  'objednavka', 'kolik', 'stoji', 'skvela', 'sluzba', 'doporucuji', 'proc', 'trva', 'dlouho', 'neni', 'byl', 'velmi',
  'prosim', 'dakujem',
  // Spanish
  'bonito', 'bonita', 'lindo', 'linda', 'cuando', 'cuanto', 'cuesta', 'todavia', 'llego', 'pedido', 'envio', 'envios',
  'excelente', 'servicio', 'recomiendo', 'encanta', 'quiero', 'necesito', 'hacen', 'pesimo', 'compren', 'tambien', 'ahora',
  'hoy', 'bueno', 'buena', 'mejor', 'nunca', 'todos', 'tienen', 'tiene', 'puedo', 'precio', 'porfa', 'cual', 'estoy',
  'estan', 'eso', 'ellos', 'nosotros', 'asi', 'mas', 'del', 'para', 'por', 'muchas', 'igual', 'vez', 'hermoso', 'hermosa',
  'precioso', 'preciosa', 'una', 'como', 'algo', 'este', 'voy', 'hace', 'hacer', 'menos', 'cosas', 'pues', 'hasta',
  'fue', 'ese', 'poco', 'desde', 'tener', 'buen', 'dias', 'manana', 'feliz', 'vida', 'nuevo',
  'siempre', 'hay', 'mismo', 'puede', 'espero', 'despues', 'estas', 'peor', 'semana', 'estaba', 'alguien',
  'creo', 'vamos', 'tiempo', 'siento', 'noche', 'verdad', 'parece', 'trabajo', 'casi', 'ganas', 'primera',
  'veo', 'esos', 'dios', 'serio', 'ahi', 'conmigo', 'algun', 'otra', 'muchos', 'amigos', 'amor', 'seguro', 'acabo',
  'quien',
  // Italian
  'bellissimo', 'bellissima', 'quando', 'torna', 'disponibile', 'ancora', 'ricevuto', 'ordine', 'quanto', 'servizio', 'ottimo',
  'consiglio', 'consegna', 'mette', 'cosi', 'tanto', 'bello', 'voglio', 'spedite', 'pessimo', 'piu', 'stupendo', 'davvero',
  'gli', 'questa', 'buongiorno', 'prego', 'tutto', 'tutti', 'niente', 'qualcosa', 'veramente', 'bravi', 'bravissimi',
  'complimenti', 'alla', 'alle', 'io', 'bene', 'dei', 'nel', 'sul', 'fatto', 'cosa', 'ora', 'oggi', 'dopo', 'essere', 'contro',
  'poi', 'mio', 'paese', 'piace', 'puo',
  'quello', 'stato', 'siamo', 'sei', 'tra', 'noi', 'hanno', 'senza', 'buon', 'delle', 'dalla', 'nella',
  'adesso', 'altri', 'sulla', 'gia', 'suo', 'cose', 'invece', 'parla', 'degli', 'sua', 'amore', 'nuovo',
  // Portuguese
  'volta', 'estoque', 'ainda', 'recebi', 'meu', 'minha', 'custa', 'atendimento', 'recomendo', 'entrega', 'demora', 'amei',
  'voces', 'entregam', 'quero', 'obg', 'vcs', 'vc', 'tudo', 'bom', 'agora', 'ele', 'eles', 'gente', 'estou', 'tem', 'nem',
  'aqui', 'ficou', 'pra', 'esse', 'essa', 'vai', 'bem', 'vou', 'quem', 'ter', 'assim', 'mesmo', 'fazer', 'hj', 'amo', 'mundo',
  'assistir',
  'hoje', 'melhor', 'ela', 'falando', 'acho', 'saiu', 'tenho', 'falar', 'sem', 'pelo', 'deus', 'ontem',
  'gosto', 'assistindo', 'mulher', 'pessoa', 'faz', 'queria', 'ao', 'coisa', 'nossa', 'sair', 'ficar', 'vendo',
  'episodio',
  // German
  'schon', 'wann', 'wieder', 'lieferbar', 'meine', 'mein', 'bestellung', 'noch', 'kostet', 'toller', 'gerne', 'warum',
  'dauert', 'lieferung', 'lange', 'schade', 'leider', 'kaputt', 'angekommen', 'liefert', 'ihr', 'nach', 'qualitat',
  'zufrieden', 'einfach', 'nur', 'geil', 'aber', 'oder', 'habe', 'haben', 'wir', 'jetzt', 'heute', 'immer', 'vielen',
  'leute', 'kann', 'keine', 'kein', 'mehr', 'wer', 'zum', 'zur', 'vom', 'beim', 'einen', 'einem', 'mir', 'uns', 'euch', 'zu',
  'auf', 'bei', 'sich', 'gegen', 'sind', 'muss', 'dann', 'sein', 'wenn', 'wird', 'dass', 'macht', 'hab', 'doch', 'vor', 'wurde',
  'als', 'werden', 'liebe',
  'von', 'mich', 'sieht', 'ganz', 'viel', 'guten', 'konnen', 'gute', 'wohl', 'machen', 'endlich', 'neue', 'diese',
  'ohne', 'meinen', 'unter', 'dafur', 'denn', 'alles', 'geht', 'kommt',
  // Hindi written in Latin letters, alone or mixed with English ("kya hua", "mujhe interest nhi")
  'hai', 'hain', 'kya', 'bhi', 'nahi', 'nahin', 'nhi', 'nai', 'tha', 'thi', 'aap', 'aur', 'kar', 'koi', 'ek', 'ji',
  'toh', 'kuch', 'kuchh', 'liye', 'aaj', 'sab', 'yaar', 'yar', 'gaya', 'gayi', 'gaye', 'gya', 'gye', 'gyi', 'hu',
  'kiya', 'kr', 'hota', 'hoti', 'hote', 'rahe', 'raha', 'rahi', 'rha', 'desh', 'mera', 'meri', 'mujhe', 'mujhse',
  'hua', 'kaam', 'karo', 'karte', 'karne', 'karna', 'karta', 'karke', 'karega', 'kro', 'krne', 'krte', 'krta', 'diya',
  'diye', 'tere', 'tera', 'teri', 'kam', 'baar', 'wala', 'wali', 'wale', 'waale', 'kabhi', 'sirf', 'ghar', 'pata',
  'aise', 'aisa', 'aisi', 'kab', 'aata', 'aate', 'aana', 'aaya', 'aaye', 'aayega', 'kisi', 'apni', 'apna', 'apne',
  'kaha', 'kahan', 'hoga', 'hogi', 'honge', 'lagta', 'laga', 'lekin', 'liya', 'dete', 'deta', 'leta', 'yaad', 'itna',
  'itni', 'itne', 'uske', 'usse', 'usko', 'uski', 'unka', 'unki', 'iska', 'iski', 'isse', 'naam', 'sabse', 'sahi',
  'chal', 'chalo', 'kyu', 'kyun', 'kyunki', 'kyuki', 'acha', 'accha', 'achha', 'kal', 'abhi', 'bana', 'banaya', 'jab',
  'dekh', 'dekho', 'dekhne', 'dekhna', 'khud', 'soch', 'phir', 'jao', 'jaye', 'jaa', 'chahiye', 'aya', 'pakka',
  'sakta', 'sakte', 'saath', 'jayega', 'thik', 'hona', 'jaise', 'jaisa', 'woh', 'bolo', 'bola', 'kon', 'kaun', 'hone',
  'hui', 'milne', 'milna', 'milega', 'saal', 'padega', 'padh', 'tujhe', 'tumhe', 'aapko', 'apko', 'aapne', 'aapke',
  'apke', 'aapka', 'apka', 'apki', 'kasam', 'bhul', 'kharab', 'aage', 'bachpan', 'ladki', 'naya', 'reh', 'maar',
  'khush', 'yahi', 'upar', 'paisa', 'paise', 'pehle', 'bohot', 'bhut', 'galti', 'wapas', 'jagah', 'jaldi', 'thoda',
  'thodi', 'taraf', 'lekar', 'bura', 'shadi', 'jarur', 'hamesha', 'kaisa', 'kaisi', 'kese', 'hame', 'hamare',
  'hamara', 'humara', 'tumhara', 'jata', 'jati', 'galat', 'jyada', 'paas', 'pasand', 'bina', 'bhai', 'ka', 'dost',
  'pyaar', 'pyar', 'chahta', 'chahte', 'zindagi', 'matlab', 'bilkul', 'shukriya', 'dhanyavad', 'namaskar', 'kripya',
  'wah', 'arre', 'arey', 'haan', 'jaan', 'dil', 'maa',
]);

/** Letters that survive accent folding and that French and English never write: ł ø ß ı đ. */
const FOREIGN_LETTER = /[łøßıđ]/u;

/**
 * Accented letters of other Latin alphabets that French and English never write (Polish ą ę ś,
 * Romanian ă ș ț, Turkish ğ ş, Czech ř ě ů, Nordic å, Spanish ñ, Portuguese ã õ…). The tokens lose
 * them with their accents, so they are read from the text itself; ä ö ü are left out, common in
 * the names French and English comments quote.
 */
const FOREIGN_MARKS = /[ąęćńśźżășțşţğőűåãõčďěňřšťůžľĺŕñ]/giu;

/** How many such letters the text has. */
export function foreignMarks(raw: string): number {
  return raw.match(FOREIGN_MARKS)?.length ?? 0;
}

/** Each text's votes, counted once: `detectLanguage` and the learned layer's join both read them. */
const counted = new WeakMap<NormalisedText, LanguageEvidence>();

/** Sums the votes of the comment's known words, French accents and other languages' marks. */
export function languageVotes(text: NormalisedText): Readonly<LanguageEvidence> {
  let votes = counted.get(text);
  if (votes === undefined) counted.set(text, (votes = countVotes(text)));
  return votes;
}

function countVotes(text: NormalisedText): LanguageEvidence {
  let fr = Math.min(text.frenchAccents, 3) * 0.7;
  let en = 0;
  let other = 0;
  let letters = 0;
  for (const tok of text.tokens) {
    if (tok.kind !== TokenKind.Word) continue;
    const v = LANGUAGE_VOTES.get(tok.key) ?? (tok.alt !== null ? LANGUAGE_VOTES.get(tok.alt) : undefined);
    if (v !== undefined) {
      fr += v.fr;
      en += v.en;
      other += v.other;
    } else if (OTHER_WORDS.has(tok.key)) other += 1;
    if (FOREIGN_LETTER.test(tok.key)) letters++;
  }
  other += Math.min(letters, 3);
  // Inverted ¿ ¡ only open Spanish sentences.
  if (text.spanishMarks > 0) other += 2;
  return { fr, en, other, letters: Math.min(letters, 3) };
}

/**
 * French / English / other, from function words and the rule vocabulary, plus French accents.
 * Hand-written rather than a trigram detector: brand comments are short ("trop bien", "any
 * update?"), where trigram models are unreliable, and this costs one Map look-up per word.
 * `fallback` (usually the brand's language) decides when the words give no clue at all
 * ("Bravo !", "Top") — never for emoji-only or link-only comments, which are `other`.
 */
export function detectLanguage(text: NormalisedText, fallback?: 'fr' | 'en'): DetectedLanguage {
  const { fr, en, other, letters } = languageVotes(text);
  if (fr === 0 && en === 0 && other === 0) return text.words === 0 ? 'other' : (fallback ?? 'other');
  if (other > fr && other > en) return 'other';
  // A tie of words goes to the other language: French and English share their commonest words with
  // it ("de", "la", "que" with Spanish, Italian and Portuguese, "to", "me" with Hindi in Latin
  // letters), while its own are ones French and English never write. Not a tie made by a name's
  // letter ("Merci Łukasz !").
  if (other - letters >= fr && other - letters >= en) return 'other';
  if (fr === en) return fallback ?? 'other';
  return fr > en ? 'fr' : 'en';
}
