import { defineConfig } from '@playwright/test';
import type { Engine } from './tests/e2e/driver/types';

type TraceMode = 'off' | 'on' | 'retain-on-failure' | 'on-first-retry' | 'on-all-retries' | 'retain-on-first-failure';

// The machines are 2-core and shared: one worker, no retries (a flaky test is a bug to fix, not to hide).
export default defineConfig<{ engine: Engine }>({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  // No trace in CI: recording one (a DOM snapshot around every action, on every context the specs
  // launch, kept only on failure) cost a fifth to a half of the Chromium project's time. With → without:
  // SITES=generic-textarea sites.spec 2.5 / 2.7 → 2.0 / 2.1 min (04:11–04:21 UTC, load 16–20,
  // alternated; without screenshots still 2.9 min), coach.spec 87 → 72 s (05:01–05:04, load 10),
  // froala-undo.spec 1.8 min → 47.5 s (05:04–05:07, load 8–9). A failure in CI is rerun locally, where
  // the trace stays on; PW_TRACE=retain-on-failure (or any trace mode) turns it on anywhere.
  use: { trace: (process.env.PW_TRACE as TraceMode | undefined) ?? (process.env.CI ? 'off' : 'retain-on-failure') },
  // The same specs in two browsers: every spec in Chromium; in Firefox ESR (puppeteer-core over
  // WebDriver BiDi, tests/e2e/driver) the tests tagged @firefox, which use only the `driver` fixture.
  projects: [
    { name: 'chromium', use: { engine: 'chromium' } },
    { name: 'firefox', use: { engine: 'firefox' }, grep: /@firefox/, timeout: 90_000 },
  ],
  // Several checkouts' runs may share a machine: let a run choose its own artefact folder.
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
});
