import { CommentSchema, type Comment } from '../schema/comment';
import { extractContext, findCommentElementWith, readComments as readWith, type ScanResult } from './read';
import type { PageHealth } from '../schema/page';
import { assessPageHealth } from './health';
import { platformOfUrl } from './hosts';
import { ADAPTERS } from './registry';
import type { ExtractContext, SiteAdapter } from './types';

export { ADAPTERS } from './registry';
export { extractContext, findCommentElementWith, type ScanResult } from './read';
export type { EditorKind, ExtractContext, ReplyTarget, SiteAdapter, ThreadSignals } from './types';
export { parseCount, parseFollowers } from './counts';
export { hashString, fallbackCommentId } from './id';

/** The adapter for a page URL, or undefined off the four sites. */
export function adapterForUrl(url: string): SiteAdapter | undefined {
  const platform = platformOfUrl(url);
  return platform ? ADAPTERS[platform] : undefined;
}

export interface ScanOptions {
  /** Scan time (ms) for relative ages; defaults to now. */
  now?: number;
}

/** Read comment containers, each validated by `CommentSchema` (the Node and test path). */
export function readComments(adapter: SiteAdapter, elements: Iterable<Element>, ctx: ExtractContext) {
  return readWith(adapter, elements, ctx, (raw) => {
    const parsed = CommentSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  });
}

/** Full scan of `root` with the adapter for `url`. */
export function scanPage(root: ParentNode, url: string, options: ScanOptions = {}): ScanResult & { adapter: SiteAdapter } {
  const adapter = adapterForUrl(url);
  if (!adapter) throw new Error(`Riposte reads Facebook, LinkedIn, Instagram and X only, not ${url}`);
  const ctx = extractContext(adapter, root, url, options.now);
  const { comments, unreadable } = readComments(adapter, adapter.findCommentElements(root), ctx);
  return { comments, unreadable, adapter };
}

/** Every comment and reply visible under `root`, read with the adapter for `url`'s host. */
export function extractComments(root: ParentNode, url: string, options: ScanOptions = {}): Comment[] {
  return scanPage(root, url, options).comments;
}

/**
 * The page's health: `ok`, `no-comments`, or `layout-not-recognised` when the page plainly has a
 * thread but nothing could be read. `comments` are what was read (pass `extractComments`' result).
 */
export function assessHealth(root: ParentNode, url: string, comments: readonly Comment[], options: ScanOptions & { unreadable?: number } = {}): PageHealth {
  const adapter = adapterForUrl(url);
  if (!adapter) throw new Error(`Riposte reads Facebook, LinkedIn, Instagram and X only, not ${url}`);
  const unreadable = options.unreadable ?? scanPage(root, url, options).unreadable;
  return assessPageHealth(adapter, root, url, comments, unreadable, options.now);
}

/** The container of comment `id` under `root`, or undefined when it is not (or no longer) on the page. */
export function findCommentElement(root: ParentNode, url: string, id: string): Element | undefined {
  const adapter = adapterForUrl(url);
  return adapter ? findCommentElementWith(adapter, root, url, id) : undefined;
}
