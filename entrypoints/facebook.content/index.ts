import { runSiteContentScript } from '@/lib/content/entry';
import { facebook } from '@/lib/sites/facebook';
import { CONTENT_MATCHES } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: [...CONTENT_MATCHES.facebook],
  runAt: 'document_idle',
  main(ctx) {
    runSiteContentScript(facebook, browser.runtime, (stop) => ctx.onInvalidated(stop));
  },
});
