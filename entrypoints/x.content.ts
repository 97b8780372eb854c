import { runSiteAdapter } from '@/lib/content/runtime';
import { x } from '@/lib/sites/x';

export default defineContentScript({
  matches: x.matches,
  runAt: 'document_idle',
  main(ctx) {
    runSiteAdapter(x, ctx);
  },
});
