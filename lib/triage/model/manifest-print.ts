/**
 * The bundled model's part of the engine version, known without loading a megabyte of weights: the
 * weights' fingerprint as the training script wrote it in the manifest, joined to a hash of the
 * sentiment combiner fitted on top of them (./bundled-combiner; about a kilobyte), so that a refitted
 * combiner has every stored classification made again, as retrained weights do. Read here once, for
 * the bundled model's loaders: eager (./bundled), lazy (./bundled-lazy) and the background's.
 */
import { z } from 'zod';
import { hashString } from '@/lib/sites/id';
import manifest from './weights/manifest.json';
import combiner from './weights/sentiment-combiner.json';

/** What is read of the manifest: the fingerprint of the weights, when it wrote one. */
const ManifestPrintSchema = z.object({ fingerprint: z.string().min(1).optional() });

const COMBINER_PRINT = hashString(JSON.stringify(combiner));

/** The bundled model's print from its weights' fingerprint (the manifest's, or one worked out from the decoded weights). */
export function bundledPrintOf(weightsPrint: string): string {
  return `${weightsPrint}~${COMBINER_PRINT}`;
}

const weightsPrint = ManifestPrintSchema.parse(manifest).fingerprint;

/** Undefined for a manifest without a fingerprint: the engine version is then known only once the weights are decoded. */
export const BUNDLED_MODEL_PRINT: string | undefined = weightsPrint === undefined ? undefined : bundledPrintOf(weightsPrint);
