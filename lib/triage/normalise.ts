/**
 * Text normalisation shared by the classifier, the lexicon compiler and the brand matchers, so
 * that a term and a comment are always folded the same way: lower case, accents removed,
 * elongations collapsed ("nuuuul" → "nul"), URLs / @mentions / #hashtags / emoji kept as tokens,
 * French elisions split ("j'adore" → j + adore) and English contractions joined ("don't" → dont).
 */
import { unmaskInsults } from './masked-words';

export const enum TokenKind {
  Word = 0,
  Emoji = 1,
  Url = 2,
  Mention = 3,
  Punct = 4,
}

export interface Token {
  kind: TokenKind;
  /** Lookup key: folded word, emoji without variation selectors, `@handle`. */
  key: string;
  /** All digits: also matches the `#` (any number) placeholder of the rule tables. */
  numeric: boolean;
  /** Same word with every repeated letter collapsed once it was elongated ("sooo" → "so"), else null. */
  alt: string | null;
  /** The word came from a hashtag (#arnaque): counts as a word, never as a question cue. */
  hashtag: boolean;
  /** An English "n't" contraction: opens a negation scope by itself. */
  negated: boolean;
  /** Punctuation token: contains a question mark / an exclamation mark. */
  question: boolean;
  exclamation: boolean;
}

export interface NormalisedText {
  tokens: Token[];
  /** Counts the classifier turns into evidence. */
  words: number;
  urls: number;
  mentions: number;
  hashtags: number;
  emoji: number;
  questionMarks: number;
  exclamations: number;
  /** Letters written in capitals, over all letters (shouting). */
  capsRatio: number;
  letters: number;
  /** Raw text had French-specific accented letters (é, è, ç, à, ù, ê…). */
  frenchAccents: number;
  /** Inverted ¿ ¡ (Spanish). */
  spanishMarks: number;
  /** A phone-number shape (WhatsApp spam, "call me"). */
  phone: boolean;
  /**
   * Quoted spans (« … », “ … ”, "…"), as token index pairs: start, end (exclusive), flattened.
   * Quoted words may be someone else's (an insult reported to the brand): ./context.ts decides.
   */
  quotes: readonly number[];
  /**
   * Where each token starts in the text read (`unmask(sampleText(input))`), or null where folding
   * changed its length ("œ" → "oe"): lets a caller cut words out of the text as written.
   */
  starts: readonly number[] | null;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\u0020-\u007e\s]/;
