import { describe, expect, it } from 'vitest';
import { BrandSchema } from '@/lib/schema/brand';
import { loadBundledIntentModel } from '@/lib/templates/model-bundled';
import { bundledIntentModelIfLoaded, loadBundledIntentModelLazily } from '@/lib/templates/model-bundled-lazy';
import { engineVersion } from '@/lib/triage/engine-version';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { BUNDLED_MODEL_PRINT, bundledModelIfLoaded, loadBundledModelLazily } from '@/lib/triage/model/bundled-lazy';

const STAMP = '2026-11-23T09:00:00.000Z';
const brand = BrandSchema.parse({ id: 'ml', name: 'Maison Lumière', createdAt: STAMP, updatedAt: STAMP });

describe('the side panel’s lazy loaders', () => {
  it('give the engine version from the manifest before the triage weights load, the same the loaded model has', async () => {
    expect(bundledModelIfLoaded()).toBeUndefined();
    expect(BUNDLED_MODEL_PRINT).toMatch(/\S/u);
    const before = engineVersion(brand, { fingerprint: BUNDLED_MODEL_PRINT ?? '', decoded: false, load: loadBundledModel });
    const model = await loadBundledModelLazily();
    expect(await loadBundledModelLazily()).toBe(model);
    expect(bundledModelIfLoaded()).toBe(model);
    // Decoded once: the synchronous loader hands back the same object.
    expect(loadBundledModel()).toBe(model);
    expect(engineVersion(brand, model)).toBe(before);
  });

  it('decode the intent weights once, on the first call', async () => {
    expect(bundledIntentModelIfLoaded()).toBeUndefined();
    const model = await loadBundledIntentModelLazily();
    expect(model.classes.length).toBeGreaterThan(0);
    expect(await loadBundledIntentModelLazily()).toBe(model);
    expect(loadBundledIntentModel()).toBe(model);
    expect(bundledIntentModelIfLoaded()).toBe(model);
  });
});
