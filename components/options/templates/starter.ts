import { saveTemplates } from '@/lib/db/templates';
import { getBrand } from '@/lib/db/brands';
import type { RiposteDB } from '@/lib/db/database';
import { starterTemplates } from '@/lib/templates';

/**
 * Install the starter library for a brand, its French in the brand's form of address. Starter ids
 * are deterministic per brand, so only the ones missing from the database are written: a restore
 * brings back deleted starters and never overwrites one the community manager edited. Returns how
 * many were added.
 */
export async function installStarterTemplates(db: RiposteDB, brandId: string, now: Date): Promise<number> {
  // Ids do not depend on the form of address: the brand and the existing rows are read together.
  const ids = starterTemplates(brandId, now).map((t) => t.id);
  const [brand, existing] = await Promise.all([getBrand(db, brandId), db.templates.bulkGet(ids)]);
  const starters = starterTemplates(brandId, now, brand?.voice.address);
  const missing = starters.filter((_, i) => existing[i] === undefined);
  if (missing.length) await saveTemplates(db, missing);
  return missing.length;
}
