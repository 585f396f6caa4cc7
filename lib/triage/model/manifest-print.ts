/**
 * The weights' fingerprint as the training script wrote it in the manifest: a page knows the model's
 * engine version without loading a megabyte of weights. Read here once, for the bundled model's
 * loaders, eager (./bundled) and lazy (./bundled-lazy).
 */
import { z } from 'zod';
import manifest from './weights/manifest.json';

/** What is read of the manifest: the fingerprint of the weights, when it wrote one. */
const ManifestPrintSchema = z.object({ fingerprint: z.string().min(1).optional() });

/** Undefined for a manifest without one: the engine version is then known only once the weights are decoded. */
export const BUNDLED_MODEL_PRINT: string | undefined = ManifestPrintSchema.parse(manifest).fingerprint;
