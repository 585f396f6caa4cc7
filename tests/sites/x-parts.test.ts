import { describe, expect, it } from 'vitest';
import { extractComments } from '@/lib/sites';
import { setPageUrl } from './load-fixture';

/**
 * X's reader sorts a tweet's parts (User-Names, texts, links, time) from one pass over them: the
 * edges that pass must keep, next to the real captures.
 */
const URL = 'https://x.com/brand/status/1';

function tweet(handle: string, id: number, inner = '', focused = false, name = handle): string {
  return `<div data-testid="cellInnerDiv"><article data-testid="tweet"${focused ? ' tabindex="-1"' : ''}>
    <div class="x-av"><a href="/${handle}"><svg><text>${handle.slice(0, 2)}</text></svg></a></div>
    <div data-testid="User-Name"><div><a href="/${handle}"><span>${name}</span></a></div>
    <div><a href="/${handle}"><span>@${handle}</span></a> · <a href="/${handle}/status/${id}"><time datetime="2026-11-23T10:00:00.000Z">1h</time></a></div></div>
    ${inner}
  </article></div>`;
}

function read(tweets: string[]) {
  setPageUrl(URL);
  document.body.innerHTML = `<main><div>${[tweet('brand', 1, '<div data-testid="tweetText">Post</div>', true), ...tweets].join('')}</div></main>`;
  return new Map(extractComments(document, URL).map((c) => [c.id, c]));
}

describe('X: parts of a tweet', () => {
  it('a "Replying to" line led by a comment node and an icon still names the parent', () => {
    const byId = read([
      tweet('alice', 2, '<div data-testid="tweetText">First</div>'),
      tweet('carol', 3, '<div><!-- line --><svg><path d="M0 0"/></svg>Replying to <div><a href="/alice">@alice</a></div></div><div data-testid="tweetText">Second</div>'),
    ]);
    expect(byId.get('3')?.parentId).toBe('2');
  });

  it('a display name that reads like a "Replying to" line names no parent', () => {
    const byId = read([
      tweet('alice', 2, '<div data-testid="tweetText">First</div>'),
      tweet('eve', 3, '<div data-testid="tweetText">Hello</div>', false, 'Replying to alice'),
    ]);
    expect(byId.get('3')).toMatchObject({ text: 'Hello', author: { handle: 'eve', name: 'Replying to alice' } });
    expect(byId.get('3')?.parentId).toBeUndefined();
  });

  it('a quoted post wrapped in an outer card: the outer card is the quote, the reply keeps its own text', () => {
    const quoted = `<div role="link"><div role="link"><div data-testid="User-Name"><a href="/quoted"><span>Quoted</span></a><span>@quoted</span></div>
      <div data-testid="tweetText">Quoted words</div></div></div>`;
    const byId = read([tweet('dan', 2, `<div data-testid="tweetText">My take</div>${quoted}`)]);
    expect(byId.get('2')).toMatchObject({ text: 'My take', attachment: { kind: 'link', label: '@quoted: Quoted words' }, author: { handle: 'dan' } });
  });

  it('the verified icon counts only inside the author\'s User-Name', () => {
    const byId = read([
      tweet('fay', 2, '<div data-testid="tweetText">Text <svg data-testid="icon-verified"></svg></div>'),
      tweet('gus', 3, '<div data-testid="tweetText">Text</div>', false, 'Gus <svg data-testid="icon-verified"></svg>'),
    ]);
    expect(byId.get('2')?.author.verified).toBe(false);
    expect(byId.get('3')?.author.verified).toBe(true);
  });
});
