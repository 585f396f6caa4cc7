import { BrandSchema, type Brand, type BrandInput } from '../schema/brand';
import { SettingsSchema } from '../schema/settings';
import { deleteComments } from './comment-rows';
import { SETTINGS_KEY, type RiposteDB } from './database';
import { keyField, parseInput, parseRows } from './validate';

/** All brands, by name (French collation, so "Élan" sorts with the E's). */
export async function listBrands(db: RiposteDB): Promise<Brand[]> {
  const brands = parseRows(db, 'brands', BrandSchema, await db.brands.toArray(), keyField('id'));
  return brands.sort((a, b) => a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }));
}

export async function getBrand(db: RiposteDB, id: string): Promise<Brand | undefined> {
  return parseRows(db, 'brands', BrandSchema, [await db.brands.get(id)], keyField('id'))[0];
}

/** Create or replace a brand (validated; defaults filled). */
export async function saveBrand(db: RiposteDB, brand: BrandInput): Promise<Brand> {
  const row = parseInput(BrandSchema, brand, 'brand');
  await db.brands.put(row);
  return row;
}

export interface DeleteBrandResult {
  brands: number;
  templates: number;
  comments: number;
  interactions: number;
  profileSnapshots: number;
  threadAggregates: number;
}

/**
 * Delete a brand and, in the same transaction, everything that belongs to it alone: its templates,
 * its logged comments and their interactions, its audience snapshots and competitor-thread counts. Authors are shared between brands and are kept
 * (use `forgetAuthor` to erase a person). If the brand was the active one, the setting is cleared.
 */
export async function deleteBrand(db: RiposteDB, brandId: string): Promise<DeleteBrandResult> {
  return db.transaction('rw', [db.brands, db.templates, db.comments, db.commentStates, db.interactions, db.settings, db.profileSnapshots, db.threadAggregates], async () => {
    const brands = (await db.brands.get(brandId)) ? 1 : 0;
    await db.brands.delete(brandId);
    const templates = await db.templates.where('brandId').equals(brandId).delete();
    const commentIds = await db.comments.where('brandId').equals(brandId).primaryKeys();
    await deleteComments(db, commentIds);
    const comments = commentIds.length;
    const interactions = await db.interactions.where('brandId').equals(brandId).delete();
    const profileSnapshots = await db.profileSnapshots.where('brandId').equals(brandId).delete();
    const threadAggregates = await db.threadAggregates.where('brandId').equals(brandId).delete();
    const settings = await db.settings.get(SETTINGS_KEY);
    const parsed = settings ? SettingsSchema.safeParse(settings.value) : undefined;
    if (parsed?.success && parsed.data.activeBrandId === brandId) {
      const { activeBrandId: _gone, ...rest } = parsed.data;
      await db.settings.put({ key: SETTINGS_KEY, value: SettingsSchema.parse(rest) });
    }
    return { brands, templates, comments, interactions, profileSnapshots, threadAggregates };
  });
}
