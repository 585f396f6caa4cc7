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
});
