import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ProfileSnapshot, ThreadAggregate } from '../schema/audience';
import type { AuthorRow, ForgottenAuthor } from '../schema/author';
import type { MetaEntry } from '../schema/backup';
import type { Brand } from '../schema/brand';
import type { CommentRow, CommentState, Interaction } from '../schema/interaction';
import type { Settings } from '../schema/settings';
import type { Template } from '../schema/template';
import { declareSchema, LATEST_SCHEMA_VERSION } from './migrations';

/** The single settings row lives under this key. */
export const SETTINGS_KEY = 'settings';
export interface SettingsRow {
  key: typeof SETTINGS_KEY;
  value: Settings;
}

/** Small bookkeeping values (last automatic purge…), JSON-serialisable. */
export type MetaRow = MetaEntry;

/** A stored row that failed validation on read: skipped, and reported here. */
export interface InvalidRow {
  table: string;
  key: unknown;
  message: string;
}

export interface RiposteDbOptions {
  /** Called for every row that fails validation on read. Default: `console.warn`. */
  onInvalidRow?: (issue: InvalidRow) => void;
}

/**
 * Riposte's IndexedDB database. Every read and write goes through the repository functions in
 * this folder, which validate rows with zod; the tables are typed but not validated by Dexie.
 */
export class RiposteDB extends Dexie {
  /** A logged comment's reading of the page; where it stands is in `commentStates` (schema v10, lib/db/comment-rows.ts). */
  declare comments: EntityTable<CommentRow, 'id'>;
  declare commentStates: EntityTable<CommentState, 'id'>;
  declare interactions: EntityTable<Interaction, 'id'>;
  declare authors: EntityTable<AuthorRow, 'key'>;
  declare templates: EntityTable<Template, 'id'>;
  declare brands: EntityTable<Brand, 'id'>;
  declare settings: EntityTable<SettingsRow, 'key'>;
  declare meta: EntityTable<MetaRow, 'key'>;
  /** Audience watch (schema v3): keyed [brandId+platform+handle+day]. */
  declare profileSnapshots: Table<ProfileSnapshot, [string, string, string, string]>;
  declare threadAggregates: EntityTable<ThreadAggregate, 'id'>;
  /**
   * People forgotten on request (schema v5), as hashes of their author key. Not in `allTables`:
   * a backup never carries them and a restore does not clear them, so restoring an old backup
   * cannot bring back the promise that they stay forgotten.
   */
  declare forgottenAuthors: EntityTable<ForgottenAuthor, 'hash'>;

  readonly onInvalidRow: (issue: InvalidRow) => void;

  constructor(name: string, options: RiposteDbOptions = {}) {
    super(name);
    declareSchema(this);
    this.onInvalidRow =
      options.onInvalidRow ??
      ((issue) => console.warn(`Riposte: skipped an invalid ${issue.table} row`, issue.key, issue.message));
  }

  /**
   * The log and configuration tables, for whole-database transactions (backup restore, GDPR
   * erasure). The audience tables are apart: they hold no third party's data and are not in backups.
   */
  get allTables() {
    return [this.comments, this.commentStates, this.interactions, this.authors, this.templates, this.brands, this.settings, this.meta, this.profileSnapshots, this.threadAggregates];
  }
}

export const DB_SCHEMA_VERSION = LATEST_SCHEMA_VERSION;

/**
 * Open (creating or upgrading) the database. One name per profile in the extension; tests pass a
 * fresh name each time. Uses the global `indexedDB` (fake-indexeddb in tests).
 */
export async function openRiposteDb(name = 'riposte', options: RiposteDbOptions = {}): Promise<RiposteDB> {
  const db = new RiposteDB(name, options);
  await db.open();
  return db;
}
