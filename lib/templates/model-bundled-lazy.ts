/**
 * The suggestions' learned layer for the side panel: its weights (./model-bundled and its JSON) come
 * through a dynamic import the bundler puts in a chunk of its own, fetched and decoded once, when
 * suggestions are first computed, never before the panel's first paint.
 */
import type { IntentModel } from './model-intents';
import { lazyOnce } from '../triage/model/lazy-once';

const model = lazyOnce(() => import('./model-bundled').then(({ loadBundledIntentModel }) => loadBundledIntentModel()));

/** The shipped intent model, fetched and decoded on the first call (the same promise after). */
export function loadBundledIntentModelLazily(): Promise<IntentModel> {
  return model.load();
}

/** The shipped intent model if a lazy load has finished, else undefined (nothing is started). */
export function bundledIntentModelIfLoaded(): IntentModel | undefined {
  return model.ifLoaded();
}
