/**
 * Finds people in the log by handle or name, for "forget an author". An adapter over the authors
 * table (lib/db has no search): a bounded scan, fine for the options page, never run per keystroke
 * on the panel.
 */
import type { RiposteDB } from '@/lib/db/database';
import { fold } from '@/lib/identity';
import { keyField, parseRows } from '@/lib/db/validate';
import { AuthorRowSchema, type AuthorRow } from '@/lib/schema/author';

/** Case-, accent- and "@"-insensitive, so "@Jerome" finds "Jérôme". */
const searchKey = (text: string): string => fold(text).replace(/^@/, '');

export async function searchAuthors(db: RiposteDB, query: string, limit = 25): Promise<AuthorRow[]> {
  const needle = searchKey(query.trim());
  if (!needle) return [];
  const raw = await db.authors
    .filter((row) => {
      const r = row as Partial<AuthorRow>;
      return [r.name, r.handle, r.key].some((v) => typeof v === 'string' && searchKey(v).includes(needle));
    })
    .limit(limit)
    .toArray();
  return parseRows(db, 'authors', AuthorRowSchema, raw, keyField('key'));
}
