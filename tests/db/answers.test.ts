import { describe, expect, it } from 'vitest';
import { recordPageAnswers } from '@/lib/db/answers';
import { commentHistory, statusesFor, logInteraction } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { firstResponseTimes } from '@/lib/kpi';
import { freshDb, makeComment } from './helpers';

const T0 = '2026-03-02T08:00:00.000Z';
const brandReply = (id: string, parentId: string, createdAt?: string) =>
  makeComment(id, {
    author: { name: 'Maison Lumière', handle: 'maisonlumiere', verified: true },
    text: 'Bonjour Léa, nous regardons votre commande.',
    parentId,
    isOwnBrand: true,
    ...(createdAt ? { createdAt } : {}),
  });

describe('recordPageAnswers: the brand’s reply on the page is the answer', () => {
  it('turns an inserted draft into an answer once the brand’s reply shows under the comment', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], T0);
    await logInteraction(db, { commentId: 'c1', kind: 'inserted', templateId: 't1', at: '2026-03-02T08:05:00.000Z' });
    expect((await statusesFor(db, ['c1'])).get('c1')?.status).toBe('drafted');
    expect(firstResponseTimes(await db.interactions.toArray())).toEqual([]);

    const reply = brandReply('r1', 'c1', '2026-03-02T08:12:00.000Z');
    await recordSeen(db, 'b1', [makeComment('c1'), reply], '2026-03-02T09:00:00.000Z');
    expect(await recordPageAnswers(db, 'b1', [makeComment('c1'), reply], '2026-03-02T09:00:00.000Z')).toEqual(['c1']);

    expect((await statusesFor(db, ['c1'])).get('c1')).toMatchObject({ status: 'replied', firstRepliedAt: '2026-03-02T08:12:00.000Z' });
    const answer = (await commentHistory(db, 'c1')).find((r) => r.kind === 'replied');
    expect(answer).toMatchObject({ source: 'page', finalText: 'Bonjour Léa, nous regardons votre commande.' });
    // Seen at 08:00, answered on the page at 08:12 (as the page dates it): 12 minutes.
    expect(firstResponseTimes(await db.interactions.toArray())).toEqual([{ commentId: 'c1', ms: 12 * 60_000 }]);
  });

  it('logs each answer once across repeated reports, and ignores other people’s replies and unknown parents', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1'), makeComment('c2')], T0);
    const stranger = makeComment('s1', { author: { name: 'Tom Roy', handle: 'tomr', verified: false }, parentId: 'c2' });
    const report = [brandReply('r1', 'c1'), brandReply('r2', 'c1'), stranger, brandReply('r3', 'never-logged')];
    expect(await recordPageAnswers(db, 'b1', report, '2026-03-02T08:30:00.000Z')).toEqual(['c1']);
    expect(await recordPageAnswers(db, 'b1', report, '2026-03-02T08:40:00.000Z')).toEqual([]);
    expect((await commentHistory(db, 'c1')).filter((r) => r.kind === 'replied')).toHaveLength(1);
    expect((await statusesFor(db, ['c2'])).get('c2')?.status).toBe('new');
    // Another brand's comment is not answered by this brand's reply.
    expect(await recordPageAnswers(db, 'b2', [brandReply('r4', 'c2')], '2026-03-02T08:40:00.000Z')).toEqual([]);
  });

  it('recognises the brand’s own accounts through the predicate it is given', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], T0);
    const unmarked = makeComment('r1', { author: { name: 'Maison Lumière', handle: 'maisonlumiere', verified: false }, parentId: 'c1' });
    expect(await recordPageAnswers(db, 'b1', [unmarked], '2026-03-02T08:30:00.000Z')).toEqual([]);
    expect(await recordPageAnswers(db, 'b1', [unmarked], '2026-03-02T08:30:00.000Z', (c) => c.author.handle === 'maisonlumiere')).toEqual(['c1']);
  });
});
