import { describe, expect, it } from 'vitest';
import { logInteractions } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { exportRows, interactionsToCsv, type ExportRow } from '@/lib/export';
import { recordPageAnswers } from '@/lib/db/answers';
import { freshDb, makeComment } from '../db/helpers';

async function collect(source: AsyncIterable<ExportRow>): Promise<ExportRow[]> {
  const out: ExportRow[] = [];
  for await (const row of source) out.push(row);
  return out;
}

describe('exportRows', () => {
  it('pages through the log in time order (ties across pages included) and joins comments', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1', { labels: ['complaint'] }), makeComment('c2', { platform: 'x', postUrl: 'https://x.com/d/status/2' })], '2026-03-02T08:00:00.000Z');
    await recordSeen(db, 'b2', [makeComment('c3')], '2026-03-02T08:00:00.000Z');
    // Five actions in the same millisecond: page boundaries fall inside the tie.
    const same = '2026-03-02T09:00:00.000Z';
    await logInteractions(db, [
      { commentId: 'c1', kind: 'flagged', at: same },
      { commentId: 'c1', kind: 'replied', at: same, finalText: 'Bonjour' },
      { commentId: 'c2', kind: 'flagged', at: same },
      { commentId: 'c2', kind: 'escalated', at: same, department: 'press' },
      { commentId: 'c3', kind: 'flagged', at: same },
      { commentId: 'c3', kind: 'resolved', at: '2026-03-02T10:00:00.000Z' },
    ]);

    for (const pageSize of [1, 2, 3, 100]) {
      const rows = await collect(exportRows(db, {}, pageSize));
      expect(rows).toHaveLength(9);
      expect(new Set(rows.map((r) => r.id)).size).toBe(9);
      expect(rows.map((r) => r.at)).toEqual([...rows.map((r) => r.at)].sort());
      // Both brands merged as one time index lists them: by time, then by id.
      expect(rows.map((r) => r.id)).toEqual([...rows].sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1)).map((r) => r.id));
    }
    const b1 = await collect(exportRows(db, { brandId: 'b1' }, 2));
    expect(b1).toHaveLength(6);
    const replied = b1.find((r) => r.kind === 'replied');
    expect(replied).toMatchObject({ commentText: 'Toujours pas reçu ma commande 😡', authorName: 'Léa Martin', commentStatus: 'replied', commentLabels: ['complaint'] });

    // flagged and escalated share a millisecond: their relative order is the ids' (random).
    expect((await collect(exportRows(db, { brandId: 'b1', platforms: ['x'] }, 2))).map((r) => r.kind).sort()).toEqual(['escalated', 'flagged', 'seen']);
    expect((await collect(exportRows(db, { statuses: ['resolved'] }))).map((r) => r.kind)).toEqual(['seen', 'flagged', 'resolved']);
    expect((await collect(exportRows(db, { labels: ['complaint'], kinds: ['replied'] }))).map((r) => r.commentId)).toEqual(['c1']);
    expect(await collect(exportRows(db, { from: '2026-03-02T09:30:00.000Z', to: '2026-03-02T10:00:00.000Z' }))).toEqual([]);
    expect((await collect(exportRows(db, { from: '2026-03-02T09:30:00.000Z' }))).map((r) => r.kind)).toEqual(['resolved']);
  });

  it('exports an inserted draft as a draft, and the answer read on the page as the reply (issue 18)', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], '2026-03-02T08:00:00.000Z');
    await logInteractions(db, [{ commentId: 'c1', kind: 'inserted', templateId: 't1', finalText: 'Bonjour Léa', at: '2026-03-02T08:03:00.000Z' }]);
    const cells = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((line) => line.split(';'));
    const column = (name: string) => interactionsToCsv([]).replace(/^\uFEFF/, '').trim().split(';').indexOf(name);
    const [action, status] = [column('action'), column('comment_status')];

    let rows = cells(interactionsToCsv(await collect(exportRows(db)), { delimiter: ';' }));
    expect(rows.map((r) => [r[action], r[status]])).toEqual([['seen', 'drafted'], ['inserted', 'drafted']]);

    const reply = makeComment('r1', { parentId: 'c1', isOwnBrand: true, text: 'Bonjour Léa, c’est noté.', createdAt: '2026-03-02T08:20:00.000Z' });
    await recordPageAnswers(db, 'b1', [reply], '2026-03-02T09:00:00.000Z');
    rows = cells(interactionsToCsv(await collect(exportRows(db, { kinds: ['inserted', 'replied'] })), { delimiter: ';' }));
    expect(rows.map((r) => [r[action], r[status]])).toEqual([['inserted', 'replied'], ['replied', 'replied']]);
  });
});