const APOSTROPHES = /[’‘`´]/g;

/**
 * Characters that draw nothing: zero-width space / non-joiner, word joiner, BOM, soft hyphen,
 * Mongolian vowel separator, combining grapheme joiner, bidi marks and overrides, invisible operators.
 * Put inside a word ("i\u200Bdiot") they hide it from every matcher.
 */
const INVISIBLE = /\u034F|\u17B4|\u17B5|\u180B|\u180C|\u180D|[\u00AD\u061C\u115F\u1160\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0]/gu;
/** The zero-width joiner binds emoji sequences (👨‍👩‍👧): removed only where it touches a letter or digit. */
const LETTER_JOINER = /(?<=[\p{L}\p{N}\p{M}])\u200D|\u200D(?=[\p{L}\p{N}])/gu;
/** Variation selectors change nothing on a letter ("i\uFE00diot"); after an emoji or a keycap digit they are kept. */
const LETTER_SELECTOR = /(?<=[\p{L}\p{M}])[\uFE00-\uFE0F]/gu;
/** Full-width forms, mathematical alphanumerics (𝐢𝐝𝐢𝐨𝐭) and circled letters: their compatibility form is the plain letter. */
const STYLED = /[\u3000\uFF01-\uFF5E\u24B6-\u24E9\u{1D400}-\u{1D7FF}\u{1F130}-\u{1F189}]/gu;
/**
 * Cyrillic and Greek letters drawn like Latin ones (Unicode's confusables, the common part): "іdіоt"
 * with Cyrillic і and о reads as "idiot" to a person, and must to the classifier.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ӏ: 'l', ո: 'n', ս: 'u',
  А: 'A', В: 'B', Е: 'E', Ё: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', Ѕ: 'S', І: 'I', Ї: 'I', Ј: 'J', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I',
  // Greek
  α: 'a', β: 'b', γ: 'y', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'u');
/**
 * Letters drawn as emoji or small capitals that have no compatibility form: negative circled and
 * negative squared letters (🅒🅗🅔🅒🅚, 🅵🆁🅴🅴), small capitals (ꜰʀᴇᴇ) and a regional indicator
 * standing alone (🇫 🇷 🇪 🇪 spaced so no flag forms; a pair is a flag and stays).
 */
const SMALL_CAPS: Readonly<Record<string, string>> = {
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};
const EMOJI_LETTER = /[\u{1F150}-\u{1F169}\u{1F170}-\u{1F189}ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ]|(?<!\p{Regional_Indicator})\p{Regional_Indicator}(?!\p{Regional_Indicator})/gu;

function emojiLetter(c: string): string {
  const code = c.codePointAt(0) as number;
  if (code >= 0x1f150 && code <= 0x1f169) return String.fromCharCode(65 + code - 0x1f150);
  if (code >= 0x1f170 && code <= 0x1f189) return String.fromCharCode(65 + code - 0x1f170);
  if (code >= 0x1f1e6 && code <= 0x1f1ff) return String.fromCharCode(65 + code - 0x1f1e6);
  return SMALL_CAPS[c] ?? c;
}

/**
 * Words spelt out to slip past word lists: letters or digits one space (or dot) apart
 * ("W h a t s A p p", "T.É.L.É.G.R.A.M", "+ 3 3 6 1 2…"), and links with a spoken dot
 * ("site dot com", "site (.) com"). A lone "à" or a letter next to an apostrophe ("il y a à",
 * "y a t'il") is French, not spelling.
 */
const SPOKEN_DOT_CUE = /^\s(?:dot|point)\s/i;
const SPACED_LETTERS = /(?<![\p{L}\p{N}'’])[^\P{L}àÀ](?:(?:[ .]| {2,3})[^\P{L}àÀ]){2,}\.?(?![\p{L}\p{N}'’])/gu;
/** "y a t il" is French SMS spelling of "y a-t-il", not a word spelt out. */
const FRENCH_SMS = /^y a t$/i;
/** Between words spelt out, two or three spaces ("G E T  P A I D  T O"). */
const WORD_GAP = / {2,3}/;
const SPACED_DIGITS = /(?<![\p{L}\p{N}])(?:\+ ?)?\d(?: \d){5,}(?![\p{L}\p{N}])/gu;
const SPOKEN_DOT = /\b([a-z0-9][a-z0-9-]{1,62})(?:\s?(?:\(\.\)|\[\.\]|\(dot\)|\[dot\])\s?|\s\.\s?|\sdot\s)(com|fr|net|org|xyz|shop|site|online|club|vip|live|info|biz|link)\b|\b([a-z0-9][a-z0-9-]{1,62})\spoint\s(com|fr)\b/giu;

/** A letter or digit (any non-ASCII character counts: the regexes decide). */
function isWordCode(c: number): boolean {
  return c > 127 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Whether `unspace` has anything to do: three single characters one space or dot apart ("W h a",
 * "T.É.L"), a dot after a space or in brackets, " dot " or " point ". One loop over the text; most
 * comments have none of them.
 */
function spacedCue(text: string): boolean {
  for (let j = text.indexOf('.', 1); j > 0; j = text.indexOf('.', j + 1)) {
    const before = text.charCodeAt(j - 1);
    if (before === 32 || before === 40 || before === 91 || singleApart(text, j)) return true;
  }
  for (let j = text.indexOf(' ', 1); j > 0; j = text.indexOf(' ', j + 1)) {
    const next = text.charCodeAt(j + 1) | 32;
    if ((next === 100 || next === 112) && SPOKEN_DOT_CUE.test(text.slice(j, j + 7))) return true;
    if (singleApart(text, j)) return true;
  }
  return false;
}

/** The separator at `j` stands between single characters, and another one follows ("W h a"). */
function singleApart(text: string, j: number): boolean {
  const d = text.charCodeAt(j + 2);
  if (d !== 32 && d !== 46) return false;
  if (!isWordCode(text.charCodeAt(j - 1)) || isWordCode(text.charCodeAt(j - 2))) return false;
  return isWordCode(text.charCodeAt(j + 1)) && isWordCode(text.charCodeAt(j + 3)) && !isWordCode(text.charCodeAt(j + 4));
}

/** Letters, digits and dots spelt out one space apart, joined back. */
export function unspace(text: string): string {
  if (!spacedCue(text)) return text;
  return text
    .replace(SPACED_LETTERS, (run) => (FRENCH_SMS.test(run) ? run : run.split(WORD_GAP).map((w) => w.replace(/[ .]/g, '')).join(' ')))
    .replace(SPACED_DIGITS, (run) => run.replace(/ /g, ''))
    .replace(SPOKEN_DOT, (_m, name?: string, tld?: string, name2?: string, tld2?: string) => `${name ?? name2}.${tld ?? tld2}`);
}

/** Cyrillic and Greek letters with no Latin twin (б, д, ж, л, я, λ, π, σ…): the text really is in that script. */
const GENUINE_NON_LATIN = new RegExp(`(?![${Object.keys(LOOKALIKES).join('')}])[\\u0370-\\u03FF\\u0400-\\u052F]`, 'u');
const WORD_WITH_LOOKALIKE = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN = /[a-zA-Z\u00C0-\u024F]/u;
/** One test for all of the above, so the common comment (Latin letters, emoji) costs one scan. */
const MASKED = /\u034F|\u17B4|\u17B5|\u180B|\u180C|\u180D|[\uFE00-\uFE0F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\u3000\uFF01-\uFF5E\u24B6-\u24E9\u0370-\u03FF\u0400-\u052F\u{1D400}-\u{1D7FF}\u{1F130}-\u{1F189}\u{1F1E6}-\u{1F1FF}ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ]/u;

/**
 * What a reader sees, for matching: invisible characters removed, full-width, styled and emoji
 * letters turned into plain ones, words spelt out letter by letter joined (`unspace`), and Cyrillic or Greek look-alikes into the Latin letters they imitate —
 * in a word that mixes them with Latin letters, or anywhere when the text has no genuinely Cyrillic
 * or Greek letter (a Russian or Greek comment keeps its own letters), and insults written with a
 * masked letter spelt out ("c*nnard", "sh!t": ./masked-words.ts). Linear in the text's length.
 */
export function unmask(text: string): string {
  if (!MASKED.test(text)) return unmaskInsults(unspace(capitalEll(text)));
  let out = text.replace(INVISIBLE, '').replace(LETTER_JOINER, '').replace(LETTER_SELECTOR, '');
  out = out.replace(STYLED, (c) => c.normalize('NFKC')).replace(EMOJI_LETTER, emojiLetter);
  if (LOOKALIKE.test(out)) {
    const everywhere = !GENUINE_NON_LATIN.test(out);
    out = out.replace(WORD_WITH_LOOKALIKE, (word) =>
      LOOKALIKE.test(word) && (everywhere || LATIN.test(word)) ? Array.from(word, (c) => LOOKALIKES[c] ?? c).join('') : word,
    );
  }
  return unmaskInsults(unspace(capitalEll(out)));
}

/** A capital I between lower-case letters is an l in disguise ("teIegram", "foIlow"). */
const CAPITAL_ELL = /(?<=\p{Ll})I(?=\p{Ll})/gu;

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

function capitalEll(text: string): string {
  // Most texts have no I between two lower-case letters: find one before running the regex.
  for (let i = text.indexOf('I', 1); i > 0; i = text.indexOf('I', i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if ((isLowerAscii(before) || before > 127) && (isLowerAscii(after) || after > 127)) return text.replace(CAPITAL_ELL, 'l');
  }
  return text;
}

/** Lower-case and strip accents, after `unmask`; emoji and other symbols are left as they are. */
export function fold(text: string): string {
  return foldCase(unmask(text));
}

const MARK_RUN = /(\p{M}{4})\p{M}+/gu;

function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  // A run of combining marks past what any letter carries (zalgo) is cut before normalising, whose
  // canonical reordering costs more than linear time on long runs.
  return lower.replace(MARK_RUN, '$1').normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, "'").replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** French elided prefixes split off a word ("l'appli", "qu'il", "n'importe", "quelqu'un"). */
const ELISIONS = new Set(['l', 'd', 'j', 'n', 's', 'c', 'm', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quelqu', 'presqu']);

/** Whether a word token is a French elided prefix split off its word ("quelqu" of "quelqu'un"). */
export function isElision(key: string): boolean {
  return ELISIONS.has(key);
}

// One pass over the folded text. Order matters: URLs before words, emoticons before punctuation.
const TOKEN_RE = new RegExp(
  [
    String.raw`(https?:\/\/\S+|www\.\S+|[a-z0-9][a-z0-9-]{0,62}\.(?:com|fr|net|org|io|ly|co|me|xyz|shop|link|info|biz|store|app|site|online|gg|club|vip|live|top|click|icu|help|gd|gl|cc|ee)(?:\/\S*)?(?![\p{L}\p{N}]))`,
    String.raw`(@[\p{L}\p{N}_.]*[\p{L}\p{N}_])`,
    String.raw`(#[\p{L}\p{N}_]+)`,
    String.raw`([\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*)`,
    String.raw`((?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u20E3|[\u{1F3FB}-\u{1F3FF}]|\u200D(?:\p{Extended_Pictographic}|[\u2640\u2642])\uFE0F?)*)`,
    String.raw`((?<![\p{L}\p{N}])(?:[:;=][-']?[)(dp\/\\|@3]|<3)(?![\p{L}\p{N}]))`,
    String.raw`([.!?;,…\n()]+|\s[-–—]\s)`,
  ].join('|'),
  'gu',
);
const ELONGATION = /([\p{L}])\1{2,}/u;
const REPEATS = /([\p{L}])\1+/gu;
const ELONGATIONS = /([\p{L}])\1{2,}/gu;
// Variation selector 16 and the five skin-tone modifiers (alternation: ESLint rejects them in a class).
const EMOJI_MODIFIERS = /\uFE0F|\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF}/gu;
const FRENCH_ACCENTS = new Set([...'éèêëàâùûçôîïÉÈÊÀÇ'].map((c) => c.charCodeAt(0)));
const SPANISH_MARKS = new Set([0xbf, 0xa1]); // ¿ ¡

