import { defineConfig } from '@playwright/test';
import type { Engine } from './tests/e2e/driver/types';

// The machines are 2-core and shared: one worker, no retries (a flaky test is a bug to fix, not to hide).
export default defineConfig<{ engine: Engine }>({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
  // The same specs in two browsers: every spec in Chromium; in Firefox ESR (puppeteer-core over
  // WebDriver BiDi, tests/e2e/driver) the tests tagged @firefox, which use only the `driver` fixture.
  projects: [
    { name: 'chromium', use: { engine: 'chromium' } },
    { name: 'firefox', use: { engine: 'firefox' }, grep: /@firefox/, timeout: 90_000 },
  ],
  // Several checkouts' runs may share a machine: let a run choose its own artefact folder.
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
});
