import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The pure scoring core's tests (lib/scoring: no DOM, no extension API, no mocks of modules) run without
// per-file isolation: one worker keeps the scoring modules loaded and the default pack compiled
// (createScorer's compiledFor) across its files, instead of importing and compiling them again for each
// of ~150 files — that was most of the unit step's time. A file there that mocks a module, stubs a global
// or changes shared state must restore it (vi.restoreAllMocks in afterEach) or move to the isolated
// project. `npx vitest run --isolate` runs every file isolated, as before.
const PURE_CORE = ['lib/scoring/**/*.test.{ts,tsx}'];

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  },
  test: {
    environment: 'node',
    // A guard against hangs, not a speed check: the default 5 s fails healthy tests on a loaded,
    // shared CI machine (seen on 2 cores with browsers running). Speed is measured by npm run bench.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['tests/unit/i18n-setup.ts'],
    server: { deps: { inline: ['zustand', '@testing-library/preact'] } },
    projects: [
      { extends: true, test: { name: 'pure-core', include: PURE_CORE, isolate: false } },
      { extends: true, test: { name: 'unit', include: ['{lib,components,entrypoints,cli,scripts}/**/*.test.{ts,tsx}'], exclude: [...configDefaults.exclude, ...PURE_CORE] } },
    ],
  },
});
