import { runSiteAdapter } from '@/lib/content/runtime';
import { amazon } from '@/lib/sites/amazon';

export default defineContentScript({
  matches: amazon.matches,
  runAt: 'document_idle',
  main(ctx) {
    runSiteAdapter(amazon, ctx);
  },
});
