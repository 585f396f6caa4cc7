/**
 * The learned layer under the intent rules: nearest neighbours among labelled comments, compared
 * by hashed features (words, word pairs, character n-grams of the accent-folded text), each with
 * the starter situations a community manager accepted for it. The comments are kept as indexes
 * into a vocabulary of folded words (a fifth of the size of their hashed features, gzipped). It knows phrasings the rules' word
 * lists do not, and speaks in starter situation keys; suggest.ts maps those to templates (a
 * starter by its key, any other template by the intents the situations declare).
 * Pure and browser-free; the exemplars come from scripts/train/suggestions.ts.
 */
import { fold } from '../identity/fold';

/** Feature kinds, each hashed into its own range so a kind can be weighted apart. */
const KINDS = ['word', 'pair', 'char'] as const;
type Kind = (typeof KINDS)[number];

/** How the learned layer votes and how suggest.ts mixes it with the rules: chosen by cross-validation. */
export interface LearnedKnobs {
  /** Neighbours that vote. */
  k: number;
  /** Weight of each feature kind in the cosine. */
  kindWeights: Record<Kind, number>;
  /** Vote of a neighbour's later acceptable situations, relative to its first. */
  laterVote: number;
  /** Neighbour similarity raised to this power before voting: near ones count more. */
  sharpness: number;
  /** Score a template gets per unit of learned share, inside its tier (breaks ties, never crosses a tier). */
  tieWeight: number;
  /** Share from which a situation the rules did not find fits (fills when no rule fires). */
  fillShare: number;
  /** Share from which a situation takes a second or third slot beside a confident rule. */
  slotShare: number;
}

/** The committed artefact: exemplars and knobs (lib/templates/learned-model.json). */
export interface LearnedModelData {
  version: 1;
  bits: number;
  knobs: LearnedKnobs;
  /** Starter situation keys, referenced by index. */
  keys: string[];
  /** Folded words (elongations squeezed), referenced by index. */
  vocabulary: string[];
  /** [acceptable key indexes, best first, dot-separated; the comment's words as vocabulary indexes in base 36, dot-separated]. */
  exemplars: Array<[string, string]>;
}

export interface LearnedModel {
  readonly knobs: LearnedKnobs;
  readonly keys: readonly string[];
  /** Feature id → exemplar indexes holding it. */
  readonly postings: ReadonlyMap<number, readonly number[]>;
  readonly idf: ReadonlyMap<number, number>;
  readonly labels: ReadonlyArray<readonly number[]>;
  readonly norms: Float64Array;
  readonly bits: number;
}

/** Folded, letters repeated three times or more squeezed to two ("trooop" → "troop"), words only. */
export function learnedWords(text: string): string[] {
  return fold(text)
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The comment's distinct feature ids: kind in the high bits, hash in the low `bits`. */
export function learnedFeatures(text: string, bits: number): number[] {
  return wordFeatures(learnedWords(text), bits);
}

function wordFeatures(words: readonly string[], bits: number): number[] {
  const mask = (1 << bits) - 1;
  const out = new Set<number>();
  const add = (kind: number, s: string) => out.add(kind * (mask + 1) + (hash(s) & mask));
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] as string;
    add(0, w);
    if (i + 1 < words.length) add(1, `${w} ${words[i + 1] as string}`);
    const padded = ` ${w} `;
    for (const n of [3, 4]) for (let j = 0; j + n <= padded.length; j += 1) add(2, padded.slice(j, j + n));
  }
  return [...out].sort((a, b) => a - b);
}

/** Comments as vocabulary indexes (`LearnedModelData`): the vocabulary sorted, so the same comments give the same bytes. */
export function encodeExemplars(texts: readonly string[]): { vocabulary: string[]; encoded: string[] } {
  const split = texts.map(learnedWords);
  const vocabulary = [...new Set(split.flat())].sort();
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  return { vocabulary, encoded: split.map((words) => words.map((w) => (index.get(w) ?? 0).toString(36)).join('.')) };
}

export function loadLearnedModel(data: LearnedModelData): LearnedModel {
  const labels = data.exemplars.map(([l]) => l.split('.').map(Number));
  const features = data.exemplars.map(([, f]) =>
    wordFeatures(f === '' ? [] : f.split('.').map((i) => data.vocabulary[parseInt(i, 36)] ?? ''), data.bits),
  );
  const postings = new Map<number, number[]>();
  features.forEach((ids, e) => {
    for (const id of ids) {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(e);
    }
  });
  const idf = new Map<number, number>();
  const n = features.length;
  for (const [id, list] of postings) idf.set(id, Math.log(1 + n / list.length) * data.knobs.kindWeights[kindOf(id, data.bits)]);
  const norms = new Float64Array(n);
  features.forEach((ids, e) => {
    let squares = 0;
    for (const id of ids) squares += (idf.get(id) ?? 0) ** 2;
    norms[e] = Math.sqrt(squares);
  });
  return { knobs: data.knobs, keys: data.keys, postings, idf, labels, norms, bits: data.bits };
}

function kindOf(id: number, bits: number): Kind {
  return KINDS[Math.floor(id / (1 << bits))] ?? 'char';
}

/**
 * Share of the neighbours' vote for each starter situation key (0…1, summing to at most 1), from
 * the `k` labelled comments most like this one. Empty when nothing is alike.
 */
export function learnedShares(text: string, model: LearnedModel): Map<string, number> {
  const { knobs } = model;
  const dot = new Float64Array(model.labels.length);
  const touched: number[] = [];
  let squares = 0;
  for (const id of learnedFeatures(text, model.bits)) {
    const w = model.idf.get(id);
    if (w === undefined || w === 0) continue;
    squares += w * w;
    for (const e of model.postings.get(id) ?? []) {
      if (dot[e] === 0) touched.push(e);
      dot[e] = (dot[e] ?? 0) + w * w;
    }
  }
  const shares = new Map<string, number>();
  if (squares === 0) return shares;
  const norm = Math.sqrt(squares);
  // The k nearest, kept sorted as we go (most exemplars fall below the k-th at once): no full sort.
  const near: Array<[number, number]> = [];
  for (const e of touched) {
    const similarity = (dot[e] ?? 0) / (norm * (model.norms[e] || 1));
    // Nearer first; equally near, the earlier exemplar (a stable order).
    const before = ([f, s]: [number, number]) => similarity > s || (similarity === s && e < f);
    if (near.length === knobs.k && !before(near[near.length - 1] as [number, number])) continue;
    let at = near.length;
    while (at > 0 && before(near[at - 1] as [number, number])) at -= 1;
    near.splice(at, 0, [e, similarity]);
    if (near.length > knobs.k) near.pop();
  }
  let total = 0;
  for (const [e, similarity] of near) {
    const vote = similarity ** knobs.sharpness;
    total += vote;
    (model.labels[e] ?? []).forEach((keyIndex, at) => {
      const key = model.keys[keyIndex] as string;
      shares.set(key, (shares.get(key) ?? 0) + vote * (at === 0 ? 1 : knobs.laterVote));
    });
  }
  if (total <= 0) return new Map();
  // Normalised by the votes, not by what they add up to: a situation every neighbour accepts gets 1.
  for (const [key, v] of shares) shares.set(key, Math.min(1, v / total));
  return shares;
}
