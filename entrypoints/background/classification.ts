import { liveQuery } from 'dexie';
import type { RiposteDB } from '@/lib/db/database';
import { listBrands } from '@/lib/db/brands';
import { reclassifyBrand } from '@/lib/db/seen';
import type { Brand } from '@/lib/schema/brand';
import type { StoredTriage } from '@/lib/schema/interaction';
import { classify } from '@/lib/triage';
import { engineVersion, storedTriageOf } from '@/lib/triage/engine-version';
import { database } from './db';
import { loadTriageModel, MODEL_BY_PRINT } from './model';

/** The one classifier of the log: the brand's engine version, and the classification it stores. */
export interface LogClassifier {
  engine: string;
  classifyText(text: string): StoredTriage;
}

/**
 * The engine version the log stores for `brand`. The model's part comes from its manifest's
 * fingerprint: a start-up check of a log that is already up to date reads no weights.
 */
export async function engineFor(brand: Brand): Promise<string> {
  return engineVersion(brand, MODEL_BY_PRINT ?? (await loadTriageModel()));
}

/**
 * Classifies for `brand` with the learned model, as the log stores it: waits for the model's weights
 * (read once, on the first call), so nothing stored is ever the rules' guess alone.
 */
export async function classifierFor(brand: Brand): Promise<LogClassifier> {
  const model = await loadTriageModel();
  const engine = engineVersion(brand, model);
  return { engine, classifyText: (text) => storedTriageOf(classify({ text }, { brand, model }), engine) };
}

/** Meta key remembering the engine version a brand's whole log was last classified with. */
const metaKey = (brandId: string) => `triage.engine.${brandId}`;

/**
 * Brings a brand's stored classifications up to its current engine version in one pass (after a
 * correction, an edit of its competitors or language, or an update of the rules or the model), so
 * the panel, the reports and the export change together. Skipped when the log is known to be up to
 * date: page reports classify what they log with the current version already.
 */
export async function reclassifyIfStale(db: RiposteDB, brand: Brand): Promise<number> {
  if ((await db.meta.get(metaKey(brand.id)))?.value === (await engineFor(brand))) return 0;
  const classifier = await classifierFor(brand);
  const count = await reclassifyBrand(db, brand.id, classifier.engine, classifier.classifyText);
  await db.meta.put({ key: metaKey(brand.id), value: classifier.engine });
  return count;
}

let running: Promise<unknown> = Promise.resolve();

/**
 * Follows the brands (lexicon, competitors, language, own accounts) from any page, and re-classifies
 * a brand's log when what classification reads of it changed; also once at start-up, for a new
 * version of the rules or the model. Passes run one at a time.
 */
export function watchClassificationSources(): void {
  void database().then((db) => {
    liveQuery(() => listBrands(db)).subscribe({
      next: (brands) => {
        const pass = async () => {
          for (const brand of brands) await reclassifyIfStale(db, brand);
        };
        running = running.then(pass, pass).catch((error: unknown) => console.error('[riposte] could not classify the log again', error));
      },
      error: (error: unknown) => console.error('[riposte] classification watcher stopped', error),
    });
  });
}
