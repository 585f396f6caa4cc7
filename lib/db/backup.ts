import { z } from 'zod';
import { ProfileSnapshotSchema, ThreadAggregateSchema, type ProfileSnapshot } from '../schema/audience';
import { AuthorRowSchema } from '../schema/author';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, MetaEntrySchema, type Backup } from '../schema/backup';
import { BrandSchema } from '../schema/brand';
import { InteractionSchema, StoredCommentSchema, toUtcIso } from '../schema/interaction';
import { SettingsSchema } from '../schema/settings';
import { TemplateSchema } from '../schema/template';
import { putComments, readAllJoined } from './comment-rows';
import { DB_SCHEMA_VERSION, SETTINGS_KEY, type RiposteDB } from './database';
import { dateSeenRow, statedDates } from './migrations/v7';
import { logIdsByComment, setLogIds } from './migrations/v9';
import { keyField, parseRows } from './validate';

/** Why a backup cannot be restored, as a code the UI words in its own language. */
export type BackupProblem = 'too-deep' | 'not-json' | 'not-ours' | 'damaged' | 'newer' | 'duplicate';

/**
 * A backup file that cannot be restored; the database was not touched. `problem` is for the user
 * (worded by the UI), `message` the technical detail in English, for a bug report.
 */
export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Key of a snapshot row, for validation reports. */
const snapshotKey = (row: unknown) => {
  const r = row as Partial<ProfileSnapshot> | undefined;
  return [r?.brandId, r?.platform, r?.handle, r?.day].join('|');
};

/**
 * The whole database as a backup document, read in one transaction (a consistent snapshot).
 * Rows that fail validation are left out and reported through `db.onInvalidRow`.
 */
export async function exportBackup(db: RiposteDB, now: string | Date): Promise<Backup> {
  return db.transaction('r', db.allTables, async () => {
    const settingsRow = await db.settings.get(SETTINGS_KEY);
    const settings = settingsRow ? parseRows(db, 'settings', SettingsSchema, [settingsRow.value], () => SETTINGS_KEY)[0] : undefined;
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: toUtcIso(now),
      dbSchemaVersion: DB_SCHEMA_VERSION,
      data: {
        brands: parseRows(db, 'brands', BrandSchema, await db.brands.toArray(), keyField('id')),
        templates: parseRows(db, 'templates', TemplateSchema, await db.templates.toArray(), keyField('id')),
        settings: settings ?? null,
        authors: parseRows(db, 'authors', AuthorRowSchema, await db.authors.toArray(), keyField('key')),
        comments: parseRows(db, 'comments', StoredCommentSchema, await readAllJoined(db), keyField('id')),
        interactions: parseRows(db, 'interactions', InteractionSchema, await db.interactions.toArray(), keyField('id')),
        meta: parseRows(db, 'meta', MetaEntrySchema, await db.meta.toArray(), keyField('key')),
        profileSnapshots: parseRows(db, 'profileSnapshots', ProfileSnapshotSchema, await db.profileSnapshots.toArray(), snapshotKey),
        threadAggregates: parseRows(db, 'threadAggregates', ThreadAggregateSchema, await db.threadAggregates.toArray(), keyField('id')),
      },
    };
  });
}

/** The backup as the text of a `.json` file. */
export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup);
}

/** Deepest nesting a backup may have: its rows are a few levels deep; 20,000 levels is a hostile file. */
const MAX_DEPTH = 64;
/** Bad rows reported before giving up: the first ones say what is wrong; listing 300,000 helps nobody. */
const MAX_REPORTED_ROWS = 3;

/** The tables of a backup, each row checked with the schema the database uses (BackupSchema's own). */
const ROW_SCHEMAS = {
  brands: BrandSchema,
  templates: TemplateSchema,
  authors: AuthorRowSchema,
  comments: StoredCommentSchema,
  interactions: InteractionSchema,
  meta: MetaEntrySchema,
  profileSnapshots: ProfileSnapshotSchema,
  threadAggregates: ThreadAggregateSchema,
} as const;
type Table = keyof typeof ROW_SCHEMAS;

