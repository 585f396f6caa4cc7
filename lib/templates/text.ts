/**
 * Small text helpers shared by suggestions, lint and the menu: accent folding with a map back to
 * the original offsets (so lint spans point at what the user wrote; the folding itself is
 * lib/identity's), tokenising and FR/EN stop-words.
 */

import { fold, foldChar } from '../identity/fold';

export interface FoldedText {
  folded: string;
  /** `map[i]` is the UTF-16 offset in the original text of folded code unit `i`; one extra entry for the end. */
  map: number[];
}

/** Like `fold`, but remembers where every folded character came from. */
export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldChar(char);
    for (let i = 0; i < piece.length; i += 1) map.push(offset);
    folded += piece;
    offset += char.length;
  }
  map.push(offset);
  return { folded, map };
}

/** Maps a [start, end) range of folded text back to the original text. */
export function unfoldSpan(map: readonly number[], start: number, end: number): { start: number; end: number } {
  const originalStart = map[start] ?? map[map.length - 1] ?? 0;
  // `end` is exclusive: the original end is where the next folded character starts.
  const originalEnd = map[end] ?? map[map.length - 1] ?? originalStart;
  return { start: originalStart, end: Math.max(originalStart, originalEnd) };
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const STOP_WORDS_FR =
  "a ai aie aient ait alors as au aucun aussi autre aux avais avait avant avec avez avoir avons bien bon c ca car ce ceci cela celle celles celui ces cet cette chez ci comme comment d dans de des deja depuis donc dont du elle elles en encore est et etaient etait ete etes etre eu fait faire fois font ici il ils j je jusqu l la le les leur leurs lui m ma mais me meme mes moi mon n ne ni non nos notre nous on ont ou par pas peu peut plus pour pourquoi qu quand que quel quelle quelles quels qui s sa sans se ses si sinon son sont sous suis sur t ta te tes toi ton toujours tous tout toute toutes tres tu un une vers voici voila vos votre vous y svp merci bonjour bonsoir salut";
const STOP_WORDS_EN =
  "a about after again all also am an and any are as at be been before being but by can could did do does doing don down for from get got had has have having he her here hers him his how i if in into is it its just me more most my no nor not now of off on once only or other our ours out over own same she should so some still such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours hi hello hey thanks thank please";

/** Folded FR + EN function words: they say nothing about which template fits. */
export const STOP_WORDS: ReadonlySet<string> = new Set(`${STOP_WORDS_FR} ${STOP_WORDS_EN}`.split(' '));

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded words of a text, in order (apostrophes and hyphens split words: "l'envoi" → l, envoi). */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/**
 * A cheap stem: folded, plural `s`/`x` dropped, cut to 6 letters. Crude, but it makes
 * "remboursement"/"rembourser"/"remboursé" and "commande"/"commandes" meet, with no library.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && (w.endsWith('s') || w.endsWith('x'))) w = w.slice(0, -1);
  return w.length > 6 ? w.slice(0, 6) : w;
}

/** Content stems of a text: stop-words, 1-letter words and pure numbers removed, deduplicated. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of words(text)) {
    if (word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    out.add(stem(word));
  }
  return out;
}

/** Guesses FR or EN from function words; `undefined` when the text gives no clue. */
export function guessLanguage(text: string): 'fr' | 'en' | undefined {
  let fr = 0;
  let en = 0;
  for (const word of words(text)) {
    if (FR_ONLY.has(word)) fr += 1;
    else if (EN_ONLY.has(word)) en += 1;
  }
  if (fr === en) return undefined;
  return fr > en ? 'fr' : 'en';
}

const FR_ONLY = new Set(
  'le la les des du un une et est sont nous vous votre vos notre avec pour dans sur pas merci bonjour tres bien chez que qui ce cette'.split(' '),
);
const EN_ONLY = new Set(
  'the and is are we you your our with for in on not thanks thank hello very well at that this which'.split(' '),
);
