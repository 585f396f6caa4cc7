/**
 * `tsx scripts/train/intents.ts` (also the last step of `npm run train`) — trains the learned layer of
 * the suggestions (lib/templates/model-intents.ts): one softmax over the starter situations, each a kind
 * inside its class (a template's first intent, or `any:<category>` for a catch-all; a class's
 * probability is the sum of its kinds'), on the hashed n-grams of lib/triage/model/features.ts, from
 * the dev part of tests/fixtures/suggestions (comments.ts' dev rows and more.ts): each comment's
 * acceptable starter keys are its targets, the first weighing most; and the starter templates' titles
 * and tags, one row each, from which a template's kind is read. Never the test rows, unseen, unseen2
 * nor the check batches.
 *
 * The thresholds of `followModel` (suggest.ts) are fixed (THRESHOLDS: why and where they were
 * chosen); 5-fold cross-validation on dev reports the model alone and the ranking through
 * `suggestTemplates` (the panel's path) with a model trained, quantised, on the other four folds,
 * beside the rules alone. The rules were written from all of dev: on it they look better than on
 * comments they never met, and so the gain the model shows there is the least it brings.
 * Deterministic: the same rows and seed give the same bytes.
 *   --seed <n> (default 15)   --out <dir> (default lib/triage/model/weights)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeHead } from '@/lib/triage/model/codec';
import { featurize, fnv1a } from '@/lib/triage/model/features';
import { STARTER_SITUATIONS } from '@/lib/templates/starter';
import { decodeIntentModel, INTENT_MODEL_FORMAT, predictSituations, situationClass, type EncodedIntentModel, type IntentModel, type IntentModelThresholds, type SituationClass } from '@/lib/templates/model-intents';
import { loadSuggestionItems, type LabelledSuggestion } from '@/tests/fixtures/suggestions/load';
import { scoreSuggestionWith, summarise, type SuggestionOutcome, type SuggestionScores } from '@/scripts/eval/suggestions';
import { trainHead, type TrainRow } from './trainer';

export const INTENT_DIM = 1 << 16;
const EPOCHS = 8;
const RATE = 0.3;
const L2 = 1e-6;
/** Weight of an acceptable key after the first (the first, the community manager's pick, weighs 1). */
const LATER_KEY_WEIGHT = 0.5;
const FOLDS = 5;
/**
 * When the ranking follows the model. Not chosen on dev, where the rules were written from every row
 * and look better than they are on new wording: on a replay (REPLAY), with the rules as they were
 * before each batch taught them, where the model helped most (top-1 plus top-3). The margin was then
 * raised from 0.2 to 0.3 for the model with kinds, whose classes sum their kinds' probabilities: on
 * cross-validation, batches 47-50 (which the rules never learnt from) 80.6 / 94.6 -> 81.3 / 95.0.
 */
const THRESHOLDS: IntentModelThresholds = { lead: 0.3, override: 0.6, fill: 0.15, margin: 0.3 };
const REPLAY =
  'the 540 comments of batches 38-46 of more.ts ranked by the rules and suggest.ts of commit a7929ea (before any of them taught the rules), ' +
  'with a model trained like this one on the dev rows of then (2,655); grid lead 0.2-0.6, override 0.4-0.8, fill 0.1-0.3, margin 0-0.5: ' +
  'rules alone 65.9 / 84.1, rules + model 74.3 / 93.7 (top-1 / top-3, language 100 both); margin 0.2 -> 0.3 with kinds (2026-12-01), ' +
  'chosen on 5-fold cross-validation of dev and its batches 47-50 (278 comments the rules never learnt from): 80.6 / 94.6 -> 81.3 / 95.0 (all dev 90.6 / 99.0 -> 91.0 / 99.0)';

/** One output per starter situation: its key is the kind, its class the situation it answers. */
const KINDS: readonly string[] = STARTER_SITUATIONS.map((s) => s.key);
const UNIT_CLASSES: readonly SituationClass[] = STARTER_SITUATIONS.map((s) => situationClass(s.intents, s.category));
const CLASSES: readonly SituationClass[] = [...new Set(UNIT_CLASSES)];
const CLASS_OF_KEY = new Map(STARTER_SITUATIONS.map((s) => [s.key, situationClass(s.intents, s.category)]));

/** The classes a community manager would accept, best first, without repeats. */
function targets(item: LabelledSuggestion): SituationClass[] {
  return [...new Set(item.acceptable.map((k) => CLASS_OF_KEY.get(k)).filter((c): c is SituationClass => c !== undefined))];
}

function rowsOf(items: readonly LabelledSuggestion[], hyper: IntentHyper = INTENT_HYPER): TrainRow[] {
  const rows: TrainRow[] = [];
  for (const item of items) {
    const x = featurize(item.text, hyper.dim);
    const keys = item.acceptable.filter((k) => KINDS.includes(k));
    keys.forEach((key, rank) => rows.push({ x, y: KINDS.indexOf(key), weight: rank === 0 ? 1 : hyper.laterKeyWeight }));
  }
  // The starter templates' own titles and tags, one row each: a template's kind inside its class is
  // read from them (model-intents.ts, templateKind), and without them a kind's two templates can read
  // alike ("Crise : point d'étape" as the holding statement).
  for (const situation of STARTER_SITUATIONS) {
    for (const text of [situation.fr, situation.en]) rows.push({ x: featurize([text.title, ...text.tags].join(' . '), hyper.dim), y: KINDS.indexOf(situation.key), weight: 1 });
  }
  return rows;
}

