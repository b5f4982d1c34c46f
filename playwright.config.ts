import { defineConfig } from '@playwright/test';

// The machines are 2-core and shared: one worker, no retries (a flaky test is a bug to fix, not to hide).
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
  // Several checkouts' runs may share a machine: let a run choose its own artefact folder.
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
});
