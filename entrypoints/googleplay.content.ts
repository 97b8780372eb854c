import { runSiteAdapter } from '@/lib/content/runtime';
import { googleplay } from '@/lib/sites/googleplay';

export default defineContentScript({
  matches: googleplay.matches,
  runAt: 'document_idle',
  main(ctx) {
    runSiteAdapter(googleplay, ctx);
  },
});
