import { describe, expect, it } from 'vitest';
import { openRiposteDb } from '@/lib/db/database';
import {
  authorHistory,
  commentHistory,
  commentsWithStatus,
  getComment,
  logInteraction,
  logInteractions,
  statusesFor,
  UnknownCommentError,
} from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { saveTemplate, getTemplate } from '@/lib/db/templates';
import { InvalidInputError } from '@/lib/db/validate';
import { freshDb, makeComment, makeTemplate, track } from './helpers';

const T0 = '2026-03-02T08:00:00.000Z';

describe('recordSeen', () => {
  it('logs a comment once, with one seen interaction, and reports which were new', async () => {
    const db = await freshDb();
    const first = await recordSeen(db, 'b1', [makeComment('c1'), makeComment('c2')], T0);
    expect(first).toEqual({ added: ['c1', 'c2'], updated: [] });
    const again = await recordSeen(db, 'b1', [makeComment('c1'), makeComment('c3')], '2026-03-02T08:05:00.000Z');
    expect(again).toEqual({ added: ['c3'], updated: [] });

    expect(await db.comments.count()).toBe(3);
    expect(await db.interactions.filter((r) => r.kind === 'seen').count()).toBe(3);
    const c1 = await getComment(db, 'c1');
    expect(c1).toMatchObject({ brandId: 'b1', status: 'new', firstSeenAt: T0, authorKey: 'facebook:lea.martin', interactionCount: 1 });
  });

  it('dedupes across two connections reporting the same comments at once (two tabs)', async () => {
    const db = await freshDb();
    const other = track(await openRiposteDb(db.name));
    const batch = [makeComment('c1'), makeComment('c2'), makeComment('c3')];
    const [a, b] = await Promise.all([recordSeen(db, 'b1', batch, T0), recordSeen(other, 'b1', batch, T0)]);
    expect([...a.added, ...b.added].sort()).toEqual(['c1', 'c2', 'c3']);
    expect(await db.comments.count()).toBe(3);
    expect(await db.interactions.count()).toBe(3);
  });

  it('dedupes after a reload (a new connection) and within one report', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1'), makeComment('c1', { text: 'edited' })], T0);
    db.close();
    const reopened = track(await openRiposteDb(db.name));
    const result = await recordSeen(reopened, 'b1', [makeComment('c1', { text: 'edited' })], T0);
    expect(result).toEqual({ added: [], updated: [] });
    expect((await getComment(reopened, 'c1'))?.text).toBe('edited');
    expect(await reopened.interactions.count()).toBe(1);
  });

  it('refreshes changed fields but keeps status, brand, first sighting and the first triage snapshot', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1', { likes: 1, labels: ['complaint'], sentiment: 'negative' })], T0);
    await logInteraction(db, { commentId: 'c1', kind: 'replied', at: '2026-03-02T08:10:00.000Z' });
    const later = '2026-03-02T10:00:00.000Z';
    const result = await recordSeen(
      db,
      'b2',
      [makeComment('c1', { likes: 4, text: 'Reçu finalement', labels: ['praise'], sentiment: 'positive' })],
      later,
    );
    expect(result.updated).toEqual(['c1']);
    const c1 = await getComment(db, 'c1');
    expect(c1).toMatchObject({
      likes: 4,
      text: 'Reçu finalement',
      brandId: 'b1',
      status: 'replied',
      firstSeenAt: T0,
      lastSeenAt: later,
      labels: ['complaint'],
      sentiment: 'negative',
    });
  });

  it('keeps an author row per person with counts and the freshest follower number', async () => {
    const db = await freshDb();
    const author = { name: 'Léa Martin', handle: 'lea.martin', verified: false, followers: 1200 };
    await recordSeen(db, 'b1', [makeComment('c1', { author }), makeComment('c2', { author })], T0);
    await recordSeen(db, 'b1', [makeComment('c3', { author: { ...author, followers: 1500 } })], '2026-03-03T08:00:00.000Z');
    expect(await db.authors.get('facebook:lea.martin')).toMatchObject({
      commentCount: 3,
      followers: 1500,
      firstSeenAt: T0,
      lastSeenAt: '2026-03-03T08:00:00.000Z',
    });
  });

  it('rejects an invalid comment before writing anything', async () => {
    const db = await freshDb();
    const bad = makeComment('c2', { postUrl: 'javascript:alert(1)' });
    await expect(recordSeen(db, 'b1', [makeComment('c1'), bad], T0)).rejects.toThrow(InvalidInputError);
    await expect(recordSeen(db, 'b1', [makeComment('c1'), bad], T0)).rejects.toThrow(/comment #1/);
    expect(await db.comments.count()).toBe(0);
  });
});

