import { saveTemplates } from '@/lib/db/templates';
import type { RiposteDB } from '@/lib/db/database';
import { starterTemplates } from '@/lib/templates';

/**
 * Install the starter library for a brand. Starter ids are deterministic per brand, so only the
 * ones missing from the database are written: a restore brings back deleted starters and never
 * overwrites one the community manager edited. Returns how many were added.
 */
export async function installStarterTemplates(db: RiposteDB, brandId: string, now: Date): Promise<number> {
  const starters = starterTemplates(brandId, now);
  const existing = await db.templates.bulkGet(starters.map((t) => t.id));
  const missing = starters.filter((_, i) => existing[i] === undefined);
  if (missing.length) await saveTemplates(db, missing);
  return missing.length;
}
