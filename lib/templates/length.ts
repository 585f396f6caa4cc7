import type { Platform } from '../schema/platform';
import { isEmojiGrapheme } from './emoji';

/**
 * Longest reply each site accepts in a comment box, in the site's own unit.
 * - X: 280 *weighted* characters — twitter-text configuration v3 (`maxWeightedTweetLength: 280`),
 *   the count X's composer applies to replies from non-Premium accounts (Premium may post longer,
 *   but a brand reply that long is truncated in timelines; pass `limits` to override).
 * - LinkedIn: 1,250 characters per comment — the comment box's cap as LinkedIn documents it and
 *   character-limit guides (2023–2026) agree; Buffer reports 1,248 through the API.
 * - Instagram: 2,200 characters — the caption limit, which Instagram's comment field shares.
 * - Facebook: 8,000 characters per comment, as Facebook's comment box enforces it.
 * These change rarely but they do change: they are data, overridable per call.
 */
export const PLATFORM_LIMITS: Readonly<Record<Platform, number>> = {
  x: 280,
  linkedin: 1250,
  instagram: 2200,
  facebook: 8000,
};

/** twitter-text v3: weights in hundredths; URLs count as a t.co link. */
const X_SCALE = 100;
const X_DEFAULT_WEIGHT = 200;
const X_URL_LENGTH = 23;
/** Longest grapheme (UTF-16 units) composed before weighing: no letter needs more. */
const MAX_COMPOSED_GRAPHEME = 64;
/** Code point ranges weighing 1 character (the rest, CJK included, weigh 2): Latin to Georgian/Hangul Jamo, and some punctuation. */
const X_LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];

function codePointWeight(codePoint: number): number {
  for (const [start, end] of X_LIGHT_RANGES) if (codePoint >= start && codePoint <= end) return 100;
  return X_DEFAULT_WEIGHT;
}

/**
 * Common generic TLDs X links without a protocol. Two-letter country TLDs are matched too, except on
 * a bare "name.fr" with no path, which twitter-text does not link either.
 */
const GENERIC_TLDS =
  'com|org|net|edu|gov|mil|int|info|biz|name|pro|app|dev|shop|store|online|site|xyz|blog|news|tech|cloud|page|link|live|club|agency|paris|bzh|io|ai|co|me|tv';
const URL_PATTERN = new RegExp(
  String.raw`https?:\/\/[^\s<>"]+|(?<![\p{L}\p{N}@._\/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${GENERIC_TLDS}|[a-z]{2})(?::\d{1,5})?(?:\/[^\s<>"]*)?(?![\p{L}\p{N}@_-])`,
  'giu',
);
const SHORT_CCTLD_DOMAIN = /^[a-z0-9-]+\.[a-z]{2}$/i;

/**
 * Drops sentence punctuation glued to a URL's end ("voir https://lune.fr/faq)."), but keeps a
 * closing parenthesis that closes one opened inside the URL (Wikipedia-style links).
 */
function trimUrlEnd(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1);
    if (last === undefined || !".,;:!?'\"»)]".includes(last)) return url;
    if (last === ')' && (url.match(/\(/g)?.length ?? 0) >= (url.match(/\)/g)?.length ?? 0)) return url;
    url = url.slice(0, -1);
  }
}

/** URLs as X would link them, with their UTF-16 ranges (trailing punctuation left out). */
export function findUrls(text: string): Array<{ url: string; start: number; end: number }> {
  const out: Array<{ url: string; start: number; end: number }> = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrlEnd(match[0]);
    if (!url) continue;
    const hasProtocol = /^https?:\/\//i.test(url);
    if (!hasProtocol) {
      const tld = /\.([a-z]+)(?::\d+)?(?:\/|$)/i.exec(url)?.[1]?.toLowerCase() ?? '';
      if (!GENERIC_TLDS.split('|').includes(tld) && SHORT_CCTLD_DOMAIN.test(url)) continue;
    }
    out.push({ url, start: match.index, end: match.index + url.length });
  }
  return out;
}

export interface WeightedLength {
  /** Length as X counts it. */
  length: number;
  limit: number;
  /** UTF-16 offset where the text stops fitting, or `undefined` when it fits. */
  overflowAt: number | undefined;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * X's weighted length (twitter-text v3 rules): text is NFC-normalised; each URL counts 23; each
 * emoji counts 2 however many code points it has (ZWJ sequences, flags, skin tones); other code
 * points count 1 in the light ranges (Latin and accented letters, Greek, Cyrillic, Arabic, Hebrew,
 * Devanagari, general punctuation…) and 2 elsewhere (CJK, Hangul syllables, Japanese kana…).
 */
export function xWeightedLength(text: string, limit = PLATFORM_LIMITS.x): WeightedLength {
  const urls = findUrls(text);
  let weight = 0;
  let overflowAt: number | undefined;
  let urlIndex = 0;
  const maxWeight = limit * X_SCALE;
  const add = (amount: number, at: number): void => {
    weight += amount;
    if (overflowAt === undefined && weight > maxWeight) overflowAt = at;
  };
  let skipUntil = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    if (index < skipUntil) continue;
    const url = urls[urlIndex];
    if (url && index >= url.start) {
      add(X_URL_LENGTH * X_SCALE, url.start);
      skipUntil = url.end;
      urlIndex += 1;
      if (index < skipUntil) continue;
    }
    if (isEmojiGrapheme(segment)) {
      add(X_DEFAULT_WEIGHT, index);
      continue;
    }
    let graphemeWeight = 0;
    // A real grapheme is a few code units; a run of thousands of combining marks (zalgo) is weighed
    // as written, without composing it: normalising it costs more than linear time.
    for (const char of segment.length <= MAX_COMPOSED_GRAPHEME ? segment.normalize('NFC') : segment) graphemeWeight += codePointWeight(char.codePointAt(0) ?? 0);
    add(graphemeWeight, index);
  }
  return { length: Math.ceil(weight / X_SCALE), limit, overflowAt };
}

/** Length in the site's unit: X weighted; the others count UTF-16 code units, as their text boxes do. */
export function replyLength(text: string, platform: Platform, limits: Partial<Record<Platform, number>> = {}): WeightedLength {
  const limit = limits[platform] ?? PLATFORM_LIMITS[platform];
  if (platform === 'x') return xWeightedLength(text, limit);
  return { length: text.length, limit, overflowAt: text.length > limit ? limit : undefined };
}
