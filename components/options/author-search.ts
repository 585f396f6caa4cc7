/**
 * Finds people in the log by handle or name, for "forget an author". An adapter over the authors
 * table (lib/db has no search): a bounded scan, fine for the options page, never run per keystroke
 * on the panel.
 */
import type { RiposteDB } from '@/lib/db/database';
import { keyField, parseRows } from '@/lib/db/validate';
import { AuthorRowSchema, type AuthorRow } from '@/lib/schema/author';

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^@/, '');
}

export async function searchAuthors(db: RiposteDB, query: string, limit = 25): Promise<AuthorRow[]> {
  const needle = fold(query.trim());
  if (!needle) return [];
  const raw = await db.authors
    .filter((row) => {
      const r = row as Partial<AuthorRow>;
      return [r.name, r.handle, r.key].some((v) => typeof v === 'string' && fold(v).includes(needle));
    })
    .limit(limit)
    .toArray();
  return parseRows(db, 'authors', AuthorRowSchema, raw, keyField('key'));
}
