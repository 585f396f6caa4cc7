import type { Comment } from '../schema/comment';
import { ownerDocument, uiLanguage } from './dom';
import { capComment } from './limits';
import { newScanMemo } from './memo';
import type { ExtractContext, SiteAdapter } from './types';

/**
 * Reading comments with one adapter, without the registry or zod: what the content scripts bundle
 * (each site's script carries its own adapter only). `validate` turns an adapter's raw output into a
 * Comment or rejects it: `CommentSchema` in Node and tests, `checkComment` in the content scripts.
 */
export type CommentValidator = (raw: unknown) => Comment | undefined;

export interface ScanResult {
  comments: Comment[];
  /** Containers that looked like comments but lacked the hooks (or failed validation). */
  unreadable: number;
}

/** The reading context for a page. */
export function extractContext(adapter: SiteAdapter, root: ParentNode, url: string, now = Date.now()): ExtractContext {
  return { url, postUrl: adapter.postUrlOf(url), now, lang: uiLanguage(ownerDocument(root)) };
}

/**
 * Read the given comment containers, each checked by `validate`. A container that cannot be read
 * is counted, never guessed at; duplicates (hidden copies of one comment) are dropped by id.
 */
export function readComments(
  adapter: SiteAdapter,
  elements: Iterable<Element>,
  ctx: ExtractContext,
  validate: CommentValidator,
): ScanResult & { elements: Map<string, Element> } {
  const comments: Comment[] = [];
  const elementsById = new Map<string, Element>();
  let unreadable = 0;
  // One memo for the whole scan (the page cannot change while it runs), unless the caller shares its own.
  const scan = ctx.memo ? ctx : { ...ctx, memo: newScanMemo() };
  for (const el of elements) {
    const raw = adapter.readComment(el, scan);
    // Page-sourced strings are capped before anything else sees them (a 10 MB comment is a hostile page).
    const comment = raw ? validate(capComment(raw)) : undefined;
    if (!comment) {
      unreadable++;
      continue;
    }
    if (elementsById.has(comment.id)) continue;
    elementsById.set(comment.id, el);
    comments.push(comment);
  }
  return { comments, unreadable, elements: elementsById };
}


/** The container of comment `id` under `root`, or undefined when it is not (or no longer) on the page. */
export function findCommentElementWith(adapter: SiteAdapter, root: ParentNode, url: string, id: string): Element | undefined {
  const ctx = { ...extractContext(adapter, root, url), memo: newScanMemo() };
  return adapter.findCommentElements(root).find((el) => adapter.readComment(el, ctx)?.id === id);
}
