import { runSiteAdapter } from '@/lib/content/runtime';
import { reddit } from '@/lib/sites/reddit';

export default defineContentScript({
  matches: reddit.matches,
  runAt: 'document_idle',
  main(ctx) {
    runSiteAdapter(reddit, ctx);
  },
});
