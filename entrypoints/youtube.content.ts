import { runSiteAdapter } from '@/lib/content/runtime';
import { youtube } from '@/lib/sites/youtube';

export default defineContentScript({
  matches: youtube.matches,
  runAt: 'document_idle',
  main(ctx) {
    runSiteAdapter(youtube, ctx);
  },
});
