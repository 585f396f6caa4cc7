/**
 * Turns the human-readable rule tables (./lexicon) into one token trie, built once at module
 * load, so that classifying a comment is a walk over its tokens with Map look-ups only.
 */
import { EN } from './lexicon/en';
import { FR } from './lexicon/fr';
import { SHARED_TERMS } from './lexicon/shared';
import type { LanguageLexicon, TermTable } from './lexicon/types';
import { TokenKind, normalise, type Token } from './normalise';
import { parseSpec, type Rule, type RuleLanguage } from './spec';

export { LABEL_ORDER, parseSpec, type LabelWeights, type Rule, type RuleLanguage } from './spec';

/** Everything known about one term, whichever table(s) it comes from. */
export interface TermInfo {
  fr: Rule | null;
  en: Rule | null;
  shared: Rule | null;
  negator: boolean;
  contrast: boolean;
  /** Factor applied to the next weighted term; 0 when not an intensifier. */
  intensifier: number;
  addressee: boolean;
  /** Formal / plural address (vous, votre): the comment speaks to the brand. */
  formal: boolean;
  /** Number of tokens the term spans. */
  length: number;
}

/** A token trie; `T` is what a complete term carries (rule info, a brand entry, a competitor). */
export interface TrieNode<T = TermInfo> {
  next: Map<string, TrieNode<T>> | null;
  /** Terms written with a trailing `*`, matched by prefix. */
  prefixes: Array<[string, TrieNode<T>]> | null;
  info: T | null;
}

export function newNode<T = TermInfo>(): TrieNode<T> {
  return { next: null, prefixes: null, info: null };
}

/** Trie key matching any number token. */
export const ANY_NUMBER = '#';
const NUMBER_SLOT = 'zznumberslotzz';

/** Splits a term into the lookup keys a comment would produce ("J'adore" → j, adore). */
const PLAIN_TERM = /^[a-z]+(?: [a-z]+)*$/;
const TRIPLE = /(.)\1\1/;

