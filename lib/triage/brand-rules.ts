/**
 * Per-brand matchers compiled from the Brand record: the corrections lexicon and competitor
 * names / aliases / handles. Compiled once per brand version (cached on the array identity, which
 * changes whenever the brand is edited) so classifying thousands of comments stays cheap.
 */
import type { Brand, LexiconEntry } from '@/lib/schema/brand';
import { TRIAGE_LABELS, type Polarity, type TriageLabel } from '@/lib/schema/classification';
import { bareHandle } from '../identity/keys';
import { fold } from './normalise';
import { insertTerm, newNode, type TrieNode } from './compile';

export interface BrandTerm {
  entry: LexiconEntry;
  addLabels: TriageLabel[];
  removeLabels: TriageLabel[];
  polarity: Polarity | null;
}

const LABELS = new Set<string>(TRIAGE_LABELS);
const asLabels = (names: readonly string[]): TriageLabel[] => names.filter((n): n is TriageLabel => LABELS.has(n));

const lexiconCache = new WeakMap<readonly LexiconEntry[], TrieNode<BrandTerm> | null>();

/** The brand's corrections as a trie; null when it has none. Later entries win over earlier ones. */
export function brandLexicon(brand: Pick<Brand, 'lexicon'> | undefined): TrieNode<BrandTerm> | null {
  const lexicon = brand?.lexicon;
  if (!lexicon || lexicon.length === 0) return null;
  let trie = lexiconCache.get(lexicon);
  if (trie !== undefined) return trie;
  trie = newNode<BrandTerm>();
  let any = false;
  for (const entry of lexicon) {
    const node = insertTerm(trie, entry.term);
    if (!node) continue;
    any = true;
    node.info = {
      entry,
      addLabels: asLabels(entry.addLabels ?? []),
      removeLabels: asLabels(entry.removeLabels ?? []),
      polarity: entry.polarity ?? null,
    };
  }
  trie = any ? trie : null;
  lexiconCache.set(lexicon, trie);
  return trie;
}

export interface CompetitorMatcher {
  /** Names and aliases, as token sequences → competitor name. */
  words: TrieNode<string>;
  /** Folded "@handle" → competitor name. */
  handles: Map<string, string>;
  /**
   * Names and aliases as a handle would spell them (letters and digits only: "Atelier Nova" →
   * "ateliernova") → competitor name, so "@ateliernova" or "@atelier_nova" is a mention, and that
   * account commenting is the competitor's, even when no account was configured.
   */
  compactNames: Map<string, string>;
}

/** Letters and digits only, folded: "Atelier Nova", "@atelier_nova" and "ateliernova" agree. */
export function compactKey(text: string): string {
  return fold(bareHandle(text)).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Shorter compact names ("LU", "Ora") would match too many handles by chance. */
const MIN_COMPACT = 4;

const competitorCache = new WeakMap<Brand['competitors'], CompetitorMatcher | null>();

/** Folded handle key as a mention token would carry it ("@handle", folded by the tokenizer's fold). */
export const handleKey = (handle: string): string => '@' + fold(bareHandle(handle));

export function competitorMatcher(brand: Pick<Brand, 'competitors'> | undefined): CompetitorMatcher | null {
  const competitors = brand?.competitors;
  if (!competitors || competitors.length === 0) return null;
  let matcher = competitorCache.get(competitors);
  if (matcher !== undefined) return matcher;
  matcher = { words: newNode<string>(), handles: new Map(), compactNames: new Map() };
  for (const c of competitors) {
    for (const term of [c.name, ...(c.aliases ?? [])]) {
      const node = insertTerm(matcher.words, term);
      if (node) node.info ??= c.name;
      const compact = compactKey(term);
      if (compact.length >= MIN_COMPACT && !matcher.compactNames.has(compact)) matcher.compactNames.set(compact, c.name);
    }
    for (const account of c.accounts ?? []) {
      matcher.handles.set(handleKey(account.handle), c.name);
      // Handles are also typed without the @ ("je passe chez freshmart_fr").
      const node = insertTerm(matcher.words, account.handle.replace(/^@/, ''));
      if (node) node.info ??= c.name;
    }
  }
  competitorCache.set(competitors, matcher);
  return matcher;
}
