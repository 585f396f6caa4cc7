/**
 * The learned triage layer: linear models over the hashed n-grams of ./features.ts.
 * One feature vector per comment feeds every head:
 *   language   softmax over fr / en / other
 *   sentiment  softmax over negative / neutral / positive
 *   toxic, complaint, spam   logistic (probability of the label)
 *   lead, praise, question   logistic, trained on the project's brand comments only (no public set
 *                            labels them): they hear the wording the rules' word lists miss
 * Weights are stored as int8 with one scale per head (./codec.ts); `decodeModel` turns them into
 * Float32Arrays once. Pure: no I/O, no browser API — the caller passes the decoded model in.
 */
import { featurize, type FeatureVector } from './features';

export const BINARY_HEADS = ['toxic', 'complaint', 'spam'] as const;
export type BinaryHead = (typeof BINARY_HEADS)[number];
export const INTENT_HEADS = ['lead', 'praise', 'question'] as const;
export type IntentHead = (typeof INTENT_HEADS)[number];
/** Every logistic head: one per triage label it can raise. */
export type LabelHead = BinaryHead | IntentHead;
export const LABEL_HEADS: readonly LabelHead[] = [...BINARY_HEADS, ...INTENT_HEADS];
export const isIntent = (head: LabelHead): head is IntentHead => (INTENT_HEADS as readonly string[]).includes(head);
export const SOFTMAX_HEADS = { language: ['fr', 'en', 'other'], sentiment: ['negative', 'neutral', 'positive'] } as const;
export type SoftmaxHead = keyof typeof SOFTMAX_HEADS;
export type HeadName = LabelHead | SoftmaxHead;

export interface Head {
  /** Class names; a binary head has one (its label) and a logistic output. */
  readonly classes: readonly string[];
  /** classes.length × dim, class-major. */
  readonly weights: Float32Array;
  readonly bias: readonly number[];
  /** Binary heads: probability at or above which the label is flagged (calibrated on validation). */
  readonly threshold?: number;
}

export interface TriageModel {
  readonly dim: number;
  readonly heads: Partial<Record<HeadName, Head>>;
}

export interface ModelScores {
  /** Probability of each binary label. */
  readonly binary: Partial<Record<LabelHead, number>>;
  readonly language?: Readonly<Record<'fr' | 'en' | 'other', number>>;
  readonly sentiment?: Readonly<Record<'negative' | 'neutral' | 'positive', number>>;
  readonly features: FeatureVector;
  /** The text scored (explanations re-read it with n-gram names). */
  readonly text: string;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function headLogits(head: Head, x: FeatureVector, dim: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < head.classes.length; c++) {
    let z = head.bias[c] as number;
    const off = c * dim;
    for (let i = 0; i < x.index.length; i++) z += (head.weights[off + (x.index[i] as number)] as number) * (x.value[i] as number);
    out.push(z);
  }
  return out;
}

export function softmax(z: readonly number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/**
 * Every head's weights side by side, feature-major (one row of `columns` weights per feature): a
 * comment's few hundred features then cost one or two cache lines each instead of one per class of
 * every head, scattered over megabytes. Built once per model (4 bytes × classes of all heads × dim,
 * beside the heads' own arrays, which explanations and fingerprints read); the logits are the same
 * sums in the same order as headLogits'.
 */
interface Packed {
  readonly names: readonly HeadName[];
  /** Column of each head's first class. */
  readonly at: readonly number[];
  readonly columns: number;
  readonly weights: Float32Array;
  readonly bias: readonly number[];
}
const packs = new WeakMap<TriageModel, Packed>();
const PACK_ORDER: readonly HeadName[] = ['language', 'sentiment', ...LABEL_HEADS];

function packed(model: TriageModel): Packed {
  const known = packs.get(model);
  if (known !== undefined) return known;
  const names = PACK_ORDER.filter((n) => model.heads[n] !== undefined);
  const at: number[] = [];
  const bias: number[] = [];
  let columns = 0;
  for (const n of names) {
    const h = model.heads[n] as Head;
    at.push(columns);
    bias.push(...h.bias);
    columns += h.classes.length;
  }
  const weights = new Float32Array(columns * model.dim);
  names.forEach((n, k) => {
    const h = model.heads[n] as Head;
    for (let c = 0; c < h.classes.length; c++) {
      const col = (at[k] as number) + c;
      const off = c * model.dim;
      for (let i = 0; i < model.dim; i++) weights[i * columns + col] = h.weights[off + i] as number;
    }
  });
  const p = { names, at, columns, weights, bias };
  packs.set(model, p);
  return p;
}

/** Every head's output for one text. */
export function scoreText(model: TriageModel, text: string, withNames = false): ModelScores {
  const x = featurize(text, model.dim, withNames);
  const pk = packed(model);
  const z = [...pk.bias];
  const k = pk.columns;
  for (let i = 0; i < x.index.length; i++) {
    const off = (x.index[i] as number) * k;
    const v = x.value[i] as number;
    for (let c = 0; c < k; c++) z[c] = (z[c] as number) + (pk.weights[off + c] as number) * v;
  }
  const logits = (name: HeadName): number[] | undefined => {
    const j = pk.names.indexOf(name);
    if (j < 0) return undefined;
    const from = pk.at[j] as number;
    return z.slice(from, from + (model.heads[name] as Head).classes.length);
  };
  const binary: Partial<Record<LabelHead, number>> = {};
  for (const name of LABEL_HEADS) {
    const l = logits(name);
    if (l !== undefined) binary[name] = sigmoid(l[0] as number);
  }
  const soft = <K extends string>(name: SoftmaxHead): Record<K, number> | undefined => {
    const l = logits(name);
    if (l === undefined) return undefined;
    const p = softmax(l);
    return Object.fromEntries((model.heads[name] as Head).classes.map((c, i) => [c, p[i] as number])) as Record<K, number>;
  };
  return { binary, language: soft('language'), sentiment: soft('sentiment'), features: x, text };
}

/**
 * The n-grams that pushed a head's class up the most in this text, strongest first: what the panel
 * shows as the model's reason. Words and word pairs are preferred over character n-grams; `wordsOnly`
 * leaves the character n-grams out.
 */
export function strongestFeatures(model: TriageModel, head: HeadName, cls: number, x: FeatureVector, limit = 3, wordsOnly = false): string[] {
  const h = model.heads[head];
  if (h === undefined || x.names === undefined) return [];
  const off = cls * model.dim;
  const parts: { name: string; c: number; word: boolean }[] = [];
  for (let i = 0; i < x.index.length; i++) {
    const c = (h.weights[off + (x.index[i] as number)] as number) * (x.value[i] as number);
    if (c <= 0) continue;
    const name = x.names[i] as string;
    if (wordsOnly && name.startsWith('c:')) continue;
    parts.push({ name: name.slice(2).replace(/^\^ |\s\$$/gu, '').trim(), c, word: !name.startsWith('c:') });
  }
  parts.sort((a, b) => Number(b.word) - Number(a.word) || b.c - a.c);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of parts) {
    if (p.name === '' || seen.has(p.name) || p.name === 'httpurl' || p.name === 'atuser') continue;
    seen.add(p.name);
    out.push(p.name);
    if (out.length >= limit) break;
  }
  return out;
}
