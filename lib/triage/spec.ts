/**
 * The rule tables' weight specs (`p=-1.2 c=1 !p=-1 only sarc end`, see ./lexicon/types.ts) read into
 * rules. Apart from the trie (./compile.ts) so that what reads a spec needs no tokeniser.
 */
import type { TriageLabel } from '@/lib/schema/classification';

export type RuleLanguage = 'fr' | 'en' | 'shared';

/** Evidence weights per label, indexed like LABEL_ORDER. */
export type LabelWeights = [number, number, number, number, number, number];
export const LABEL_ORDER: readonly TriageLabel[] = ['complaint', 'question', 'lead', 'praise', 'spam', 'toxic'];
const LABEL_KEYS: Record<string, number> = { c: 0, q: 1, l: 2, g: 3, s: 4, t: 5 };

export interface Rule {
  /** The term as written in the table (shown in reasons). */
  term: string;
  lang: RuleLanguage;
  polarity: number;
  labels: LabelWeights;
  /** Weights inside a negation scope; null: use the default flip. */
  negated: { polarity: number; labels: LabelWeights } | null;
  strict: boolean;
  sarcasm: boolean;
  /** Counts only where its clause ends after it (`end`: "ferme-la !", not "ferme la piscine"). */
  atEnd: boolean;
  /** Carries any weight at all (a pure "you" marker does not). */
  weighted: boolean;
}

const zero = (): LabelWeights => [0, 0, 0, 0, 0, 0];

/** Parses a spec such as `p=-1.2 c=1 !p=-1 !c=1.2 only sarc end`. Throws on a typo: tables are code. */
export function parseSpec(term: string, spec: string, lang: RuleLanguage): { rule: Rule; addressee: boolean } {
  const labels = zero();
  let polarity = 0;
  let negated: Rule['negated'] = null;
  let strict = false;
  let sarcasm = false;
  let atEnd = false;
  let addressee = false;
  let weighted = false;
  for (const part of spec.split(/\s+/)) {
    if (part === '') continue;
    if (part === 'only') strict = true;
    else if (part === 'sarc') sarcasm = true;
    else if (part === 'end') atEnd = true;
    else if (part === 'you') addressee = true;
    else if (part === 'formal') addressee = true;
    else {
      const m = /^(!?)([pcqlgst])=(-?\d*\.?\d+)$/.exec(part);
      if (!m) throw new Error(`Bad spec "${part}" for term "${term}"`);
      const value = Number(m[3]);
      weighted = true;
      if (m[1] === '!') {
        negated ??= { polarity: 0, labels: zero() };
        if (m[2] === 'p') negated.polarity = value;
        else negated.labels[LABEL_KEYS[m[2] as string] as number] = value;
      } else if (m[2] === 'p') polarity = value;
      else labels[LABEL_KEYS[m[2] as string] as number] = value;
    }
  }
  return { rule: { term, lang, polarity, labels, negated, strict, sarcasm, atEnd, weighted }, addressee };
}
