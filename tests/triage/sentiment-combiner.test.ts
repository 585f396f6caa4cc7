import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/triage';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { attachBundledSentimentCombiner } from '@/lib/triage/model/bundled-combiner';
import { decodeModel, type EncodedModel } from '@/lib/triage/model/codec';
import { handSentiment } from '@/lib/triage/model/combine';
import {
  attachSentimentCombiner,
  attachSentimentStacker,
  COMBINER_FEATURES,
  combinerFeatures,
  combinerProbabilities,
  combinerScore,
  isSentimentCombiner,
  sentimentStackerOf,
  type SentimentCombiner,
  type SentimentEvidence,
} from '@/lib/triage/model/sentiment-combiner';
import shipped from '@/lib/triage/model/weights/sentiment-combiner.json';
import weights from '@/lib/triage/model/weights/model.json';

const fresh = () => decodeModel(weights as unknown as EncodedModel);
const zero = (d: number = COMBINER_FEATURES.length) => Array.from({ length: d }, () => 0);
/** A combiner that always answers `cls` (bias only). */
const constant = (cls: 0 | 1 | 2): SentimentCombiner => ({ format: 1, features: [...COMBINER_FEATURES], weights: [zero(), zero(), zero()], bias: [0, 1, 2].map((c) => (c === cls ? 5 : 0)) });

describe('learned sentiment combiner', () => {
  it('ships weights that match the features this code computes, and the bundled model carries them', () => {
    expect(isSentimentCombiner(shipped)).toBe(true);
    expect(sentimentStackerOf(loadBundledModel())).toBeDefined();
    const model = fresh();
    expect(sentimentStackerOf(model)).toBeUndefined();
    expect(attachBundledSentimentCombiner(model)).toBe(true);
    expect(sentimentStackerOf(model)).toBeDefined();
  });

  it('refuses weights fitted on other features', () => {
    const c = constant(1);
    expect(isSentimentCombiner(c)).toBe(true);
    expect(isSentimentCombiner({ ...c, features: [...COMBINER_FEATURES].reverse() })).toBe(false);
    expect(isSentimentCombiner({ ...c, weights: [zero(3), zero(3), zero(3)] })).toBe(false);
    expect(isSentimentCombiner({ ...c, bias: [0, Number.NaN, 0] })).toBe(false);
    expect(isSentimentCombiner(null)).toBe(false);
  });

  it('maps its likeliest class to the side of the neutral band it falls on', () => {
    expect(combinerScore([0.1, 0.3, 0.6], 0.2)).toBeCloseTo(0.5);
    expect(combinerScore([0.4, 0.2, 0.45], 0.2)).toBe(0.2);
    expect(combinerScore([0.45, 0.2, 0.4], 0.2)).toBe(-0.2);
    expect(combinerScore([0.05, 0.5, 0.45], 0.2)).toBeCloseTo(0.19);
    expect(combinerScore([0.7, 0.3, 0], 0.2)).toBeCloseTo(-0.7);
    const p = combinerProbabilities(constant(2), zero());
    expect(p[2]).toBeGreaterThan(0.9);
    expect(p[0] + p[1] + p[2]).toBeCloseTo(1);
  });

  it('decides the sentiment of a model it is attached to; without it the hand combination does', () => {
    const text = 'Thanks for the quick reply, the parcel arrived this morning';
    const model = fresh();
    const hand = classify({ text }, { model });
    expect(hand.sentiment.value).toBe('positive');
    attachSentimentCombiner(model, constant(0));
    expect(classify({ text }, { model }).sentiment.value).toBe('negative');
    attachSentimentCombiner(model, constant(1));
    const neutral = classify({ text }, { model });
    expect(neutral.sentiment.value).toBe('neutral');
    // Only the sentiment moves: labels and language are the rules' and the model's as before.
    expect(neutral.labels).toEqual(hand.labels);
    expect(neutral.language).toBe(hand.language);
    // Rules alone never consult it.
    expect(classify({ text }).sentiment.value).toBe('positive');
  });

  it('reads the rules evidence classify worked out, and the hand combination agrees with classify without a combiner', () => {
    const model = fresh();
    const seen: SentimentEvidence[] = [];
    attachSentimentStacker(model, (scores, ev, band) => {
      seen.push(ev);
      return handSentiment(scores, ev, band);
    });
    const plain = fresh();
    for (const text of ['Super, encore un retard 🙄', 'I am not happy with the app, but the delivery was fast', 'Vous livrez en Belgique ?', 'Great job!! love it']) {
      expect(classify({ text }, { model })).toEqual(classify({ text }, { model: plain }));
    }
    const [sarcasm, contrast, question, praise] = seen as [SentimentEvidence, SentimentEvidence, SentimentEvidence, SentimentEvidence];
    expect(sarcasm.sarcasm).toBe(true);
    expect(contrast.contrast).toBe(true);
    expect(contrast.negated).toBeGreaterThan(0);
    expect(question.plainQuestion).toBe(true);
    expect(question.questionMark).toBe(true);
    expect(praise.strongPos + praise.weakPos).toBeGreaterThan(0);
    expect(praise.score).toBeGreaterThan(0);
    const x = combinerFeatures({ negative: 0.1, neutral: 0.2, positive: 0.7 }, { fr: 0, en: 1, other: 0 }, 'Great job!! love it', praise, 0.6, 0.2);
    expect(x).toHaveLength(COMBINER_FEATURES.length);
    expect(x.every(Number.isFinite)).toBe(true);
  });
});
