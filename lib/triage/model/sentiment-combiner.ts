/**
 * A learned sentiment combiner (stacking): a small multinomial logistic regression over what the
 * rules read of a comment's sentiment (their score, strong and weak words, negation, sarcasm, a
 * complaint, a question…), the sentiment head's three probabilities, the text's length and language,
 * and the hand combination's verdict (./combine.ts handSentiment), fitted by
 * `scripts/train/sentiment-combiner.ts` on readings of texts the head never trained on. Its weights
 * are joined to a decoded model by the code that loads the model (./bundled-combiner; never content
 * scripts); a model without them keeps the hand combination. Pure and browser-free, no zod:
 * classify imports it.
 */
import type { ModelScores, TriageModel } from './model';
import { handSentiment } from './combine';

/** What the rules read of a comment's sentiment, as classify worked it out (no rule is repeated here). */
export interface SentimentEvidence {
  /** The rules' squashed score, complaint nudge included, in (−1, 1). */
  readonly score: number;
  /** Summed positive and negative weight after sarcasm, exasperation, capitals and exclamations. */
  readonly pos: number;
  readonly neg: number;
  /** Sentiment words by strength (|polarity| ≥ 1 is strong), as they counted (negated ones by their new sign). */
  readonly strongPos: number;
  readonly weakPos: number;
  readonly strongNeg: number;
  readonly weakNeg: number;
  /** Sentiment words read under a negator. */
  readonly negated: number;
  readonly sarcasm: boolean;
  /** A "but" / "mais" split the comment. */
  readonly contrast: boolean;
  /** The comment is flagged a complaint, and whether the rules read it in words (or sarcasm). */
  readonly complaint: boolean;
  readonly wordComplaint: boolean;
  /** A question with no complaint; any question mark at all. */
  readonly plainQuestion: boolean;
  readonly questionMark: boolean;
  readonly toxic: boolean;
  readonly praise: boolean;
}

/** The fitted weights, as `scripts/train/sentiment-combiner.ts` writes them. */
export interface SentimentCombiner {
  readonly format: 1;
  /** Names of the features, in the order of `combinerFeatures` (a check that code and weights agree). */
  readonly features: readonly string[];
  /** One row of weights per class, negative / neutral / positive. */
  readonly weights: readonly (readonly number[])[];
  readonly bias: readonly number[];
}

/** The feature names, in order. */
export const COMBINER_FEATURES = [
  'rule score', 'rule words', 'log pos', 'log neg', 'strong pos', 'weak pos', 'strong neg', 'weak neg', 'negated', 'sarcasm', 'contrast',
  'complaint', 'word complaint', 'plain question', 'question mark', 'toxic', 'praise',
  'log p negative', 'log p neutral', 'log p positive', 'short', 'long', 'french', 'english',
  'fr × model', 'en × model', 'fr × rule score', 'en × rule score', 'en × p neutral', 'fr × p neutral',
  'hand score', 'hand positive', 'hand negative',
] as const;

/** Words of a text whose blank runs the model's view collapsed (no array built: classify runs per comment). */
function wordCount(text: string): number {
  let n = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isBlank = c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
    if (!isBlank && blank) n++;
    blank = isBlank;
  }
  return n;
}

const cap = (n: number) => Math.min(n, 3) / 3;
const b = (x: boolean) => (x ? 1 : 0);

/**
 * The combiner's input for one comment (the order of COMBINER_FEATURES): `hand` is the hand
 * combination's score, `band` classify's neutral band.
 */
