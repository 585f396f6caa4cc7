/**
 * Insults and swear words written with a letter masked ("c*nnard", "b*tch", "sh!t", "a$$hole",
 * "enc*lé", "f@ggot", "encul3"): each is read as the word it hides when exactly that word fits, one
 * character for one letter, among the lexicons' strong insults and the vulgar swear words. Nothing
 * else is touched: a name masked by a customer ("Mme D***") keeps its stars, and so does a word no
 * insult fits ("*important*", "5*"). Pure; the words come from ./lexicon.
 */
import { EN } from './lexicon/en';
import { FR } from './lexicon/fr';
import { SWEARING } from './lexicon/shared';
import type { TermTable } from './lexicon/types';
import { LABEL_ORDER, parseSpec } from './spec';

/** A term's toxic weight from which a masked spelling of it is read as the word. */
const STRONG = 0.8;
const TOXIC = LABEL_ORDER.indexOf('toxic');
const PLAIN_WORD = /^\p{L}+$/u;

/** What a masking character may stand for; `*` stands for any letter. */
const STANDS_FOR: Readonly<Record<string, string>> = { $: 's', '@': 'a', '!': 'i', '0': 'o', '1': 'il', '3': 'e', '4': 'a' };
const isMask = (c: string): boolean => c === '*' || STANDS_FOR[c] !== undefined;

// Accents and case only: ./normalise.ts's `fold` unmasks first, and calls this module to do it.
const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

interface Candidates {
  /** Whole words, by length. */
  byLength: Map<number, string[]>;
  /** Stems of swear words written with any ending ("fuck*": "f**king"). */
  stems: string[];
}
let known: Candidates | undefined;

/** The words a masked spelling may hide. */
function candidates(): Candidates {
  if (known !== undefined) return known;
  const words = new Set<string>();
  const stems: string[] = [];
  const strong = (table: TermTable) => {
    for (const [term, spec] of table) {
      if (PLAIN_WORD.test(term) && (parseSpec(term, spec, 'shared').rule.labels[TOXIC] as number) >= STRONG) words.add(fold(term));
    }
  };
  strong(FR.terms);
  strong(EN.terms);
  for (const [word, kind] of SWEARING) {
    if (kind !== 'vulgar') continue;
    if (PLAIN_WORD.test(word)) words.add(fold(word));
    else if (word.endsWith('*') && PLAIN_WORD.test(word.slice(0, -1))) stems.push(fold(word.slice(0, -1)));
  }
  const byLength = new Map<number, string[]>();
  for (const w of words) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
  known = { byLength, stems: stems.sort((a, b) => b.length - a.length) };
  return known;
}

/** Whether `word` fits the masked `run` from its start: each shown letter equal, each mask one it may stand for. */
function fitsFrom(run: string, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = run[i] as string;
    const w = word[i] as string;
    if (c !== w && c !== '*' && !(STANDS_FOR[c]?.includes(w) ?? false)) return false;
  }
  return true;
}

/**
 * A letter followed by a masking character ("c*n", "a$$", "f@g", "l3", "h!t" before a letter): a
 * masked word opens on a letter, so "@user", "$85" and "*important*" never need a look. Without
 * the `u` flag (and so with a class for letters past Latin-1): a Unicode property tried at every
 * position cost about 1 µs a comment.
 */
const HINT = /[a-zA-Z\u00C0-\uFFFF](?:[*$@0134]|![a-zA-Z\u00C0-\uFFFF])/;

/** A run of letters, digits and masking characters (a class with no backtracking: linear). */
const RUN = /[\p{L}\p{N}*$@!]+/gu;

/** The word `run` hides, or null: two letters shown at least, masks inside or at the end, one fit. */
function hidden(run: string): string | null {
  const folded = fold(run);
  if (folded.length !== run.length || folded.length < 3) return null;
  let letters = 0;
  let masks = 0;
  for (const c of folded) {
    if (c >= 'a' && c <= 'z') letters++;
    else if (isMask(c)) masks++;
    else return null;
  }
  // A mention or a cashtag opens on its sign; a lone "!" ends a sentence.
  if (masks === 0 || letters < 2 || !(folded[0] as string).match(/[a-z]/u) || folded.endsWith('!')) return null;
  const { byLength, stems } = candidates();
  // Two insults that fit equally are both insults: the first is as good a reading as the other.
  // A stem first, the longest first: "p*tain" is "putain", not the table's misspelt "pitain".
  for (const stem of stems) {
    if (folded.length < stem.length || !fitsFrom(folded, stem)) continue;
    const ending = folded.slice(stem.length);
    if (/^[a-z]*$/u.test(ending)) return stem + ending;
  }
  for (const word of byLength.get(folded.length) ?? []) if (fitsFrom(folded, word)) return word;
  return null;
}

/** `text` with each masked insult or swear word spelt out, at the same length. */
export function unmaskInsults(text: string): string {
  if (!HINT.test(text)) return text;
  return text.replace(RUN, (run) => (HINT.test(run) ? (hidden(run) ?? run) : run));
}
