/**
 * The bench's own unit tests (`npx vitest run --config scripts/bench/vitest.config.ts`): the root
 * vitest config only collects lib/, tests/unit/, components/ and entrypoints/. They check the
 * bench's arithmetic and page generation, never a duration.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..', '..');

export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: { include: ['scripts/bench/**/*.test.ts'], restoreMocks: true },
});
