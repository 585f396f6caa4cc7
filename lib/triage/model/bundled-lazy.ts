/**
 * The bundled triage model for the side panel, whose first paint must not wait for a megabyte of
 * weights: the fingerprint comes from the small manifest at once, the weights (./bundled and its
 * JSON) through a dynamic import the bundler puts in a chunk of its own, fetched and decoded once,
 * when the panel first needs the model.
 */
import { z } from 'zod';
import type { TriageModel } from './model';
import manifest from './weights/manifest.json';

/** What the panel reads of the manifest: the training script's fingerprint of the weights, when it wrote one. */
const ManifestPrintSchema = z.object({ fingerprint: z.string().min(1).optional() });

/**
 * The weights' fingerprint as the manifest states it (a test checks it against the weights), or
 * undefined for a manifest without one: the model's engine version is then known only once loaded.
 */
export const BUNDLED_MODEL_PRINT: string | undefined = ManifestPrintSchema.parse(manifest).fingerprint;

let loaded: TriageModel | undefined;
let loading: Promise<TriageModel> | undefined;

/** The bundled model, fetched and decoded on the first call (the same promise after). */
export function loadBundledModelLazily(): Promise<TriageModel> {
  loading ??= import('./bundled').then(({ loadBundledModel }) => (loaded = loadBundledModel()));
  return loading;
}

/** The bundled model if a lazy load has finished, else undefined (nothing is started). */
export function bundledModelIfLoaded(): TriageModel | undefined {
  return loaded;
}
