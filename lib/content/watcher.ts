import type { Comment, UnreadField } from '../schema/comment';
import type { PageHealth } from '../schema/page';
import type { MessageOf } from '../messaging/protocol';
import { assessTalliedPageHealth } from '../sites/health';
import { checkComment } from '../sites/comment-check';
import { postAuthorsOf } from '../sites/post-author';
import { extractContext, readComments, type CommentValidator } from '../sites/read';
import { countUnread } from '../sites/unread';
import { newScanMemo, type ScanMemo } from '../sites/memo';
import type { SiteAdapter } from '../sites/types';

/**
 * Live reading of a page. One MutationObserver collects what changed (added subtrees, and the
 * comment around a changed node); an idle callback reads only those subtrees, dedupes by id, and
 * reports the comments that are new or whose content changed. No full re-scan per mutation: the
 * cost of a batch is proportional to what was added, not to the page.
 *
 * The page's main thread is the community manager's: reading works through a queue of comment
 * containers in slices of at most `sliceMs` (or what the idle period leaves), yielding between
 * slices, so a 10,000-comment page costs many short tasks, never one long one. Each slice reports
 * what it read; the first report after a navigation says `reset`.
 *
 * SPA navigation: content scripts live in an isolated world, so patching history.pushState would
 * not see the page's own calls. Instead the URL is compared on every mutation batch (a string
 * compare) and on popstate; a new URL resets the page and triggers one full scan.
 */

export type CommentsReport = MessageOf<'page/comments'>;

export interface WatcherOptions {
  adapter: SiteAdapter;
  /** Accepts or rejects what the adapter read; default `checkComment`, the zod-free CommentSchema mirror. */
  validate?: CommentValidator;
  document: Document;
  window: Window;
  /** Called with each report; never throws into the watcher. */
  report: (msg: CommentsReport) => void;
  /** Clock, injectable for tests. */
  now?: () => number;
  /** Longest wait for an idle period before a batch is read anyway (ms). */
  idleTimeoutMs?: number;
  /** Longest run of reading in one task (ms); the rest waits for the next slice. */
  sliceMs?: number;
}

export interface Watcher {
  start(): void;
  stop(): void;
  /** Read what is pending now, in one go, instead of waiting for idle time. */
  flush(): void;
  /**
   * Read what is pending now, in slices with a pause for the page between them (before answering a
   * snapshot: the panel may ask while a 10,000-comment page is still being read).
   */
  settle(): Promise<void>;
  comments(): Comment[];
  health(): PageHealth;
  /** The container last seen for a comment id, if still in the page. */
  elementOf(id: string): Element | undefined;
}

interface Known {
  comment: Comment;
  /** What a change is judged by; worked out when the comment is read again, not for each new one. */
  signature?: string;
}

/** A comment's content without its date (read from a relative age, it moves with the clock). */
const signatureOf = (comment: Comment): string => JSON.stringify({ ...comment, createdAt: undefined });

// Attributes whose change can alter what we read (a like count lives in an aria-label on X and
// Facebook). `style` and `class` are left out so our own highlight does not loop back.
const WATCHED_ATTRIBUTES = ['aria-label', 'datetime', 'href', 'aria-expanded', 'hidden'];

interface IdleDeadline {
  timeRemaining(): number;
}

