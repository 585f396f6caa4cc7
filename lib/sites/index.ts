import { CommentSchema, type Comment } from '../schema/comment';
import type { PageHealth } from '../schema/page';
import { uiLanguage, ownerDocument } from './dom';
import { assessPageHealth } from './health';
import { platformOfUrl } from './hosts';
import { ADAPTERS } from './registry';
import type { ExtractContext, SiteAdapter } from './types';

export { ADAPTERS } from './registry';
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

/** The reading context for a page. */
export function extractContext(adapter: SiteAdapter, root: ParentNode, url: string, now = Date.now()): ExtractContext {
  return { url, postUrl: adapter.postUrlOf(url), now, lang: uiLanguage(ownerDocument(root)) };
}

export interface ScanResult {
  comments: Comment[];
  /** Containers that looked like comments but lacked the hooks (or failed validation). */
  unreadable: number;
}

/**
 * Read the given comment containers, validated by `CommentSchema`. A container that cannot be read
 * is counted, never guessed at; duplicates (hidden copies of one comment) are dropped by id.
 */
export function readComments(adapter: SiteAdapter, elements: Iterable<Element>, ctx: ExtractContext): ScanResult & { elements: Map<string, Element> } {
  const comments: Comment[] = [];
  const elementsById = new Map<string, Element>();
  let unreadable = 0;
  for (const el of elements) {
    const raw = adapter.readComment(el, ctx);
    const parsed = raw ? CommentSchema.safeParse(raw) : undefined;
    if (!parsed?.success) {
      unreadable++;
      continue;
    }
    if (elementsById.has(parsed.data.id)) continue;
    elementsById.set(parsed.data.id, el);
    comments.push(parsed.data);
  }
  return { comments, unreadable, elements: elementsById };
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
  if (!adapter) return undefined;
  const ctx = extractContext(adapter, root, url);
  return adapter.findCommentElements(root).find((el) => {
    const c = adapter.readComment(el, ctx);
    return c?.id === id;
  });
}
