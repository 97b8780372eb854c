import { runSiteAdapter } from '@/lib/content/runtime';
import { yelp } from '@/lib/sites/yelp';

export default defineContentScript({
  matches: yelp.matches,
  runAt: 'document_idle',
  main(ctx) {
    runSiteAdapter(yelp, ctx);
  },
});
