import { profileHandleOf } from './profiles/common';
import { follows } from './scope';
import type { SiteAdapter } from './types';

/** How far up from a comment the post's header is looked for. */
const MAX_LEVELS = 15;

/**
 * The handle of the account that wrote the post a comment sits under, read from the page: the
 * nearest ancestor of the comment that holds a profile link *before* the comment and outside every
 * comment (other commenters' names are links too), and in it the first such link — the post's
 * header comes first in every site's layout, before any mention in the post's text. Instagram and
 * LinkedIn post URLs do not name the author; this does.
 */
export function postAuthorNear(
  adapter: Pick<SiteAdapter, 'commentElementOf'>,
  comment: Element,
  pageUrl: string,
  /** The comment's own author: on Instagram their avatar and name sit just before the comment's row. */
  commenter?: string,
): string | undefined {
  const skip = commenter?.replace(/^@/u, '').toLowerCase();
  const authorOf = (link: Element): string | undefined => {
    if (adapter.commentElementOf(link)) return undefined;
    const href = link.getAttribute('href');
    let url: string;
    try {
      url = new URL(href ?? '', pageUrl).href;
    } catch {
      return undefined;
    }
    const profile = profileHandleOf(url);
    return profile && profile.handle !== skip ? profile.handle : undefined;
  };
  // Each level adds only the links before the previous level's element (its earlier siblings'
  // subtrees): the links inside that element were all looked at already. So a comment deep in a
  // 2,000-comment thread costs one pass over the links before it, not one per level.
  let inner: Element = comment;
  let ancestor = comment.parentElement;
  for (let level = 0; ancestor && level < MAX_LEVELS; level++, inner = ancestor, ancestor = ancestor.parentElement) {
    const earlier: Element[] = [];
    for (let sib = inner.previousElementSibling; sib; sib = sib.previousElementSibling) earlier.push(sib);
    for (let i = earlier.length - 1; i >= 0; i--) {
      const sib = earlier[i] as Element;
      if (sib.matches('a[href]')) {
        const handle = authorOf(sib);
        if (handle) return handle;
      }
      for (const link of sib.querySelectorAll('a[href]')) {
        const handle = authorOf(link);
        if (handle) return handle;
      }
    }
    // The previous level's element itself comes next in document order (a link wrapping the comment).
    if (inner !== comment && inner.matches('a[href]')) {
      const handle = authorOf(inner);
      if (handle) return handle;
    }
  }
  return undefined;
}

/**
 * The post author of each post among `comments`, read above the post's first comment in document
 * order: no other comment precedes it, so no commenter's link can be taken for the header.
 */
export function postAuthorsOf(
  adapter: Pick<SiteAdapter, 'commentElementOf'>,
  comments: ReadonlyArray<{ id: string; postUrl: string; author: { handle?: string } }>,
  elementOf: (id: string) => Element | undefined,
  pageUrl: string,
): Record<string, string> {
  const first = new Map<string, { el: Element; commenter?: string }>();
  for (const comment of comments) {
    const el = elementOf(comment.id);
    if (!el) continue;
    const known = first.get(comment.postUrl);
    if (!known || follows(el, known.el)) first.set(comment.postUrl, { el, commenter: comment.author.handle });
  }
  const authors: Record<string, string> = {};
  for (const [postUrl, { el, commenter }] of first) {
    const handle = postAuthorNear(adapter, el, pageUrl, commenter);
    if (handle) authors[postUrl] = handle;
  }
  return authors;
}
