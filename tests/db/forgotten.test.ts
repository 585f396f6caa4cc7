import { describe, expect, it, vi } from 'vitest';
import { countForgotten, forgottenHash, putForgotten, StaleForgottenCheckError, unforgetAuthor, withForgottenHashes, withoutForgotten } from '@/lib/db/forgotten';
import { logPanelActions } from '@/entrypoints/background/log';
import { saveBrand } from '@/lib/db/brands';
import { forgetAuthor } from '@/lib/db/retention';
import { recordSeen } from '@/lib/db/seen';
import { freshDb, makeBrand, makeComment } from './helpers';

const lea = { name: 'Léa Martin', handle: 'lea.martin', verified: false };
const marc = { name: 'Marc Dupont', handle: 'marcd', verified: false };

describe('a forgotten author stays forgotten', () => {
  it('reloading their post stores nothing about them again; others are still logged', async () => {
    const db = await freshDb();
    const page = [makeComment('c1', { author: lea }), makeComment('c2', { author: { ...lea, handle: '@Lea.Martin' } }), makeComment('c3', { author: marc })];
    await recordSeen(db, 'b1', page, '2026-11-23T10:00:00.000Z');
    expect(await db.comments.count()).toBe(3);

    await forgetAuthor(db, 'facebook:lea.martin', '2026-11-24T10:00:00.000Z');
    expect(await db.comments.count()).toBe(1);
    expect(await countForgotten(db)).toBe(1);

    // The same post, reloaded: Léa's comments (whatever the handle's case or "@") are left out.
    const result = await recordSeen(db, 'b1', [...page, makeComment('c4', { author: lea })], '2026-11-30T10:00:00.000Z');
    expect(result.added).toEqual([]);
    expect((await db.comments.toCollection().primaryKeys()).sort()).toEqual(['c3']);
    expect(await db.interactions.filter((r) => r.authorKey === 'facebook:lea.martin').count()).toBe(0);
    expect(await db.authors.get('facebook:lea.martin')).toBeUndefined();
  });

  it('keeps only a hash: no name, handle or author key is stored', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1', { author: lea })], '2026-11-23T10:00:00.000Z');
    await forgetAuthor(db, 'facebook:lea.martin', '2026-11-24T10:00:00.000Z');
    const rows = await db.forgottenAuthors.toArray();
    expect(rows).toEqual([{ hash: await forgottenHash('facebook:lea.martin'), at: '2026-11-24T10:00:00.000Z' }]);
    expect(JSON.stringify(rows)).not.toMatch(/lea|martin/i);
    expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('un-forgetting, by the handle typed again, lets them be logged again', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1', { author: lea })], '2026-11-23T10:00:00.000Z');
    await forgetAuthor(db, 'facebook:lea.martin', '2026-11-24T10:00:00.000Z');
    expect(await unforgetAuthor(db, 'x', 'lea.martin')).toBe(0);
    expect(await unforgetAuthor(db, 'facebook', 'Léa Martin')).toBe(0);
    expect(await unforgetAuthor(db, 'facebook', '   ')).toBe(0);
    expect(await unforgetAuthor(db, 'facebook', 'https://www.facebook.com/LEA.martin/')).toBe(1);
    expect(await countForgotten(db)).toBe(0);
    expect((await recordSeen(db, 'b1', [makeComment('c1', { author: lea })], '2026-11-30T10:00:00.000Z')).added).toEqual(['c1']);
  });

  it('un-forgets someone known by name only, or by profile link, as typed', async () => {
    const db = await freshDb();
    const sam = { name: 'Sam Petit', verified: false };
    const linked = { name: 'Ana', profileUrl: 'https://www.linkedin.com/in/ana-b/', verified: false };
    await recordSeen(db, 'b1', [makeComment('s', { author: sam }), makeComment('a', { author: linked })], '2026-11-23T10:00:00.000Z');
    await forgetAuthor(db, 'facebook:name:sam petit', '2026-11-24T10:00:00.000Z');
    await forgetAuthor(db, 'facebook:www.linkedin.com/in/ana-b', '2026-11-24T10:00:00.000Z');
    expect(await countForgotten(db)).toBe(2);
    expect(await unforgetAuthor(db, 'facebook', ' sam PETIT ')).toBe(1);
    expect(await unforgetAuthor(db, 'facebook', 'https://www.linkedin.com/in/ana-b')).toBe(1);
    expect(await countForgotten(db)).toBe(0);
  });
});

describe('the panel acting on a forgotten person', () => {
  it('logs nothing about them (the action still happens on the page), and logs the others', async () => {
    const db = await freshDb();
    await saveBrand(db, makeBrand('b1'));
    await recordSeen(db, 'b1', [makeComment('c1', { author: lea })], '2026-11-23T10:00:00.000Z');
    await forgetAuthor(db, 'facebook:lea.martin', '2026-11-24T10:00:00.000Z');
    const action = (id: string, author: typeof lea) => ({
      commentId: id,
      kind: 'copied' as const,
      at: '2026-11-30T10:00:00.000Z',
      brandId: 'b1',
      comment: { ...makeComment(id, { author }), truncated: false },
    });

    // The panel is told which comments were not logged, to say so.
    expect(await logPanelActions(db, { type: 'bg/log', interactions: [action('c1', lea)] })).toEqual({ ok: true, ids: [], notStored: ['c1'] });
    expect([await db.comments.count(), await db.interactions.count(), await db.authors.count()]).toEqual([0, 0, 0]);

    const reply = await logPanelActions(db, { type: 'bg/log', interactions: [action('c1', lea), action('c2', marc)] });
    expect(reply).toEqual({ ok: true, ids: [expect.any(String)], notStored: ['c1'] });
    expect(await db.comments.toCollection().primaryKeys()).toEqual(['c2']);
    expect(await db.authors.toCollection().primaryKeys()).toEqual(['facebook:marcd']);
  });
});

describe('hashing only when someone is forgotten', () => {
  it('skips the digests while nobody is forgotten, and runs again with them if someone is forgotten meanwhile', async () => {
    const db = await freshDb();
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const write = vi.fn(async (hashes: readonly string[] | undefined) => db.transaction('r', db.forgottenAuthors, () => withoutForgotten(db, ['a', 'b'], hashes)));
    expect(await withForgottenHashes(db, ['facebook:a', 'facebook:b'], write)).toEqual(['a', 'b']);
    expect(digest).not.toHaveBeenCalled();

    // Forgotten between the check and the transaction: the first run refuses, the second filters.
    let first = true;
    const racing = async (hashes: readonly string[] | undefined) => {
      if (first) {
        first = false;
        await putForgotten(db, await forgottenHash('facebook:b'), '2026-11-30T10:00:00.000Z');
      }
      return write(hashes);
    };
    expect(await withForgottenHashes(db, ['facebook:a', 'facebook:b'], racing)).toEqual(['a']);
    await expect(db.transaction('r', db.forgottenAuthors, () => withoutForgotten(db, ['a'], undefined))).rejects.toBeInstanceOf(StaleForgottenCheckError);
  });
});
