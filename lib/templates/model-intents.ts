/**
 * The learned layer of the suggestions: one softmax over the situations a template answers, read
 * from the hashed n-grams of lib/triage/model/features.ts. Word rules know the words they were
 * written for; this reads the words around them too, so it is asked where the rules are unsure.
 * Pure: the weights are passed in (model-bundled.ts decodes the shipped ones: side panel and
 * background only, never a content script).
 */
import type { Intent } from '../schema/intent';
import type { TemplateCategory } from '../schema/template';
import { featurize } from '../triage/model/features';

export const INTENT_MODEL_FORMAT = 'riposte-intent-model/1';

/**
 * What the model predicts for a template: its first intent, or for a catch-all (made for no intent)
 * `any:<category>` (the FAQ answer, the private-message apology, the photo thanks). A user template
 * is placed the same way, from its intents (its own or inferred from its text) and its category.
 */
export type SituationClass = Intent | `any:${TemplateCategory}`;

export function situationClass(intents: readonly Intent[], category: TemplateCategory): SituationClass {
  return intents[0] ?? `any:${category}`;
}

/** When the ranking follows the model (probabilities of its top class), chosen by cross-validation on dev. */
export interface IntentModelThresholds {
  /** The rules found no clear intent: the model's class takes the first slot from this. */
  lead: number;
  /** The rules found one: the model overrides their first slot only from this. */
  override: number;
  /** A class this likely gets a slot among the three when none shows it. */
  fill: number;
  /** It leads only this far above the probability it gives the rules' first suggestion's situation. */
  margin: number;
}

export interface EncodedIntentModel {
  format: typeof INTENT_MODEL_FORMAT;
  dim: number;
  classes: string[];
  bias: number[];
  scale: number;
  /** base64 of an Int8Array, classes.length × dim, class-major. */
  weights: string;
  thresholds: IntentModelThresholds;
}

export interface IntentModel {
  readonly dim: number;
  readonly classes: readonly SituationClass[];
  readonly bias: readonly number[];
  /** int8, read × `scale`: a quarter of the memory of floats. */
  readonly weights: Int8Array;
  readonly scale: number;
  readonly thresholds: IntentModelThresholds;
}

export interface ClassProbability {
  cls: SituationClass;
  p: number;
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function decodeIntentModel(encoded: EncodedIntentModel): IntentModel {
  if (encoded.format !== INTENT_MODEL_FORMAT) throw new Error(`Unknown intent model format: ${String(encoded.format)}`);
  const bytes = fromBase64(encoded.weights);
  if (bytes.length !== encoded.classes.length * encoded.dim) throw new Error(`Intent model: ${bytes.length} weights, expected ${encoded.classes.length * encoded.dim}`);
  return {
    dim: encoded.dim,
    classes: encoded.classes as SituationClass[],
    bias: encoded.bias,
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    scale: encoded.scale,
    thresholds: encoded.thresholds,
  };
}

/** Every class with its probability, most likely first. */
export function predictSituations(model: IntentModel, text: string): ClassProbability[] {
  const x = featurize(text, model.dim);
  const z: number[] = [];
  for (let c = 0; c < model.classes.length; c++) {
    let sum = 0;
    const off = c * model.dim;
    for (let i = 0; i < x.index.length; i++) sum += (model.weights[off + (x.index[i] as number)] as number) * (x.value[i] as number);
    z.push((model.bias[c] as number) + sum * model.scale);
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const total = e.reduce((a, b) => a + b, 0);
  return model.classes.map((cls, c) => ({ cls, p: (e[c] as number) / total })).sort((a, b) => b.p - a.p);
}
