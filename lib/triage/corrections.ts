/**
 * Community-manager corrections → brand lexicon entries, so the same mistake is not made twice
 * on that brand. `correctionToLexiconEntry` picks the term the correction is really about;
 * `mergeLexiconEntry` adds it to the brand's lexicon, replacing an older entry for the same term.
 */
import type { LexiconEntry } from '@/lib/schema/brand';
import type { Classification, Polarity, TriageLabel } from '@/lib/schema/classification';
import { classify } from './classify';
import { LANGUAGE_VOTES } from './compile';
import { TokenKind, fold, normalise } from './normalise';

export interface Correction {
  /** The comment text the correction was made on. */
  text: string;
  /** What the engine said; recomputed from `text` when omitted. */
  classification?: Classification;
  addLabels?: TriageLabel[];
  removeLabels?: TriageLabel[];
  polarity?: Polarity;
  /** The word or phrase the user pointed at. When given it is used as is. */
  term?: string;
}

export class CorrectionError extends Error {}

/** Runs of two or more Capitalised words ("War Zone", "Velvet Matte"): likely product names. Words in
 * all capitals do not count, so shouting ("LE PIRE SERVICE") is not taken for a name. */
const PROPER_NOUN = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{N}'’-]*)+)/u;
/** Reasons that point at words of the comment (not at a link, a "?" or capitals). */
const WORD_RULES = /^(lexicon\.|negation$|sarcasm$)/;

function longest(values: readonly string[]): string | null {
  let best: string | null = null;
  for (const v of values) if (v !== '' && (best === null || v.length > best.length)) best = v;
  return best;
}

/** Picks the term a correction is about. Exported for the panel, to preview the term. */
export function salientTerm(c: Correction): string {
  if (c.term !== undefined && c.term.trim() !== '') return c.term.trim();
  const classification = c.classification ?? classify({ text: c.text });
  const rules = classification.reasons.filter((r) => r.source === 'rule' && WORD_RULES.test(r.rule) && r.match !== '');
  const name = PROPER_NOUN.exec(c.text)?.[1];
  // 1. Removing a label: a product name in the comment is what the brand means ("War Zone" is a
  //    game, so "kill" near it is not a threat); else the words that raised the label.
  const removed = new Set(c.removeLabels ?? []);
  if (removed.size > 0) {
    if (name !== undefined) return name;
    const hit = longest(rules.filter((r) => r.label !== undefined && removed.has(r.label)).map((r) => r.match));
    if (hit !== null) return hit;
  }
  // 2. Changing the polarity: the words that pushed the other way ("tuerie" read as negative).
  if (c.polarity !== undefined) {
    const hit = longest(rules.filter((r) => r.polarity !== undefined && r.polarity !== c.polarity).map((r) => r.match));
    if (hit !== null) return hit;
  }
  // 3. A product name.
  if (name !== undefined) return name;
  // 4. Any word the rules reacted to, else the longest word that is not a function word.
  const fired = longest(rules.map((r) => r.match));
  if (fired !== null) return fired;
  const words = normalise(c.text)
    .tokens.filter((t) => t.kind === TokenKind.Word && !LANGUAGE_VOTES.has(t.key) && !t.numeric)
    .map((t) => t.alt ?? t.key);
  const word = longest(words);
  if (word === null) throw new CorrectionError('No word to learn from in this comment: pick the term yourself.');
  return word;
}

/** Turns a correction into a lexicon entry for the brand. Throws CorrectionError when it would do nothing. */
export function correctionToLexiconEntry(c: Correction): LexiconEntry {
  const addLabels = [...new Set(c.addLabels ?? [])];
  const removeLabels = [...new Set(c.removeLabels ?? [])].filter((l) => !addLabels.includes(l));
  if (addLabels.length === 0 && removeLabels.length === 0 && c.polarity === undefined) {
    throw new CorrectionError('A correction must add or remove a label or set a sentiment.');
  }
  const entry: LexiconEntry = { term: salientTerm(c), addLabels, removeLabels };
  if (c.polarity !== undefined) entry.polarity = c.polarity;
  return entry;
}

/** The brand's lexicon with `entry` added; an entry for the same term (any case/accents) is replaced. */
export function mergeLexiconEntry(lexicon: readonly LexiconEntry[], entry: LexiconEntry): LexiconEntry[] {
  const key = fold(entry.term.trim());
  return [...lexicon.filter((e) => fold(e.term.trim()) !== key), entry];
}
