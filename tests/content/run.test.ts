import { x } from '@/lib/sites/x';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startContentScript, type ContentScript } from '@/lib/content/run';
import { locateComment } from '@/lib/content/locate';
import type { CommentsReport } from '@/lib/content/watcher';
import { InsertReplySchema, LocateReplySchema, SnapshotReplySchema } from '@/lib/messaging/protocol';
import { fixtureGlobal, loadFixture, loadFixtureWithEditors, setPageUrl } from '../sites/load-fixture';

let run: ContentScript | undefined;
afterEach(() => {
  run?.stop();
  run = undefined;
  vi.useRealTimers();
});

async function boot(file: string, url: string) {
  await loadFixtureWithEditors(file);
  setPageUrl(url);
  const sent: CommentsReport[] = [];
  let handler: ((raw: unknown) => Promise<unknown> | undefined) | undefined;
  const unsubscribe = vi.fn();
  const copy = vi.fn(async () => true);
  run = startContentScript({
    adapter: x,
    document,
    window,
    send: (msg) => {
      if (msg.type === 'page/comments') sent.push(msg);
      return Promise.reject(new Error('Receiving end does not exist'));
    },
    onMessage: (h) => {
      handler = h;
      return unsubscribe;
    },
    copy,
  });
  const ask = (msg: unknown) => handler!(msg);
  return { sent, ask, unsubscribe, copy };
}

describe('content script runner', () => {
  it('reports the page on start even when nobody listens', async () => {
    const { sent } = await boot('x/post-en.html', 'https://x.com/maisonlumiere/status/1860000000000000002');
    expect(sent[0]).toMatchObject({ type: 'page/comments', reset: true, health: { platform: 'x', status: 'ok' } });
    // The rest of the page follows in later slices (lib/content/watcher.ts), each comment once.
    for (let i = 0; i < 50 && sent.flatMap((m) => m.comments).length < 6; i++) await new Promise((r) => setTimeout(r, 20));
    expect(sent.flatMap((m) => m.comments.map((c) => c.id)).sort()).toHaveLength(6);
    expect(sent.filter((m) => m.reset)).toHaveLength(1);
    expect(sent.at(-1)!.health.commentCount).toBe(6);
  });

  it('answers a snapshot with every known comment and the health', async () => {
    const { ask } = await boot('x/post-en.html', 'https://x.com/maisonlumiere/status/1860000000000000002');
    const reply = SnapshotReplySchema.parse(await ask({ type: 'content/snapshot' }));
    expect(reply.comments.map((c) => c.id)).toEqual(['1860000000000000021', '1860000000000000022', '1860000000000000023', '1860000000000000024', '1860000000000000025', '1860000000000000026']);
    expect(reply.health.status).toBe('ok');
  });

  it('inserts a reply on request, and never sends it', async () => {
    const { ask } = await boot('x/post-en.html', 'https://x.com/maisonlumiere/status/1860000000000000002');
    const reply = InsertReplySchema.parse(await ask({ type: 'content/insert', commentId: '1860000000000000026', text: 'Hi Oliver, we are on it.' }));
    expect(reply).toEqual({ ok: true, method: 'inserted' });
    const box = document.querySelector('#layers [role="dialog"] .x-modal-editor [data-testid="tweetTextarea_0"]')!;
    expect(fixtureGlobal().stateOf(box)).toEqual({ text: 'Hi Oliver, we are on it.', submitEnabled: true });
    expect(fixtureGlobal().submitted).toEqual([]);
  });

  it('copies instead of guessing when the comment is gone, and never uses the post’s box', async () => {
    const { ask, copy } = await boot('x/post-en.html', 'https://x.com/maisonlumiere/status/1860000000000000002');
    const reply = InsertReplySchema.parse(await ask({ type: 'content/insert', commentId: '999', text: 'Hello' }));
    expect(reply).toMatchObject({ ok: false, method: 'copied' });
    expect(reply.reason).toMatch(/no longer on the page/u);
    expect(copy).toHaveBeenCalledWith('Hello');
    expect(fixtureGlobal().stateOf(document.querySelector('[data-testid="tweetTextarea_0"]')!)!.text).toBe('');
  });

  it('locates a comment, and says so when it cannot', async () => {
    const { ask } = await boot('x/post-en.html', 'https://x.com/maisonlumiere/status/1860000000000000002');
    expect(LocateReplySchema.parse(await ask({ type: 'content/locate', commentId: '1860000000000000024' }))).toEqual({ ok: true });
    expect(document.querySelectorAll('[data-riposte-highlight]')).toHaveLength(1);
    expect(document.querySelector('[data-riposte-highlight] [data-testid="User-Name"]')!.textContent).toContain('Hannah Price');
    expect(LocateReplySchema.parse(await ask({ type: 'content/locate', commentId: 'nope' }))).toMatchObject({ ok: false });
  });

  it('ignores messages that are not for it, and malformed ones', async () => {
    const { ask } = await boot('x/post-en.html', 'https://x.com/maisonlumiere/status/1860000000000000002');
    expect(ask({ type: 'bg/ping' })).toBeUndefined();
    expect(ask({ type: 'content/insert', text: '' })).toBeUndefined();
    expect(ask('hello')).toBeUndefined();
  });

  it('unsubscribes and stops watching when stopped', async () => {
    const { unsubscribe } = await boot('x/post-en.html', 'https://x.com/maisonlumiere/status/1860000000000000002');
    run!.stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});

describe('locateComment', () => {
  it('scrolls to the centre, outlines with one injected stylesheet, and removes the outline after ~2 s', async () => {
    vi.useFakeTimers();
    loadFixture('instagram/post-en.html');
    const row = document.querySelector('.ig-row:not(.ig-caption)')!;
    const scroll = vi.fn();
    (row as HTMLElement).scrollIntoView = scroll;
    locateComment(row, { document, window });
    locateComment(row, { document, window });
    expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
    expect(document.querySelectorAll('#riposte-locate-style')).toHaveLength(1);
    expect(row.hasAttribute('data-riposte-highlight')).toBe(true);
    vi.advanceTimersByTime(1999);
    expect(row.hasAttribute('data-riposte-highlight')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(row.hasAttribute('data-riposte-highlight')).toBe(false);
  });
});
