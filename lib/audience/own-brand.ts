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
  return isBrandCommentAmong(ownKeysOn(brand, comment.platform), comment);
}

/** The brand's configured accounts on one site, as `accountKey`s. */
function ownKeysOn(brand: Pick<Brand, 'ownAccounts'>, platform: AuthoredComment['platform']): string[] {
  return brand.ownAccounts.filter((a) => a.platform === platform).map((a) => accountKey(a.handle));
}

/** `isBrandComment` with the brand's accounts on the comment's site already keyed (`ownKeysOn`). */
function isBrandCommentAmong(own: readonly string[], comment: AuthoredComment): boolean {
  // No account on this site: only the badge can say, and reading the author's links would change nothing.
  if (own.length === 0) return comment.isOwnBrand === true;
  const handles = authorHandles(comment).map(accountKey);
  if (handles.some((h) => own.includes(h))) return true;
  if (comment.isOwnBrand !== true) return false;
  return handles.length === 0;
}

/**
 * The comments with `isOwnBrand` saying whether the brand wrote each (see `isBrandComment`); a
 * comment whose mark is already right is returned as is, so caches keyed by comment survive.
 */
export function markBrandComments<C extends AuthoredComment>(brand: Pick<Brand, 'ownAccounts'>, comments: readonly C[]): C[] {
  const ownBySite = new Map<AuthoredComment['platform'], string[]>();
  return comments.map((comment) => {
    let keys = ownBySite.get(comment.platform);
    if (!keys) ownBySite.set(comment.platform, (keys = ownKeysOn(brand, comment.platform)));
    const own = isBrandCommentAmong(keys, comment);
    return own === (comment.isOwnBrand === true) ? comment : { ...comment, isOwnBrand: own };
  });
}
