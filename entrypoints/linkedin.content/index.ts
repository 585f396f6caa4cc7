import { runSiteContentScript } from '@/lib/content/entry';
import { linkedin } from '@/lib/sites/linkedin';
import { CONTENT_MATCHES } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: [...CONTENT_MATCHES.linkedin],
  runAt: 'document_idle',
  // After SPA navigation LinkedIn can render the feed inside a same-origin /preload/ iframe
  // (https://github.com/jordwest/news-feed-eradicator/pull/357): run in frames too, but only
  // report from the top page and that iframe.
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    if (window !== window.top && !location.pathname.startsWith('/preload')) return;
    runSiteContentScript(linkedin, browser.runtime, (stop) => ctx.onInvalidated(stop));
  },
});
