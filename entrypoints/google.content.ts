import { runSiteAdapter } from '@/lib/content/runtime';
import { google } from '@/lib/sites/google';

export default defineContentScript({
  matches: google.matches,
  runAt: 'document_idle',
  main(ctx) {
    runSiteAdapter(google, ctx);
  },
});
