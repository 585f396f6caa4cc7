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
  /** Bucket indices, unique (first-seen order). */
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

/** FNV-1a state after `text` (unsigned finalisation left to the caller: `>>> 0`). */
function extend(h: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const W = extend(0x811c9dc5, 'w:');
const B = extend(0x811c9dc5, 'b:');
const CH = extend(0x811c9dc5, 'c:');

const NON_ASCII = /[^ -~]/u;
const foldAccents = (s: string): string => (NON_ASCII.test(s) ? s.normalize('NFD').replace(MARK_RE, '').normalize('NFC') : s);

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
export const MAX_CHARS = 1_000;

export function featurize(text: string, dim: number, withNames = false): FeatureVector {
  const counts = new Map<number, number>();
  const names = withNames ? new Map<number, string>() : null;
  // Hashes are built incrementally (no string per n-gram); `name` is only called for explanations.
  const add = (h: number, name?: () => string) => {
    const k = (h >>> 0) % dim;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (names !== null && name !== undefined && !names.has(k)) names.set(k, name());
  };
  const tokens = modelTokens(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  let prev = '^';
  for (const tok of tokens) {
    const w = foldAccents(tok);
    add(extend(W, w), () => `w:${w}`);
    const p = prev;
    add(extend(extend(extend(B, p), ' '), w), () => `b:${p} ${w}`);
    prev = w;
    if (tok === 'httpurl' || tok === 'atuser' || tok.length > 24) continue;
    const padded = ` ${tok} `;
    for (let i = 0; i + 2 <= padded.length; i++) {
      let h = extend(CH, padded, i, i + 1);
      for (let n = 2; n <= 4 && i + n <= padded.length; n++) {
        h = extend(h, padded, i + n - 1, i + n);
        const at = i;
        const len = n;
        add(h, () => `c:${padded.slice(at, at + len)}`);
      }
    }
  }
  const last = prev;
  add(extend(extend(B, last), ' $'), () => `b:${last} $`);
  const index = new Int32Array(counts.size);
  const value = new Float32Array(counts.size);
  let norm = 0;
  let i = 0;
  for (const [k, v] of counts) {
    index[i] = k;
    value[i] = v;
    norm += v * v;
    i++;
  }
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < value.length; j++) value[j] = (value[j] as number) / norm;
  return names === null ? { index, value } : { index, value, names: [...counts.keys()].map((k) => names.get(k) as string) };
}
