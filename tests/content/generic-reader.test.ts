import { afterEach, describe, expect, it, vi } from 'vitest';
import { startContentScript, type ContentScript } from '@/lib/content/run';
import { SnapshotReplySchema } from '@/lib/messaging/protocol';
import { x } from '@/lib/sites/x';
import { loadFixture, setPageUrl } from '../sites/load-fixture';

let run: ContentScript | undefined;
afterEach(() => {
  run?.stop();
  run = undefined;
});

/** The content script on a page whose class names and test ids a new build of the site changed. */
function boot(file: string, url: string, scrambled: boolean) {
  loadFixture(file);
  setPageUrl(url);
  const focused = document.querySelector('article[tabindex="-1"] [data-testid="tweetText"]')?.textContent?.trim() ?? '';
  if (scrambled) {
    let n = 0;
    for (const el of Array.from(document.querySelectorAll('[class], [data-testid]'))) {
      if (el.hasAttribute('class')) el.setAttribute('class', `z${(n++).toString(36)}`);
      if (el.hasAttribute('data-testid')) el.setAttribute('data-testid', `t${(n++).toString(36)}`);
    }
  }
  let handler: ((raw: unknown) => Promise<unknown> | undefined) | undefined;
  run = startContentScript({
    adapter: x,
    document,
    window,
    send: () => Promise.resolve(),
    onMessage: (h) => {
      handler = h;
      return vi.fn();
    },
  });
  return { focused, snapshot: async () => SnapshotReplySchema.parse(await handler!({ type: 'content/snapshot' })) };
}

describe('the content script falls back to the generic reader', () => {
  it('lists the comments of a page the X adapter no longer reads, each marked as read by the generic reader', async () => {
    const { focused, snapshot } = boot('x/post-fr.html', 'https://x.com/maisonlumiere/status/1860000000000000001', true);
    const { comments, health } = await snapshot();
    expect(health.status).toBe('ok');
    expect(comments.length).toBeGreaterThanOrEqual(4);
    expect(comments.every((c) => c.reader === 'generic' && c.unread?.includes('id'))).toBe(true);
    // The post itself links to the page's own URL: it is not listed as a comment.
    expect(focused.length).toBeGreaterThan(10);
    expect(comments.some((c) => c.text.includes(focused.slice(0, 30)))).toBe(false);
  });

  it('leaves a page the adapter reads to the adapter', async () => {
    const { snapshot } = boot('x/post-fr.html', 'https://x.com/maisonlumiere/status/1860000000000000001', false);
    const { comments } = await snapshot();
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.some((c) => c.reader !== undefined)).toBe(false);
  });
});
