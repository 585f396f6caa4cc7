/**
 * Shape of the rule data in this folder. Terms are written the way people type them (accents,
 * capitals, hyphens): `compile.ts` folds them exactly like comment text, so "remboursé" also
 * matches "rembourse" and "REMBOURSÉÉÉ".
 *
 * A term ending in `*` matches any word starting with it ("rembours*" → remboursez,
 * remboursement). Multi-word terms match consecutive words ("est-ce que", "link in bio").
 *
 * Weights are written as a compact spec string so the tables stay readable:
 *   p=<n>   sentiment push (negative … positive), typical range -2 … 2
 *   c= q= l= g= s= t=   evidence for complaint, question, lead, praise (g as in "good"), spam, toxic
 *   !p= !c= …           the same weights when the term sits inside a negation scope
 *                       ("jamais reçu", "doesn't work"); without them a negated term flips its
 *                       polarity (weaker) and loses its label evidence
 *   only                the term is ambiguous across languages ("sale", "con", "comment"): it counts
 *                       only when the comment is detected in this table's language
 *   sarc                the term marks irony when it meets a positive word ("encore", "again", 🙄)
 *   end                 the term counts only where its clause ends after it, or where a word that may
 *                       follow a clause's end comes next (CLAUSE_AFTER in ./shared.ts): "ferme-la !",
 *                       "ferme la toi", not "ferme la piscine"
 *   you                 the term addresses the reader (tu, you): turns a mild insult into toxic
 *   formal              like `you`, and marks the comment as addressed to the brand (vous, votre)
 * A label (c, q, l, g, s, t) is flagged when its summed evidence reaches 1.
 */
export type TermTable = ReadonlyArray<readonly [term: string, spec: string]>;

export interface LanguageLexicon {
  /** Where the words come from and under which licence. */
  source: string;
  /** Words that open a negation scope over the next few words. */
  negators: readonly string[];
  /** Words after which the clause that follows weighs more ("mais", "but"). */
  contrast: readonly string[];
  /** Words that strengthen the next sentiment word, with their factor. */
  intensifiers: Readonly<Record<string, number>>;
  /** Frequent function words, used only by the language detector. */
  stopwords: readonly string[];
  terms: TermTable;
}
