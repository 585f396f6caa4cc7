import { describe, expect, it } from 'vitest';
import { logInteractions, UnknownCommentError } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { freshDb, makeComment } from './helpers';

const T0 = '2026-03-02T08:00:00.000Z';
const ids = Array.from({ length: 21 }, (_, i) => `c${String(i).padStart(2, '0')}`);

/** logInteractions reads the comments it acts on by one id range, then by key past the range's limit. */
describe('logInteractions: the comment rows it reads', () => {
  it('finds comments at both ends of a range holding many more, and those past the range\'s limit', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', ids.map((id) => makeComment(id)), T0);
    // Three comments, 21 rows from the first to the last: the range stops at 6 rows, c07 and c20 are read by key.
    await logInteractions(db, [
      { commentId: 'c00', kind: 'replied', source: 'marked', at: '2026-03-02T08:10:00.000Z' },
      { commentId: 'c20', kind: 'escalated', department: 'press', at: '2026-03-02T08:11:00.000Z' },
      { commentId: 'c07', kind: 'ignored', at: '2026-03-02T08:12:00.000Z' },
    ]);
    const status = async (id: string) => (await db.commentStates.get(id))?.status;
    expect([await status('c00'), await status('c07'), await status('c20'), await status('c10')]).toEqual(['replied', 'ignored', 'escalated', 'new']);
    expect(db.invalid).toEqual([]);
  });

  it('still logs a comment new to the log when given, and refuses one it cannot find', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', ids.map((id) => makeComment(id)), T0);
    await logInteractions(db, [
      { commentId: 'c05', kind: 'flagged', at: '2026-03-02T08:10:00.000Z' },
      { commentId: 'c30', kind: 'flagged', at: '2026-03-02T08:10:00.000Z', comment: makeComment('c30') as never, brandId: 'b1' },
    ]);
    expect((await db.commentStates.get('c30'))?.interactionCount).toBe(2);
    await expect(logInteractions(db, [{ commentId: 'c15', kind: 'flagged', at: '2026-03-02T08:10:00.000Z' }, { commentId: 'c99', kind: 'flagged', at: '2026-03-02T08:10:00.000Z' }])).rejects.toBeInstanceOf(UnknownCommentError);
    expect((await db.commentStates.get('c15'))?.interactionCount).toBe(1);
  });
});
