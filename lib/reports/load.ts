import type { RiposteDB } from '../db/database';
import { getBrand } from '../db/brands';
import { getSettings } from '../db/settings';
import { listTemplates } from '../db/templates';
import { keyField, parseRows } from '../db/validate';
import { AuthorRowSchema } from '../schema/author';
import { KpiRowSchema, StoredCommentSchema, toUtcIso } from '../schema/interaction';
import { periodBounds } from './compute';
import type { ReportComment, ReportData, ReportOptions } from './types';

/** The stored comment's fields a report reads, validated as the app's schema defines them. */
const ReportCommentRowSchema = StoredCommentSchema.pick({ id: true, text: true, createdAt: true, likes: true });

/**
 * Read what a report needs, with the indexes: the brand's log rows from the start of the
 * previous period to the end of the follow-up window ([brandId+at]), the authors of those rows,
 * the comments sighted in those rows (their stated date, text and likes only), the brand, its
 * templates and the settings. Log rows are validated and kept with the fields the report reads
 * only (`KpiRowSchema`).
 */
export async function loadReportData(db: RiposteDB, options: ReportOptions): Promise<ReportData> {
  const bounds = periodBounds(options);
  return db.transaction('r', [db.interactions, db.comments, db.authors, db.templates, db.brands, db.settings], async () => {
    const raw = await db.interactions
      .where('[brandId+at]')
      .between([options.brandId, bounds.previousStart], [options.brandId, bounds.readUntil], true, true)
      .toArray();
    // Only the fields the report reads are validated and kept (KpiRowSchema).
    const interactions = parseRows(db, 'interactions', KpiRowSchema, raw, keyField('id'));
    const keys = [...new Set(interactions.map((r) => r.authorKey))];
    const authors = parseRows(db, 'authors', AuthorRowSchema, await db.authors.bulkGet(keys), keyField('key'));
    const sighted = [...new Set(interactions.filter((r) => r.kind === 'seen').map((r) => r.commentId))];
    const comments = new Map<string, ReportComment>();
    for (const row of parseRows(db, 'comments', ReportCommentRowSchema, await db.comments.bulkGet(sighted), keyField('id'))) {
      comments.set(row.id, {
        text: row.text,
        ...(row.createdAt ? { writtenAt: toUtcIso(row.createdAt) } : {}),
        ...(row.likes !== undefined ? { likes: row.likes } : {}),
      });
    }
    const brand = await getBrand(db, options.brandId);
    return {
      interactions,
      authors,
      comments,
      templates: await listTemplates(db, options.brandId),
      ...(brand ? { brand } : {}),
      settings: await getSettings(db),
    };
  });
}
