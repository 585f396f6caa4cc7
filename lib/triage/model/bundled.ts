/**
 * The weights trained by `npm run train`, decoded once. Import this module only where the model
 * runs (background, side panel, eval, tests): it carries the weights file, never bundle it into a
 * content script.
 */
import { decodeModel, type EncodedModel } from './codec';
import type { TriageModel } from './model';
import weights from './weights/model.json';
import manifest from './weights/manifest.json';

let cached: TriageModel | null = null;

export function loadBundledModel(): TriageModel {
  cached ??= decodeModel(weights as unknown as EncodedModel);
  return cached;
}

export const MODEL_MANIFEST = manifest;
