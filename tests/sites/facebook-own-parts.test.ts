import { describe, expect, it } from 'vitest';
import { extractComments } from '@/lib/sites';
import { setPageUrl } from './load-fixture';

const POST = 'https://www.facebook.com/maisonlumiere/posts/pfbid02Xk7QmZ9vTqL4rJ8nB3cW1yH6sD5fG2pA7uE9oK3iN1mR4tV8xZl';
const NOW = Date.parse('2026-11-23T12:00:00Z');

const idOf = (n: number): string => btoa(`comment:122108456789012345_${5000000000000000 + n}`).replace(/=+$/u, '');

/** A Facebook comment; `inside` is markup the site puts inside its article (replies, in some builds). */
function comment(n: number, reactions: number, parent?: number, inside = ''): string {
  const query = parent === undefined ? `comment_id=${idOf(n)}` : `comment_id=${idOf(parent)}&amp;reply_comment_id=${idOf(n)}`;
  return `<div role="article" aria-label="Comment by Client ${n} 1 hour ago">
    <a href="https://www.facebook.com/client.${n}?${query}" role="link"><span>Client ${n}</span></a>
    <span lang="en-GB"><div dir="auto">Text ${n}</div></span>
    <div aria-label="${reactions} reactions; see who reacted to this" role="button"><span>${reactions}</span></div>
    <ul><li><div role="button">Reply</div></li><li><a href="${POST}?${query}"><span>1h</span></a></li></ul>
    ${inside}
  </div>`;
}

const read = () => {
  const comments = extractComments(document, POST, { now: NOW });
  return (n: number) => comments.find((c) => c.text === `Text ${n}`);
};

describe('Facebook comments read from their own parts', () => {
  it('counts the replies listed after a comment and its "more replies" button, not a reply’s own replies or buttons', () => {
    setPageUrl(POST);
    // Replies sit in a list after the comment; the second reply has a reply of its own nested inside it.
    const nested = comment(4, 9, 3);
    document.body.innerHTML = `<div class="thread">${comment(1, 2)}
      <div class="replies"><div>${comment(2, 12, 1)}</div><div>${comment(3, 1, 1, nested)}</div>
      <div role="button">View 3 more replies</div></div></div>`;
    const byText = read();
    expect(byText(1)).toMatchObject({ replies: 5, likes: 2 });
    expect(byText(3)).toMatchObject({ likes: 1, parentId: idOf(1) });
    expect(byText(4)).toMatchObject({ likes: 9, parentId: idOf(3) });
    // The reply's reactions ("12 reactions") are no replies button of its parent's.
    expect(byText(2)?.replies).toBeUndefined();
  });

  it('takes no link, label or reaction count from a reply nested inside the comment’s article', () => {
    setPageUrl(POST);
    document.body.innerHTML = comment(1, 1, undefined, `<div class="replies">${comment(2, 7, 1)}</div>`);
    const byText = read();
    expect(byText(1)).toMatchObject({ id: idOf(1), likes: 1, author: { name: 'Client 1', profileUrl: 'https://www.facebook.com/client.1' } });
    expect(byText(2)).toMatchObject({ id: idOf(2), likes: 7, parentId: idOf(1), author: { name: 'Client 2' } });
  });
});
