import type { LayoutReportReply, LocateReply, ProfileReply, ReadMoreReply, SnapshotReply } from '../messaging/protocol';
import { readProfileWith } from '../sites/profiles/common';
import { checkComment } from '../sites/comment-check';
import { withGenericReader } from '../sites/generic';
import { findCommentElementWith, type CommentValidator } from '../sites/read';
import type { SiteAdapter } from '../sites/types';
import { copyText } from './clipboard';
import { copyInstead, insertReply } from './insert';
import { insertTemplateAtCaret } from './insert-at-caret';
import { buildLayoutReport } from './layout-report';
import { locateComment } from './locate';
import { parseContentMessage } from './messages';
import { readMoreStep } from './read-more';
import { startProfileWatch, type ProfileReport } from './profile-watch';
import { createWatcher, type CommentsReport, type Watcher } from './watcher';

/**
 * The content script's body, free of extension APIs: the entrypoint passes in how to send a
 * message and how to listen, so this runs unchanged in tests. Wires the watcher to `page/comments`
 * reports and answers `content/snapshot`, `content/insert` and `content/locate`.
 */
export interface ContentScriptOptions {
  /** This site's adapter: each content script bundles its own only. */
  adapter: SiteAdapter;
  /** Defaults to `checkComment`, the zod-free mirror of CommentSchema. */
  validate?: CommentValidator;
  document: Document;
  window: Window;
  /** Send a report to the extension (runtime.sendMessage). A rejected promise is ignored. */
  send: (msg: CommentsReport | ProfileReport) => unknown;
  /** Subscribe to incoming messages; the handler's promise is the reply. Returns an unsubscribe. */
  onMessage: (handler: (raw: unknown) => Promise<unknown> | undefined) => () => void;
  /** Clipboard fallback for insertion, injectable for tests. */
  copy?: (text: string) => Promise<boolean>;
}

export interface ContentScript {
  stop(): void;
  readonly watcher: Watcher;
}

export function startContentScript(options: ContentScriptOptions): ContentScript {
  const { document: doc, window: win } = options;
  // The site's adapter, with the generic reader behind it for a layout it does not know (lib/sites/generic.ts).
  const adapter = withGenericReader(options.adapter);
  const sendQuietly = (msg: CommentsReport | ProfileReport): void => {
    const pending = options.send(msg);
    // No receiver (panel closed) rejects: that is normal, not an error.
    if (pending instanceof Promise) pending.catch(() => undefined);
  };
  const watcher = createWatcher({
    adapter,
    validate: options.validate ?? checkComment,
    document: doc,
    window: win,
    report: (msg) => {
      sendQuietly(msg);
      // A navigation rescans: look for the new page's profile header at once.
      if (msg.reset) profileWatch.check();
    },
  });

  const copy = options.copy ?? ((text: string) => copyText(text, doc, win));
  // "Read all comments": controls whose click gave nothing are not clicked again on this page.
  let deadControls = new WeakSet<Element>();
  let readingMore = false;
  const elementOf = (id: string): Element | undefined => watcher.elementOf(id) ?? findCommentElementWith(adapter, doc, win.location.href, id);

  const handle = (raw: unknown): Promise<unknown> | undefined => {
    const msg = parseContentMessage(raw);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'content/snapshot':
        return watcher.settle().then((): SnapshotReply => ({ comments: watcher.comments(), health: watcher.health() }));
      case 'content/insert': {
        const commentEl = msg.commentId ? elementOf(msg.commentId) : undefined;
        if (msg.commentId && !commentEl) {
          // Never fall back to the post's own box: the reply would land under the wrong comment.
          return copyInstead(msg.text, 'This comment is no longer on the page (scrolled away or deleted).', copy, 'gone');
        }
        return insertReply({ adapter, document: doc, window: win, commentEl, text: msg.text, copy, ...(msg.mode ? { mode: msg.mode } : {}) });
      }
      case 'content/locate': {
        const el = elementOf(msg.commentId);
        const reply: LocateReply = el ? { ok: true } : { ok: false, reason: 'This comment is no longer on the page (scrolled away or deleted).' };
        if (el) locateComment(el, { document: doc, window: win });
        return Promise.resolve(reply);
      }
      case 'content/profile': {
        const profile = readProfileWith(adapter.profile, doc, win.location.href);
        const reply: ProfileReply = profile ? { profile } : {};
        return Promise.resolve(reply);
      }
      case 'content/layout-report': {
        const url = win.location.href;
        return watcher
          .settle()
          .then(() => buildLayoutReport({ adapter, document: doc, url, comments: watcher.comments(), health: watcher.health() }))
          .then(
            (report): LayoutReportReply => ({ report }),
            (error: unknown): LayoutReportReply => ({ reason: error instanceof Error ? error.message : String(error) }),
          );
      }
      case 'content/read-more': {
        // One step at a time: a second request while a click is pending gets "nothing clicked".
        if (readingMore) return Promise.resolve<ReadMoreReply>({ clicked: false, grew: false, comments: watcher.comments().length, remaining: 0 });
        readingMore = true;
        const url = win.location.href;
        return readMoreStep({
          adapter,
          document: doc,
          dead: deadControls,
          // What the click added is read in slices, the page given a turn between them.
          commentCount: async () => {
            await watcher.settle();
            return watcher.comments().length;
          },
        }).finally(() => {
          readingMore = false;
          if (win.location.href !== url) deadControls = new WeakSet();
        });
      }
      case 'content/insert-at-caret':
        // Right-click template: the field the user right-clicked, whichever it is.
        return insertTemplateAtCaret(doc, msg, copy);
    }
  };

  const unsubscribe = options.onMessage(handle);
  // Before the watcher's first scan, whose report calls profileWatch.check().
  const profileWatch = startProfileWatch({ document: doc, window: win, send: sendQuietly, read: (d, url) => readProfileWith(adapter.profile, d, url) });
  watcher.start();
  return {
    watcher,
    stop() {
      unsubscribe();
      watcher.stop();
      profileWatch.stop();
    },
  };
}
