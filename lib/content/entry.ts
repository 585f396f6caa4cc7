import type { SiteAdapter } from '../sites/types';
import { startContentScript } from './run';

type Listener = (message: unknown) => Promise<unknown> | undefined;

/** The slice of `browser.runtime` a content script uses, passed in so lib/ stays free of extension globals. */
export interface ContentRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

/**
 * Everything a site's content script does, shared by the four entrypoints: mark the page, start the
 * watcher and message handlers, check that the background answers, stop when the extension is
 * reloaded or removed (`onInvalidated`).
 */
export function runSiteContentScript(adapter: SiteAdapter, runtime: ContentRuntime, onInvalidated: (stop: () => void) => void): void {
  const root = document.documentElement;
  // Marks that the content script ran and that the background answered: the e2e tests read them.
  root.dataset.riposte = adapter.platform;
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
  runtime
    .sendMessage({ type: 'bg/ping' })
    .then((reply) => {
      if ((reply as { ok?: unknown } | undefined)?.ok === true) root.dataset.riposteBackground = 'ok';
    })
    .catch(() => undefined);
  onInvalidated(() => run.stop());
}