type IdleWindow = Window & {
  requestIdleCallback?: (cb: (deadline: IdleDeadline) => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

export function createWatcher(options: WatcherOptions): Watcher {
  const { adapter, document: doc, report } = options;
  const win = options.window as IdleWindow;
  const now = options.now ?? (() => Date.now());
  const idleTimeoutMs = options.idleTimeoutMs ?? 250;
  const sliceMs = options.sliceMs ?? 12;
  // A monotonic clock for slice deadlines (the `now` option dates comments; tests fake it).
  const clock = (): number => win.performance?.now() ?? Date.now();

  let url = win.location.href;
  const known = new Map<string, Known>();
  const elements = new Map<string, Element>();
  const unreadable = new Set<Element>();
  // Added subtrees are searched for comments; other changed nodes only re-read the comment around
  // them (a mutation on <body> must not turn into a full re-scan).
  let added = new Set<Node>();
  let touched = new Set<Node>();
  let navigated = false;
  // Containers waiting to be read, in page order, and whether the next report starts over.
  // A Set keeps page order and drops a container queued twice; read ones are deleted as they go.
  let queue = new Set<Element>();
  let resetNext = false;
  let scheduled: { idle?: number; timer?: ReturnType<typeof setTimeout> } | undefined;
  let observer: MutationObserver | undefined;
  let lastStatus: PageHealth['status'] | undefined;

  // What the known comments lack, field by field, kept as they are read: the page's health is
  // checked after every batch, and going over every known comment each time made a batch's cost
  // grow with the page.
  let unreadTally: Partial<Record<UnreadField, number>> = {};
  const tally = (comment: Comment | undefined, by: 1 | -1): void => countUnread(unreadTally, comment, by);

  const health = (): PageHealth => {
    for (const el of unreadable) if (!el.isConnected) unreadable.delete(el);
    return assessTalliedPageHealth(adapter, doc, url, { count: known.size, unread: unreadTally }, unreadable.size, now());
  };

  // Post URL → the post's author, read once per post from the page (see lib/sites/post-author.ts).
  let postAuthors = new Map<string, string>();
  // Posts whose author was looked for in vain: looked for again once the queue is drained, not on
  // every slice (each look goes over the links before the comment, thousands deep in a long thread).
  let missedAuthors = new Set<string>();
  const authorsFor = (comments: Comment[]): Record<string, string> => {
    const drained = queue.size === 0;
    const unknown = comments.filter((c) => !postAuthors.has(c.postUrl) && (drained || !missedAuthors.has(c.postUrl)));
    if (unknown.length > 0) {
      const found = postAuthorsOf(adapter, unknown, (id) => elements.get(id), url);
      for (const [postUrl, handle] of Object.entries(found)) postAuthors.set(postUrl, handle);
      for (const c of unknown) if (!postAuthors.has(c.postUrl)) missedAuthors.add(c.postUrl);
    }
    const authors: Record<string, string> = {};
    for (const c of comments) {
      const handle = postAuthors.get(c.postUrl);
      if (handle) authors[c.postUrl] = handle;
    }
    return authors;
  };

  let lastHealth: PageHealth | undefined;
  const send = (comments: Comment[], reset: boolean): void => {
    // The page's health looks at the whole page: once the queue is drained, not on every slice.
    const h = queue.size === 0 || !lastHealth ? health() : { ...lastHealth, commentCount: known.size, checkedAt: new Date(now()).toISOString() };
    lastHealth = h;
    if (!reset && comments.length === 0 && h.status === lastStatus) return;
    lastStatus = h.status;
    try {
      const authors = comments.length > 0 ? authorsFor(comments) : {};
      report({ type: 'page/comments', comments, reset, health: h, ...(Object.keys(authors).length > 0 ? { postAuthors: authors } : {}) });
    } catch {
      // The receiver's failure (panel closed, extension reloaded) must not stop the watching.
    }
  };

  /** Read queued containers until `deadline`; returns the comments that are new or changed. */
  const readQueue = (deadline: number, memo: ScanMemo): Comment[] => {
    // One memo for the task: the page cannot change while it runs, and neighbours are asked about again.
    const ctx = { ...extractContext(adapter, doc, url, now()), memo };
    const changed: Comment[] = [];
    const readNow = new Set<string>();
    let read = 0;
    for (const el of queue) {
      // At least one container per slice, so a slow page still moves forward.
      if (read > 0 && clock() >= deadline) break;
      read++;
      queue.delete(el);
      if (!el.isConnected) continue;
      const { comments, elements: byId } = readComments(adapter, [el], ctx, options.validate ?? checkComment);
      const comment = comments[0];
      if (!comment) {
        unreadable.add(el);
        continue;
      }
      unreadable.delete(el);
      elements.set(comment.id, byId.get(comment.id) ?? el);
      readNow.add(comment.id);
      // Dates read from a relative age ("2 h") move with the clock between scans: keep the first
      // one, and leave the date out of the change signature.
      const previous = known.get(comment.id);
      const stable = previous?.comment.createdAt ? { ...comment, createdAt: previous.comment.createdAt } : comment;
      let signature: string | undefined;
      if (previous) {
        signature = signatureOf(stable);
        previous.signature ??= signatureOf(previous.comment);
        if (previous.signature === signature) continue;
      }
      // A new reply changes its parent's count of replies: the parent is read again (once), unless
      // it was just read with it (a thread appended whole, as pages load them).
      const parentId = previous ? undefined : stable.parentId;
      const parent = parentId !== undefined && !readNow.has(parentId) ? elements.get(parentId) : undefined;
      if (parent?.isConnected) queue.add(parent);
      tally(previous?.comment, -1);
      tally(stable, 1);
      known.set(comment.id, { comment: stable, signature });
      changed.push(stable);
    }
    return changed;
  };

  const enqueue = (containers: Iterable<Element>): void => {
    for (const el of containers) queue.add(el);
  };

  /** One slice of reading, reported; schedules the next one while the queue is not empty. */
  const readSlice = (deadline: number, memo: ScanMemo): void => {
    const reset = resetNext;
    resetNext = false;
    const changed = readQueue(deadline, memo);
    send(changed, reset);
    if (queue.size > 0) schedule();
  };

  const fullScan = (memo: ScanMemo): void => {
    postAuthors = new Map();
    missedAuthors = new Set();
    known.clear();
    unreadTally = {};
    elements.clear();
    unreadable.clear();
    lastStatus = undefined;
    added = new Set();
    touched = new Set();
    lastHealth = undefined;
    queue = new Set();
    enqueue(adapter.findCommentElements(doc, { memo }));
    resetNext = true;
  };

  /**
   * Comments inside added subtrees (skipping subtrees inside another added one) and around touched
   * nodes. The comment around an added node is the one around its parent, and that parent was
   * touched (the target of the record that added it, or of the one that moved it since): it is
   * looked for once per parent, not once per added node.
   */
  const containersOfPending = (memo: ScanMemo): Set<Element> => {
    const roots = added;
    const changed = touched;
    added = new Set();
    touched = new Set();
    const out = new Set<Element>();
    for (const node of roots) {
      if (!node.isConnected) continue;
      let covered = false;
      for (let p = node.parentNode; p && !covered; p = p.parentNode) covered = roots.has(p);
      if (covered) continue;
      for (const el of adapter.findCommentElements(node as Element, { memo })) out.add(el);
    }
    for (const node of changed) {
      if (!node.isConnected) continue;
      const around = adapter.commentElementOf(node);
      if (around) out.add(around);
    }
    return out;
  };

  /** Queue what changed (or everything, after a navigation), then read until `deadline`. */
  const work = (deadline: number): void => {
    cancelScheduled();
    // One memo for finding and reading, in this one task.
    const memo = newScanMemo();
    if (navigated || win.location.href !== url) {
      navigated = false;
      url = win.location.href;
      fullScan(memo);
    } else if (added.size > 0 || touched.size > 0) {
      enqueue(containersOfPending(memo));
    }
    if (queue.size > 0 || resetNext) readSlice(deadline, memo);
  };

  const cancelScheduled = (): void => {
    if (!scheduled) return;
    if (scheduled.idle !== undefined) win.cancelIdleCallback?.(scheduled.idle);
    if (scheduled.timer !== undefined) clearTimeout(scheduled.timer);
    scheduled = undefined;
  };

  const schedule = (): void => {
    if (scheduled) return;
    if (typeof win.requestIdleCallback === 'function') {
      // Read while the idle period lasts, and never longer than a slice.
      scheduled = { idle: win.requestIdleCallback((idle) => work(clock() + Math.min(sliceMs, Math.max(1, idle.timeRemaining()))), { timeout: idleTimeoutMs }) };
    } else {
      // Safari and test DOMs lack requestIdleCallback: a short timer still batches a burst of mutations.
      scheduled = { timer: setTimeout(() => work(clock() + sliceMs), Math.min(idleTimeoutMs, 120)) };
    }
  };

  const onMutations = (records: MutationRecord[]): void => {
    if (win.location.href !== url) navigated = true;
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) if (node.nodeType === 1) added.add(node);
      }
      // Text replaced, children removed, an aria-label changed: the comment around it may have changed.
      touched.add(record.target);
    }
    schedule();
  };

  const onPopState = (): void => {
    navigated = true;
    schedule();
  };

  return {
    start() {
      if (observer) return;
      const memo = newScanMemo();
      fullScan(memo);
      // The first slice now (what is on screen is read at once), the rest in later slices.
      readSlice(clock() + sliceMs, memo);
      // The page's own realm's MutationObserver (the window passed in), so tests can hand us any DOM.
      const Observer = (win as unknown as { MutationObserver?: typeof MutationObserver }).MutationObserver ?? MutationObserver;
      const mo = new Observer(onMutations);
      observer = mo;
      mo.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
      win.addEventListener('popstate', onPopState);
    },
    stop() {
      observer?.disconnect();
      observer = undefined;
      cancelScheduled();
      win.removeEventListener('popstate', onPopState);
    },
    flush() {
      const records = observer?.takeRecords?.() ?? [];
      if (records.length > 0) onMutations(records);
      // Everything now (a snapshot was asked for): one report, in as many passes as needed.
      work(Number.POSITIVE_INFINITY);
    },
    async settle() {
      const records = observer?.takeRecords?.() ?? [];
      if (records.length > 0) onMutations(records);
      for (;;) {
        work(clock() + sliceMs);
        if (queue.size === 0 && !resetNext && added.size === 0 && touched.size === 0 && !navigated) return;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
    comments: () => [...known.values()].map((k) => k.comment),
    health,
    elementOf(id) {
      const el = elements.get(id);
      return el?.isConnected ? el : undefined;
    },
  };
}
