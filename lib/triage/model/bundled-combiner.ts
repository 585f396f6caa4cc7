/**
 * The shipped sentiment combiner (./weights/sentiment-combiner.json, fitted by
 * scripts/train/sentiment-combiner.ts), joined to the bundled model by whichever code decodes it: the
 * eager loader (./bundled) and the background's. Never imported by content scripts, which run the
 * rules alone. A file that no longer matches the combiner's features is left out, and the model keeps
 * the hand combination (a test checks the shipped one matches).
 */
import type { TriageModel } from './model';
import { attachSentimentCombiner, isSentimentCombiner } from './sentiment-combiner';
import combiner from './weights/sentiment-combiner.json';

export function attachBundledSentimentCombiner(model: TriageModel): boolean {
  if (!isSentimentCombiner(combiner)) return false;
  attachSentimentCombiner(model, combiner);
  return true;
}
