import { AuthorRowSchema, type AuthorRow } from '../schema/author';
import { WatchKindSchema } from '../schema/brand';
import { z } from 'zod';
import type { RiposteDB } from './database';
import { keyField, parseInput, parseRows } from './validate';

export async function getAuthor(db: RiposteDB, key: string): Promise<AuthorRow | undefined> {
  return parseRows(db, 'authors', AuthorRowSchema, [await db.authors.get(key)], keyField('key'))[0];
}

const AuthorPatchSchema = z.object({
  notes: z.string().max(5_000).optional(),
  /** `null` takes the person off the watchlist. */
  watch: WatchKindSchema.nullable().optional(),
});
export type AuthorPatch = z.input<typeof AuthorPatchSchema>;

/** Set the community manager's notes or watch kind on a known author. Returns undefined if unknown. */
export async function updateAuthor(db: RiposteDB, key: string, patch: AuthorPatch): Promise<AuthorRow | undefined> {
  const { notes, watch } = parseInput(AuthorPatchSchema, patch, 'author change');
  return db.transaction('rw', db.authors, async () => {
    const author = await getAuthor(db, key);
    if (!author) return undefined;
    const next: AuthorRow = { ...author, ...(notes !== undefined ? { notes } : {}) };
    if (watch === null) delete next.watch;
    else if (watch !== undefined) next.watch = watch;
    await db.authors.put(next);
    return next;
  });
}

/** Authors the community manager put on a watchlist, by name. */
export async function listWatchedAuthors(db: RiposteDB): Promise<AuthorRow[]> {
  const rows = await db.authors.where('watch').anyOf(WatchKindSchema.options).toArray();
  return parseRows(db, 'authors', AuthorRowSchema, rows, keyField('key')).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
