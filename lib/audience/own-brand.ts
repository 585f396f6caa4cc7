import type { Brand } from '../schema/brand';
import type { Comment } from '../schema/comment';
import { handleKey } from '../identity/keys';
import { profileHandleOf } from '../sites/profiles/common';

/** What recognising the brand's own comments needs of a comment. */
export type AuthoredComment = Pick<Comment, 'platform' | 'author' | 'isOwnBrand'>;

/** A handle as configured or read (lib/identity's `handleKey`), a profile URL reduced to its handle. */
function accountKey(handle: string): string {
  const trimmed = handle.trim();
  if (/^https?:\/\//iu.test(trimmed)) {
    try {
      const fromUrl = profileHandleOf(trimmed);
      if (fromUrl) return fromUrl.handle;
    } catch {
      // Not a profile URL: compared as typed.
    }
  }
  return handleKey(trimmed);
}

/** The account a comment's author is, on its site: the handle the adapter read, else the one its profile link names. */
function authorHandles(comment: AuthoredComment): string[] {
  const handles: string[] = [];
  if (comment.author.handle) handles.push(comment.author.handle);
  if (comment.author.profileUrl) {
    try {
      const fromUrl = profileHandleOf(comment.author.profileUrl);
      if (fromUrl && fromUrl.platform === comment.platform) handles.push(fromUrl.handle);
    } catch {
      // Not a URL we can read: the handle alone decides.
    }
  }
  return handles;
}

/**
 * Whether the brand wrote this comment. The brand is recognised by its configured accounts (the
 * handles in its settings), compared with the author's handle or profile link — never with a
 * display name, which anyone can copy. The site's own badge (`isOwnBrand`, read from the badge's
 * element beside the name, never from text) marks the *post's* author: it stands for the brand only
 * when the brand has no account configured on that site, or when the author's account cannot be
 * read; when the brand lists accounts there and the author is another account, the badge marks
 * somebody else's post (a customer's own thread), and that author is not the brand.
 */
export function isBrandComment(brand: Pick<Brand, 'ownAccounts'>, comment: AuthoredComment): boolean {
  const handles = authorHandles(comment).map(accountKey);
  const own = brand.ownAccounts.filter((a) => a.platform === comment.platform).map((a) => accountKey(a.handle));
  if (handles.some((h) => own.includes(h))) return true;
  if (comment.isOwnBrand !== true) return false;
  return own.length === 0 || handles.length === 0;
}

/**
 * The comments with `isOwnBrand` saying whether the brand wrote each (see `isBrandComment`); a
 * comment whose mark is already right is returned as is, so caches keyed by comment survive.
 */
export function markBrandComments<C extends AuthoredComment>(brand: Pick<Brand, 'ownAccounts'>, comments: readonly C[]): C[] {
  return comments.map((comment) => {
    const own = isBrandComment(brand, comment);
    return own === (comment.isOwnBrand === true) ? comment : { ...comment, isOwnBrand: own };
  });
}
