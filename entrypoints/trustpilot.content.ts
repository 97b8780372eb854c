import { runSiteAdapter } from '@/lib/content/runtime';
import { trustpilot } from '@/lib/sites/trustpilot';

export default defineContentScript({
  matches: trustpilot.matches,
  runAt: 'document_idle',
  main(ctx) {
    runSiteAdapter(trustpilot, ctx);
  },
});
