import type { SiteAdapter } from '../sites/types';
import { startContentScript } from './run';

type Listener = (message: unknown) => Promise<unknown> | undefined;

/** The slice of `browser.runtime` a content script uses, passed in so lib/ stays free of extension globals. */
export interface ContentRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

/**
 * Everything a site's content script does, shared by the four entrypoints: start the watcher and
 * message handlers, stop when the extension is reloaded or removed (`onInvalidated`). It leaves no
 * mark a page could read (no attribute, element or global): a site must not be able to tell its
 * Riposte users apart. Tests learn that the script runs by asking it, through the extension, for a
 * `content/snapshot` (scripts/demo/content-ready.ts).
 */
export function runSiteContentScript(adapter: SiteAdapter, runtime: ContentRuntime, onInvalidated: (stop: () => void) => void): void {
  const run = startContentScript({
    adapter,
    document,
    window,
    send: (message) => runtime.sendMessage(message),
    onMessage: (handler) => {
      const listener: Listener = (message) => handler(message);
      runtime.onMessage.addListener(listener);
      return () => runtime.onMessage.removeListener(listener);
    },
  });
  onInvalidated(() => run.stop());
}
