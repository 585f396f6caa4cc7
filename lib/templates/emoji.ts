/**
 * Emoji counting by grapheme: "👩‍💻" (three code points joined by ZWJ), "🇫🇷" (two regional
 * indicators) and "👍🏽" (with a skin tone) are one emoji each, as a reader sees them.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Shown as emoji by default, or keycaps/flags, or text symbols explicitly asking for emoji style. */
const EMOJI_LIKE = /\p{Emoji_Presentation}|\p{Regional_Indicator}|\u20E3|\p{Extended_Pictographic}\uFE0F/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
/**
 * Extended_Pictographic code points that people type as punctuation or typography (©, ®, ™, ‼,
 * arrows, geometric shapes): without VS16 they are text, not emoji. "❤" or "☺" without VS16 still
 * count: every site renders them as emoji.
 */
const TYPOGRAPHIC = /^[\u00A9\u00AE\u2122\u203C\u2049\u2190-\u21FF\u25A0-\u25FF\u2B05-\u2B07]$/u;

export function isEmojiGrapheme(grapheme: string): boolean {
  if (EMOJI_LIKE.test(grapheme)) return true;
  return PICTOGRAPHIC.test(grapheme) && !TYPOGRAPHIC.test(grapheme);
}

export interface Grapheme {
  segment: string;
  index: number;
}

export function graphemes(text: string): Grapheme[] {
  const out: Grapheme[] = [];
  for (const { segment, index } of segmenter.segment(text)) out.push({ segment, index });
  return out;
}

/** Emoji in a text with their UTF-16 ranges. */
export function findEmoji(text: string): Array<{ emoji: string; start: number; end: number }> {
  const out: Array<{ emoji: string; start: number; end: number }> = [];
  // Fast path: plain text has no code point above the Latin/punctuation blocks emoji live in.
  if (!/[\u00A9\u00AE\u203C-\u3299\uD83C-\uDBFF]/.test(text)) return out;
  for (const { segment, index } of segmenter.segment(text)) {
    if (isEmojiGrapheme(segment)) out.push({ emoji: segment, start: index, end: index + segment.length });
  }
  return out;
}

export function countEmoji(text: string): number {
  return findEmoji(text).length;
}
