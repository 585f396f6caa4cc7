import { describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { startSnapshot } from '@/entrypoints/sidepanel/snapshot-request';
import { z } from 'zod';
import { SnapshotReplySchema } from '@/lib/messaging/protocol';
import { checkSnapshot } from '@/lib/panel/snapshot';
import { CommentSchema, HttpUrlSchema } from '@/lib/schema/comment';

const POST = 'https://x.com/maisonlumiere/status/1860000000000000001';
const HEALTH = { platform: 'x', url: POST, status: 'ok', commentCount: 5, checkedAt: '2026-11-23T10:00:00.000Z' };

function raw(id: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    platform: 'x',
    id,
    author: { name: `Auteur ${id}`, handle: `auteur${id}`, profileUrl: `https://x.com/auteur${id}`, verified: false },
    text: `Commentaire ${id}`,
    createdAt: '2026-11-23T09:30:00.000Z',
    permalink: `https://x.com/auteur${id}/status/${id}`,
    postUrl: POST,
    ...over,
  };
}

/** Good comments, a missing default (`truncated`), a key the schema drops, and four it rejects. */
const MIXED = {
  comments: [
    raw('1'),
    raw('2', { permalink: 'javascript:alert(1)' }),
    raw('3', { truncated: true, likes: 4, stray: 'dropped' }),
    'not a comment',
    raw('5', { id: '' }),
    raw('6', { author: { name: 'Sans lien', profileUrl: 'data:text/html,hi', verified: false } }),
    raw('7', { parentId: '1' }),
  ],
  health: HEALTH,
};

/** A clock that moves 3 ms each time it is read: a slice (8 ms) holds a couple of comments. */
function steppingClock(): () => number {
  let t = 0;
  return () => (t += 3);
}