describe('logInteraction', () => {
  it('adds timestamped actions, moves the status on and keeps the history in order', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], T0);
    await logInteraction(db, { commentId: 'c1', kind: 'flagged', at: '2026-03-02T08:01:00.000Z' });
    expect((await statusesFor(db, ['c1'])).get('c1')?.status).toBe('new');
    await logInteraction(db, {
      commentId: 'c1',
      kind: 'escalated',
      department: 'after-sales',
      note: 'Colis 4411 bloqué',
      at: '2026-03-02T10:02:00.000+02:00',
    });
    const escalated = (await statusesFor(db, ['c1'])).get('c1');
    expect(escalated).toMatchObject({ status: 'escalated', lastDepartment: 'after-sales', interactionCount: 3 });
    await logInteraction(db, { commentId: 'c1', kind: 'inserted', templateId: 't1', finalText: 'Bonjour Léa…', at: '2026-03-02T08:15:00.000Z' });
    expect((await statusesFor(db, ['c1'])).get('c1')).toMatchObject({ status: 'drafted', draftInsertedAt: '2026-03-02T08:15:00.000Z' });
    expect((await statusesFor(db, ['c1'])).get('c1')?.firstRepliedAt).toBeUndefined();
    await logInteraction(db, { commentId: 'c1', kind: 'replied', source: 'page', finalText: 'Bonjour Léa…', at: '2026-03-02T08:20:00.000Z' });
    await logInteraction(db, { commentId: 'c1', kind: 'resolved', at: '2026-03-02T09:00:00.000Z' });

    const history = await commentHistory(db, 'c1');
    expect(history.map((h) => h.kind)).toEqual(['seen', 'flagged', 'escalated', 'inserted', 'replied', 'resolved']);
    expect(history[4]?.source).toBe('page');
    // An offset date is stored in UTC so that string order is time order.
    expect(history[2]?.at).toBe('2026-03-02T08:02:00.000Z');
    expect(history.every((h) => h.authorKey === 'facebook:lea.martin' && h.brandId === 'b1')).toBe(true);
    expect((await statusesFor(db, ['c1', 'unknown'])).get('c1')).toMatchObject({
      status: 'resolved',
      firstRepliedAt: '2026-03-02T08:20:00.000Z',
      lastTemplateId: 't1',
      interactionCount: 6,
    });
    expect((await statusesFor(db, ['unknown'])).size).toBe(0);
    expect((await authorHistory(db, 'facebook:lea.martin')).length).toBe(6);
  });

  it('applies a batch in time order and counts template uses', async () => {
    const db = await freshDb();
    await saveTemplate(db, makeTemplate('t1', 'b1'));
    await recordSeen(db, 'b1', [makeComment('c1'), makeComment('c2')], T0);
    await logInteractions(db, [
      { commentId: 'c1', kind: 'reopened', at: '2026-03-02T09:00:00.000Z' },
      { commentId: 'c1', kind: 'ignored', at: '2026-03-02T08:30:00.000Z' },
      { commentId: 'c2', kind: 'inserted', templateId: 't1', at: '2026-03-02T08:40:00.000Z' },
      { commentId: 'c2', kind: 'copied', templateId: 't1', at: '2026-03-02T08:35:00.000Z' },
      { commentId: 'c2', kind: 'inserted', templateId: 'deleted-template', at: '2026-03-02T08:45:00.000Z' },
      { commentId: 'c2', kind: 'replied', source: 'marked', at: '2026-03-02T08:50:00.000Z' },
    ]);
    const statuses = await statusesFor(db, ['c1', 'c2']);
    expect(statuses.get('c1')?.status).toBe('new');
    expect(statuses.get('c2')).toMatchObject({
      status: 'replied',
      firstRepliedAt: '2026-03-02T08:50:00.000Z',
      draftInsertedAt: '2026-03-02T08:45:00.000Z',
      lastTemplateId: 'deleted-template',
    });
    // The answer (marked, no template) is not a use; each draft inserted or copied is, once.
    expect(await getTemplate(db, 't1')).toMatchObject({ usageCount: 2, lastUsedAt: '2026-03-02T08:40:00.000Z' });
    expect((await commentsWithStatus(db, 'b1', 'replied')).map((c) => c.id)).toEqual(['c2']);
  });

  it('records a correction on the comment snapshot', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1', { labels: ['toxic'], sentiment: 'negative' })], T0);
    await logInteraction(db, { commentId: 'c1', kind: 'corrected', labels: ['praise'], sentiment: 'positive', at: '2026-03-02T08:05:00.000Z' });
    expect(await getComment(db, 'c1')).toMatchObject({ labels: ['praise'], sentiment: 'positive', status: 'new' });
  });

  it('logs an action on a comment never seen when the comment comes with it, else refuses', async () => {
    const db = await freshDb();
    await expect(logInteraction(db, { commentId: 'c9', kind: 'replied', at: T0 })).rejects.toThrow(UnknownCommentError);
    await logInteraction(db, {
      commentId: 'c9',
      kind: 'escalated',
      department: 'press',
      at: T0,
      brandId: 'b1',
      comment: makeComment('c9', { platform: 'linkedin', postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:1/' }),
    });
    expect((await commentHistory(db, 'c9')).map((h) => h.kind)).toEqual(['seen', 'escalated']);
    expect((await getComment(db, 'c9'))?.status).toBe('escalated');
  });

  it('is all-or-nothing: one bad input or a duplicate id writes nothing', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], T0);
    await expect(
      logInteractions(db, [
        { commentId: 'c1', kind: 'replied', at: T0 },
        { commentId: 'c1', kind: 'shouted' as 'replied', at: T0 },
      ]),
    ).rejects.toThrow(/interaction #1/);
    await logInteraction(db, { id: 'fixed-id', commentId: 'c1', kind: 'flagged', at: T0 });
    await expect(
      logInteractions(db, [
        { commentId: 'c1', kind: 'replied', at: T0 },
        { id: 'fixed-id', commentId: 'c1', kind: 'flagged', at: T0 },
      ]),
    ).rejects.toThrow();
    expect(await db.interactions.count()).toBe(2);
    expect((await getComment(db, 'c1'))?.status).toBe('new');
  });

  it('skips and reports a stored row that no longer fits the schema', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], T0);
    await db.interactions.add({ id: 'broken', commentId: 'c1', at: '2026-03-02T08:01:00.000Z' } as never);
    await db.commentStates.update('c1', { logIds: [...((await getComment(db, 'c1'))?.logIds ?? []), 'broken'] });
    const history = await commentHistory(db, 'c1');
    expect(history.map((h) => h.kind)).toEqual(['seen']);
    expect(db.invalid).toEqual([expect.objectContaining({ table: 'interactions', key: 'broken' })]);
  });
});

describe('logInteraction guards', () => {
  it('refuses a hand-made `seen` row (recordSeen owns sightings)', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], T0);
    await expect(logInteraction(db, { commentId: 'c1', kind: 'seen' as 'flagged', at: T0 })).rejects.toThrow(InvalidInputError);
  });

  it('refreshes an author seen again within the hour when their follower count changed', async () => {
    const db = await freshDb();
    const author = { name: 'Léa Martin', handle: 'lea.martin', verified: false, followers: 100 };
    await recordSeen(db, 'b1', [makeComment('c1', { author })], T0);
    await recordSeen(db, 'b1', [makeComment('c1', { author: { ...author, followers: 250 } })], '2026-03-02T08:05:00.000Z');
    expect((await db.authors.get('facebook:lea.martin'))?.followers).toBe(250);
    expect((await db.authors.get('facebook:lea.martin'))?.commentCount).toBe(1);
  });
});
