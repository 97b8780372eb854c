import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { hostPermissions } from './lib/sites/registry';

// Host permissions are exactly the sites we have adapters for; the README lists them and a test
// compares the built manifest with that list.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  // COMPOSURE_OUT_DIR lets parallel builds (e.g. several engineers' e2e runs) use separate folders.
  outDir: process.env.COMPOSURE_OUT_DIR ?? 'dist',
  vite: () => ({
    plugins: [tailwindcss()],
  }),
  manifest: ({ browser }) => ({
    name: 'Composure',
    description: 'Answer reviews and comments calmly: find the negative ones, draft polite replies, keep a log.',
    // scripting: registers the schema.org adapter on the sites the user enables, each asked for
    // through the optional host permission, never all at install time.
    // activeTab: the panel may see the address of the page the user opened it on, to offer the
    // schema.org reader there.
    permissions: ['storage', 'activeTab', ...(browser === 'firefox' ? [] : ['scripting'])],
    // COMPOSURE_TEST_HOSTS is for end-to-end builds only (dist-e2e): it pre-grants the hosts of the
    // schema.org fixtures, since a headless browser cannot answer the permission prompt. The shipped
    // build (dist) never has it; tests/e2e/manifest.spec.ts checks that build against the README.
    host_permissions: [...hostPermissions(), ...(process.env.COMPOSURE_TEST_HOSTS?.split(',').filter(Boolean) ?? [])],
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: 'Open Composure' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Composure collects nothing: everything stays on the user's machine.
            gecko: { id: 'composure@composure.invalid', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
