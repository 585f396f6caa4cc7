import { describe, expect, it } from 'vitest';
import { commentHistory, getComment, logInteractions } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { getTemplate, saveTemplate } from '@/lib/db/templates';
import { InvalidInputError } from '@/lib/db/validate';
import { InteractionSchema, type InteractionInput } from '@/lib/schema/interaction';
import { freshDb, makeComment, makeTemplate } from './helpers';

const T0 = '2026-03-02T08:00:00.000Z';

/** logInteractions validates each input once and builds the stored row itself (issue 17). */
describe('logInteractions in bulk', () => {
  it('stores rows that fit InteractionSchema exactly, with no empty optional keys', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1', { labels: ['complaint'] })], T0);
    const rows = await logInteractions(db, [
      { commentId: 'c1', kind: 'inserted', templateId: 't1', finalText: 'Bonjour', at: '2026-03-02T10:15:00+02:00' },
      { commentId: 'c1', kind: 'replied', source: 'page', finalText: 'Bonjour', at: '2026-03-02T08:20:00.000Z' },
      { commentId: 'c1', kind: 'escalated', department: 'press', note: 'à voir', at: '2026-03-02T08:30:00.000Z' },
      { commentId: 'c1', kind: 'corrected', labels: ['praise'], sentiment: 'positive', at: '2026-03-02T08:40:00.000Z' },
      { id: 'own-id', commentId: 'c1', kind: 'flagged', at: '2026-03-02T08:50:00.000Z' },
    ]);
    const stored = await db.interactions.bulkGet(rows.map((r) => r.id));
    stored.forEach((row, i) => {
      expect(InteractionSchema.strict().parse(row)).toEqual(row);
      expect(row).toEqual(rows[i]);
      expect(Object.values(row as object)).not.toContain(undefined);
    });
    expect(rows[0]).toMatchObject({ at: '2026-03-02T08:15:00.000Z', brandId: 'b1', authorKey: 'facebook:lea.martin', platform: 'facebook', templateId: 't1' });
    expect(rows[4]?.id).toBe('own-id');
    expect(Object.keys(rows[4] as object).sort()).toEqual(['at', 'authorKey', 'brandId', 'commentId', 'id', 'kind', 'platform', 'postUrl']);
  });

  it('drops fields the schema does not know, as parsing did', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], T0);
    const [row] = await logInteractions(db, [{ commentId: 'c1', kind: 'flagged', at: T0, extra: 'x' } as InteractionInput]);
    expect(row).not.toHaveProperty('extra');
    expect(await db.interactions.get(row?.id as string)).not.toHaveProperty('extra');
  });

  it('refuses a time past year 9999 once in UTC, writing nothing', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], T0);
    await expect(logInteractions(db, [{ commentId: 'c1', kind: 'flagged', at: '9999-12-31T23:30:00-05:00' }])).rejects.toThrow(InvalidInputError);
    expect(await db.interactions.count()).toBe(1);
  });

  it('records several new comments in one go, each seen once, the first input bringing it', async () => {
    const db = await freshDb();
    const c7 = makeComment('c7');
    const c8 = makeComment('c8', { author: { name: 'Paul', handle: 'paul', verified: false } });
    await logInteractions(db, [
      { commentId: 'c7', kind: 'flagged', at: T0, brandId: 'b1', comment: c7 },
      { commentId: 'c8', kind: 'replied', at: T0, brandId: 'b1', comment: c8 },
      { commentId: 'c7', kind: 'escalated', department: 'press', at: '2026-03-02T08:05:00.000Z', brandId: 'b1', comment: c7 },
      { commentId: 'c9', kind: 'ignored', at: '2026-03-02T08:10:00.000Z', brandId: 'b2', comment: makeComment('c9') },
    ]);
    expect((await commentHistory(db, 'c7')).map((h) => h.kind)).toEqual(['seen', 'flagged', 'escalated']);
    expect((await commentHistory(db, 'c8')).map((h) => h.kind)).toEqual(['seen', 'replied']);
    expect(await getComment(db, 'c7')).toMatchObject({ status: 'escalated', interactionCount: 3, firstSeenAt: T0, brandId: 'b1' });
    expect(await getComment(db, 'c9')).toMatchObject({ status: 'ignored', interactionCount: 2, firstSeenAt: '2026-03-02T08:10:00.000Z', brandId: 'b2' });
    expect(await db.interactions.filter((r) => r.kind === 'seen').count()).toBe(3);
    expect((await db.authors.get('facebook:lea.martin'))?.commentCount).toBe(2);
  });

  it('counts template uses once per draft over a large batch, and moves each comment on once', async () => {
    const db = await freshDb();
    await saveTemplate(db, makeTemplate('t1', 'b1'));
    const ids = Array.from({ length: 50 }, (_, i) => `c${i}`);
    await recordSeen(db, 'b1', ids.map((id) => makeComment(id)), T0);
    const inputs: InteractionInput[] = [];
    for (let i = 0; i < 1_000; i++) {
      const at = new Date(Date.parse(T0) + (i + 1) * 1_000).toISOString();
      inputs.push({ commentId: ids[i % ids.length] as string, kind: i % 2 ? 'copied' : 'inserted', templateId: 't1', at });
    }
    await logInteractions(db, inputs);
    expect(await getTemplate(db, 't1')).toMatchObject({ usageCount: 1_000, lastUsedAt: '2026-03-02T08:16:40.000Z' });
    // c4 only ever gets drafts inserted (even i), c3 only copies (odd i): a copy moves no status.
    expect(await getComment(db, 'c4')).toMatchObject({ interactionCount: 21, status: 'drafted', lastTemplateId: 't1' });
    expect(await getComment(db, 'c3')).toMatchObject({ interactionCount: 21, status: 'new' });
    expect(await db.interactions.count()).toBe(1_050);
  });
});

