import type { ReadMoreReply } from '../messaging/protocol';

/**
 * "Read all comments" (issue 12, item 5), the panel's side: asks the page for one step at a time
 * (lib/content/read-more.ts clicks one of the site's own "more" controls and waits for the thread to
 * grow), then pauses like a person would before the next. Only ever started by the user's click.
 * Stops when no control is left, on cancel, when the tab shows another page, at `maxClicks`, or when
 * the page stops answering.
 */

export type ReadAllOutcome = 'done' | 'cancelled' | 'navigated' | 'failed';

export interface ReadAllProgress {
  clicks: number;
  comments: number;
}

export interface ReadAllOptions {
  step: () => Promise<ReadMoreReply>;
  /** Pause between clicks (ms), drawn for each: 0.5–1.5 s by default. */
  pauseMs?: () => number;
  /** Waits `ms`, resolving early (or not) when cancelled; injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  isCancelled: () => boolean;
  /** True once the tab shows another page than the one reading started on. */
  pageChanged: () => boolean;
  onProgress: (progress: ReadAllProgress) => void;
  /** A bound for a thread that never ends (a giveaway post has 2,000 comments: 200 clicks of 10). */
  maxClicks?: number;
}

export const humanPauseMs = (): number => 500 + Math.round(Math.random() * 1_000);

export async function readAllComments(options: ReadAllOptions): Promise<{ outcome: ReadAllOutcome; progress: ReadAllProgress }> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const pause = options.pauseMs ?? humanPauseMs;
  const maxClicks = options.maxClicks ?? 1_000;
  const progress: ReadAllProgress = { clicks: 0, comments: 0 };
  const stopped = (): ReadAllOutcome | undefined => (options.isCancelled() ? 'cancelled' : options.pageChanged() ? 'navigated' : undefined);
  while (progress.clicks < maxClicks) {
    const before = stopped();
    if (before) return { outcome: before, progress };
    let reply: ReadMoreReply;
    try {
      reply = await options.step();
    } catch {
      return { outcome: 'failed', progress };
    }
    progress.comments = reply.comments;
    if (!reply.clicked) {
      options.onProgress({ ...progress });
      return { outcome: 'done', progress };
    }
    progress.clicks++;
    options.onProgress({ ...progress });
    // Even when no control is left now, the next step looks again after the pause: the comments a
    // click brought can carry their own "View 2 replies", rendered a moment later.
    await sleep(pause());
  }
  return { outcome: 'done', progress };
}
