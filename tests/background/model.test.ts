import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openRiposteDb } from '@/lib/db/database';
import { BrandSchema } from '@/lib/schema/brand';
import { classify } from '@/lib/triage';
import { engineVersion } from '@/lib/triage/engine-version';
import { BUNDLED_MODEL, loadBundledModel } from '@/lib/triage/model/bundled';

// The real reader of the package's file, here through a fetch that serves it from the disk.
vi.unmock('@/entrypoints/background/model-weights');

const WEIGHTS = 'lib/triage/model/weights/model.json';
const STAMP = '2026-11-23T09:00:00.000Z';
const brand = BrandSchema.parse({ id: 'model-brand', name: 'Maison Lumière', createdAt: STAMP, updatedAt: STAMP });

/** A fetch answering the weights' URL with the file (or with `status` and nothing), counting its calls. */
function serveWeights(status = 200) {
  const fetch = vi.fn(async (url: string | URL | Request) => {
    if (status !== 200 || !(String(url).split('?')[0] ?? '').endsWith(WEIGHTS)) return new Response('', { status: status === 200 ? 404 : status });
    return new Response(await readFile(WEIGHTS), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The background's modules afresh: each test starts with no model loaded. */
async function freshBackground() {
  vi.resetModules();
  return {
    model: await import('@/entrypoints/background/model'),
    classification: await import('@/entrypoints/background/classification'),
    // The engine-version module the fresh background remembers its model's print in.
    engine: await import('@/lib/triage/engine-version'),
  };
}

beforeEach(() => {
  vi.unstubAllGlobals();
});

describe('the background’s learned model, read from the package on first use', () => {
  it('fetches and decodes the shipped weights once: the same model, fingerprint and classifications as the bundled module', async () => {
    const fetch = serveWeights();
    const { model, engine } = await freshBackground();
    expect(model.MODEL_BY_PRINT?.decoded).toBe(false);
    const [a, b] = await Promise.all([model.loadTriageModel(), model.loadTriageModel()]);
    expect(b).toBe(a);
    expect(await model.loadTriageModel()).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(model.MODEL_BY_PRINT?.decoded).toBe(true);
    expect(model.MODEL_BY_PRINT?.load()).toBe(a);

    expect(engine.engineVersion(brand, a)).toBe(engineVersion(brand, BUNDLED_MODEL));
    expect(engine.engineVersion(brand, model.MODEL_BY_PRINT)).toBe(engineVersion(brand, BUNDLED_MODEL));
    for (const text of ['Toujours pas reçu ma commande, c’est inadmissible', 'Merci, super service !', 'Do you ship to Canada?']) {
      expect(classify({ text }, { brand, model: a })).toEqual(classify({ text }, { brand, model: loadBundledModel() }));
    }
  });

  it('says why when the file cannot be read, and tries again on the next call', async () => {
    serveWeights(500);
    const { model } = await freshBackground();
    await expect(model.loadTriageModel()).rejects.toThrow(/could not read the triage model \(500/);
    expect(() => model.MODEL_BY_PRINT?.load()).toThrow(/not loaded yet/);
    serveWeights();
    expect((await model.loadTriageModel()).dim).toBe(loadBundledModel().dim);
  });

  it('leaves the weights unread while the log is up to date, and reads them to classify it again', async () => {
    const fetch = serveWeights();
    const { model, classification } = await freshBackground();
    const db = await openRiposteDb(`riposte-model-${Math.random()}`);
    try {
      const engine = await classification.engineFor(brand);
      expect(engine).toBe(engineVersion(brand, BUNDLED_MODEL));
      await db.meta.put({ key: `triage.engine.${brand.id}`, value: engine });
      expect(await classification.reclassifyIfStale(db, brand)).toBe(0);
      expect(fetch).not.toHaveBeenCalled();
      expect(model.MODEL_BY_PRINT?.decoded).toBe(false);

      const corrected = BrandSchema.parse({ ...brand, competitors: [{ name: 'Boulangerie Dupain' }] });
      expect(await classification.reclassifyIfStale(db, corrected)).toBe(0);
      expect(fetch).toHaveBeenCalledTimes(1);
      expect((await db.meta.get(`triage.engine.${brand.id}`))?.value).toBe((await classification.classifierFor(corrected)).engine);
    } finally {
      db.close();
    }
  });
});
