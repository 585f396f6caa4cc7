import type { RiposteDB } from '../db/database';
import { getBrand } from '../db/brands';
import { getSettings } from '../db/settings';
import { listTemplates } from '../db/templates';
import { keyField } from '../db/validate';
import { AuthorRowSchema } from '../schema/author';
import { KpiRowSchema, StoredCommentSchema } from '../schema/interaction';
import { periodBounds, quotableComments } from './compute';
import { parseManyRows } from '../db/rows';
import type { ReportComment, ReportData, ReportOptions } from './types';

/** The author row's fields a report reads (who they are, their reach, the watchlist), validated as the app's schema defines them. */
const ReportAuthorRowSchema = AuthorRowSchema.pick({ key: true, platform: true, name: true, handle: true, profileUrl: true, verified: true, followers: true, watch: true });

/** The stored comment's fields a report quotes, validated as the app's schema defines them. */
const ReportCommentRowSchema = StoredCommentSchema.pick({ id: true, text: true, likes: true });

/**
 * Read what a report needs, with the indexes: the brand's log rows from the start of the
 * previous period to the end of the follow-up window ([brandId+at]), the authors of those rows,
 * the comments a sample may quote (their text and likes only), the brand, its templates and the
 * settings. Log rows are checked on the fields the report reads only (`KpiRowSchema`) and kept as
 * read: a copy of 110,000 rows is garbage the report would wait on. The other comment rows are not
 * read at all: a comment's stated date, which decides its period, is on its `seen` row (schema v7).
 *
 * Authors are read by index range where that range holds them (one request, where fetching
 * thousands of rows by key is a request each), and by key for any the range missed.
 */
export async function loadReportData(db: RiposteDB, options: ReportOptions): Promise<ReportData> {
  const bounds = periodBounds(options);
  return db.transaction('r', [db.interactions, db.comments, db.authors, db.templates, db.brands, db.settings], async () => {
    const logRead = db.interactions.where('[brandId+at]').between([options.brandId, bounds.previousStart], [options.brandId, bounds.readUntil], true, true).toArray();
    // An author's lastSeenAt is at least the sighting of each of their comments: most authors of
    // the rows were seen since the previous period started. While the period's follow-up is still
    // open (the usual report, on the last week or month), that range is about the authors of the
    // rows, and it is asked for with the log rows (the database reads one while the page takes in
    // the other). For an older period it may hold many more authors than the report needs: it is
    // read after the rows, up to twice the number of their authors (no count first, a request of
    // its own). Either way, authors the range missed are read by key.
    const recent = bounds.readUntil === new Date(options.now).toISOString();
    const [raw, recentAuthors] = await Promise.all([logRead, recent ? db.authors.where('lastSeenAt').aboveOrEqual(bounds.previousStart).toArray() : undefined]);
    // Only the fields the report reads are validated (KpiRowSchema); the rows are not copied.
    const interactions = parseManyRows(db, 'interactions', KpiRowSchema, raw, keyField('id'), 'row');
    const keys = [...new Set(interactions.map((r) => r.authorKey))];
    // The comments a sample may quote are asked for with the older period's authors.
    const quotable = [...quotableComments(interactions, bounds, options.samples)];
    const [authorRows, quotableRows] = await Promise.all([
      recentAuthors ?? (keys.length === 0 ? [] : db.authors.where('lastSeenAt').aboveOrEqual(bounds.previousStart).limit(2 * keys.length).toArray()),
      quotable.length === 0 ? [] : db.comments.bulkGet(quotable),
    ]);
    // Checked on the fields the report reads, and kept as read (see the log rows).
    const authors = parseManyRows(db, 'authors', ReportAuthorRowSchema, await byKeys(authorRows, 'key', keys, (missing) => db.authors.bulkGet(missing)), keyField('key'), 'row');
    const comments = new Map<string, ReportComment>();
    for (const row of parseManyRows(db, 'comments', ReportCommentRowSchema, quotableRows, keyField('id'))) {
      comments.set(row.id, { text: row.text, ...(row.likes !== undefined ? { likes: row.likes } : {}) });
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

/**
 * The rows of `keys`, in that order (absent ones left out): taken from `found` (a range read that
 * may hold others too), the rest fetched by key with `get`.
 */
async function byKeys(found: readonly unknown[], field: string, keys: readonly string[], get: (missing: string[]) => Promise<unknown[]>): Promise<unknown[]> {
  const wanted = new Map<string, unknown>(keys.map((k) => [k, undefined]));
  const keyOf = keyField(field);
  for (const row of found) {
    const key = keyOf(row);
    if (typeof key === 'string' && wanted.has(key)) wanted.set(key, row);
  }
  const missing = keys.filter((k) => wanted.get(k) === undefined);
  if (missing.length > 0) (await get(missing)).forEach((row, i) => wanted.set(missing[i] as string, row));
  return [...wanted.values()];
}
