import { defineConfig } from '@playwright/test';

// The extension is loaded into a persistent Chromium profile per test (see tests/e2e/fixtures.ts);
// one worker, because two cores are all CI has.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: process.env.COMPOSURE_OUT_DIR ? `${process.env.COMPOSURE_OUT_DIR}/test-results` : 'test-results',
});
