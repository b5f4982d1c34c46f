// The CLI sample spawns ~60 `rapport validate` processes, too slow for the unit suite's include
// list: run it with `npx vitest run --config tests/fuzz/vitest.config.ts`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tests/fuzz/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
});