/** Inputs are validated in batches of 1,000 and each batch's rows sent while the next is validated. */
describe('logInteractions over several batches', () => {
  const many = (count: number, first = 0): InteractionInput[] =>
    Array.from({ length: count }, (_, i) => ({ id: `a${first + i}`, commentId: `c${(first + i) % 3}`, kind: 'flagged' as const, at: new Date(Date.parse(T0) + 60_000 * (first + i + 1)).toISOString() }));

  async function seeded() {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c0'), makeComment('c1'), makeComment('c2')], T0);
    return db;
  }

  it('logs every row, returned in input order, and folds them all into the states', async () => {
    const db = await seeded();
    const inputs = many(2_500);
    const rows = await logInteractions(db, inputs);
    expect(rows.map((r) => r.id)).toEqual(inputs.map((i) => i.id));
    expect(await db.interactions.count()).toBe(2_503);
    expect((await getComment(db, 'c0'))?.interactionCount).toBe(1 + 834);
    expect((await commentHistory(db, 'c2')).length).toBe(1 + 833);
  });

  it('leaves nothing behind when an input of a later batch is invalid, though earlier batches were sent', async () => {
    const db = await seeded();
    const inputs: unknown[] = [...many(2_400), { commentId: 'c0', kind: 'hugged', at: T0 }];
    await expect(logInteractions(db, inputs as InteractionInput[])).rejects.toThrow(InvalidInputError);
    await expect(logInteractions(db, inputs as InteractionInput[])).rejects.toThrow(/interaction #2400/);
    expect(await db.interactions.count()).toBe(3);
    expect((await getComment(db, 'c0'))?.interactionCount).toBe(1);
  });

  it('leaves nothing behind when the log refuses a row of a later batch (an id already logged)', async () => {
    const db = await seeded();
    await logInteractions(db, many(1));
    const inputs = [...many(2_000, 1), ...many(1)];
    await expect(logInteractions(db, inputs)).rejects.toThrow();
    expect(await db.interactions.count()).toBe(4);
    expect((await getComment(db, 'c0'))?.logIds).toHaveLength(2);
  });

  it('records a comment new to the log named in a later batch, and logs every row', async () => {
    const db = await seeded();
    const inputs: InteractionInput[] = [...many(1_500), { id: 'late', commentId: 'c9', kind: 'flagged', at: T0, comment: makeComment('c9') as never, brandId: 'b1' }, ...many(600, 1_500)];
    const rows = await logInteractions(db, inputs);
    expect(rows.map((r) => r.id)).toEqual(inputs.map((i) => i.id));
    expect((await commentHistory(db, 'c9')).map((r) => r.kind)).toEqual(['seen', 'flagged']);
    expect(await db.interactions.count()).toBe(3 + 2_101 + 1);
  });
});
