import { describe, expect, it } from 'vitest';
import { extractComments } from '@/lib/sites';
import { setPageUrl } from './load-fixture';

/**
 * A nested reply names its parent in a "Replying to @a" line. The line is recognised from its first
 * text node when that node holds the first word, and from the line's whole text otherwise (the
 * words split over elements, leading blank nodes): both must give the same parent.
 */
const URL = 'https://x.com/brand/status/1';

function tweet(handle: string, id: number, replyingLine = '', focused = false): string {
  return `<div data-testid="cellInnerDiv"><article data-testid="tweet"${focused ? ' tabindex="-1"' : ''}>
    <div data-testid="User-Name"><a href="/${handle}"><span>${handle}</span></a></div>
    <a href="/${handle}/status/${id}"><time datetime="2026-11-23T10:00:00.000Z">1h</time></a>
    ${replyingLine}
    <div data-testid="tweetText" lang="en">Tweet ${id}</div>
  </article></div>`;
}

const line = (start: string, handle: string) => `<div>${start}<div><a href="/${handle}">@${handle}</a></div></div>`;

describe('X: "Replying to" lines', () => {
  it.each([
    ['one text node', 'Replying to '],
    ['leading blank text', '   \n   Replying to '],
    ['the first word split over elements', '<span>Re</span>plying to '],
    ['the first word in a nested element', '<span><b>Replying</b></span> to '],
    ['French', 'En réponse à '],
  ])('%s', (_, start) => {
    setPageUrl(URL);
    document.body.innerHTML = `<main><div>${[
      tweet('brand', 1, '', true),
      tweet('alice', 2),
      tweet('bob', 3),
      tweet('carol', 4, line(start, 'alice')),
      tweet('dave', 5, line('Not a reply line ', 'bob')),
    ].join('')}</div></main>`;
    const byId = new Map(extractComments(document, URL).map((c) => [c.id, c]));
    expect(byId.get('4')?.parentId).toBe('2');
    expect(byId.get('5')?.parentId).toBeUndefined();
    expect(byId.get('2')?.parentId).toBeUndefined();
  });
});