interface CharStats {
  letters: number;
  upper: number;
  frenchAccents: number;
  spanishMarks: number;
}

/** Letter, capital and accent counts in one pass (ASCII fast path; case test for the rest). */
function charStats(text: string): CharStats {
  let letters = 0;
  let upper = 0;
  let frenchAccents = 0;
  let spanishMarks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) letters++;
      else if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      }
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) continue; // emoji halves
    if (FRENCH_ACCENTS.has(c)) frenchAccents++;
    else if (SPANISH_MARKS.has(c)) spanishMarks++;
    const ch = text[i] as string;
    const lower = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lower !== up) {
      letters++;
      if (ch === up) upper++;
    }
  }
  return { letters, upper, frenchAccents, spanishMarks };
}
const PHONE =
  /(?:\+|\b00)\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,5}\b|\b0[1-9](?:[\s.-]?\d{2}){4}\b|\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b/;

/** Three identical letters in a row ("nuuul", "sooo"); a plain loop is cheaper than a regex here. */
function hasElongation(key: string): boolean {
  for (let i = 2; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === key.charCodeAt(i - 1) && c === key.charCodeAt(i - 2) && (c < 48 || c > 57)) return true;
  }
  return false;
}

function isNumber(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function word(key: string, hashtag: boolean, negated: boolean): Token {
  const elongated = hasElongation(key) && ELONGATION.test(key);
  return {
    kind: TokenKind.Word,
    key: elongated ? key.replace(ELONGATIONS, '$1$1') : key,
    numeric: isNumber(key),
    alt: elongated ? key.replace(REPEATS, '$1') : null,
    hashtag,
    negated,
    question: false,
    exclamation: false,
  };
}

/** "2h", "45min", "3j": a number glued to its unit. */
const NUMBER_UNIT = /^(\d+)([a-z]{1,4})$/;

/**
 * Digits standing for letters ("fr33 f0llowers", "l1kes", "0nlyfans"): 0, 1 and 3 inside a word of
 * letters, leading one of at least three letters, or doubled at its end. Product names keep their
 * other digits (mp3, ps5, b2b, covid19, top10).
 */
const LEET = /^(?:[013][a-z]{3,}|[a-z]+(?:[013]+[a-z]+)+|[a-z]{2,}(?:00|11|33))$/;
const LEET_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e' };

function unleet(raw: string): string {
  let digit = false;
  for (let i = 0; i < raw.length && !digit; i++) {
    const c = raw.charCodeAt(i);
    digit = c === 48 || c === 49 || c === 51;
  }
  return digit && LEET.test(raw) ? raw.replace(/[013]/g, (d) => LEET_DIGITS[d] as string) : raw;
}

function pushWord(tokens: Token[], text: string, hashtag: boolean): number {
  // Split durations and quantities so rules can say "# h de retard" for any number.
  const unit = NUMBER_UNIT.exec(text);
  if (unit !== null) {
    tokens.push(word(unit[1] as string, hashtag, false));
    tokens.push(word(unit[2] as string, hashtag, false));
    return 2;
  }
  const raw = unleet(text);
  const apostrophe = raw.indexOf("'");
  if (apostrophe < 0) {
    tokens.push(word(raw, hashtag, false));
    return 1;
  }
  const head = raw.slice(0, apostrophe);
  if (ELISIONS.has(head) && apostrophe < raw.length - 1) {
    tokens.push(word(head, hashtag, false));
    return 1 + pushWord(tokens, raw.slice(apostrophe + 1), hashtag);
  }
  tokens.push(word(raw.replace(/'/g, ''), hashtag, raw.endsWith("n't")));
  return 1;
}

/** Lookup key of an emoji token: variation selectors and skin tones removed. */
export function emojiKey(emoji: string): string {
  return emoji.replace(EMOJI_MODIFIERS, '');
}

/**
 * Longest text read whole. Past it (pasted essays, spam walls, padding), the first and the last
 * `MAX_TEXT_LENGTH / 2` characters are read: an insult pushed to the end by padding is still seen,
 * and the worst case stays linear and bounded for the content script and the panel.
 */
export const MAX_TEXT_LENGTH = 40_000;

/** The text read: all of it, or its head and tail when it is longer than `MAX_TEXT_LENGTH`. */
export function sampleText(input: string): string {
  if (input.length <= MAX_TEXT_LENGTH) return input;
  const half = MAX_TEXT_LENGTH / 2;
  // Cut between UTF-16 halves of one character at neither end.
  const isHigh = (i: number): boolean => (input.charCodeAt(i) & 0xfc00) === 0xd800;
  const isLow = (i: number): boolean => (input.charCodeAt(i) & 0xfc00) === 0xdc00;
  const head = isHigh(half - 1) ? half - 1 : half;
  const tail = isLow(input.length - half) ? input.length - half + 1 : input.length - half;
  return `${input.slice(0, head)}\n…\n${input.slice(tail)}`;
}

/**
 * An @handle named after what scam and promotion accounts sell — recovering accounts or funds,
 * trading signals, loans, reposts and growth — or after a help desk, which such accounts copy
 * (@recover_funds_kate, @fx_mentor_john, @ig.viral.hub, @help_desk_0x1). The rules cannot read
 * inside a handle, so the normaliser puts a word before it that they can weigh with the words
 * around it ("contact", "thanks to", "grâce à"); `alt` keeps the handle, which reasons show.
 */
export const SPAM_HANDLE_KEY = 'spamhandle';
export const SUPPORT_HANDLE_KEY = 'supporthandle';
const SPAM_HANDLE =
  /recover|recup|restor|unlock|forex|crypto|bitcoin|trading|trader|signal|signaux|invest|mentor|repost|viral|shoutout|visibilit|followers|(?:^@|[_.\d])(?:hack|fixer|loan|credit|cash|trade|promo|boost|growth|profit|wealth|views|vues|likes|pips|fx|btc|funds?|fonds|pret)/;
// Short or common stems count only at the start of a part of the handle: @sonyasloanmd is a name.
const SUPPORT_HANDLE = /help|support|desk|assist|service|(?:^@|[_.\d])(?:care|sav)(?:$|[_.\d])/;

/** A link that opens a chat (t.me, wa.me): the contact channel, named so the rules can weigh it. */
const CHAT_LINK = /^(?:https?:\/\/)?(?:www\.)?(?:(t\.me|telegram\.me)|(wa\.me|chat\.whatsapp\.com|api\.whatsapp\.com))(?:\/|$)/;

function chatLinkWord(url: string): Token | null {
  const m = CHAT_LINK.exec(url);
  if (m === null) return null;
  return { kind: TokenKind.Word, key: m[1] !== undefined ? 'telegram' : 'whatsapp', alt: url, numeric: false, hashtag: false, negated: false, question: false, exclamation: false };
}

function handleWord(handle: string): Token | null {
  const key = SPAM_HANDLE.test(handle) ? SPAM_HANDLE_KEY : SUPPORT_HANDLE.test(handle) ? SUPPORT_HANDLE_KEY : null;
  if (key === null) return null;
  return { kind: TokenKind.Word, key, alt: handle, numeric: false, hashtag: false, negated: false, question: false, exclamation: false };
}

const NO_QUOTES: readonly number[] = [];
/** Opening quote marks and the marks that close them; a straight `"` closes itself. */
const QUOTE_CLOSE: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“”', '‹': '›', '"': '"' };
const QUOTE_OPEN = /[«“„‹"]/;
/** The longest quote read as one: past it, a lone mark is more likely a typo or inches. */
const MAX_QUOTE = 300;

/** Character ranges of the quoted spans, paired in order (opening, closing); unclosed marks are ignored. */
function quoteRanges(folded: string): number[] {
  const out: number[] = [];
  for (let i = folded.search(QUOTE_OPEN); i >= 0 && i < folded.length; ) {
    const closers = QUOTE_CLOSE[folded[i] as string] as string;
    let j = i + 1;
    while (j < folded.length && j - i <= MAX_QUOTE && !closers.includes(folded[j] as string)) j++;
    if (j < folded.length && j - i <= MAX_QUOTE) {
      out.push(i + 1, j);
      i = j + 1;
    } else i++;
    const next = folded.slice(i).search(QUOTE_OPEN);
    i = next < 0 ? -1 : i + next;
  }
  return out;
}

/** Token pairs (start, end) of the character ranges, from each token's start offset. */
function quoteTokens(ranges: readonly number[], starts: readonly number[]): number[] {
  const out: number[] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    let a = 0;
    while (a < starts.length && (starts[a] as number) < (ranges[r] as number)) a++;
    let b = a;
    while (b < starts.length && (starts[b] as number) < (ranges[r + 1] as number)) b++;
    if (b > a) out.push(a, b);
  }
  return out;
}

/** Tokenise and measure a comment once; everything downstream reads this. */
export function normalise(input: string): NormalisedText {
  const text = unmask(sampleText(input));
  const folded = foldCase(text);
  const tokens: Token[] = [];
  const ranges = QUOTE_OPEN.test(folded) ? quoteRanges(folded) : null;
  const starts: number[] = [];
  let words = 0;
  let urls = 0;
  let mentions = 0;
  let hashtags = 0;
  let emoji = 0;
  let questionMarks = 0;
  let exclamations = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(folded); m !== null; m = TOKEN_RE.exec(folded)) {
    const before = tokens.length;
    if (m[1] !== undefined) {
      urls++;
      const chat = chatLinkWord(m[1]);
      if (chat !== null) tokens.push(chat);
      tokens.push({ kind: TokenKind.Url, key: m[1], alt: null, numeric: false, hashtag: false, negated: false, question: false, exclamation: false });
    } else if (m[2] !== undefined) {
      mentions++;
      const named = handleWord(m[2]);
      if (named !== null) tokens.push(named);
      tokens.push({ kind: TokenKind.Mention, key: m[2], alt: null, numeric: false, hashtag: false, negated: false, question: false, exclamation: false });
    } else if (m[3] !== undefined) {
      hashtags++;
      words += pushWord(tokens, m[3].slice(1), true);
    } else if (m[4] !== undefined) {
      words += pushWord(tokens, m[4], false);
    } else if (m[5] !== undefined || m[6] !== undefined) {
      emoji++;
      const raw = (m[5] ?? m[6]) as string;
      tokens.push({ kind: TokenKind.Emoji, key: m[5] !== undefined ? emojiKey(raw) : raw, alt: null, numeric: false, hashtag: false, negated: false, question: false, exclamation: false });
    } else if (m[7] !== undefined) {
      const p = m[7];
      let q = 0;
      let e = 0;
      for (let i = 0; i < p.length; i++) {
        const ch = p.charCodeAt(i);
        if (ch === 63) q++;
        else if (ch === 33) e++;
      }
      questionMarks += q;
      exclamations += e;
      tokens.push({ kind: TokenKind.Punct, key: p, alt: null, numeric: false, hashtag: false, negated: false, question: q > 0, exclamation: e > 0 });
    }
    // A word split in pieces ("d'incapable", "2h") gives each piece its own start, found by its first letter.
    let off = 0;
    for (let k = before; k < tokens.length; k++) {
      const at = k === before ? 0 : m[0].indexOf((tokens[k] as Token).key[0] as string, off);
      const pos = at < 0 ? off : at;
      starts.push(m.index + pos);
      off = pos + 1;
    }
  }
  const { letters, upper, frenchAccents, spanishMarks } = charStats(text);
  return {
    tokens,
    words,
    urls,
    mentions,
    hashtags,
    emoji,
    questionMarks,
    exclamations,
    capsRatio: letters > 0 ? upper / letters : 0,
    letters,
    frenchAccents,
    spanishMarks,
    phone: PHONE.test(text),
    quotes: ranges !== null && ranges.length > 0 ? quoteTokens(ranges, starts) : NO_QUOTES,
    starts: folded.length === text.length ? starts : null,
  };
}
