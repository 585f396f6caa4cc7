import { CONTENT_MATCHES } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: [...CONTENT_MATCHES.linkedin],
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.riposte = 'linkedin';
  },
});
