/**
 * Accent folding: the one way Riposte compares names, handles, searches and template text without
 * caring about case or accents ("Jérôme" and "jerome" meet). Pure and zod-free: the content
 * scripts may bundle it.
 *
 * The classifier's tokenizer keeps its own fold (lib/triage/normalise.ts): its lexicons are
 * compiled with it, so the two must change together there, not here.
 */

/** Letters folded to more than one letter, or that NFD does not decompose. */
const SPECIAL_FOLDS: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  '’': "'",
  'ʼ': "'",
  '‘': "'",
};

const COMBINING_MARKS = /\p{M}/gu;

/** One character (code point) lower-cased and without its accents; may be longer ("œ" → "oe"). */
export function foldChar(char: string): string {
  const lower = char.toLowerCase();
  const special = SPECIAL_FOLDS[lower];
  if (special !== undefined) return special;
  if (lower.charCodeAt(0) < 0x80) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '');
}

/** Lower-cases and strips accents: "Équipe Œuvre" → "equipe oeuvre". */
export function fold(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}
