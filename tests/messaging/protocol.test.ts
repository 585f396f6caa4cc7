import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/lib/messaging/protocol';

const health = {
  platform: 'x',
  url: 'https://x.com/brand/status/1',
  status: 'ok',
  commentCount: 1,
  checkedAt: '2026-11-23T10:00:00.000Z',
} as const;

const comment = {
  platform: 'x',
  id: '1860000000000000001',
  author: { name: 'Léa', handle: 'lea', verified: false },
  text: 'Toujours pas reçu ma commande 😡',
  postUrl: 'https://x.com/brand/status/1',
} as const;

describe('message protocol', () => {
  it('accepts a well-formed comments report and fills defaults', () => {
    const msg = parseMessage({ type: 'page/comments', comments: [comment], reset: true, health });
    expect(msg?.type).toBe('page/comments');
    if (msg?.type !== 'page/comments') throw new Error('wrong type');
    expect(msg.comments[0]?.truncated).toBe(false);
    expect(msg.health.unreadable).toBe(0);
  });

  it('rejects an unknown type and says why', () => {
    const reasons: string[] = [];
    expect(parseMessage({ type: 'page/evil' }, (r) => reasons.push(r))).toBeUndefined();
    expect(reasons[0]).toMatch(/type/);
  });

  it('drops a comment whose link is not a web URL and keeps the rest of the report', () => {
    const bad = { ...comment, id: 'bad', postUrl: 'javascript:alert(1)' };
    const msg = parseMessage({ type: 'page/comments', comments: [bad, comment], reset: false, health });
    expect(msg?.type === 'page/comments' && msg.comments.map((c) => c.id)).toEqual([comment.id]);
  });

  it('rejects a report whose envelope is malformed', () => {
    expect(parseMessage({ type: 'page/comments', comments: 'nope', reset: false, health })).toBeUndefined();
    expect(parseMessage({ type: 'page/comments', comments: [], reset: 'yes', health })).toBeUndefined();
  });

  it('rejects an empty insert', () => {
    expect(parseMessage({ type: 'content/insert', text: '' })).toBeUndefined();
  });

  it('rejects a message carrying a key the protocol does not name (strict, not stripped)', () => {
    const reasons: string[] = [];
    expect(parseMessage({ type: 'bg/ping' })).toEqual({ type: 'bg/ping' });
    expect(parseMessage({ type: 'bg/ping', extra: { evil: true } }, (r) => reasons.push(r))).toBeUndefined();
    expect(reasons[0]).toMatch(/extra/);
    expect(parseMessage({ type: 'page/comments', comments: [comment], reset: true, health, tabId: 3 })).toBeUndefined();
    expect(parseMessage({ type: 'content/insert', text: 'Bonjour', html: '<b>Bonjour</b>' })).toBeUndefined();
    expect(parseMessage({ type: 'content/locate', commentId: 'c1', selector: 'body' })).toBeUndefined();
    expect(parseMessage({ type: 'bg/snapshot-profile', profile: undefined, extra: 1 })).toBeUndefined();
    const gap = { name: 'n', kind: 'fill-in', start: 0, end: 3 };
    const labels = { title: 'T', ok: 'OK', cancel: 'Annuler' };
    expect(parseMessage({ type: 'content/insert-at-caret', text: '[n]', gaps: [gap], labels })?.type).toBe('content/insert-at-caret');
    expect(parseMessage({ type: 'content/insert-at-caret', text: '[n]', gaps: [{ ...gap, html: 'x' }], labels })).toBeUndefined();
    expect(parseMessage({ type: 'content/insert-at-caret', text: '[n]', gaps: [gap], labels: { ...labels, html: 'x' } })).toBeUndefined();
  });
});
