import { describe, expect, it } from 'vitest';
import { getAuthor, updateAuthor } from '@/lib/db/authors';
import { getBrand, saveBrand } from '@/lib/db/brands';
import { commentHistory, getComment, logInteraction } from '@/lib/db/interactions';
import { forgetAuthor, purgeIfDue, purgeOlderThan, REDACTED } from '@/lib/db/retention';
import { recordSeen } from '@/lib/db/seen';
import { saveSettings } from '@/lib/db/settings';
import { saveTemplate } from '@/lib/db/templates';
import { freshDb, makeBrand, makeComment, makeTemplate } from './helpers';

const lea = { name: 'Léa Martin', handle: 'lea.martin', verified: false };
const marc = { name: 'Marc Dupont', handle: 'marcd', verified: false };
const sam = { name: 'Sam', verified: false };

describe('purgeOlderThan', () => {
  it('removes old comments, their log and stale uncurated authors; keeps the rest', async () => {
    const db = await freshDb();
    await saveBrand(db, makeBrand('b1'));
    await saveTemplate(db, makeTemplate('t1', 'b1'));
    await saveSettings(db, { retentionDays: 30 });
    // January: three comments. c-old is never seen again; c-kept shows up again in March.
    await recordSeen(db, 'b1', [makeComment('c-old', { author: marc }), makeComment('c-kept', { author: lea }), makeComment('c-curated', { author: sam })], '2026-01-05T10:00:00.000Z');
    await logInteraction(db, { commentId: 'c-old', kind: 'replied', at: '2026-01-05T11:00:00.000Z' });
    await logInteraction(db, { commentId: 'c-kept', kind: 'flagged', at: '2026-01-05T11:00:00.000Z' });
    await updateAuthor(db, 'facebook:name:sam', { notes: 'Client fidèle' });
    await logInteraction(db, { commentId: 'c-curated', kind: 'ignored', at: '2026-01-05T12:00:00.000Z' });
    await recordSeen(db, 'b1', [makeComment('c-kept', { author: lea })], '2026-03-01T10:00:00.000Z');
    await logInteraction(db, { commentId: 'c-kept', kind: 'replied', at: '2026-03-01T10:05:00.000Z' });

    const result = await purgeOlderThan(db, 30, '2026-03-10T00:00:00.000Z');
    expect(result).toEqual({ cutoff: '2026-02-08T00:00:00.000Z', comments: 2, interactions: 6, authors: 1 });

    expect((await db.comments.toCollection().primaryKeys()).sort()).toEqual(['c-kept']);
    // c-kept keeps its March reply; its January sighting and flag are past retention.
    expect((await commentHistory(db, 'c-kept')).map((r) => r.kind)).toEqual(['replied']);
    expect(await getAuthor(db, 'facebook:marcd')).toBeUndefined();
    expect(await getAuthor(db, 'facebook:lea.martin')).toBeDefined();
    expect((await getAuthor(db, 'facebook:name:sam'))?.notes).toBe('Client fidèle');
    expect(await db.brands.count()).toBe(1);
    expect(await db.templates.count()).toBe(1);
    expect(await db.settings.count()).toBe(1);
  });

  it('keeps everything with 0 days, and the automatic purge runs at most daily', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], '2025-01-01T00:00:00.000Z');
    expect((await purgeOlderThan(db, 0, '2026-03-10T00:00:00.000Z')).comments).toBe(0);
    expect(await db.comments.count()).toBe(1);
    await expect(purgeOlderThan(db, -1, '2026-03-10T00:00:00.000Z')).rejects.toThrow(RangeError);

    await saveSettings(db, { retentionDays: 365 });
    expect((await purgeIfDue(db, '2026-03-10T00:00:00.000Z'))?.comments).toBe(1);
    await recordSeen(db, 'b1', [makeComment('c2')], '2024-01-01T00:00:00.000Z');
    expect(await purgeIfDue(db, '2026-03-10T20:00:00.000Z')).toBeUndefined();
    expect((await purgeIfDue(db, '2026-03-11T01:00:00.000Z'))?.comments).toBe(1);
    await saveSettings(db, { retentionDays: 0 });
    expect(await purgeIfDue(db, '2026-04-11T01:00:00.000Z')).toBeUndefined();
  });
});

