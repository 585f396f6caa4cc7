/**
 * The learned layer of the suggestions: one softmax over the situations a template answers, read
 * from the hashed n-grams of lib/triage/model/features.ts. Word rules know the words they were
 * written for; this reads the words around them too, so it is asked where the rules are unsure.
 * Pure: the weights are passed in (model-bundled.ts decodes the shipped ones: side panel and
 * background only, never a content script).
 */
import type { Intent } from '../schema/intent';
import type { TemplateCategory } from '../schema/template';
import { fromBase64 } from '../triage/model/codec';
import { featurize } from '../triage/model/features';
import { softmax } from '../triage/model/model';

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
  /**
   * Per output, the kind of reply it was trained for (a starter situation's key) when a class has
   * several (a gift card, a trade price or a plain price all answer `price-b2b-gift-card`): `classes`
   * then repeats a class once per kind, and a class's probability is the sum of its kinds'.
   */
  kinds?: string[];
}

export interface IntentModel {
  readonly dim: number;
  /** Per output: the situation it answers (repeated for a class with several kinds). */
  readonly classes: readonly SituationClass[];
  /** Per output: its kind inside the class ('' when the model has none). */
  readonly kinds: readonly string[];
  readonly bias: readonly number[];
  /**
   * int8, read × `scale` (a quarter of the memory of floats), feature-major: a feature's weights for
   * every class side by side, one cache line per feature of the comment instead of one per class.
   */
  readonly weights: Int8Array;
  readonly scale: number;
  readonly thresholds: IntentModelThresholds;
}

export interface ClassProbability {
  cls: SituationClass;
  p: number;
}

export interface KindProbability {
  kind: string;
  cls: SituationClass;
  p: number;
}

export function decodeIntentModel(encoded: EncodedIntentModel): IntentModel {
  if (encoded.format !== INTENT_MODEL_FORMAT) throw new Error(`Unknown intent model format: ${String(encoded.format)}`);
  const bytes = fromBase64(encoded.weights);
  if (bytes.length !== encoded.classes.length * encoded.dim) throw new Error(`Intent model: ${bytes.length} weights, expected ${encoded.classes.length * encoded.dim}`);
  const k = encoded.classes.length;
  const classMajor = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Int8Array(bytes.length);
  for (let c = 0; c < k; c++) for (let j = 0; j < encoded.dim; j++) weights[j * k + c] = classMajor[c * encoded.dim + j] as number;
  return {
    dim: encoded.dim,
    classes: encoded.classes as SituationClass[],
    kinds: encoded.kinds ?? encoded.classes.map(() => ''),
    bias: encoded.bias,
    weights,
    scale: encoded.scale,
    thresholds: encoded.thresholds,
  };
}

/** Every output's probability, in the model's order. */
function outputs(model: IntentModel, text: string): number[] {
  const x = featurize(text, model.dim);
  const k = model.classes.length;
  const sums = new Float64Array(k);
  for (let i = 0; i < x.index.length; i++) {
    const off = (x.index[i] as number) * k;
    const v = x.value[i] as number;
    for (let c = 0; c < k; c++) sums[c] = (sums[c] as number) + (model.weights[off + c] as number) * v;
  }
  return softmax(model.classes.map((_, c) => (model.bias[c] as number) + (sums[c] as number) * model.scale));
}

/** Every class with its probability (the sum of its kinds'), most likely first. */
export function predictSituations(model: IntentModel, text: string): ClassProbability[] {
  return predictKinds(model, text).classes;
}

/** The classes as `predictSituations`, and every kind with its probability, most likely first. */
export function predictKinds(model: IntentModel, text: string): { classes: ClassProbability[]; kinds: KindProbability[] } {
  const p = outputs(model, text);
  const byClass = new Map<SituationClass, number>();
  model.classes.forEach((cls, c) => byClass.set(cls, (byClass.get(cls) ?? 0) + (p[c] as number)));
  const classes = [...byClass].map(([cls, q]) => ({ cls, p: q })).sort((a, b) => b.p - a.p);
  const kinds = model.classes.map((cls, c) => ({ kind: model.kinds[c] as string, cls, p: p[c] as number })).sort((a, b) => b.p - a.p);
  return { classes, kinds };
}

const MULTI_KIND = new WeakMap<IntentModel, ReadonlySet<SituationClass>>();

/** Whether the model tells kinds apart inside `cls`. */
export function hasKinds(model: IntentModel, cls: SituationClass): boolean {
  let multi = MULTI_KIND.get(model);
  if (!multi) {
    const seen = new Set<SituationClass>();
    const repeated = new Set<SituationClass>();
    for (const c of model.classes) (seen.has(c) ? repeated : seen).add(c);
    MULTI_KIND.set(model, (multi = repeated));
  }
  return multi.has(cls);
}

/**
 * The kind of reply a template is inside its class, read by the model from its title and tags (what
 * names the situation; the reply's wording says "thank you" in every kind): the likeliest of the
 * class's kinds. '' when the model has no kinds for it.
 */
export function templateKind(model: IntentModel, cls: SituationClass, text: string): string {
  if (!hasKinds(model, cls)) return '';
  const p = outputs(model, text);
  let best = '';
  let most = -1;
  model.classes.forEach((c, j) => {
    if (c === cls && (p[j] as number) > most) [best, most] = [model.kinds[j] as string, p[j] as number];
  });
  return best;
}
