import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADAPTERS, extractContext } from '@/lib/sites';
import { loadFixture } from './load-fixture';

/**
 * Facebook's "See more" inside a comment's text marks it truncated whatever its visibility, so the
 * reader does not ask for computed styles there: right after the site appends comments, each
 * getComputedStyle is a style recalculation on the page's main thread.
 */
const URL = 'https://www.facebook.com/maisonlumiere/posts/pfbid02Xk7QmZ9vTqL4rJ8nB3cW1yH6sD5fG2pA7uE9oK3iN1mR4tV8xZl';

afterEach(() => vi.restoreAllMocks());

describe('Facebook: truncated comments', () => {
  it('reads "Voir plus" in the text body without computing styles, and still marks the comment truncated', () => {
    loadFixture('facebook/post-fr.html');
    const adapter = ADAPTERS.facebook;
    const ctx = extractContext(adapter, document, URL, Date.parse('2026-11-23T12:00:00Z'));
    const styles = vi.spyOn(window, 'getComputedStyle');
    const read = adapter.findCommentElements(document).map((el) => adapter.readComment(el, ctx));
    expect(read.filter((c) => c?.truncated)).toHaveLength(1);
    expect(styles).not.toHaveBeenCalled();
  });

  it('still wants a visible "See more" when the comment has no text body', () => {
    document.body.innerHTML = `<div role="article" aria-label="Comment by Ana Silva 2 hours ago">
      <a href="https://www.facebook.com/ana.silva"><span>Ana Silva</span></a>
      <div role="button" style="display:none">See more</div>
    </div>`;
    const adapter = ADAPTERS.facebook;
    const el = document.querySelector('[role="article"]')!;
    const ctx = extractContext(adapter, document, URL, Date.parse('2026-11-23T12:00:00Z'));
    expect(adapter.readComment(el, ctx)?.truncated).toBe(false);
    el.querySelector('[role="button"]')!.removeAttribute('style');
    expect(adapter.readComment(el, ctx)?.truncated).toBe(true);
  });
});
