/**
 * Hashed word and character n-grams for the learned triage layer. Pure, no dependencies, the same
 * in training (scripts/train) and in the extension, so a weight trained on a feature is read back
 * for exactly that feature.
 *
 * The text is lower-cased, links and @handles become placeholders, letters repeated three times
 * or more are cut to two ("trooop" → "troop"), and words are also read without accents, so
 * "décu" / "decu" / "DÉÇU" share their word features. Features:
 *   w:<word>            every word (accents folded)
 *   b:<word> <word>     adjacent pairs, with ^ and $ at the comment's edges
 *   c:<n-gram>          character 2- to 4-grams of " word " with accents kept (language, typos)
 * Each is hashed (FNV-1a, 32 bits) into `dim` buckets; values are counts, L2-normalised.
 */

export interface FeatureVector {
  /** Bucket indices, ascending and unique. */
  readonly index: Int32Array;
  readonly value: Float32Array;
  /** The n-gram behind each bucket (first seen), only when asked for: explanations. */
  readonly names?: readonly string[];
}

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gu;
const HANDLE_RE = /@[\p{L}\p{N}_.]+/gu;
const TOKEN_RE = /[\p{L}\p{N}]+|\p{Extended_Pictographic}|[!?]/gu;
const REPEAT_RE = /(.)\1{2,}/gu;
const MARK_RE = /\p{M}+/gu;

export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const foldAccents = (s: string): string => s.normalize('NFD').replace(MARK_RE, '').normalize('NFC');

/** The words as the model sees them (accents kept). */
export function modelTokens(text: string): string[] {
  const t = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(URL_RE, ' httpurl ')
    .replace(HANDLE_RE, ' atuser ')
    .replace(REPEAT_RE, '$1$1')
    .replace(/[’‘`]/gu, "'");
  return t.match(TOKEN_RE) ?? [];
}

/** Texts longer than this are cut before hashing (comments are short; keeps the cost bounded). */
const MAX_CHARS = 1_000;

export function featurize(text: string, dim: number, withNames = false): FeatureVector {
  const counts = new Map<number, number>();
  const names = withNames ? new Map<number, string>() : null;
  const add = (feature: string) => {
    const h = fnv1a(feature) % dim;
    counts.set(h, (counts.get(h) ?? 0) + 1);
    if (names !== null && !names.has(h)) names.set(h, feature);
  };
  const tokens = modelTokens(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  let prev = '^';
  for (const tok of tokens) {
    const w = foldAccents(tok);
    add(`w:${w}`);
    add(`b:${prev} ${w}`);
    prev = w;
    if (tok === 'httpurl' || tok === 'atuser' || tok.length > 24) continue;
    const padded = ` ${tok} `;
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`);
    }
  }
  add(`b:${prev} $`);
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const index = new Int32Array(keys);
  const value = new Float32Array(keys.length);
  let norm = 0;
  keys.forEach((k, i) => {
    const v = counts.get(k) as number;
    value[i] = v;
    norm += v * v;
  });
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < value.length; i++) value[i] = (value[i] as number) / norm;
  return names === null ? { index, value } : { index, value, names: keys.map((k) => names.get(k) as string) };
}
