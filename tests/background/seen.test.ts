import { describe, expect, it } from 'vitest';
import { logReportedComments } from '@/entrypoints/background/seen';
import { database } from '@/entrypoints/background/db';
import { saveBrand } from '@/lib/db/brands';
import { commentHistory, getComment, logInteraction, statusesFor } from '@/lib/db/interactions';
import { updateSettings } from '@/lib/db/settings';
import type { MessageOf } from '@/lib/messaging/protocol';
import type { Comment } from '@/lib/schema/comment';

const POST = 'https://x.com/maisonlumiere/status/1860000000000000001';
const STAMP = '2026-11-23T09:00:00.000Z';
const comment = (id: string, over: Partial<Comment>): Comment => ({
  platform: 'x',
  id,
  author: { name: 'Camille Durand', handle: 'camilled', verified: false },
  text: 'Toujours pas reçu ma commande',
  truncated: false,
  postUrl: POST,
  ...over,
});
const report = (comments: Comment[]): MessageOf<'page/comments'> => ({
  type: 'page/comments',
  comments,
  reset: true,
  health: { platform: 'x', url: POST, status: 'ok', commentCount: comments.length, unreadable: 0, checkedAt: STAMP },
});

describe('background: a page report answers the comments the brand replied to', () => {
  it('turns a drafted comment into an answered one when the brand’s account replies under it', async () => {
    const db = await database();
    await saveBrand(db, { id: 'ml', name: 'Maison Lumière', ownAccounts: [{ platform: 'x', handle: 'maisonlumiere' }], createdAt: STAMP, updatedAt: STAMP });
    await updateSettings(db, { activeBrandId: 'ml', onboarded: true });

    const question = comment('q1', {});
    await logReportedComments(report([question]));
    await logInteraction(db, { commentId: 'q1', kind: 'inserted', templateId: 't1', at: new Date().toISOString() });
    expect((await statusesFor(db, ['q1'])).get('q1')?.status).toBe('drafted');

    // The draft was posted: the page now shows the brand's reply (its account, no "Author" mark).
    const reply = comment('r1', { author: { name: 'Maison Lumière', handle: 'maisonlumiere', verified: true }, text: 'Bonjour Camille, on regarde.', parentId: 'q1' });
    await logReportedComments(report([question, reply]));
    expect((await statusesFor(db, ['q1'])).get('q1')?.status).toBe('replied');
    await logReportedComments(report([question, reply]));
    // The brand's own reply is an answer, not a comment waiting for one.
    expect(await getComment(db, 'r1')).toBeUndefined();
    expect((await commentHistory(db, 'q1')).filter((r) => r.kind === 'replied')).toEqual([
      expect.objectContaining({ source: 'page', finalText: 'Bonjour Camille, on regarde.' }),
    ]);
  });
});
