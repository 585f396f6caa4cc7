import { z } from 'zod';
import { ProfileSnapshotSchema, ThreadAggregateSchema } from './audience';
import { AuthorRowSchema } from './author';
import { BrandSchema } from './brand';
import { IsoDateSchema } from './comment';
import { InteractionSchema, StoredCommentSchema } from './interaction';
import { SettingsSchema } from './settings';
import { TemplateSchema } from './template';

/** A row of the `meta` table: small JSON bookkeeping values (last purge time…). */
export const MetaEntrySchema = z.object({ key: z.string().min(1), value: z.json() });
export type MetaEntry = z.infer<typeof MetaEntrySchema>;

export const BACKUP_FORMAT = 'riposte-backup';
/** Version of this file format (not of the database schema); bump it with a converter when it changes. */
export const BACKUP_VERSION = 1;

/**
 * A whole-database backup. Every row is validated with the same schemas the repository uses, so
 * a file that parses can be restored as is.
 */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: IsoDateSchema,
  /** Database schema version of the Riposte that wrote it; a newer one than ours is refused. */
  dbSchemaVersion: z.number().int().positive(),
  data: z.object({
    brands: z.array(BrandSchema),
    templates: z.array(TemplateSchema),
    /** Null when the settings were never saved (defaults apply). */
    settings: SettingsSchema.nullable(),
    authors: z.array(AuthorRowSchema),
    comments: z.array(StoredCommentSchema),
    interactions: z.array(InteractionSchema),
    meta: z.array(MetaEntrySchema),
    /** Audience watch (schema 3). Absent from backups written before it: nothing to restore then. */
    profileSnapshots: z.array(ProfileSnapshotSchema).default([]),
    threadAggregates: z.array(ThreadAggregateSchema).default([]),
  }),
});
export type Backup = z.infer<typeof BackupSchema>;
export type BackupInput = z.input<typeof BackupSchema>;
