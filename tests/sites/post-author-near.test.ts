import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/sites';
import { postAuthorNear } from '@/lib/sites/post-author';
import { profileHandleOf } from '@/lib/sites/profiles/common';
import { follows } from '@/lib/sites/scope';
import type { SiteAdapter } from '@/lib/sites/types';
import { PAGES, pageUrl } from './expectations';
import { loadFixture } from './load-fixture';

/**
 * `postAuthorNear` looks, level by level, only at the links new to each level. It must find what
 * the plain search finds — every link of each ancestor in document order up to the comment — for
 * every comment of every fixture, and for the comments of a long thread.
 */
function nearByFullSearch(adapter: SiteAdapter, comment: Element, pageUrl: string, commenter?: string): string | undefined {
  const skip = commenter?.replace(/^@/u, '').toLowerCase();
  let ancestor = comment.parentElement;
  for (let level = 0; ancestor && level < 15; level++, ancestor = ancestor.parentElement) {
    for (const link of ancestor.querySelectorAll('a[href]')) {
      if (!follows(link, comment)) break;
      if (adapter.commentElementOf(link)) continue;
      let url: string;
      try {
        url = new URL(link.getAttribute('href') ?? '', pageUrl).href;
      } catch {
        continue;
      }
      const profile = profileHandleOf(url);
      if (profile && profile.handle !== skip) return profile.handle;
    }
  }
  return undefined;
}

describe('postAuthorNear', () => {
  for (const page of PAGES) {
    it(`finds what a full search of each ancestor finds, for every comment of ${page.file}`, () => {
      loadFixture(page.file);
      const adapter = ADAPTERS[page.site];
      const url = pageUrl(page);
      const elements = adapter.findCommentElements(document);
      for (const el of elements) {
        for (const commenter of [undefined, 'maisonlumiere']) {
          expect(postAuthorNear(adapter, el, url, commenter)).toBe(nearByFullSearch(adapter, el, url, commenter));
        }
      }
    });
  }

  it('finds a profile link wrapping the thread and skips links inside comments', () => {
    document.body.innerHTML = `
      <a href="https://x.com/outer"><div>
        <article data-testid="tweet"><a href="/inside_comment">in a comment</a></article>
        <div><span><article data-testid="tweet" id="c"><a href="/own">own</a></article></span></div>
      </div></a>`;
    const adapter = ADAPTERS.x;
    const comment = document.getElementById('c') as Element;
    expect(postAuthorNear(adapter, comment, 'https://x.com/a/status/1')).toBe('outer');
    expect(nearByFullSearch(adapter, comment, 'https://x.com/a/status/1')).toBe('outer');
  });
});
