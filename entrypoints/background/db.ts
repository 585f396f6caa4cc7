import { openRiposteDb, type RiposteDB } from '@/lib/db/database';
import { getBrand } from '@/lib/db/brands';
import { getSettings } from '@/lib/db/settings';
import type { Brand } from '@/lib/schema/brand';
import type { Settings } from '@/lib/schema/settings';

let opening: Promise<RiposteDB> | undefined;

/** One database connection per background lifetime, opened on first use. */
export function database(): Promise<RiposteDB> {
  opening ??= openRiposteDb();
  return opening;
}

/** Settings and the active brand (undefined until the first-run screen has created one). */
export async function activeContext(): Promise<{ db: RiposteDB; settings: Settings; brand: Brand | undefined }> {
  const db = await database();
  const settings = await getSettings(db);
  const brand = settings.activeBrandId ? await getBrand(db, settings.activeBrandId) : undefined;
  return { db, settings, brand };
}
