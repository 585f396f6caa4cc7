import type { DetectedLanguage } from '@/lib/schema/classification';
import { LANGUAGE_VOTES } from './compile';
import { TokenKind, type NormalisedText } from './normalise';

/**
 * French / English / other, from function words and the rule vocabulary, plus French accents.
 * Hand-written rather than a trigram detector: brand comments are short ("trop bien", "any
 * update?"), where trigram models are unreliable, and this costs one Map look-up per word.
 * `fallback` (usually the brand's language) decides when the words give no clue at all
 * ("Bravo !", "Top") — never for emoji-only or link-only comments, which are `other`.
 */
export function detectLanguage(text: NormalisedText, fallback?: 'fr' | 'en'): DetectedLanguage {
  let fr = Math.min(text.frenchAccents, 3) * 0.7;
  let en = 0;
  let other = 0;
  for (const tok of text.tokens) {
    if (tok.kind !== TokenKind.Word) continue;
    const v = LANGUAGE_VOTES.get(tok.key) ?? (tok.alt !== null ? LANGUAGE_VOTES.get(tok.alt) : undefined);
    if (v === undefined) continue;
    fr += v.fr;
    en += v.en;
    other += v.other;
  }
  // Inverted ¿ ¡ only open Spanish sentences.
  if (text.spanishMarks > 0) other += 2;
  if (fr === 0 && en === 0 && other === 0) return text.words === 0 ? 'other' : (fallback ?? 'other');
  if (other > fr && other > en) return 'other';
  if (fr === en) return fallback ?? 'other';
  return fr > en ? 'fr' : 'en';
}