export function termKeys(term: string): string[] {
  // Most terms are plain lower-case words: skip the tokeniser (keeps start-up fast).
  if (PLAIN_TERM.test(term) && !TRIPLE.test(term)) return term.split(' ');
  const keys: string[] = [];
  // A lone `#` in a term stands for any number ("depuis # jours"); shield it from the tokeniser.
  for (const t of normalise(term.replace(/(^|\s)#(?=\s|$)/g, '$1' + NUMBER_SLOT)).tokens) {
    if (t.kind === TokenKind.Punct) continue;
    if (t.key === NUMBER_SLOT) keys.push(ANY_NUMBER);
    // Terms are written without elongations; keep the plain form as key.
    else keys.push(t.kind === TokenKind.Word ? (t.alt ?? t.key) : t.key);
  }
  return keys;
}

/** Finds or creates the node for a term's keys; `*` at the end of the term makes a prefix node. */
export function insertTerm<T>(root: TrieNode<T>, term: string): TrieNode<T> | null {
  const isPrefix = term.endsWith('*');
  return insertKeys(root, termKeys(isPrefix ? term.slice(0, -1) : term), isPrefix);
}

export function insertKeys<T>(root: TrieNode<T>, keys: readonly string[], isPrefix: boolean): TrieNode<T> | null {
  if (keys.length === 0) return null;
  let node = root;
  keys.forEach((key, i) => {
    if (isPrefix && i === keys.length - 1) {
      node.prefixes ??= [];
      let found = node.prefixes.find(([p]) => p === key);
      if (!found) {
        found = [key, newNode<T>()];
        node.prefixes.push(found);
      }
      node = found[1];
    } else {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = newNode<T>();
        node.next.set(key, child);
      }
      node = child;
    }
  });
  return node;
}

function infoOf(node: TrieNode, length: number): TermInfo {
  node.info ??= { fr: null, en: null, shared: null, negator: false, contrast: false, intensifier: 0, addressee: false, formal: false, length };
  return node.info;
}

function addTable(root: TrieNode, table: TermTable, lang: RuleLanguage): void {
  for (const [term, spec] of table) {
    const isPrefix = term.endsWith('*');
    const keys = termKeys(isPrefix ? term.slice(0, -1) : term);
    const node = insertKeys(root, keys, isPrefix);
    if (!node) continue;
    const info = infoOf(node, keys.length);
    const { rule, addressee } = parseSpec(term, spec, lang);
    if (addressee) info.addressee = true;
    if (/\bformal\b/.test(spec)) info.formal = true;
    // First definition wins: a term listed twice in one table is a data bug (a test checks it).
    if (rule.weighted && info[lang] === null) info[lang] = rule;
  }
}

function addLanguage(root: TrieNode, lex: LanguageLexicon, lang: 'fr' | 'en'): void {
  addTable(root, lex.terms, lang);
  const mark = (word: string): TermInfo | null => {
    const keys = termKeys(word);
    const node = insertKeys(root, keys, false);
    return node ? infoOf(node, keys.length) : null;
  };
  for (const w of lex.negators) {
    const info = mark(w);
    if (info) info.negator = true;
  }
  for (const w of lex.contrast) {
    const info = mark(w);
    if (info) info.contrast = true;
  }
  for (const [w, factor] of Object.entries(lex.intensifiers)) {
    const info = mark(w);
    if (info) info.intensifier = factor;
  }
}

/** The built-in rules, compiled once. */
export const RULES: TrieNode = (() => {
  const root = newNode();
  addLanguage(root, FR, 'fr');
  addLanguage(root, EN, 'en');
  addTable(root, SHARED_TERMS, 'shared');
  return root;
})();

/** Word → language evidence, for the detector: stop-words weigh 1, single-word terms 0.5. */
export interface LanguageVotes {
  fr: number;
  en: number;
  other: number;
}

/** Distinctive function words of languages Riposte does not speak, so they come out as `other`. */
const OTHER_STOPWORDS = [
  'el', 'los', 'las', 'muy', 'pero', 'gracias', 'hola', 'usted', 'tengo', 'donde', 'esta', 'esto', 'mucho',
  'nada', 'porque', 'der', 'das', 'und', 'ist', 'nicht', 'ich', 'mit', 'sehr', 'danke', 'bitte', 'ein',
  'eine', 'auch', 'wie', 'della', 'sono', 'molto', 'grazie', 'che', 'perche', 'questo', 'ciao', 'anche',
  'sempre', 'obrigado', 'obrigada', 'muito', 'voce', 'nao', 'tambem', 'isso', 'uma', 'het', 'een', 'niet',
  'dank', 'voor', 'och', 'att', 'jag', 'det',
];

export const LANGUAGE_VOTES: Map<string, LanguageVotes> = (() => {
  const map = new Map<string, LanguageVotes>();
  const vote = (word: string, lang: keyof LanguageVotes, weight: number) => {
    let v = map.get(word);
    if (!v) {
      v = { fr: 0, en: 0, other: 0 };
      map.set(word, v);
    }
    if (v[lang] < weight) v[lang] = weight;
  };
  for (const [lex, lang] of [[FR, 'fr'], [EN, 'en']] as const) {
    for (const w of lex.stopwords) for (const k of termKeys(w)) vote(k, lang, 1);
    for (const [term] of lex.terms) {
      const keys = termKeys(term.replace(/\*$/, ''));
      if (keys.length === 1) vote(keys[0] as string, lang, 0.5);
    }
  }
  for (const w of OTHER_STOPWORDS) vote(w, 'other', 1);
  // A word both languages use says nothing.
  for (const [word, v] of map) {
    if (v.fr > 0 && v.en > 0) map.delete(word);
  }
  return map;
})();

/**
 * Longest term starting at `start`: tries each token's plain key, then its de-elongated form,
 * then prefix terms. Returns the node's info and the index after the match.
 */
export function longestMatch<T>(root: TrieNode<T>, tokens: readonly Token[], start: number): { info: T; end: number } | null {
  return walkFrom(root, tokens, start, null);
}

type Match<T> = { info: T; end: number } | null;

function walkFrom<T>(from: TrieNode<T>, tokens: readonly Token[], start: number, found: Match<T>): Match<T> {
  let node = from;
  let best = found;
  for (let i = start; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.kind === TokenKind.Punct || tok.kind === TokenKind.Url || tok.kind === TokenKind.Mention) break;
    let child: TrieNode<T> | undefined;
    let anyNumber: TrieNode<T> | undefined;
    if (node.next !== null) {
      child = node.next.get(tok.key);
      if (child === undefined && tok.alt !== null) child = node.next.get(tok.alt);
      if (tok.numeric) {
        anyNumber = node.next.get(ANY_NUMBER);
        if (child === undefined) child = anyNumber;
      }
      if (child === undefined && tok.kind === TokenKind.Emoji && tok.key.length > 2) {
        const first = String.fromCodePoint(tok.key.codePointAt(0) as number);
        child = node.next.get(first);
      }
    }
    if (child === undefined && node.prefixes !== null) {
      const word = tok.alt ?? tok.key;
      for (const [prefix, n] of node.prefixes) {
        if (word.startsWith(prefix)) {
          child = n;
          break;
        }
      }
    }
    if (child === undefined) break;
    if (anyNumber !== undefined && anyNumber !== child) {
      // A literal number ("5 etoiles") must not hide the terms for any number ("# jours sans"):
      // both paths are walked and the longer match wins (the literal one on a tie).
      const literal = walkFrom(child, tokens, i + 1, child.info !== null ? { info: child.info, end: i + 1 } : best);
      const any = walkFrom(anyNumber, tokens, i + 1, anyNumber.info !== null ? { info: anyNumber.info, end: i + 1 } : best);
      return any !== null && (literal === null || any.end > literal.end) ? any : literal;
    }
    node = child;
    if (node.info !== null) best = { info: node.info, end: i + 1 };
  }
  return best;
}
