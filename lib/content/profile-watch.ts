import type { MessageOf } from '../messaging/protocol';
import type { ProfileReading } from '../schema/audience';
import { profileHandleOf } from '../sites/profiles/common';

export type ProfileReport = MessageOf<'page/profile'>;

export interface ProfileWatchOptions {
  document: Document;
  window: Window;
  send: (msg: ProfileReport) => void;
  /** This site's profile header at `url`, if the page shows one (`readProfileWith(adapter.profile, …)`). */
  read: (doc: Document, url: string) => ProfileReading | undefined;
  /** How often the URL is compared and, on a profile not read yet, the header looked for (ms). */
  intervalMs?: number;
  /** Looks per profile URL before giving up (the header never rendered: not a page we know). */
  maxAttempts?: number;
}

export interface ProfileWatch {
  /** Look now (after a navigation the watcher noticed); no-op once this URL's profile was sent. */
  check(): void;
  stop(): void;
}

/**
 * Sends the profile header once per page and SPA navigation. Sites render the header after the
 * URL changes, so a profile URL is looked at on a slow timer until its header appears or
 * `maxAttempts` pass; any other URL costs one string comparison per tick.
 */
export function startProfileWatch(options: ProfileWatchOptions): ProfileWatch {
  const { document: doc, window: win, send, read } = options;
  const maxAttempts = options.maxAttempts ?? 20;
  let href: string | undefined;
  let attemptsLeft = 0;

  const check = (): void => {
    const current = win.location.href;
    if (current !== href) {
      href = current;
      attemptsLeft = profileHandleOf(current) ? maxAttempts : 0;
    }
    if (attemptsLeft === 0) return;
    attemptsLeft -= 1;
    const profile = read(doc, current);
    if (!profile) return;
    attemptsLeft = 0;
    try {
      send({ type: 'page/profile', profile });
    } catch {
      // No receiver is not an error: the next navigation sends again.
    }
  };

  check();
  const timer = setInterval(check, options.intervalMs ?? 1_000);
  return {
    check,
    stop: () => clearInterval(timer),
  };
}
