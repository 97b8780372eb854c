import { runSiteAdapter } from '@/lib/content/runtime';
import { tripadvisor } from '@/lib/sites/tripadvisor';

export default defineContentScript({
  matches: tripadvisor.matches,
  runAt: 'document_idle',
  main(ctx) {
    runSiteAdapter(tripadvisor, ctx);
  },
});
