import { startContentScript } from '@/lib/content/run';
import { CONTENT_MATCHES } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: [...CONTENT_MATCHES.instagram],
  runAt: 'document_idle',
  main(ctx) {
    // Proof for the e2e test that the content script ran on this page.
    document.documentElement.dataset.riposte = 'instagram';
    const listen = (handler: (raw: unknown) => Promise<unknown> | undefined) => {
      const listener = (raw: unknown) => handler(raw);
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    };
    const run = startContentScript({
      platform: 'instagram',
      document,
      window,
      send: (msg) => browser.runtime.sendMessage(msg),
      onMessage: listen,
    });
    ctx.onInvalidated(() => run.stop());
  },
});
