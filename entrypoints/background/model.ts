/**
 * The learned triage model for the background. Its weights (2 MB of JSON) are not in the service
 * worker's script, which the browser parses again at every wake-up, a context-menu click or a ping
 * included: they are read from the extension's package (./model-weights) and decoded once, when a
 * comment is first classified. A dynamic import would not do it: a classic service worker may not
 * import() at all, and the background's one-file bundle inlines whatever is imported so.
 */
import { modelFingerprint, rememberModelFingerprint, type ModelHandle } from '@/lib/triage/engine-version';
import { attachBundledSentimentCombiner } from '@/lib/triage/model/bundled-combiner';
import { decodeModel } from '@/lib/triage/model/codec';
import { lazyOnce } from '@/lib/triage/model/lazy-once';
import { BUNDLED_MODEL_PRINT, bundledPrintOf } from '@/lib/triage/model/manifest-print';
import type { TriageModel } from '@/lib/triage/model/model';
import { fetchModelWeights } from './model-weights';

async function fetchModel(): Promise<TriageModel> {
  const model = decodeModel(await fetchModelWeights());
  // The learned sentiment combiner (about a kilobyte) travels in the script, not in the package.
  attachBundledSentimentCombiner(model);
  // The fingerprint the side panel and the rest of the log know this model by.
  rememberModelFingerprint(model, BUNDLED_MODEL_PRINT ?? bundledPrintOf(modelFingerprint(model)));
  return model;
}

let model = lazyOnce(fetchModel);

/** The model, fetched and decoded on the first call (the same promise after; a failed load is tried again by the next call). */
export function loadTriageModel(): Promise<TriageModel> {
  const current = model;
  return current.load().catch((error: unknown) => {
    if (model === current) model = lazyOnce(fetchModel);
    throw error;
  });
}

/**
 * The model as the engine version knows it before its weights are read: by the fingerprint its
 * manifest carries (undefined for a manifest without one: the weights are then needed for the version).
 */
export const MODEL_BY_PRINT: ModelHandle | undefined =
  BUNDLED_MODEL_PRINT === undefined
    ? undefined
    : {
        fingerprint: BUNDLED_MODEL_PRINT,
        get decoded() {
          return model.ifLoaded() !== undefined;
        },
        load() {
          const loaded = model.ifLoaded();
          if (!loaded) throw new Error('the triage model is not loaded yet: await loadTriageModel() first');
          return loaded;
        },
      };
