import { runSiteAdapter } from '@/lib/content/runtime';
import { facebook } from '@/lib/sites/facebook';

export default defineContentScript({
  matches: facebook.matches,
  runAt: 'document_idle',
  main(ctx) {
    runSiteAdapter(facebook, ctx);
  },
});
