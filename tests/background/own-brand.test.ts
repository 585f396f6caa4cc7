import { describe, expect, it } from 'vitest';
import { logReportedComments } from '@/entrypoints/background/seen';
import { database } from '@/entrypoints/background/db';
import { saveBrand } from '@/lib/db/brands';
import { statusesFor } from '@/lib/db/interactions';
import { updateSettings } from '@/lib/db/settings';
import type { MessageOf } from '@/lib/messaging/protocol';
import type { Comment } from '@/lib/schema/comment';
import type { AccountRef } from '@/lib/schema/brand';
import { FB_COMPLAINT, FB_POST, facebookPageWith, facebookReply } from '../sites/forged-brand';
import { loadFixture } from '../sites/load-fixture';
import { scanPage } from '@/lib/sites';
import { SCAN_NOW } from '../sites/expectations';

/**
 * Issue 19: a stranger posing as the brand must not answer a complaint. The page is read by the real
 * adapter, reported to the background as a content script would, and the complaint's status is read
 * back from the log.
 */

const STAMP = '2026-11-23T09:00:00.000Z';
let run = 0;

async function freshBrand(ownAccounts: AccountRef[]): Promise<void> {
  const db = await database();
  // A brand of its own per test: the log is shared by the background's database.
  const id = `ml-${++run}`;
  await saveBrand(db, { id, name: 'Maison Lumière', ownAccounts, createdAt: STAMP, updatedAt: STAMP });
  await updateSettings(db, { activeBrandId: id, onboarded: true });
}

const report = (comments: Comment[]): MessageOf<'page/comments'> => ({
  type: 'page/comments',
  comments,
  reset: true,
  health: { platform: 'facebook', url: FB_POST, status: 'ok', commentCount: comments.length, unreadable: 0, checkedAt: STAMP },
});

/** The comments of the page with the complaint's id made unique to this run (the log is shared). */
function uniqueIds(comments: Comment[]): { comments: Comment[]; complaint: string } {
  const suffix = `-${run}`;
  const rename = (id: string | undefined) => (id === undefined ? undefined : `${id}${suffix}`);
  return {
    comments: comments.map((c) => ({ ...c, id: rename(c.id)!, ...(c.parentId ? { parentId: rename(c.parentId) } : {}) })),
    complaint: `${FB_COMPLAINT}${suffix}`,
  };
}

async function statusAfter(comments: Comment[]): Promise<string | undefined> {
  const db = await database();
  const page = uniqueIds(comments);
  await logReportedComments(report(page.comments));
  return (await statusesFor(db, [page.complaint])).get(page.complaint)?.status;
}

describe('issue 19: only the brand answers a complaint', () => {
  const facebookBrand: AccountRef[] = [{ platform: 'facebook', handle: 'maisonlumiere' }];

  it('the brand’s real reply answers it (control)', async () => {
    await freshBrand(facebookBrand);
    loadFixture('facebook/post-fr.html');
    expect(await statusAfter(scanPage(document, FB_POST, { now: SCAN_NOW }).comments)).toBe('replied');
  });

  it('a stranger named like the page does not answer it', async () => {
    await freshBrand(facebookBrand);
    const comments = facebookPageWith(facebookReply({ id: 'Zm9yZ2VkMQ', profile: 'maison.lumiere.sav.officiel', name: 'Maison Lumière', text: 'Bonjour Camille, écrivez-nous sur WhatsApp.' }));
    expect(await statusAfter(comments)).toBe('new');
  });

  it('a stranger whose reply reads "Auteur" does not answer it, with or without the brand’s accounts configured', async () => {
    for (const accounts of [facebookBrand, []]) {
      await freshBrand(accounts);
      const comments = facebookPageWith(facebookReply({ id: 'Zm9yZ2VkMg', profile: 'julien.petit.77', name: 'Julien Petit', text: 'Auteur' }));
      expect(await statusAfter(comments)).toBe('new');
    }
  });

  it('the brand’s account answers it even without the badge (recognised by its configured handle)', async () => {
    await freshBrand([{ platform: 'facebook', handle: 'https://www.facebook.com/MaisonLumiere/' }]);
    const comments = facebookPageWith(facebookReply({ id: 'cmVhbDE', profile: 'maisonlumiere', name: 'Maison Lumière', text: 'Bonjour Camille, nous regardons tout de suite.' }));
    expect(comments.find((c) => c.id === 'cmVhbDE')?.isOwnBrand).toBe(false);
    expect(await statusAfter(comments)).toBe('replied');
  });

  it('an "Auteur" badge on another account than the brand’s configured one marks that post’s author, not the brand', async () => {
    await freshBrand(facebookBrand);
    loadFixture('facebook/post-fr.html');
    const comments = scanPage(document, FB_POST, { now: SCAN_NOW }).comments.map((c) =>
      c.isOwnBrand ? { ...c, author: { ...c.author, name: 'Camille Roux', handle: 'camille.roux.52', profileUrl: 'https://www.facebook.com/camille.roux.52' } } : c,
    );
    expect(await statusAfter(comments)).toBe('new');
  });
});