/** BackupSchema with the rows left unchecked: they are checked one by one below, stopping early. */
const EnvelopeSchema = BackupSchema.extend({
  data: z.object({
    brands: z.array(z.unknown()),
    templates: z.array(z.unknown()),
    settings: z.unknown(),
    authors: z.array(z.unknown()),
    comments: z.array(z.unknown()),
    interactions: z.array(z.unknown()),
    meta: z.array(z.unknown()),
    profileSnapshots: z.array(z.unknown()).default([]),
    threadAggregates: z.array(z.unknown()).default([]),
  }),
});

/** Nesting depth of a JSON text, in one pass (strings skipped), stopping as soon as it passes `limit`. */
function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** Nesting depth of parsed data, iteratively (no recursion to overflow), stopping past `limit`. */
function valueDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

const TOO_DEEP = `The file nests its data more than ${MAX_DEPTH} levels deep: it is not a Riposte backup, and nothing was changed.`;

/** "comments row 12 (author.name: expected string)": where the first problem of a row is. */
function describeRow(table: string, index: number, error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue?.path.join('.') ?? '';
  const message = (issue?.message ?? 'invalid').slice(0, 120);
  return `${table} row ${index + 1} (${path ? `${path}: ` : ''}${message})`;
}

/**
 * Validate a backup (file text or parsed JSON) completely; throws BackupError saying what is wrong,
 * in one sentence. Rows are checked one by one and the check stops at the first few bad ones, so a
 * hostile file of 300,000 wrong rows is refused at once instead of building a huge error report.
 */
export function parseBackup(input: unknown): Backup {
  let raw = input;
  if (typeof input === 'string') {
    if (nestedDeeperThan(input, MAX_DEPTH)) throw new BackupError('too-deep', TOO_DEEP);
    try {
      raw = JSON.parse(input);
    } catch (error) {
      throw new BackupError('not-json', `The file is not valid JSON (${(error as Error).message}).`);
    }
  } else if (valueDeeperThan(input, MAX_DEPTH)) {
    throw new BackupError('too-deep', TOO_DEEP);
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError('not-ours', 'This is not a Riposte backup file.');
  }
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    throw new BackupError('damaged', `The backup is damaged or incomplete (${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}); nothing was changed.`);
  }
  const bad: string[] = [];
  let more = false;
  const rows = {} as { [T in Table]: Array<z.infer<(typeof ROW_SCHEMAS)[T]>> };
  for (const table of Object.keys(ROW_SCHEMAS) as Table[]) {
    const schema = ROW_SCHEMAS[table] as z.ZodType;
    const parsed: unknown[] = [];
    const source = envelope.data.data[table];
    for (let i = 0; i < source.length && !more; i++) {
      const row = schema.safeParse(source[i]);
      if (row.success) parsed.push(row.data);
      else if (bad.length < MAX_REPORTED_ROWS) bad.push(describeRow(table, i, row.error));
      else more = true;
    }
    (rows as Record<Table, unknown[]>)[table] = parsed;
  }
  const settings = SettingsSchema.nullable().safeParse(envelope.data.data.settings);
  if (!settings.success && bad.length < MAX_REPORTED_ROWS) bad.push(describeRow('settings', 0, settings.error));
  if (bad.length > 0) {
    throw new BackupError('damaged', `The backup is damaged or incomplete: ${bad.join(', ')}${more ? ', and more rows after those' : ''} are not valid; nothing was changed.`);
  }
  const result = { data: { ...envelope.data, data: { ...rows, settings: settings.data ?? null } } as Backup };
  const backup = result.data;
  if (backup.dbSchemaVersion > DB_SCHEMA_VERSION) {
    throw new BackupError('newer', `This backup comes from a newer Riposte (schema ${backup.dbSchemaVersion}); update Riposte first.`);
  }
  const { data } = backup;
  if (backup.dbSchemaVersion < DRAFTS_APART_SINCE) draftsApart(data);
  if (backup.dbSchemaVersion < DATED_SIGHTINGS_SINCE) datedSightings(data);
  listedLogRows(data);
  assertUnique('brand', data.brands.map((r) => r.id));
  assertUnique('template', data.templates.map((r) => r.id));
  assertUnique('author', data.authors.map((r) => r.key));
  assertUnique('comment', data.comments.map((r) => r.id));
  assertUnique('interaction', data.interactions.map((r) => r.id));
  assertUnique('meta entry', data.meta.map((r) => r.key));
  assertUnique('profile snapshot', data.profileSnapshots.map((r) => [r.brandId, r.platform, r.handle, r.day].join('|')));
  assertUnique('thread aggregate', data.threadAggregates.map((r) => r.id));
  return backup;
}

