import { runSiteAdapter } from '@/lib/content/runtime';
import { booking } from '@/lib/sites/booking';

export default defineContentScript({
  matches: booking.matches,
  runAt: 'document_idle',
  main(ctx) {
    runSiteAdapter(booking, ctx);
  },
});