/** The settings the shipped model uses; another value only for experiments. */
export interface IntentHyper {
  dim: number;
  epochs: number;
  rate: number;
  l2: number;
  laterKeyWeight: number;
}
export const INTENT_HYPER: IntentHyper = { dim: INTENT_DIM, epochs: EPOCHS, rate: RATE, l2: L2, laterKeyWeight: LATER_KEY_WEIGHT };

export function trainIntentModel(items: readonly LabelledSuggestion[], seed: number, thresholds: IntentModelThresholds, hyper: IntentHyper = INTENT_HYPER): EncodedIntentModel {
  const head = trainHead(rowsOf(items, hyper), { dim: hyper.dim, classes: UNIT_CLASSES, binary: false, epochs: hyper.epochs, rate: hyper.rate, l2: hyper.l2, seed });
  const { classes, bias, scale, weights } = encodeHead(head);
  return { format: INTENT_MODEL_FORMAT, dim: hyper.dim, classes, kinds: [...KINDS], bias, scale, weights, thresholds };
}

const pct = (x: number) => (100 * x).toFixed(1);
const line = (s: SuggestionScores) => `${pct(s.top1)} / ${pct(s.top3)} / ${pct(s.language)}`;

export function trainIntents(options: { seed?: number; out?: string } = {}): void {
  const seed = options.seed ?? 15;
  const outDir = resolve(options.out ?? 'lib/triage/model/weights');
  const started = Date.now();
  const dev = loadSuggestionItems().filter((i) => i.split === 'dev');
  const foldOf = (text: string) => fnv1a(text) % FOLDS;

  // ── Cross-validation: model alone (class level), and the ranking with it beside the rules alone ──
  const withModelOutcomes: SuggestionOutcome[] = [];
  const rulesOnly: SuggestionOutcome[] = [];
  let alone1 = 0;
  let alone3 = 0;
  for (let f = 0; f < FOLDS; f++) {
    const held = dev.filter((i) => foldOf(i.text) === f);
    const model: IntentModel = decodeIntentModel(trainIntentModel(dev.filter((i) => foldOf(i.text) !== f), seed, THRESHOLDS));
    for (const item of held) {
      const want = new Set(targets(item));
      const ranked = predictSituations(model, item.text);
      if (want.has(ranked[0]?.cls as SituationClass)) alone1++;
      if (ranked.slice(0, 3).some((c) => want.has(c.cls))) alone3++;
      rulesOnly.push(scoreSuggestionWith(item, null));
      withModelOutcomes.push(scoreSuggestionWith(item, model));
    }
    console.log(`intents   fold ${f + 1}/${FOLDS}: ${held.length} comments  ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const rules = summarise(rulesOnly);
  const withModel = summarise(withModelOutcomes);
  console.log(`intents   ${FOLDS}-fold CV on dev (${dev.length}): model alone, class top-1 / top-3 ${pct(alone1 / dev.length)} / ${pct(alone3 / dev.length)}`);
  console.log(`intents   rules alone ${line(rules)}; rules + model ${line(withModel)}`);

  // ── The shipped model: all of dev ──
  const encoded = trainIntentModel(dev, seed, THRESHOLDS);
  const json = `${JSON.stringify(encoded)}\n`;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'intents.json'), json);
  const manifest = {
    format: INTENT_MODEL_FORMAT,
    seed,
    dim: INTENT_DIM,
    classes: CLASSES,
    kinds: KINDS.map((kind, j) => `${kind} (${UNIT_CLASSES[j] as string})`),
    features: 'FNV-1a hashed words, word pairs and character 2–4-grams (lib/triage/model/features.ts), L2-normalised counts',
    training: `AdaGrad softmax regression (scripts/train/trainer.ts), ${EPOCHS} epochs, rate ${RATE}, L2 ${L2}; one output per starter situation (its kind), a class's probability the sum of its kinds'; targets: each acceptable starter key, the first weighing 1, the others ${LATER_KEY_WEIGHT}; and each starter template's title and tags (French and English) for its own key, weighing 1`,
    trainedOn: `tests/fixtures/suggestions dev part: comments.ts rows hashed to dev and all of more.ts (${dev.length} comments), and the ${STARTER_SITUATIONS.length * 2} starter templates' titles and tags (lib/templates/starter.ts): ${rowsOf(dev).length} rows; never test, unseen, unseen2 nor check.ts`,
    thresholds: THRESHOLDS,
    thresholdsChosenOn: REPLAY,
    crossValidation: {
      folds: FOLDS,
      split: 'FNV-1a of the text modulo 5',
      note: 'top-1 / top-3 / language right through suggestTemplates with the starter library; the rules were written from all of dev, so "rules alone" is flattered',
      modelAloneClassTop1: Number(pct(alone1 / dev.length)),
      modelAloneClassTop3: Number(pct(alone3 / dev.length)),
      rulesAlone: { top1: Number(pct(rules.top1)), top3: Number(pct(rules.top3)), language: Number(pct(rules.language)) },
      rulesAndModel: { top1: Number(pct(withModel.top1)), top3: Number(pct(withModel.top3)), language: Number(pct(withModel.language)) },
    },
    bytes: { json: json.length, gzip: gzipSync(json).length, int8Weights: KINDS.length * INTENT_DIM },
  };
  writeFileSync(join(outDir, 'intents-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`intents   wrote intents.json (${(json.length / 1024).toFixed(0)} KB, ${(manifest.bytes.gzip / 1024).toFixed(0)} KB gzip) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
if (process.argv[1] !== undefined && /scripts[\\/]train[\\/]intents\.ts$/u.test(process.argv[1])) {
  trainIntents({ seed: arg('seed') === undefined ? undefined : Number(arg('seed')), out: arg('out') });
}