describe('forgetAuthor', () => {
  it('removes every trace of one person and exactly that', async () => {
    const db = await freshDb();
    await saveBrand(db, makeBrand('b1', {
      watchlist: [
        { who: '@Lea.Martin', platform: 'facebook', kind: 'vip' },
        { who: 'Léa Martin', kind: 'influencer' },
        { who: 'lea.martin', platform: 'x', kind: 'journalist' }, // another site: another person
        { who: 'marcd', kind: 'partner' },
      ],
    }));
    await saveBrand(db, makeBrand('b2'));
    await recordSeen(db, 'b1', [makeComment('lea-1', { author: lea }), makeComment('marc-1', { author: marc, text: '+1 avec @lea.martin, et Léa Martin a raison' })], '2026-03-02T08:00:00.000Z');
    await recordSeen(db, 'b2', [makeComment('lea-2', { author: lea, platform: 'facebook' })], '2026-03-02T09:00:00.000Z');
    await logInteraction(db, { commentId: 'lea-1', kind: 'replied', finalText: 'Bonjour Léa Martin, désolés', at: '2026-03-02T08:10:00.000Z' });
    await logInteraction(db, { commentId: 'lea-2', kind: 'escalated', department: 'after-sales', at: '2026-03-02T09:10:00.000Z' });
    await logInteraction(db, { commentId: 'marc-1', kind: 'escalated', note: 'Même souci que lea.martin (commande 88)', department: 'after-sales', at: '2026-03-02T08:20:00.000Z' });
    await logInteraction(db, { commentId: 'marc-1', kind: 'replied', finalText: 'Merci Marc', at: '2026-03-02T08:30:00.000Z' });
    await updateAuthor(db, 'facebook:marcd', { notes: 'Ami de Léa Martin, écrit aussi pour leamartinette' });

    const result = await forgetAuthor(db, 'facebook:lea.martin');
    expect(result).toEqual({ comments: 2, interactions: 4, authors: 1, watchlistEntries: 2, redactedTexts: 3 });

    expect(await getComment(db, 'lea-1')).toBeUndefined();
    expect(await getComment(db, 'lea-2')).toBeUndefined();
    expect(await db.interactions.filter((r) => r.authorKey === 'facebook:lea.martin').count()).toBe(0);
    expect(await getAuthor(db, 'facebook:lea.martin')).toBeUndefined();
    expect((await getBrand(db, 'b1'))?.watchlist.map((w) => w.who)).toEqual(['lea.martin', 'marcd']);

    // Marc stays, with the mentions of Léa redacted and the unrelated word kept.
    expect((await getComment(db, 'marc-1'))?.text).toBe(`+1 avec ${REDACTED}, et ${REDACTED} a raison`);
    const marcHistory = await commentHistory(db, 'marc-1');
    expect(marcHistory.map((r) => r.kind)).toEqual(['seen', 'escalated', 'replied']);
    expect(marcHistory[1]?.note).toBe(`Même souci que ${REDACTED} (commande 88)`);
    expect(marcHistory[2]?.finalText).toBe('Merci Marc');
    expect((await getAuthor(db, 'facebook:marcd'))?.notes).toBe(`Ami de ${REDACTED}, écrit aussi pour leamartinette`);

    // Forgetting again finds nothing.
    expect(await forgetAuthor(db, 'facebook:lea.martin')).toEqual({ comments: 0, interactions: 0, authors: 0, watchlistEntries: 0, redactedTexts: 0 });
  });

  it('does not redact a one-word name that is also an ordinary word', async () => {
    const db = await freshDb();
    const orange = { name: 'Orange', verified: false };
    await recordSeen(db, 'b1', [makeComment('o1', { author: orange }), makeComment('p1', { author: marc, text: 'Je suis chez Orange' })], '2026-03-02T08:00:00.000Z');
    const result = await forgetAuthor(db, 'facebook:name:orange');
    expect(result).toMatchObject({ comments: 1, redactedTexts: 0 });
    expect((await getComment(db, 'p1'))?.text).toBe('Je suis chez Orange');
  });
});