/** Schema version from which an inserted draft is `inserted`, not `replied` (see migrations/v4.ts). */
const DRAFTS_APART_SINCE = 4;

/**
 * A backup written before schema v4 says `replied` for what was an inserted draft: it is read the
 * way the v4 upgrade reads the database (mutates the parsed data).
 */
function draftsApart(data: Backup['data']): void {
  const latestDraft = new Map<string, string>();
  for (const row of data.interactions) {
    if (row.kind !== 'replied') continue;
    row.kind = 'inserted';
    const known = latestDraft.get(row.commentId);
    if (!known || row.at > known) latestDraft.set(row.commentId, row.at);
  }
  for (const row of data.comments) {
    const draft = latestDraft.get(row.id) ?? row.firstRepliedAt;
    delete row.firstRepliedAt;
    if (draft !== undefined) row.draftInsertedAt = draft;
    if (row.status === 'replied') row.status = 'drafted';
  }
}

/** Schema version from which a `seen` row carries its comment's stated date (see migrations/v7.ts). */
const DATED_SIGHTINGS_SINCE = 7;

/** A backup written before schema v7 gets its `seen` rows dated the way the v7 upgrade dates the database's (mutates the parsed data). */
function datedSightings(data: Backup['data']): void {
  const dates = statedDates(data.comments);
  for (const row of data.interactions) dateSeenRow(row, dates);
}

/**
 * Each comment lists its log rows (`logIds`, see migrations/v9.ts), worked out again from the
 * backup's log whatever its version says, so a file edited by hand or written before v9 restores
 * lists that match its rows (mutates the parsed data).
 */
function listedLogRows(data: Backup['data']): void {
  const ids = logIdsByComment(data.interactions);
  for (const comment of data.comments) setLogIds(comment, ids);
}

function assertUnique(what: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new BackupError('duplicate', `The backup lists ${what} ${id} twice.`);
    seen.add(id);
  }
}

export interface RestoreResult {
  brands: number;
  templates: number;
  settings: number;
  authors: number;
  comments: number;
  interactions: number;
  meta: number;
  profileSnapshots: number;
  threadAggregates: number;
}

/**
 * Replace the whole database with a backup, all-or-nothing: the file is validated completely
 * first (nothing is touched if it is corrupt), then every table is cleared and refilled inside a
 * single read-write transaction, so a failure half-way (quota, crash) rolls everything back.
 */
export async function restoreBackup(db: RiposteDB, input: unknown): Promise<RestoreResult> {
  const { data } = parseBackup(input);
  await db.transaction('rw', db.allTables, async () => {
    for (const table of db.allTables) await table.clear();
    await db.brands.bulkPut(data.brands);
    await db.templates.bulkPut(data.templates);
    if (data.settings) await db.settings.put({ key: SETTINGS_KEY, value: data.settings });
    await db.authors.bulkPut(data.authors);
    await putComments(db, data.comments);
    await db.interactions.bulkPut(data.interactions);
    await db.meta.bulkPut(data.meta);
    await db.profileSnapshots.bulkPut(data.profileSnapshots);
    await db.threadAggregates.bulkPut(data.threadAggregates);
  });
  return {
    brands: data.brands.length,
    templates: data.templates.length,
    settings: data.settings ? 1 : 0,
    authors: data.authors.length,
    comments: data.comments.length,
    interactions: data.interactions.length,
    meta: data.meta.length,
    profileSnapshots: data.profileSnapshots.length,
    threadAggregates: data.threadAggregates.length,
  };
}