describe('checkSnapshot', () => {
  it('keeps and drops the same comments as SnapshotReplySchema, with values as the schema returns them', async () => {
    const whole = SnapshotReplySchema.parse(MIXED);
    const { rejected, ...checked } = await checkSnapshot(MIXED, async () => undefined, steppingClock());
    expect(checked).toEqual(whole);
    expect(rejected).toHaveLength(4);
    expect(checked.comments.map((c) => c.id)).toEqual(['1', '3', '7']);
    expect(checked.comments[0]?.truncated).toBe(false);
    expect(checked.comments[1]).not.toHaveProperty('stray');
  });

  it('says why each rejected comment was left out', async () => {
    const { rejected } = await checkSnapshot(MIXED, async () => undefined);
    expect(rejected.map((r) => r.index)).toEqual([1, 3, 4, 5]);
    expect(rejected[0]?.reason).toMatch(/permalink/);
    expect(rejected[2]?.reason).toMatch(/id/);
    expect(rejected[3]?.reason).toMatch(/author\.profileUrl/);
  });

  it('hands the thread back between slices, and returns nothing before the last comment is checked', async () => {
    const comments = Array.from({ length: 40 }, (_, i) => raw(String(i + 1)));
    comments[37] = raw('38', { createdAt: 'yesterday' });
    let release!: () => void;
    const pauses: Promise<void>[] = [];
    const pause = vi.fn(() => {
      const held = new Promise<void>((resolve) => (release = resolve));
      pauses.push(held);
      return held;
    });
    let settled = false;
    const checking = checkSnapshot({ comments, health: HEALTH }, pause, steppingClock()).then((r) => ((settled = true), r));
    // Each pause is held until the test lets it go: nothing comes out while one is pending.
    for (let i = 0; i < 100 && !settled; i++) {
      await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
      expect(settled).toBe(false);
      release();
      await new Promise((r) => setTimeout(r, 0));
    }
    const result = await checking;
    expect(pause.mock.calls.length).toBeGreaterThan(5);
    expect(result.comments).toHaveLength(39);
    expect(result.comments.some((c) => c.id === '38')).toBe(false);
    expect(result.rejected.map((r) => r.index)).toEqual([37]);
  });

  it('checks a 2,000-comment page as the schema does, each distinct link once: bad links deep in it are dropped with their reason', async () => {
    // Authors comment several times (one profile link each), every comment sits under the same post,
    // and some links carry the spaces and tabs the schema trims.
    const comments: unknown[] = Array.from({ length: 2_000 }, (_, i) =>
      raw(String(i + 1), {
        author: { name: `Auteur ${i % 700}`, handle: `auteur${i % 700}`, profileUrl: `https://x.com/auteur${i % 700}${i % 7 === 0 ? ' ' : ''}`, verified: false },
        permalink: i % 11 === 0 ? ` https://x.com/a/status/${i + 1}\t` : `https://x.com/a/status/${i + 1}`,
        ...(i % 13 === 0 ? { attachment: { kind: 'link', url: 'https://lumiere.example/lampe', label: 'Lampe' } } : {}),
      }),
    );
    comments[1_873] = raw('1874', { permalink: 'javascript:alert(1)' });
    comments[1_990] = raw('1991', { postUrl: 'data:text/html,hi' });
    // One author's profile link is bad: each of the comments carrying it is dropped, not only the first.
    const bad = { name: 'Piège', profileUrl: 'javascript:void(0)', verified: false };
    comments[1_500] = raw('1501', { author: bad });
    comments[1_650] = raw('1651', { author: bad });
    comments[1_700] = raw('1701', { attachment: { kind: 'link', url: 'ftp://lumiere.example/lampe' } });
    comments[1_750] = raw('1751', { text: 42 });
    const snapshot = { comments, health: { ...HEALTH, commentCount: 2_000 } };
    const linkChecks = vi.spyOn(HttpUrlSchema, 'safeParse');

    const { rejected, ...checked } = await checkSnapshot(snapshot, async () => undefined);
    expect(checked).toEqual(SnapshotReplySchema.parse(snapshot));
    expect(checked.comments).toHaveLength(1_994);
    expect(checked.comments[7]?.author.profileUrl).toBe('https://x.com/auteur7');
    expect(checked.comments[0]?.permalink).toBe('https://x.com/a/status/1');
    expect(rejected.map((r) => r.index)).toEqual([1_500, 1_650, 1_700, 1_750, 1_873, 1_990]);
    // Each with the reason the schema gives on its own.
    for (const { index, reason } of rejected) {
      const verdict = CommentSchema.safeParse(comments[index]);
      expect(verdict.success).toBe(false);
      expect(reason).toBe(z.prettifyError(verdict.error!));
    }
    expect(rejected[0]?.reason).toMatch(/author\.profileUrl/);
    expect(rejected[4]?.reason).toMatch(/permalink/);
    expect(rejected[5]?.reason).toMatch(/postUrl/);
    // One post URL, 700 + 2 profile links, 2,000 permalinks, one attachment link and the bad one.
    const texts = linkChecks.mock.calls.map(([text]) => text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeGreaterThan(2_700);
    expect(texts.length).toBeLessThan(2_000 + 700 + 10);
    linkChecks.mockRestore();
  });

  it('rejects a reply whose envelope is wrong, as parse does', async () => {
    await expect(checkSnapshot({ comments: 'none', health: HEALTH }, async () => undefined)).rejects.toThrow();
    await expect(checkSnapshot({ comments: [] }, async () => undefined)).rejects.toThrow();
    expect(() => SnapshotReplySchema.parse({ comments: [] })).toThrow();
  });
});

function tabAt(id: number, url: string): Browser.tabs.Tab {
  return { id, url, index: 0, windowId: 1, active: true } as Browser.tabs.Tab;
}

describe('startSnapshot', () => {
  it('asks the first tab for its snapshot at once, hands it over once for that tab, and asks again after', async () => {
    const tab = tabAt(7, POST);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ comments: [raw('1'), raw('2', { id: '' })], health: HEALTH } as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const source = startSnapshot(async () => tab);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(send).toHaveBeenCalledWith(7, { type: 'content/snapshot' });

    const lookUp = vi.fn(async () => tab);
    expect(await source.tab(lookUp)).toBe(tab);
    expect(lookUp).not.toHaveBeenCalled();
    const first = await source.snapshot(7);
    expect(first.comments.map((c) => c.id)).toEqual(['1']);
    expect(send).toHaveBeenCalledTimes(1);
    // The dropped comment is reported, with the schema's reason.
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/comment 1 of the tab's snapshot dropped:[\s\S]*id/)));

    // Later lookups and snapshots are fresh.
    expect(await source.tab(lookUp)).toBe(tab);
    expect(lookUp).toHaveBeenCalledTimes(1);
    await source.snapshot(7);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('asks nothing of a tab on no supported site, and does not hand an early snapshot to another tab', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ comments: [], health: HEALTH } as never);
    const elsewhere = startSnapshot(async () => tabAt(3, 'https://example.com/'));
    await elsewhere.tab(async () => undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(send).not.toHaveBeenCalled();

    const moved = startSnapshot(async () => tabAt(7, POST));
    await moved.tab(async () => undefined);
    await moved.snapshot(9);
    expect(send.mock.calls.map(([tabId]) => tabId)).toEqual([7, 9]);
  });
});
