/**
 * The weights trained by `npm run train`, decoded once. Import this module only where the model
 * runs (eval, training, tests): it carries the weights file, never bundle it into a content script.
 * The side panel reaches it through a dynamic import only (./bundled-lazy), so that its first script
 * carries none of it; the background fetches the same file from the package instead (a service worker
 * may not import() and its one-file bundle would inline it).
 */
import { decodeModel, type EncodedModel } from './codec';
import type { TriageModel } from './model';
import { modelFingerprint, rememberModelFingerprint, type ModelHandle } from '../engine-version';
import weights from './weights/model.json';
import manifest from './weights/manifest.json';
import { BUNDLED_MODEL_PRINT, bundledPrintOf } from './manifest-print';
import { attachBundledSentimentCombiner } from './bundled-combiner';

let cached: TriageModel | null = null;
let fingerprint: string | undefined;

/**
 * The model's print for the engine version: the weights' fingerprint (`modelFingerprint` of the decoded
 * model) as the training script wrote it in the manifest, joined to the sentiment combiner's
 * (./manifest-print): the side panel knows the engine version without decoding a megabyte of weights.
 * A manifest without it (or one that no longer matches, which a test catches) falls back to decoding.
 */
export function bundledModelFingerprint(): string {
  fingerprint ??= BUNDLED_MODEL_PRINT ?? bundledPrintOf(modelFingerprint(decodeModel(weights as unknown as EncodedModel)));
  return fingerprint;
}

export function loadBundledModel(): TriageModel {
  if (!cached) {
    cached = decodeModel(weights as unknown as EncodedModel);
    attachBundledSentimentCombiner(cached);
    rememberModelFingerprint(cached, bundledModelFingerprint());
  }
  return cached;
}

/** The bundled model, decoded on first use. */
export const BUNDLED_MODEL: ModelHandle = {
  get fingerprint() {
    return bundledModelFingerprint();
  },
  get decoded() {
    return cached !== null;
  },
  load: loadBundledModel,
};

export const MODEL_MANIFEST = manifest;
