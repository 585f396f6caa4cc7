/** Riposte's interaction log and stored configuration: every read and write goes through here. */
export { DB_SCHEMA_VERSION, openRiposteDb, RiposteDB, SETTINGS_KEY, type InvalidRow, type RiposteDbOptions } from './database';
export { InvalidInputError } from './validate';
export { recordSeen, type RecordSeenResult } from './seen';
export { recordPageAnswers } from './answers';
export {
  authorHistory,
  byTime,
  commentHistory,
  commentsWithStatus,
  getComment,
  logInteraction,
  logInteractions,
  statusesFor,
  UnknownCommentError,
  type CommentStatusSummary,
} from './interactions';
export { getSettings, saveSettings, updateSettings, type SettingsInput } from './settings';
export { deleteBrand, getBrand, listBrands, saveBrand, type DeleteBrandResult } from './brands';
export { deleteTemplate, getTemplate, listTemplates, recordTemplateUse, saveTemplate, saveTemplates } from './templates';
export { getAuthor, listWatchedAuthors, updateAuthor, type AuthorPatch } from './authors';
export { backupToJson, BackupError, exportBackup, parseBackup, restoreBackup, type RestoreResult } from './backup';
export { forgetAuthor, purgeIfDue, purgeOlderThan, REDACTED, type ForgetResult, type PurgeResult } from './retention';
export { countForgotten, unforgetAuthor } from './forgotten';
export { quarantinedRows, type QuarantinedRow } from './quarantine';
