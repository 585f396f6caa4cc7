import { runSiteContentScript } from '@/lib/content/entry';
import { x } from '@/lib/sites/x';
import { CONTENT_MATCHES } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: [...CONTENT_MATCHES.x],
  runAt: 'document_idle',
  main(ctx) {
    runSiteContentScript(x, browser.runtime, (stop) => ctx.onInvalidated(stop));
  },
});
