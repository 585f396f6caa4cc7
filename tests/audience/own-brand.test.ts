import { describe, expect, it } from 'vitest';
import { isBrandComment, markBrandComments } from '@/lib/audience/own-brand';
import { answeredOnPageIds } from '@/lib/panel/queue';
import type { AccountRef } from '@/lib/schema/brand';
import type { Comment } from '@/lib/schema/comment';

const POST = 'https://x.com/camilled/status/1';

function comment(id: string, over: Partial<Comment> = {}): Comment {
  return {
    platform: 'x',
    id,
    author: { name: 'Maison Lumière', handle: 'camilled', verified: false },
    text: 'text',
    truncated: false,
    postUrl: POST,
    ...over,
  };
}

const brand = (ownAccounts: AccountRef[]) => ({ ownAccounts });

describe('isBrandComment: the brand is its configured accounts (issue 19)', () => {
  it('matches the configured handle, however it was typed (@, URL, case, trailing slash)', () => {
    for (const handle of ['maisonlumiere', '@MaisonLumiere', 'https://x.com/maisonlumiere', 'maisonlumiere/']) {
      expect(isBrandComment(brand([{ platform: 'x', handle }]), comment('a', { author: { name: 'ML', handle: 'MaisonLumiere', verified: false } })), handle).toBe(true);
    }
  });

  it('reads the account from the profile link when the handle is missing (Facebook, LinkedIn)', () => {
    const fb = comment('a', { platform: 'facebook', author: { name: 'ML', profileUrl: 'https://www.facebook.com/maisonlumiere', verified: false } });
    expect(isBrandComment(brand([{ platform: 'facebook', handle: 'maisonlumiere' }]), fb)).toBe(true);
    const li = comment('b', { platform: 'linkedin', author: { name: 'ML', profileUrl: 'https://www.linkedin.com/company/maisonlumiere/', verified: false } });
    expect(isBrandComment(brand([{ platform: 'linkedin', handle: 'https://www.linkedin.com/company/maisonlumiere/' }]), li)).toBe(true);
  });

  it('never matches a display name, even equal to the brand’s or to the account’s name', () => {
    const own: AccountRef[] = [{ platform: 'x', handle: 'maisonlumiere', name: 'Maison Lumière' }];
    expect(isBrandComment(brand(own), comment('a'))).toBe(false);
  });

  it('the site’s badge counts when the brand has no account on that site, or the author’s account is unreadable', () => {
    expect(isBrandComment(brand([]), comment('a', { isOwnBrand: true }))).toBe(true);
    expect(isBrandComment(brand([{ platform: 'facebook', handle: 'maisonlumiere' }]), comment('a', { isOwnBrand: true }))).toBe(true);
    const unreadable = comment('b', { isOwnBrand: true, author: { name: 'Maison Lumière', verified: false } });
    expect(isBrandComment(brand([{ platform: 'x', handle: 'maisonlumiere' }]), unreadable)).toBe(true);
  });

  it('the badge on another account than the configured one is that post’s author (a customer’s own thread), not the brand', () => {
    expect(isBrandComment(brand([{ platform: 'x', handle: 'maisonlumiere' }]), comment('a', { isOwnBrand: true }))).toBe(false);
  });
});

describe('the panel answers a comment only with the brand’s own reply (issue 19)', () => {
  it('a reply by a stranger badged as the post’s author does not answer; the brand’s account does', () => {
    const own: AccountRef[] = [{ platform: 'x', handle: 'maisonlumiere' }];
    const complaint = comment('c1', { author: { name: 'Camille', handle: 'camilled', verified: false }, text: 'Toujours rien reçu' });
    const selfReply = comment('c2', { parentId: 'c1', isOwnBrand: true, text: 'Personne ne répond ?' });
    const marked = markBrandComments(brand(own), [complaint, selfReply]);
    expect(marked[0]).toBe(complaint); // unchanged comments keep their identity (triage caches)
    expect(marked[1]!.isOwnBrand).toBe(false);
    expect(answeredOnPageIds(marked).has('c1')).toBe(false);

    const brandReply = comment('r1', { parentId: 'c1', author: { name: 'Maison Lumière', handle: 'maisonlumiere', verified: true } });
    expect(answeredOnPageIds(markBrandComments(brand(own), [complaint, brandReply])).has('c1')).toBe(true);
  });
});

describe('markBrandComments keys the brand once per site and says what isBrandComment says', () => {
  it('agrees comment by comment across sites with and without accounts, badges, handles and links', () => {
    const b = brand([
      { platform: 'x', handle: '@MaisonLumiere' },
      { platform: 'facebook', handle: 'https://www.facebook.com/maison.lumiere' },
    ]);
    const authors = [
      { name: 'Maison Lumière', handle: 'maisonlumiere', verified: false },
      { name: 'Maison Lumière', handle: 'camilled', verified: true },
      { name: 'Maison Lumière', verified: false },
      { name: 'ML', verified: false, profileUrl: 'https://www.facebook.com/maison.lumiere' },
      { name: 'ML', verified: false, profileUrl: 'https://www.facebook.com/someone.else' },
    ];
    const comments: Comment[] = [];
    for (const platform of ['x', 'facebook', 'instagram', 'linkedin'] as const) {
      for (const [i, author] of authors.entries()) {
        for (const isOwnBrand of [true, false, undefined]) {
          comments.push(comment(`${platform}-${i}-${String(isOwnBrand)}`, { platform, author, ...(isOwnBrand === undefined ? {} : { isOwnBrand }) }));
        }
      }
    }
    const marked = markBrandComments(b, comments);
    expect(marked.map((c) => c.isOwnBrand === true)).toEqual(comments.map((c) => isBrandComment(b, c)));
    // Both answers occur on a site without accounts (the badge alone) and on one with them.
    expect(new Set(marked.filter((c) => c.platform === 'instagram').map((c) => c.isOwnBrand === true))).toEqual(new Set([true, false]));
    expect(new Set(marked.filter((c) => c.platform === 'facebook').map((c) => c.isOwnBrand === true))).toEqual(new Set([true, false]));
  });
});
