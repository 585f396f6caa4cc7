import { TemplateSchema, type Template, type TemplateInput } from '../schema/template';
import { toUtcIso } from '../schema/interaction';
import type { RiposteDB } from './database';
import { keyField, parseInput, parseRows } from './validate';

/** A brand's templates, most used first, then by title. */
export async function listTemplates(db: RiposteDB, brandId: string): Promise<Template[]> {
  const rows = await db.templates.where('brandId').equals(brandId).toArray();
  return parseRows(db, 'templates', TemplateSchema, rows, keyField('id')).sort(
    (a, b) => b.usageCount - a.usageCount || a.title.localeCompare(b.title, 'fr', { sensitivity: 'base' }),
  );
}

export async function getTemplate(db: RiposteDB, id: string): Promise<Template | undefined> {
  return parseRows(db, 'templates', TemplateSchema, [await db.templates.get(id)], keyField('id'))[0];
}

/** Create or replace one template. */
export async function saveTemplate(db: RiposteDB, template: TemplateInput): Promise<Template> {
  const row = parseInput(TemplateSchema, template, 'template');
  await db.templates.put(row);
  return row;
}

/**
 * Create or replace many templates (an import, the starter pack) all-or-nothing: every template is
 * validated before the first is written, and they are written in one transaction.
 */
export async function saveTemplates(db: RiposteDB, templates: readonly TemplateInput[]): Promise<Template[]> {
  const rows = templates.map((t, i) => parseInput(TemplateSchema, t, `template #${i} (${t.id ?? 'no id'})`));
  const ids = new Set<string>();
  for (const row of rows) {
    if (ids.has(row.id)) throw new RangeError(`Template id ${row.id} appears twice in the import`);
    ids.add(row.id);
  }
  await db.transaction('rw', db.templates, () => db.templates.bulkPut(rows));
  return rows;
}

/** Delete a template; logged interactions keep its id (reports then show it as deleted). */
export async function deleteTemplate(db: RiposteDB, id: string): Promise<boolean> {
  return db.transaction('rw', db.templates, async () => {
    const existed = (await db.templates.get(id)) !== undefined;
    await db.templates.delete(id);
    return existed;
  });
}

/**
 * Count a use of a template outside a logged reply (copied from the library, say). Replies logged
 * with `logInteraction` already count their template: do not call both for one action.
 */
export async function recordTemplateUse(db: RiposteDB, id: string, now: string | Date): Promise<Template | undefined> {
  const at = toUtcIso(now);
  return db.transaction('rw', db.templates, async () => {
    const template = await getTemplate(db, id);
    if (!template) return undefined;
    const lastUsedAt = template.lastUsedAt && template.lastUsedAt > at ? template.lastUsedAt : at;
    const next = { ...template, usageCount: template.usageCount + 1, lastUsedAt };
    await db.templates.put(next);
    return next;
  });
}
