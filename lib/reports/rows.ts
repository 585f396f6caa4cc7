// The field-by-field row checks live with the repository (lib/db/rows.ts), which uses them too.
export * from '../db/rows';
