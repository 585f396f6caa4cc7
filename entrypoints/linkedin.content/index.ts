import { startContentScript } from '@/lib/content/run';
import { CONTENT_MATCHES } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: [...CONTENT_MATCHES.linkedin],
  runAt: 'document_idle',
  // After SPA navigation LinkedIn can render the feed inside a same-origin /preload/ iframe
  // (site-dom.md §2, S15): run in frames too, but only report from the top page and that iframe.
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    if (window !== window.top && !location.pathname.startsWith('/preload')) return;
    // Proof for the e2e test that the content script ran on this page.
    document.documentElement.dataset.riposte = 'linkedin';
    const listen = (handler: (raw: unknown) => Promise<unknown> | undefined) => {
      const listener = (raw: unknown) => handler(raw);
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    };
    const run = startContentScript({
      platform: 'linkedin',
      document,
      window,
      send: (msg) => browser.runtime.sendMessage(msg),
      onMessage: listen,
    });
    ctx.onInvalidated(() => run.stop());
  },
});
