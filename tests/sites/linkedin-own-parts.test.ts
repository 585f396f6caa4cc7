import { describe, expect, it } from 'vitest';
import { extractComments } from '@/lib/sites';
import { setPageUrl } from './load-fixture';

const POST = 'https://www.linkedin.com/feed/update/urn:li:activity:7249000000000000002/';
const NOW = Date.parse('2026-11-23T12:00:00Z');

/** A legacy (Ember) comment; `replies` go where the markup of some pages puts them: before or after the comment's own fields. */
function legacy(n: number, name: string, opts: { reactions?: number; replies?: string; repliesFirst?: boolean; repliesCount?: string; author?: boolean } = {}): string {
  const list = opts.replies ? `<div class="comments-replies-list">${opts.replies}</div>` : '';
  const own = `
    <div class="comments-comment-meta__container">
      <a class="comments-comment-meta__description-container" href="/in/person-${n}/">
        <h3><span class="comments-comment-meta__description-title">${name}</span>${opts.author ? '<div class="comments-comment-meta__badge"><span>Author</span></div>' : ''}</h3>
        <div class="comments-comment-meta__description-subtitle">Headline ${n}</div>
      </a>
      <time class="comments-comment-meta__data">${n}h</time>
    </div>
    <div class="comments-comment-item__main-content"><span dir="ltr">Text ${n}</span></div>
    <div class="comments-comment-social-bar">
      <button type="button">Like</button>
      ${opts.reactions === undefined ? '' : `<button type="button" class="comments-comment-social-bar__reactions-count--cr"><span>${opts.reactions}</span></button>`}
      ${opts.repliesCount ? `<span>${opts.repliesCount}</span>` : ''}
    </div>`;
  return `<article class="comments-comment-entity" data-id="urn:li:comment:(activity:7249000000000000002,724900000000020000${n})">${opts.repliesFirst ? list + own : own + list}</article>`;
}

describe('LinkedIn legacy comments read from their own elements only', () => {
  it('never takes a field from a nested reply, whether the replies come before or after the comment’s own fields', () => {
    for (const repliesFirst of [false, true]) {
      setPageUrl(POST);
      const reply = legacy(2, 'Reply Author', { reactions: 7, repliesCount: '3 replies', author: true });
      document.body.innerHTML = legacy(1, 'Top Author', { replies: reply, repliesFirst });
      const comments = extractComments(document, POST, { now: NOW });
      const top = comments.find((c) => c.text === 'Text 1');
      const nested = comments.find((c) => c.text === 'Text 2');
      expect(top?.author).toMatchObject({ name: 'Top Author', headline: 'Headline 1', profileUrl: 'https://www.linkedin.com/in/person-1/' });
      // The reply's reactions, replies count and Author badge are its own, not its parent's.
      expect(top?.likes).toBeUndefined();
      expect(top?.replies).toBeUndefined();
      expect(top?.isOwnBrand).toBe(false);
      expect(top?.createdAt).toBe(new Date(NOW - 3_600_000).toISOString());
      expect(nested).toMatchObject({ likes: 7, replies: 3, isOwnBrand: true, parentId: top?.id });
    }
  });

  it('reads a 2026-layout comment without its nested reply’s name, age, text or counts', () => {
    setPageUrl(POST);
    const sdui = (n: number, name: string, age: string, inside = ''): string => {
      const key = `replaceableComment_urn:li:comment:(urn:li:activity:7249000000000000002,724900000000030000${n})`;
      return `<div componentkey="${key}"><div componentkey="${key}">
        <div class="replies">${inside}</div>
        <a href="https://www.linkedin.com/in/person-${n}/"><p><span>${name}</span></p><p>Headline ${n}</p></a>
        <p>${age}</p>
        <div data-testid="expandable-text-box"><span dir="ltr">Text ${n}</span></div>
        <div><button type="button">Like</button>${n === 2 ? '<button type="button"><span>6 reactions</span></button><span>2 replies</span>' : ''}</div>
      </div></div>`;
    };
    // The reply comes first in its parent's markup: the parent must still read its own fields.
    document.body.innerHTML = sdui(1, 'Top Author', '5 h', sdui(2, 'Reply Author', '1 h'));
    const comments = extractComments(document, POST, { now: NOW });
    const top = comments.find((c) => c.text === 'Text 1');
    expect(top?.author).toMatchObject({ name: 'Top Author', headline: 'Headline 1' });
    expect(top).toMatchObject({ createdAt: new Date(NOW - 5 * 3_600_000).toISOString() });
    expect(top?.likes).toBeUndefined();
    expect(top?.replies).toBeUndefined();
    expect(comments.find((c) => c.text === 'Text 2')).toMatchObject({ likes: 6, replies: 2, parentId: top?.id, author: { name: 'Reply Author' } });
  });
});
