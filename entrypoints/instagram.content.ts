import { runSiteAdapter } from '@/lib/content/runtime';
import { instagram } from '@/lib/sites/instagram';

export default defineContentScript({
  matches: instagram.matches,
  runAt: 'document_idle',
  main(ctx) {
    runSiteAdapter(instagram, ctx);
  },
});