export function combinerFeatures(p: Readonly<Record<'negative' | 'neutral' | 'positive', number>>, language: ModelScores['language'], text: string, ev: SentimentEvidence, hand: number, band: number): number[] {
  const words = wordCount(text);
  const fr = b((language?.fr ?? 0) >= 0.5);
  const en = b((language?.en ?? 0) >= 0.5);
  const m = p.positive - p.negative;
  const lp = (x: number) => Math.log(Math.max(x, 1e-4));
  return [
    ev.score, b(ev.pos > 0 || ev.neg > 0), Math.log1p(ev.pos), Math.log1p(ev.neg),
    cap(ev.strongPos), cap(ev.weakPos), cap(ev.strongNeg), cap(ev.weakNeg), cap(ev.negated), b(ev.sarcasm), b(ev.contrast),
    b(ev.complaint), b(ev.wordComplaint), b(ev.plainQuestion), b(ev.questionMark), b(ev.toxic), b(ev.praise),
    lp(p.negative), lp(p.neutral), lp(p.positive), b(words < 5), b(words >= 12), fr, en,
    fr * m, en * m, fr * ev.score, en * ev.score, en * p.neutral, fr * p.neutral,
    hand, b(hand >= band), b(hand <= -band),
  ];
}

/** Class probabilities (negative, neutral, positive) of the combiner for one feature vector. */
export function combinerProbabilities(c: SentimentCombiner, x: readonly number[]): [number, number, number] {
  const z = c.bias.map((bias, k) => {
    const w = c.weights[k] as readonly number[];
    let s = bias;
    for (let i = 0; i < x.length; i++) s += (w[i] as number) * (x[i] as number);
    return s;
  });
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, v) => a + v, 0);
  return [(e[0] as number) / sum, (e[1] as number) / sum, (e[2] as number) / sum];
}

/**
 * The score classify gives a comment from the combiner's probabilities: positive − negative, moved
 * just inside the side of the neutral band (±band) that the likeliest class falls on.
 */
export function combinerScore(probs: readonly [number, number, number], band: number): number {
  const [n, u, p] = probs;
  const s = p - n;
  if (u >= n && u >= p) return Math.max(-band + 0.01, Math.min(band - 0.01, s));
  return p > n ? Math.max(band, s) : Math.min(-band, s);
}

/** Whether a parsed JSON value is a combiner this code can run (the features it was fitted on are these). */
export function isSentimentCombiner(v: unknown): v is SentimentCombiner {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Partial<SentimentCombiner>;
  const nums = (a: unknown, n: number) => Array.isArray(a) && a.length === n && a.every((x) => typeof x === 'number' && Number.isFinite(x));
  return (
    c.format === 1 &&
    Array.isArray(c.features) &&
    c.features.length === COMBINER_FEATURES.length &&
    c.features.every((f, i) => f === COMBINER_FEATURES[i]) &&
    nums(c.bias, 3) &&
    Array.isArray(c.weights) &&
    c.weights.length === 3 &&
    c.weights.every((w) => nums(w, COMBINER_FEATURES.length))
  );
}

/** How a model's sentiment is combined with the rules': the fitted combiner, or a probe (training). */
export type SentimentStacker = (scores: ModelScores, ev: SentimentEvidence, band: number) => number;

/**
 * Where a model carries its stacker: a registered symbol, so that a model decoded by one copy of this
 * module (the background's loader, a test that reloads modules) is read the same by another's classify.
 */
const STACKER = Symbol.for('riposte.triage.sentimentStacker');
type Carrier = TriageModel & { [STACKER]?: SentimentStacker };

/** Joins a combiner to a decoded model: classify then uses it instead of the hand combination. */
export function attachSentimentCombiner(model: TriageModel, combiner: SentimentCombiner): void {
  attachSentimentStacker(model, (scores, ev, band) => {
    const hand = handSentiment(scores, ev, band);
    const p = scores.sentiment;
    return p === undefined ? hand : combinerScore(combinerProbabilities(combiner, combinerFeatures(p, scores.language, scores.text, ev, hand, band)), band);
  });
}

/** Any stacker (the training script's probe records the evidence and answers as the hand combination). */
export function attachSentimentStacker(model: TriageModel, stacker: SentimentStacker): void {
  Object.defineProperty(model, STACKER, { value: stacker, enumerable: false, configurable: true, writable: true });
}

export function sentimentStackerOf(model: TriageModel): SentimentStacker | undefined {
  return (model as Carrier)[STACKER];
}
