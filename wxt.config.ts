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
    permissions: ['storage'],
    host_permissions: hostPermissions(),
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
