/**
 * The bundled triage model for the side panel, whose first paint must not wait for a megabyte of
 * weights: the fingerprint comes from the small manifest at once, the weights (./bundled and its
 * JSON) through a dynamic import the bundler puts in a chunk of its own, fetched and decoded once,
 * when the panel first needs the model.
 */
import type { TriageModel } from './model';
import { lazyOnce } from './lazy-once';

export { BUNDLED_MODEL_PRINT } from './manifest-print';

const model = lazyOnce(() => import('./bundled').then(({ loadBundledModel }) => loadBundledModel()));

/** The bundled model, fetched and decoded on the first call (the same promise after). */
export function loadBundledModelLazily(): Promise<TriageModel> {
  return model.load();
}

/** The bundled model if a lazy load has finished, else undefined (nothing is started). */
export function bundledModelIfLoaded(): TriageModel | undefined {
  return model.ifLoaded();
}
