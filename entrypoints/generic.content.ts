import { runSiteAdapter } from '@/lib/content/runtime';
import { generic } from '@/lib/sites/generic';

// Registered at run time (scripting.registerContentScripts) on the sites the user enables, under an
// optional host permission. No `matches` here: WXT adds a runtime script's matches to the manifest's
// host_permissions, and this script must not ask for every site at install time.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    runSiteAdapter(generic, ctx);
  },
});
