import { runSiteContentScript } from '@/lib/content/entry';
import { instagram } from '@/lib/sites/instagram';
import { CONTENT_MATCHES } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: [...CONTENT_MATCHES.instagram],
  runAt: 'document_idle',
  main(ctx) {
    runSiteContentScript(instagram, browser.runtime, (stop) => ctx.onInvalidated(stop));
  },
});
